// The upload orchestration and the tag list against the real distribution registry (Debian docker-registry) on
// loopback, counted by the fault proxy: blobs in parallel, one PUT for small blobs, cross-repository mounts from where
// a blob is known to be, and the paginated tag list.
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { FaultProxy, tempDir } from '@slipway/test-support'
import {
  MediaType,
  RegistryClient,
  digestOf,
  inParallel,
  nextLink,
  pushImageByDigest,
  type ImageContent,
  type RegistryClientOptions,
} from '../src/index.js'
import { freePort, startLocalRegistry, type LocalRegistry } from '../src/local-registry.js'

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

function client(options: Partial<RegistryClientOptions> = {}): RegistryClient {
  return new RegistryClient({
    registry: proxy.host,
    insecure: true,
    credentials: USER,
    retry: { minDelayMs: 5, maxDelayMs: 50, attempts: 4 },
    ...options,
  })
}

let counter = 0
/** An image in files (as readOciLayout gives it): a config and layers of the given sizes, or the given layers. */
function imageOf(layers: (number | Buffer)[]): ImageContent & { layerBytes: Buffer[] } {
  const dir = path.join(scratch.dir, `image-${++counter}`)
  mkdirSync(dir, { recursive: true })
  const layerBytes = layers.map((l) => (typeof l === 'number' ? randomBytes(l) : l))
  const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', n: counter }))
  const blobs = [config, ...layerBytes].map((bytes, index) => {
    const file = path.join(dir, String(index))
    writeFileSync(file, bytes)
    return { digest: digestOf(bytes), size: bytes.length, file }
  })
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      config: { mediaType: MediaType.ociConfig, digest: blobs[0]!.digest, size: config.length },
      layers: blobs
        .slice(1)
        .map((b) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: b.digest, size: b.size })),
    }),
  )
  return {
    root: { digest: digestOf(manifest), mediaType: MediaType.ociManifest, bytes: manifest },
    children: [],
    blobs,
    configs: [],
    layerBytes,
  }
}

const requestsOf = (method: string, pattern: RegExp): number =>
  proxy.requests.filter((r) => r.method === method && pattern.test(r.path)).length
/** Requests the registry answered (the first of a fresh client is also sent once without credentials: a 401). */
const answeredOf = (method: string, pattern: RegExp): number =>
  proxy.requests.filter((r) => r.method === method && pattern.test(r.path) && r.outcome !== 401).length

test('pushes the blobs of an image in parallel, small ones in one PUT each, large ones in chunks', async () => {
  const c = client({ chunkSize: 64 * 1024 })
  const image = imageOf([1000, 2000, 3000, 200 * 1024])
  let running = 0
  let most = 0
  const original = c.ensureBlob.bind(c)
  c.ensureBlob = async (...args) => {
    most = Math.max(most, ++running)
    try {
      return await original(...args)
    } finally {
      running--
    }
  }
  const stats = await pushImageByDigest(c, 'acme/parallel', image, { concurrency: 3 })
  expect(stats).toEqual({
    blobBytesSent: image.blobs.reduce((sum, b) => sum + b.size, 0),
    blobsUploaded: 5,
    blobsSkipped: 0,
    blobsMounted: 0,
  })
  expect(most).toBe(3)
  // 4 small blobs: one POST and one PUT with the bytes each; the large one: POST, 4 PATCHes, PUT.
  expect(requestsOf('POST', /\/blobs\/uploads\/$/)).toBe(5)
  expect(requestsOf('PATCH', /\/blobs\/uploads\//)).toBe(4)
  expect(requestsOf('PUT', /\/blobs\/uploads\//)).toBe(5)
  expect(await c.headManifest('acme/parallel', image.root.digest)).toMatchObject({ digest: image.root.digest })
})

test('mounts the blobs another repository of the release holds and sends only the rest', async () => {
  const c = client()
  const shared = [randomBytes(50_000), randomBytes(60_000)]
  const base = imageOf(shared)
  const locations = new Map<string, string>()
  await pushImageByDigest(c, 'acme/base', base, { blobLocations: locations })
  const derived = imageOf([...shared, 70_000])
  proxy.resetCounters()
  // Known from the first push of this run (no mountFrom given).
  const stats = await pushImageByDigest(c, 'acme/derived', derived, { blobLocations: locations })
  expect(stats).toMatchObject({ blobsMounted: 2, blobsUploaded: 2, blobsSkipped: 0 })
  expect(stats.blobBytesSent).toBe(70_000 + derived.blobs[0]!.size)
  expect(proxy.bytes.up).toBe(stats.blobBytesSent + derived.root.bytes.length)
  expect(proxy.requests.filter((r) => r.method === 'POST' && r.outcome === 201)).toHaveLength(2)

  // Given as a candidate (the base image of the Dockerfile): the same, with an empty map.
  const third = imageOf([...shared])
  proxy.resetCounters()
  const again = await pushImageByDigest(c, 'acme/third', third, { mountFrom: ['acme/nothing-here', 'acme/base'] })
  expect(again).toMatchObject({ blobsMounted: 2, blobsUploaded: 1 })
  expect(proxy.bytes.up).toBe(third.blobs[0]!.size + third.root.bytes.length)

  // A re-push to the same repository: every blob is there, nothing is sent but the manifest.
  proxy.resetCounters()
  expect(await pushImageByDigest(c, 'acme/third', third)).toMatchObject({ blobsSkipped: 3, blobBytesSent: 0 })
  expect(requestsOf('POST', /./)).toBe(0)
})

/** An index over the given images, as readOciLayout gives a multi-platform image. */
function indexOf(images: ImageContent[]): ImageContent {
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.ociIndex,
      manifests: images.map((i) => ({ mediaType: i.root.mediaType, digest: i.root.digest, size: i.root.bytes.length })),
    }),
  )
  return {
    root: { digest: digestOf(index), mediaType: MediaType.ociIndex, bytes: index },
    children: images.map((i) => i.root),
    blobs: images.flatMap((i) => i.blobs),
    configs: [],
  }
}

test('a rebuild over the layers a tag’s image has asks with one GET, not a HEAD per layer', async () => {
  const c = client()
  const layers = [randomBytes(40_000), randomBytes(30_000), randomBytes(20_000)]
  const before = imageOf(layers)
  await pushImageByDigest(c, 'acme/rebuilt', before)
  await c.putManifest('acme/rebuilt', 'latest', before.root.bytes, before.root.mediaType)
  const rebuilt = imageOf(layers)
  proxy.resetCounters()
  const stats = await pushImageByDigest(c, 'acme/rebuilt', rebuilt, { relatives: ['latest'] })
  // The new config is looked up and sent; the three layers come from the manifest `latest` names.
  expect(stats).toEqual({ blobBytesSent: rebuilt.blobs[0]!.size, blobsUploaded: 1, blobsSkipped: 3, blobsMounted: 0 })
  expect(answeredOf('HEAD', /\/blobs\//)).toBe(1)
  expect(answeredOf('GET', /\/manifests\/latest$/)).toBe(1)
  expect(proxy.bytes.up).toBe(rebuilt.blobs[0]!.size + rebuilt.root.bytes.length)
  expect(await c.headManifest('acme/rebuilt', rebuilt.root.digest)).toMatchObject({ digest: rebuilt.root.digest })

  // A relative that is an index: its images are read too. One that is missing names nothing.
  const amd = imageOf(layers.slice(0, 2))
  const arm = imageOf([layers[2]!])
  const multi = indexOf([amd, arm])
  await pushImageByDigest(c, 'acme/rebuilt', multi)
  const next = indexOf([imageOf(layers.slice(0, 2)), imageOf([layers[2]!, 10_000])])
  proxy.resetCounters()
  const again = await pushImageByDigest(c, 'acme/rebuilt', next, { relatives: [multi.root.digest, 'no-such-tag'] })
  // Two new configs and one new layer looked up and sent; the three shared layers taken from the index's images.
  expect(again).toMatchObject({ blobsUploaded: 3, blobsSkipped: 3 })
  expect(answeredOf('HEAD', /\/blobs\//)).toBe(3)
  expect(await c.headManifest('acme/rebuilt', next.root.digest)).toMatchObject({ digest: next.root.digest })
})

test('a blob a relative names but the repository lacks is looked up and sent when the manifest is refused', async () => {
  const c = client()
  const layers = [randomBytes(25_000), randomBytes(35_000)]
  const before = imageOf(layers)
  await pushImageByDigest(c, 'acme/pruned', before)
  await c.putManifest('acme/pruned', 'latest', before.root.bytes, before.root.mediaType)
  // The registry drops one layer from the repository (as a cleanup of blobs might); `latest` still names it.
  const dropped = digestOf(layers[1]!)
  const auth = `Basic ${Buffer.from(`${USER.username}:${USER.password}`).toString('base64')}`
  const removal = await fetch(`http://${registry.host}/v2/acme/pruned/blobs/${dropped}`, {
    method: 'DELETE',
    headers: { authorization: auth },
  })
  expect(removal.status).toBe(202)
  const rebuilt = imageOf(layers)
  proxy.resetCounters()
  const stats = await pushImageByDigest(c, 'acme/pruned', rebuilt, { relatives: ['latest'] })
  expect(stats).toMatchObject({ blobsUploaded: 2, blobsSkipped: 1, blobBytesSent: rebuilt.blobs[0]!.size + 35_000 })
  // The first manifest PUT was refused (400), the second went through.
  expect(
    proxy.requests.filter((r) => r.method === 'PUT' && /\/manifests\//.test(r.path)).map((r) => r.outcome),
  ).toEqual([400, 201])
  expect(await c.headBlob('acme/pruned', dropped)).toBe(35_000)
})

test('a failed blob stops the push before any manifest is put; blobs waiting their turn are not sent', async () => {
  const c = client({ retry: { minDelayMs: 1, maxDelayMs: 2, attempts: 2 } })
  const image = imageOf([1000, 2000])
  proxy.inject({ method: 'PUT', path: /\/blobs\/uploads\//, fault: { status: 500 }, times: 100 })
  // One upload at once: the largest blob fails both its attempts (a new upload session each), and the two others,
  // looked up and waiting, never open one.
  await expect(pushImageByDigest(c, 'acme/failing', image, { concurrency: 1 })).rejects.toThrow(/HTTP 500/)
  expect(requestsOf('PUT', /\/manifests\//)).toBe(0)
  expect(answeredOf('HEAD', /\/blobs\//)).toBe(3)
  expect(requestsOf('POST', /\/blobs\/uploads\/$/)).toBe(2)
})

test('looks every blob up at once, while uploads keep to their bound', async () => {
  const c = client()
  const image = imageOf([1000, 2000, 3000, 4000, 5000])
  const most = { head: 0, ensure: 0 }
  const running = { head: 0, ensure: 0 }
  const count = <A extends unknown[], R>(kind: 'head' | 'ensure', fn: (...args: A) => Promise<R>) => {
    return async (...args: A): Promise<R> => {
      most[kind] = Math.max(most[kind], ++running[kind])
      try {
        return await fn(...args)
      } finally {
        running[kind]--
      }
    }
  }
  c.headBlob = count('head', c.headBlob.bind(c))
  c.ensureBlob = count('ensure', c.ensureBlob.bind(c))
  const stats = await pushImageByDigest(c, 'acme/lookups', image, { concurrency: 2 })
  expect(stats).toMatchObject({ blobsUploaded: 6 })
  expect(most).toEqual({ head: 6, ensure: 2 })
  // Looked up once each: an upload does not ask again.
  expect(answeredOf('HEAD', /\/blobs\//)).toBe(6)
})

test('blobs pushed at once meet the registry’s challenge once, not once each', async () => {
  const image = imageOf([1000, 2000, 3000, 4000])
  await pushImageByDigest(client(), 'acme/challenged', image)
  // One 401 for the first lookup; the others waited for it and went with the credentials it called for.
  expect(proxy.requests.filter((r) => r.outcome === 401)).toHaveLength(1)
  // Every body went once: no upload was answered 401 and sent again.
  expect(proxy.bytes.up).toBe(image.blobs.reduce((sum, b) => sum + b.size, 0) + image.root.bytes.length)
})

test('the others go once the challenge is met, beside the first request’s second try, not after it', async () => {
  // A registry that holds the first authorized answer until a second authorized request has come: a client whose
  // waiting requests wait for the whole first request sends no second one until the registry gives up after 5 s.
  const authorized: string[] = []
  let release: () => void = () => undefined
  const second = new Promise<void>((resolve) => (release = resolve))
  let fellBack = false
  const fallback = setTimeout(() => {
    fellBack = true
    release()
  }, 5000)
  const server: Server = createServer((req, res) => {
    if (!req.headers.authorization) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="test"' }).end()
      return
    }
    authorized.push(req.url ?? '')
    if (authorized.length === 2) release()
    const answer = (): void => void res.writeHead(200, { 'content-length': '1' }).end()
    if (authorized.length === 1) void second.then(answer)
    else answer()
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  try {
    const c = new RegistryClient({ registry: `127.0.0.1:${port}`, insecure: true, credentials: USER })
    const sizes = await Promise.all(['a', 'b', 'c'].map((d) => c.headBlob('acme/x', `sha256:${d.repeat(64)}`)))
    expect(sizes).toEqual([1, 1, 1])
    expect(authorized).toHaveLength(3)
    // The second authorized request came while the first one's answer was held.
    expect(fellBack).toBe(false)
  } finally {
    clearTimeout(fallback)
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
})

test('inParallel bounds the work and throws the first failure after the running items settle', async () => {
  const done: number[] = []
  await expect(
    inParallel([1, 2, 3, 4, 5], 2, async (n) => {
      await new Promise((r) => setTimeout(r, n * 5))
      if (n === 2) throw new Error('two failed')
      done.push(n)
    }),
  ).rejects.toThrow('two failed')
  expect(done).toEqual([1, 3])
})

test('lists every tag of a repository, and none for a missing repository', async () => {
  const c = client()
  const image = imageOf([100])
  await pushImageByDigest(c, 'acme/tagged', image)
  const tags = ['1.0.0', '1.1.0', '1.2.0', '2.0.0', 'latest']
  for (const tag of tags) await c.putManifest('acme/tagged', tag, image.root.bytes, image.root.mediaType)
  proxy.resetCounters()
  // Debian's distribution lists every tag at once whatever `n` asks: one request, no endless paging.
  expect((await c.listTags('acme/tagged', { pageSize: 2 })).sort()).toEqual(tags)
  expect(requestsOf('GET', /\/tags\/list/)).toBeLessThanOrEqual(3)
  expect(await c.listTags('acme/never-pushed')).toEqual([])
})

/** A registry that pages its tag list as the spec says: with a Link header, or (linkless) only by n and last. */
async function pagingRegistry(
  all: string[],
  link: boolean,
): Promise<{ host: string; seen: string[]; close(): Promise<unknown> }> {
  const seen: string[] = []
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    if (url.pathname === '/v2/') return res.end('{}')
    seen.push(url.search)
    const n = Number(url.searchParams.get('n'))
    const last = url.searchParams.get('last')
    const from = last ? all.indexOf(last) + 1 : 0
    const page = all.slice(from, from + n)
    res.setHeader('content-type', 'application/json')
    if (link && from + n < all.length) {
      res.setHeader('link', `</v2/acme/x/tags/list?n=${n}&last=${page.at(-1) ?? ''}>; rel="next"`)
    }
    res.end(JSON.stringify({ name: 'acme/x', tags: page }))
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { host: `127.0.0.1:${port}`, seen, close: () => new Promise((resolve) => server.close(resolve)) }
}

test.each([true, false])('follows the pages of a tag list (Link header: %s)', async (link) => {
  const all = ['a', 'b', 'c', 'd', 'e']
  const server = await pagingRegistry(all, link)
  try {
    const c = new RegistryClient({ registry: server.host, insecure: true })
    expect(await c.listTags('acme/x', { pageSize: 2 })).toEqual(all)
    expect(server.seen).toEqual(['?n=2', '?n=2&last=b', '?n=2&last=d'])
  } finally {
    await server.close()
  }
})

test.each([
  ['</v2/acme/x/tags/list?n=2&last=b>; rel="next"', '/v2/acme/x/tags/list?n=2&last=b'],
  ['<https://r.example/v2/a/tags/list?last=z>; rel=next', 'https://r.example/v2/a/tags/list?last=z'],
  ['</first>; rel="prev", </second>; rel="next"', '/second'],
  ['</only>; rel="prev"', undefined],
  [null, undefined],
])('nextLink(%j)', (header, expected) => {
  expect(nextLink(header)).toBe(expected)
})
