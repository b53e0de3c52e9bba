// Bearer token auth against the real docker-registry configured for distribution's token spec (the protocol of
// GHCR): the client answers the WWW-Authenticate challenge, exchanges Basic credentials for a token scoped to the
// repository (pull for reads, pull,push for writes, pull on the source of a mount) and reuses it.
import { randomBytes } from 'node:crypto'
import { tempDir } from '@slipway/test-support'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { MediaType, RegistryAuthError, RegistryClient, digestOf, pushImageByDigest } from '../src/index.js'
import { startLocalRegistry, type LocalRegistry } from '../src/local-registry.js'
import { startTokenServer, type TokenServer } from './token-server.js'

const USER = { username: 'octocat', password: 'ghp_token-value-0123456789' }
const scratch = tempDir()
let tokens: TokenServer
let registry: LocalRegistry

beforeAll(async () => {
  tokens = await startTokenServer(scratch.dir, USER)
  registry = await startLocalRegistry({ token: tokens })
})
afterAll(async () => {
  await registry.stop()
  await tokens.stop()
  scratch.cleanup()
})

test('exchanges credentials for repository-scoped tokens and pushes, mounts and reads with them', async () => {
  const client = new RegistryClient({ registry: registry.host, insecure: true, credentials: USER })
  const layer = randomBytes(512)
  const config = Buffer.from('{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}')
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      config: { mediaType: MediaType.ociConfig, digest: digestOf(config), size: config.length },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: digestOf(layer), size: layer.length }],
    }),
  )
  await client.ensureBlob('octo/app', digestOf(config), { bytes: config })
  await client.ensureBlob('octo/app', digestOf(layer), { bytes: layer })
  await client.putManifest('octo/app', 'v1', manifest, MediaType.ociManifest)
  expect((await client.headManifest('octo/app', 'v1'))?.digest).toBe(digestOf(manifest))
  expect(await client.ensureBlob('octo/copy', digestOf(layer), { bytes: layer }, { mountFrom: 'octo/app' })).toEqual({
    bytesSent: 0,
    how: 'mounted',
  })

  const scopes = tokens.requests.map((r) => r.scopes.join(' '))
  expect(scopes).toContain('repository:octo/app:pull')
  expect(scopes).toContain('repository:octo/app:pull,push')
  expect(scopes).toContain('repository:octo/copy:pull,push repository:octo/app:pull')
  expect(tokens.requests.every((r) => r.service === tokens.service && r.user === USER.username)).toBe(true)
  // One token per scope set, reused for every later request that needs the same rights.
  expect(new Set(scopes).size).toBe(scopes.length)
})

test('blobs pushed at once share one token per scope set: the first request fetches it, the others wait', async () => {
  const client = new RegistryClient({ registry: registry.host, insecure: true, credentials: USER })
  const dir = path.join(scratch.dir, 'parallel')
  mkdirSync(dir, { recursive: true })
  const blobs = [1000, 2000, 3000, 4000].map((size, index) => {
    const bytes = randomBytes(size)
    const file = path.join(dir, String(index))
    writeFileSync(file, bytes)
    return { digest: digestOf(bytes), size, file }
  })
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      config: { mediaType: MediaType.ociConfig, digest: blobs[0]!.digest, size: blobs[0]!.size },
      layers: blobs
        .slice(1)
        .map((b) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar', ...b, file: undefined })),
    }),
  )
  const before = tokens.requests.length
  await pushImageByDigest(client, 'octo/parallel', {
    root: { digest: digestOf(manifest), mediaType: MediaType.ociManifest, bytes: manifest },
    children: [],
    blobs,
    configs: [],
  })
  expect(tokens.requests.slice(before).map((r) => r.scopes.join(' '))).toEqual([
    'repository:octo/parallel:pull',
    'repository:octo/parallel:pull,push',
  ])
})

test('a refused token request is a clear auth error without the password', async () => {
  const password = 'not-the-right-token-xyz'
  const client = new RegistryClient({
    registry: registry.host,
    insecure: true,
    credentials: { username: USER.username, password },
    retry: { attempts: 2, minDelayMs: 5 },
  })
  const error: unknown = await client.headManifest('octo/app', 'v1').catch((e: unknown) => e)
  expect(error).toBeInstanceOf(RegistryAuthError)
  expect(String(error)).toMatch(
    /HTTP 401: the registry 127\.0\.0\.1:\d+ refused user octocat for repository:octo\/app:pull/,
  )
  expect(String(error)).not.toContain(password)
})
