import assert from 'node:assert/strict'
import { test } from 'node:test'
import { route } from '../server/src/routes.js'

test('health and version answer GET', () => {
  assert.equal(route('GET', '/healthz', { version: '2.1.0' }).status, 200)
  assert.deepEqual(JSON.parse(route('GET', '/version', { version: '2.1.0' }).body), { version: '2.1.0' })
})

test('unknown paths are 404 and other methods 405', () => {
  assert.equal(route('HEAD', '/nope', { version: '2.1.0' }).status, 404)
  const post = route('POST', '/healthz', { version: '2.1.0' })
  assert.equal(post.status, 405)
  assert.equal(post.headers.allow, 'GET, HEAD')
})
