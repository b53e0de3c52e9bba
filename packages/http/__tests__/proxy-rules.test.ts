import { bypassesProxy, proxyFor } from '../src/proxy.js'

// The runner's RunnerWebProxy and @actions/http-client agree on these rules; slipway follows them.

const api = new URL('https://api.github.com')

describe('proxyFor', () => {
  test.each([
    ['no proxy variable: direct', 'https://api.github.com', {}, undefined],
    [
      'HTTPS_PROXY for an https API',
      'https://api.github.com',
      { HTTPS_PROXY: 'http://proxy.corp:3128' },
      'http://proxy.corp:3128/',
    ],
    [
      'https_proxy wins over HTTPS_PROXY',
      'https://api.github.com',
      { https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2' },
      'http://lower:1/',
    ],
    [
      'an empty https_proxy falls back to HTTPS_PROXY',
      'https://api.github.com',
      { https_proxy: ' ', HTTPS_PROXY: 'http://upper:2' },
      'http://upper:2/',
    ],
    [
      'HTTP_PROXY alone does not cover https',
      'https://api.github.com',
      { HTTP_PROXY: 'http://proxy.corp:3128' },
      undefined,
    ],
    [
      'HTTP_PROXY for an http API (GHES without TLS)',
      'http://ghes.corp/api/v3',
      { HTTP_PROXY: 'http://proxy.corp:3128' },
      'http://proxy.corp:3128/',
    ],
    [
      'HTTPS_PROXY does not cover http',
      'http://ghes.corp/api/v3',
      { HTTPS_PROXY: 'http://proxy.corp:3128' },
      undefined,
    ],
    [
      'a setting without scheme is plain http',
      'https://api.github.com',
      { HTTPS_PROXY: 'proxy.corp:3128' },
      'http://proxy.corp:3128/',
    ],
    [
      'credentials are kept for the CONNECT',
      'https://api.github.com',
      { HTTPS_PROXY: 'http://me:s%40cret@proxy.corp:3128' },
      'http://me:s%40cret@proxy.corp:3128/',
    ],
    [
      'NO_PROXY naming the host: direct',
      'https://api.github.com',
      { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'api.github.com' },
      undefined,
    ],
    [
      'NO_PROXY naming another host: proxied',
      'https://api.github.com',
      { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'example.com' },
      'http://p:1/',
    ],
    [
      'no_proxy wins over NO_PROXY',
      'https://api.github.com',
      { HTTPS_PROXY: 'http://p:1', no_proxy: 'example.com', NO_PROXY: 'github.com' },
      'http://p:1/',
    ],
  ])('%s', (_name, target, env, expected) => {
    expect(proxyFor(new URL(target), env)?.href).toBe(expected)
  })

  test('a proxy setting that is not a URL is one clear error that hides the password', () => {
    expect(() => proxyFor(api, { HTTPS_PROXY: 'http://me:secret@[bad' })).toThrow(
      'The proxy setting "http://***@[bad" is not a URL: expected http://host:port',
    )
    expect(() => proxyFor(api, { HTTPS_PROXY: 'socks5://proxy.corp:1080' })).toThrow('is not an http or https URL')
  })
})

describe('bypassesProxy', () => {
  test.each([
    ['https://api.github.com', '', false],
    ['https://api.github.com', '*', true],
    ['https://api.github.com', 'api.github.com', true],
    ['https://API.GitHub.com', 'api.github.COM', true],
    ['https://api.github.com', 'github.com', true],
    ['https://api.github.com', '.github.com', true],
    ['https://api.github.com', '*.github.com', true],
    ['https://api.github.com', 'hub.com', false],
    ['https://api.github.com', 'ub.com', false],
    ['https://api.github.com', 'api.github.com:443', true],
    ['https://api.github.com', 'api.github.com:8443', false],
    ['https://ghes.corp:8443/api/v3', 'ghes.corp:8443', true],
    ['http://ghes.corp/api/v3', 'ghes.corp:80', true],
    ['https://api.github.com', ' example.com , github.com ', true],
    ['https://api.github.com', 'example.com,,other.org', false],
    ['http://localhost:8080', '', true],
    ['http://127.0.0.1:8080', '', true],
    ['http://[::1]:8080', '', true],
    ['http://127.1.2.3:8080', '', true],
    ['https://10.1.2.3/v2/', '10.1.2.3', true],
    ['https://10.1.2.3:5000/v2/', '10.1.2.3:5000', true],
    ['https://10.1.2.3:5000/v2/', '10.1.2.3:443', false],
    ['https://10.1.2.30/v2/', '10.1.2.3', false],
    ['https://[fd00::1]:5000/', '[fd00::1]', true],
    ['https://[fd00::1]:5000/', '[fd00::1]:5000', true],
    ['https://[fd00::1]:5000/', '[fd00::1]:6000', false],
    ['https://github.com', '.github.com', true],
    ['https://notgithub.com', 'github.com', false],
    ['https://notgithub.com', '.github.com', false],
    ['https://registry.corp:5000', 'registry.corp:5000,other', true],
    ['https://registry.corp:5001', 'registry.corp:5000', false],
  ])('%s with NO_PROXY=%j: %s', (target, noProxy, expected) => {
    expect(bypassesProxy(new URL(target), { NO_PROXY: noProxy })).toBe(expected)
  })
})
