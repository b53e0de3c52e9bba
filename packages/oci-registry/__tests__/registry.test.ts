// The client against the real distribution registry (Debian docker-registry) on loopback, with htpasswd auth, and
// through a fault-injecting proxy for the retry paths.
import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { recordingLogger } from '@slipway/action-kit'
import { FaultProxy, tempDir } from '@slipway/test-support'
import {
  DigestMismatchError,
  MediaType,
  RegistryAuthError,
  RegistryClient,
  digestOf,
  type RegistryClientOptions,
} from '../src/index.js'
import { startLocalRegistry, type LocalRegistry } from '../src/local-registry.js'

const USER = { username: 'publisher', password: 'pa55-w0rd-secret' }
let registry: LocalRegistry
let proxy: FaultProxy
const scratch = tempDir()

beforeAll(async () => {
  registry = await startLocalRegistry({ users: [USER] })
  proxy = await FaultProxy.start(registry.host)
})
afterAll(async () => {
  await proxy.stop()
  await registry.stop()
  scratch.cleanup()
})
afterEach(() => {
  proxy.clearFaults()
  proxy.resetCounters()
})

const fast = { minDelayMs: 5, maxDelayMs: 50, attempts: 4 }
function client(options: Partial<RegistryClientOptions> = {}): RegistryClient {
  return new RegistryClient({ registry: proxy.host, insecure: true, credentials: USER, retry: fast, ...options })
}

/** A minimal OCI image: one config, one layer (random bytes, so each test's digests are its own). */
function image(layerSize = 1024): {
  config: Buffer
  layer: Buffer
  manifest: Buffer
} {
  const layer = randomBytes(layerSize)
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Labels: { 'org.opencontainers.image.version': '1.2.3' } },
      rootfs: { type: 'layers', diff_ids: [digestOf(layer)] },
    }),
  )
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      config: { mediaType: MediaType.ociConfig, digest: digestOf(config), size: config.length },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: digestOf(layer), size: layer.length }],
    }),
  )
  return { config, layer, manifest }
}

async function push(c: RegistryClient, repository: string, img: ReturnType<typeof image>): Promise<string> {
  await c.ensureBlob(repository, digestOf(img.config), { bytes: img.config })
  await c.ensureBlob(repository, digestOf(img.layer), { bytes: img.layer })
  return c.putManifest(repository, digestOf(img.manifest), img.manifest, MediaType.ociManifest)
}

test('pings, pushes by digest, tags with one manifest PUT and reads everything back verified', async () => {
  const c = client()
  await c.ping()
  const img = image()
  expect(await c.headManifest('acme/first', 'latest')).toBeUndefined()
  const digest = await push(c, 'acme/first', img)
  expect(digest).toBe(digestOf(img.manifest))
  // Pushed by digest: no tag exists yet.
  expect(await c.headManifest('acme/first', 'latest')).toBeUndefined()
  proxy.resetCounters()
  await c.putManifest('acme/first', '1.2.3', img.manifest, MediaType.ociManifest)
  expect(proxy.requests.filter((r) => r.method !== 'GET' || r.path !== '/v2/')).toEqual([
    { method: 'PUT', path: '/v2/acme/first/manifests/1.2.3', outcome: 201 },
  ])
  expect(proxy.bytes.up).toBe(img.manifest.length)
  expect(await c.headManifest('acme/first', '1.2.3')).toEqual({
    digest,
    mediaType: MediaType.ociManifest,
    size: img.manifest.length,
  })
  const read = await c.getManifest('acme/first', '1.2.3')
  expect(read?.bytes.equals(img.manifest)).toBe(true)
  expect(await c.getBlob('acme/first', digestOf(img.config))).toEqual(img.config)
  expect(await c.headBlob('acme/first', digestOf(img.layer))).toBe(img.layer.length)
  expect(await c.headBlob('acme/first', digestOf(Buffer.from('absent')))).toBeUndefined()
})

test('uploads a large blob from a file in PATCH chunks, and skips it when it is there', async () => {
  const c = client({ chunkSize: 4096 })
  const img = image(10_000)
  const file = path.join(scratch.dir, 'layer.bin')
  writeFileSync(file, img.layer)
  proxy.resetCounters()
  const result = await c.ensureBlob('acme/chunked', digestOf(img.layer), { file, size: img.layer.length })
  expect(result).toEqual({ bytesSent: 10_000, how: 'uploaded' })
  expect(proxy.requests.filter((r) => r.method === 'PATCH').map((r) => r.outcome)).toEqual([202, 202, 202])
  expect(await c.headBlob('acme/chunked', digestOf(img.layer))).toBe(10_000)
  expect(await c.ensureBlob('acme/chunked', digestOf(img.layer), { file, size: 10_000 })).toEqual({
    bytesSent: 0,
    how: 'existing',
  })
})

test('mounts a blob from another repository instead of uploading it', async () => {
  const c = client()
  const img = image()
  await push(c, 'acme/base', img)
  proxy.resetCounters()
  const result = await c.ensureBlob(
    'acme/derived',
    digestOf(img.layer),
    { bytes: img.layer },
    { mountFrom: 'acme/base' },
  )
  expect(result).toEqual({ bytesSent: 0, how: 'mounted' })
  expect(proxy.bytes.up).toBe(0)
  expect(await c.headBlob('acme/derived', digestOf(img.layer))).toBe(img.layer.length)
})

test.each([
  ['a 500 on the manifest PUT', { status: 500 }, 'PUT', /\/manifests\//],
  ['a 429 with Retry-After on the blob HEAD', { status: 429, retryAfter: '0' }, 'HEAD', /\/blobs\//],
  ['a connection reset on the upload PUT', 'reset' as const, 'PUT', /\/blobs\/uploads\//],
  ['a connection reset on a chunk PATCH', 'reset' as const, 'PATCH', /\/blobs\/uploads\//],
])('retries %s and completes the push', async (_name, fault, method, pathPattern) => {
  const logger = recordingLogger()
  const c = client({ logger, chunkSize: 512 })
  proxy.inject({ method, path: pathPattern, fault, times: 2 })
  const img = image(2000)
  const digest = await push(c, 'acme/retried', img)
  const faulted = proxy.requests.filter((r) => r.outcome === (fault === 'reset' ? 'reset' : fault.status))
  expect(faulted).toHaveLength(2)
  expect(logger.messages('info').filter((m) => m.includes('retrying'))).toHaveLength(2)
  expect((await c.getManifest('acme/retried', digest))?.bytes.equals(img.manifest)).toBe(true)
})

test('gives up after the retry budget with the status in the error', async () => {
  const c = client()
  proxy.inject({ method: 'PUT', path: /\/manifests\//, fault: { status: 503 }, times: Infinity })
  const img = image()
  await expect(push(c, 'acme/down', img)).rejects.toThrow(
    /PUT .*\/v2\/acme\/down\/manifests\/sha256:.* failed: HTTP 503/,
  )
  expect(proxy.requests.filter((r) => r.outcome === 503)).toHaveLength(fast.attempts)
})

test('a wrong password is a clear auth error that never shows the password', async () => {
  const c = client({ credentials: { username: USER.username, password: 'wrong-password-123' } })
  const error: unknown = await c.ping().catch((e: unknown) => e)
  expect(error).toBeInstanceOf(RegistryAuthError)
  expect(String(error)).toMatch(/HTTP 401.*refused user publisher/)
  expect(String(error)).not.toContain('wrong-password-123')
  // Not retried: a wrong password does not get better.
  expect(proxy.requests.filter((r) => r.outcome === 401)).toHaveLength(2)
})

test('a client pings once however often it is asked; a failed ping is asked again', async () => {
  const c = client()
  proxy.inject({ method: 'GET', path: /^\/v2\/$/, fault: { status: 404 }, times: 1 })
  await expect(c.ping()).rejects.toThrow(/HTTP 404/)
  await Promise.all([c.ping(), c.ping()])
  await c.ping()
  const pings = proxy.requests.filter((r) => r.method === 'GET' && r.path === '/v2/')
  // The failed one, then one 401 and one authorized answer for the three that came after it.
  expect(pings.map((r) => r.outcome)).toEqual([404, 401, 200])
})

test('content read from the registry is verified against its digest', async () => {
  const c = client()
  const img = image()
  const digest = await push(c, 'acme/verified', img)
  await c.putManifest('acme/verified', 'v1', img.manifest, MediaType.ociManifest)
  corruptNext(/\/manifests\/v1$/)
  await expect(c.getManifest('acme/verified', 'v1')).rejects.toThrow(
    new RegExp(`manifest acme/verified:v1: expected digest ${digest}, the content read has sha256:`),
  )
  corruptNext(/\/manifests\/sha256:/)
  await expect(c.getManifest('acme/verified', digest)).rejects.toThrow(DigestMismatchError)
  corruptNext(/\/blobs\/sha256:/)
  await expect(c.getBlob('acme/verified', digestOf(img.config))).rejects.toThrow(DigestMismatchError)
  expect((await c.getManifest('acme/verified', 'v1'))?.digest).toBe(digest)
})

function corruptNext(path: RegExp): void {
  proxy.inject({ method: 'GET', path, fault: 'corrupt' })
}

test('refuses plain HTTP for a registry that is not on loopback', () => {
  expect(() => new RegistryClient({ registry: 'ghcr.io', insecure: true })).toThrow(/loopback/)
})
