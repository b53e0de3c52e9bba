import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { recordingLogger } from '@slipway/action-kit'
import { GitHubFake } from '@slipway/github-fake'
import { HttpClient } from '@slipway/http'
import { LoopbackProxy, TlsFront, selfSignedCertificate } from '@slipway/http/test-proxy'
import { createGitHubClient, statusOf } from '../src/index.js'

let fake: GitHubFake
beforeEach(async () => {
  fake = await GitHubFake.start('octo-org', 'octo-repo')
  fake.seedRelease({ tag_name: 'v1.0.0' })
})
afterEach(async () => {
  await fake.stop()
})

const where = { owner: 'octo-org', repo: 'octo-repo' }
const fakePort = () => new URL(fake.url).port

test('requests carry the token and a user agent with the runner orchestration id', async () => {
  const client = createGitHubClient({
    token: 'test-token',
    baseUrl: fake.url,
    logger: recordingLogger(),
    env: { ACTIONS_ORCHESTRATION_ID: 'run 7/job:build' },
  })
  const { data } = await client.rest.repos.getReleaseByTag({ ...where, tag: 'v1.0.0' })
  expect(data.tag_name).toBe('v1.0.0')
  const [request] = fake.requests
  expect(request?.headers.authorization).toBe('token test-token')
  expect(request?.headers['user-agent']).toMatch(
    /^slipway actions_orchestration_id\/run_7_job_build octokit-core\.js\//,
  )
})

test('the REST root comes from GITHUB_API_URL when no base URL is given', async () => {
  const client = createGitHubClient({
    token: 'test-token',
    userAgent: 'slipway-release-notes',
    logger: recordingLogger(),
    env: { GITHUB_API_URL: `${fake.url}/` },
  })
  const releases = await client.paginate(client.rest.repos.listReleases, { ...where, per_page: 100 })
  expect(releases.map((r) => r.tag_name)).toEqual(['v1.0.0'])
  expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
    'GET /repos/octo-org/octo-repo/releases 200',
  ])
  expect(fake.requests[0]?.headers['user-agent']).toMatch(/^slipway-release-notes octokit-core\.js\//)
})

test('a 500 is retried and a secondary rate limit waits for retry-after', async () => {
  fake.inject({ method: 'GET', path: /\/releases\/tags\//, times: 1, status: 500 })
  fake.inject({
    method: 'GET',
    path: /\/releases\/tags\//,
    times: 1,
    status: 403,
    headers: { 'retry-after': '1' },
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
  })
  const logger = recordingLogger()
  const client = createGitHubClient({ token: 'test-token', baseUrl: fake.url, logger, env: {} })
  const { data } = await client.rest.repos.getReleaseByTag({ ...where, tag: 'v1.0.0' })
  expect(data.tag_name).toBe('v1.0.0')
  expect(fake.requests.map((r) => r.status)).toEqual([500, 403, 200])
  expect(logger.messages('warning').join('\n')).toContain('GitHub secondary rate limit on GET')
})

test('a secondary rate limit that does not lift reaches the caller after the allowed retries', async () => {
  fake.inject({
    method: 'GET',
    path: /\/releases\/tags\//,
    times: 3,
    status: 403,
    headers: { 'retry-after': '1' },
    message: 'You have exceeded a secondary rate limit.',
  })
  const logger = recordingLogger()
  const client = createGitHubClient({ token: 'test-token', baseUrl: fake.url, logger, rateLimitRetries: 1, env: {} })
  const error: unknown = await client.rest.repos.getReleaseByTag({ ...where, tag: 'v1.0.0' }).catch((e: unknown) => e)
  expect(statusOf(error)).toBe(403)
  expect(fake.requests.map((r) => r.status)).toEqual([403, 403])
  expect(logger.messages('warning').join('\n')).toContain('giving up after 1 retries')
})

describe('through the runner proxy', () => {
  let proxy: LoopbackProxy
  beforeEach(async () => {
    proxy = await LoopbackProxy.start({ credentials: 'robot:p@ss' })
  })
  afterEach(async () => {
    await proxy.stop()
  })
  const proxyAuth = `Basic ${Buffer.from('robot:p@ss').toString('base64')}`

  test('https: a CONNECT tunnel to a name only the proxy resolves, with the credentials of the proxy setting', async () => {
    const pair = selfSignedCertificate(['api.github.test'])
    const front = await TlsFront.start(Number(fakePort()), pair)
    try {
      const apiHost = `api.github.test:${front.port}`
      const env = { https_proxy: `http://robot:p%40ss@127.0.0.1:${proxy.port}`, NO_PROXY: 'example.com' }
      const client = createGitHubClient({
        token: 'test-token',
        baseUrl: `https://${apiHost}`,
        logger: recordingLogger(),
        env,
        http: new HttpClient({ env, ca: pair.cert }),
      })
      const { data } = await client.rest.repos.getReleaseByTag({ ...where, tag: 'v1.0.0' })
      expect(data.tag_name).toBe('v1.0.0')
      await client.rest.repos.listReleases(where)
      expect(proxy.calls[0]).toEqual({
        method: 'CONNECT',
        target: apiHost,
        proxyAuthorization: proxyAuth,
        authorization: undefined,
      })
      expect(fake.requests.map((r) => [r.headers.host, r.headers.authorization, r.status])).toEqual([
        [apiHost, 'token test-token', 200],
        [apiHost, 'token test-token', 200],
      ])
    } finally {
      await front.stop()
    }
  })

  test('http (GHES without TLS): forwarded by the proxy', async () => {
    const apiHost = `api.github.test:${fakePort()}`
    const client = createGitHubClient({
      token: 'test-token',
      baseUrl: `http://${apiHost}`,
      logger: recordingLogger(),
      env: { http_proxy: `http://robot:p%40ss@127.0.0.1:${proxy.port}` },
    })
    const { data } = await client.rest.repos.getReleaseByTag({ ...where, tag: 'v1.0.0' })
    expect(data.tag_name).toBe('v1.0.0')
    expect(proxy.calls.map((c) => [c.target, c.proxyAuthorization])).toEqual([
      [`GET http://${apiHost}/repos/octo-org/octo-repo/releases/tags/v1.0.0`, proxyAuth],
    ])
  })

  test('a host NO_PROXY or loopback exempts is reached directly', async () => {
    const env = { HTTP_PROXY: `http://127.0.0.1:${proxy.port}`, NO_PROXY: 'api.github.test' }
    const client = createGitHubClient({ token: 'test-token', baseUrl: fake.url, logger: recordingLogger(), env })
    const { data } = await client.rest.repos.getReleaseByTag({ ...where, tag: 'v1.0.0' })
    expect(data.tag_name).toBe('v1.0.0')
    expect(proxy.calls).toEqual([])
    expect(fake.requests).toHaveLength(1)
  })
})

test('a redirect to another origin does not carry the token', async () => {
  const seen: (string | undefined)[] = []
  const elsewhere = createServer((req, res) => {
    seen.push(req.headers.authorization)
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"tag_name":"v1.0.0"}')
  })
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve))
  const port = (elsewhere.address() as AddressInfo).port
  const redirecting = createServer((_req, res) =>
    res.writeHead(302, { location: `http://localhost:${port}/moved` }).end(),
  )
  await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve))
  try {
    const client = createGitHubClient({
      token: 'test-token',
      baseUrl: `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}`,
      logger: recordingLogger(),
      env: {},
    })
    const { data } = await client.rest.repos.getReleaseByTag({ ...where, tag: 'v1.0.0' })
    expect(data.tag_name).toBe('v1.0.0')
    expect(seen).toEqual([undefined])
  } finally {
    redirecting.closeAllConnections()
    elsewhere.closeAllConnections()
    await new Promise((resolve) => redirecting.close(resolve))
    await new Promise((resolve) => elsewhere.close(resolve))
  }
})
