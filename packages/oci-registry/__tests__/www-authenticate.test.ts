import { parseWwwAuthenticate } from '../src/www-authenticate.js'
import { mergeScopes } from '../src/client.js'
import { digestOf, verifyDigest, DigestMismatchError, isDigest } from '../src/digest.js'

test.each([
  [
    'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:acme/server:pull"',
    [
      {
        scheme: 'Bearer',
        params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:acme/server:pull' },
      },
    ],
  ],
  ['Basic realm="slipway"', [{ scheme: 'Basic', params: { realm: 'slipway' } }]],
  [
    'Basic realm="a", Bearer realm="https://auth.example/token",service=registry,error="insufficient_scope"',
    [
      { scheme: 'Basic', params: { realm: 'a' } },
      {
        scheme: 'Bearer',
        params: { realm: 'https://auth.example/token', service: 'registry', error: 'insufficient_scope' },
      },
    ],
  ],
  [
    'Bearer realm="https://x/t",scope="repository:a/b:pull,push repository:c/d:pull"',
    [{ scheme: 'Bearer', params: { realm: 'https://x/t', scope: 'repository:a/b:pull,push repository:c/d:pull' } }],
  ],
  ['Bearer Realm = "quoted \\"inner\\""', [{ scheme: 'Bearer', params: { realm: 'quoted "inner"' } }]],
  ['', []],
])('parseWwwAuthenticate(%j)', (header, expected) => {
  expect(parseWwwAuthenticate(header)).toEqual(expected)
})

test('digests are verified against the content read', () => {
  const bytes = Buffer.from('hello')
  const digest = digestOf(bytes)
  expect(digest).toBe('sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824')
  expect(isDigest(digest)).toBe(true)
  expect(() => verifyDigest('blob', bytes, digest)).not.toThrow()
  expect(() => verifyDigest('blob', Buffer.from('hellO'), digest)).toThrow(DigestMismatchError)
  expect(() => verifyDigest('blob', bytes, 'md5:abc')).toThrow(/unsupported/)
})

test.each([
  [['repository:a/b:pull'], ['repository:a/b:pull']],
  [['repository:a/b:pull,push', 'repository:a/b:push,pull'], ['repository:a/b:pull,push']],
  [
    ['repository:c/d:pull,push', 'repository:a/b:pull', 'repository:c/d:push,pull repository:a/b:pull'],
    ['repository:c/d:pull,push', 'repository:a/b:pull'],
  ],
  [['registry:catalog:*', ''], ['registry:catalog:*']],
])('mergeScopes(%j)', (scopes, expected) => {
  expect(mergeScopes(scopes)).toEqual(expected)
})
