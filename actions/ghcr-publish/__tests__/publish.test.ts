// The publishing plan against the real docker-registry (htpasswd auth) with images built for real by buildah, through
// the fault-injecting proxy: first publish, re-run, release conflicts, a failed build, registry faults, a wrong
// password. skopeo reads back what the registry holds.
import { recordingLogger } from '@slipway/action-kit'
import { RegistryAuthError } from '@slipway/oci-registry'
import { parseImmutablePolicy } from '../src/immutable.js'
import type { ImageSpec } from '../src/images.js'
import { BuildFailedError, ReleaseConflictError, TaggingError, publish, type PublishRequest } from '../src/publish.js'
import {
  USER,
  buildContext,
  builder,
  client,
  labelsFor,
  registryTags,
  skopeoInspect,
  startHarness,
  type Harness,
} from './harness.js'

const TAGS = ['1.2.3', '1.2', '1', 'latest']
const REVISION = 'a'.repeat(40)
let h: Harness

beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h.stop()
})
afterEach(() => {
  h.proxy.clearFaults()
  h.proxy.resetCounters()
})

interface RequestOverrides extends Partial<Omit<PublishRequest, 'targets'>> {
  tags?: string[]
  labels?: Map<string, Record<string, string>>
  annotations?: Map<string, Record<string, string>>
}

function request(images: ImageSpec[], overrides: RequestOverrides = {}): PublishRequest {
  const { tags = TAGS, labels = labelsFor(images, REVISION), annotations, ...rest } = overrides
  return {
    targets: images.map((image) => ({
      image,
      tags,
      labels: labels.get(image.repository) ?? {},
      annotations: annotations?.get(image.repository) ?? {},
    })),
    timestamp: 1_700_000_000,
    push: true,
    immutable: parseImmutablePolicy([]),
    workDir: `${h.dir}/work-${Math.random().toString(36).slice(2)}`,
    ...rest,
  }
}

const writes = (): string[] =>
  h.proxy.requests.filter((r) => ['PUT', 'POST', 'PATCH'].includes(r.method)).map((r) => `${r.method} ${r.path}`)

test('publishes two images with every tag, labels in the config, and a re-run pushes nothing', async () => {
  const images = [buildContext(h.dir, 'acme/server', 'server v1'), buildContext(h.dir, 'acme/builder', 'builder v1')]
  const logger = recordingLogger()
  const published = await publish(request(images), builder(h.dir), client(h.proxy.host), logger)

  expect(published.map((p) => p.name)).toEqual([`${h.proxy.host}/acme/server`, `${h.proxy.host}/acme/builder`])
  for (const image of published) {
    expect(registryTags(h.registry.host, image.repository)).toEqual(['1', '1.2', '1.2.3', 'latest'])
    const seen = skopeoInspect(h.registry.host, `${image.repository}:1.2.3`)
    expect(seen.Digest).toBe(image.digest)
    expect(seen.Labels).toMatchObject({
      'org.opencontainers.image.revision': REVISION,
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.source': 'https://github.com/acme/app',
    })
    expect(skopeoInspect(h.registry.host, `${image.repository}:latest`).Digest).toBe(image.digest)
    expect(image.bytesSent).toBeGreaterThan(0)
    expect(image.platforms).toEqual([expect.stringMatching(/^linux\//)])
  }
  // Release tags before moving ones, and tags only after both images were pushed by digest.
  const puts = writes().filter((w) => w.startsWith('PUT') && w.includes('/manifests/'))
  const firstTag = puts.findIndex((w) => !w.includes('sha256:'))
  expect(puts.slice(0, firstTag).every((w) => w.includes('sha256:'))).toBe(true)
  expect(puts.slice(firstTag).map((w) => w.split('/manifests/')[1])).toEqual([
    '1.2.3',
    '1.2.3',
    '1.2',
    '1.2',
    '1',
    '1',
    'latest',
    'latest',
  ])

  h.proxy.resetCounters()
  const again = await publish(request(images), builder(h.dir), client(h.proxy.host), recordingLogger())
  expect(again.map((p) => p.digest)).toEqual(published.map((p) => p.digest))
  expect(again.map((p) => p.unchangedTags)).toEqual([TAGS, TAGS])
  expect(writes()).toEqual([])
})

test('an exact-version tag built from another revision fails before anything is built or pushed', async () => {
  const [first] = [buildContext(h.dir, 'acme/conflict', 'released')]
  await publish(request([first], { tags: ['2.0.0'] }), builder(h.dir), client(h.proxy.host), recordingLogger())
  const existing = skopeoInspect(h.registry.host, 'acme/conflict:2.0.0').Digest

  h.proxy.resetCounters()
  const buildLog = recordingLogger()
  const next = buildContext(h.dir, 'acme/conflict', 'a different build')
  const error: unknown = await publish(
    request([next], { tags: ['2.0.0', 'latest'], labels: labelsFor([next], 'b'.repeat(40)) }),
    builder(h.dir, buildLog),
    client(h.proxy.host),
    recordingLogger(),
  ).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ReleaseConflictError)
  expect(String(error)).toContain(`${h.proxy.host}/acme/conflict:2.0.0 already exists with digest ${existing}`)
  expect(buildLog.records).toEqual([])
  expect(writes()).toEqual([])
  expect(registryTags(h.registry.host, 'acme/conflict')).toEqual(['2.0.0'])
})

test('an exact-version tag of this revision with another digest fails after the build, before any push', async () => {
  const first = buildContext(h.dir, 'acme/rebuilt', 'one content')
  await publish(request([first], { tags: ['3.1.0'] }), builder(h.dir), client(h.proxy.host), recordingLogger())
  const existing = skopeoInspect(h.registry.host, 'acme/rebuilt:3.1.0').Digest
  h.proxy.resetCounters()
  const changed = buildContext(h.dir, 'acme/rebuilt', 'same revision, other bytes')
  await expect(
    publish(request([changed], { tags: ['3.1.0', '3.1'] }), builder(h.dir), client(h.proxy.host), recordingLogger()),
  ).rejects.toThrow(
    new RegExp(`acme/rebuilt:3\\.1\\.0 already exists with digest ${existing}, this build gives sha256:`),
  )
  expect(writes()).toEqual([])
  expect(registryTags(h.registry.host, 'acme/rebuilt')).toEqual(['3.1.0'])
})

test('moving tags move, and immutable-tags: all protects them too', async () => {
  const first = buildContext(h.dir, 'acme/moving', 'first')
  await publish(request([first], { tags: ['latest'] }), builder(h.dir), client(h.proxy.host), recordingLogger())
  const second = buildContext(h.dir, 'acme/moving', 'second')
  const [moved] = await publish(
    request([second], { tags: ['latest'] }),
    builder(h.dir),
    client(h.proxy.host),
    recordingLogger(),
  )
  expect(skopeoInspect(h.registry.host, 'acme/moving:latest').Digest).toBe(moved!.digest)
  const third = buildContext(h.dir, 'acme/moving', 'third')
  await expect(
    publish(
      request([third], {
        tags: ['latest'],
        immutable: parseImmutablePolicy(['all']),
        labels: labelsFor([third], 'c'.repeat(40)),
      }),
      builder(h.dir),
      client(h.proxy.host),
      recordingLogger(),
    ),
  ).rejects.toThrow(ReleaseConflictError)
  expect(skopeoInspect(h.registry.host, 'acme/moving:latest').Digest).toBe(moved!.digest)
})

test('a rebuild over the layers of the image a tag points at reads that image, not each layer', async () => {
  const first = buildContext(h.dir, 'acme/relative', 'same payload')
  const [before] = await publish(
    request([first], { tags: ['main'] }),
    builder(h.dir),
    client(h.proxy.host),
    recordingLogger(),
  )
  // The same files from another revision: a new config over the same layer.
  const again = buildContext(h.dir, 'acme/relative', 'same payload')
  h.proxy.resetCounters()
  const [after] = await publish(
    request([again], { tags: ['main'], labels: labelsFor([again], 'd'.repeat(40)) }),
    builder(h.dir),
    client(h.proxy.host),
    recordingLogger(),
  )
  expect(after!.digest).not.toBe(before!.digest)
  const answered = h.proxy.requests.filter((r) => r.outcome !== 401)
  // The manifest `main` named was read once; only the new config was looked up, and only it was sent.
  expect(answered.filter((r) => r.method === 'GET' && r.path.endsWith(`/manifests/${before!.digest}`))).toHaveLength(1)
  expect(answered.filter((r) => r.method === 'HEAD' && r.path.includes('/blobs/'))).toHaveLength(1)
  expect(answered.filter((r) => r.method === 'PUT' && r.path.includes('/blobs/uploads/'))).toHaveLength(1)
  expect(skopeoInspect(h.registry.host, 'acme/relative:main').Digest).toBe(after!.digest)
})

test('when the second image fails to build, nothing is pushed', async () => {
  const images = [buildContext(h.dir, 'acme/good', 'fine'), buildContext(h.dir, 'acme/bad', 'broken', true)]
  const error: unknown = await publish(request(images), builder(h.dir), client(h.proxy.host), recordingLogger()).catch(
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(BuildFailedError)
  expect(String(error)).toMatch(/the build of .*acme\/bad failed, so no image was pushed/)
  expect(writes()).toEqual([])
  expect(registryTags(h.registry.host, 'acme/good')).toEqual([])
})

test.each([
  ['a 500 on a tag PUT', 'PUT', /\/manifests\/1\.2$/, { status: 500 }],
  ['a 429 with Retry-After on a blob upload', 'PUT', /\/blobs\/uploads\//, { status: 429, retryAfter: '1' }],
  ['a connection reset on a manifest PUT by digest', 'PUT', /\/manifests\/sha256:/, 'reset' as const],
  ['a connection reset on the tag lookup', 'HEAD', /\/manifests\/latest$/, 'reset' as const],
])('%s is retried and the publish completes', async (_name, method, path, fault) => {
  const repository = `acme/faults-${method.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}`
  const image = buildContext(h.dir, repository, `faulty ${repository}`)
  h.proxy.inject({ method, path, fault, times: 2 })
  const logger = recordingLogger()
  const [published] = await publish(request([image]), builder(h.dir), client(h.proxy.host, logger), logger)
  expect(h.proxy.requests.filter((r) => r.outcome === (fault === 'reset' ? 'reset' : fault.status))).toHaveLength(2)
  expect(logger.messages('info').filter((m) => m.includes('retrying'))).toHaveLength(2)
  expect(registryTags(h.registry.host, repository)).toEqual(['1', '1.2', '1.2.3', 'latest'])
  expect(skopeoInspect(h.registry.host, `${repository}:1`).Digest).toBe(published!.digest)
})

test('a tag that keeps failing is reported with the tags applied and not applied; a re-run completes', async () => {
  const images = [buildContext(h.dir, 'acme/tag-a', 'a'), buildContext(h.dir, 'acme/tag-b', 'b')]
  h.proxy.inject({ method: 'PUT', path: /\/acme\/tag-b\/manifests\/1$/, fault: { status: 503 }, times: Infinity })
  const error: unknown = await publish(request(images), builder(h.dir), client(h.proxy.host), recordingLogger()).catch(
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(TaggingError)
  const host = h.proxy.host
  expect((error as TaggingError).applied).toEqual([
    `${host}/acme/tag-a:1.2.3`,
    `${host}/acme/tag-b:1.2.3`,
    `${host}/acme/tag-a:1.2`,
    `${host}/acme/tag-b:1.2`,
    `${host}/acme/tag-a:1`,
  ])
  expect((error as TaggingError).notApplied).toEqual([
    `${host}/acme/tag-b:1`,
    `${host}/acme/tag-a:latest`,
    `${host}/acme/tag-b:latest`,
  ])
  expect(String(error)).toContain(
    `Not applied: ${host}/acme/tag-b:1, ${host}/acme/tag-a:latest, ${host}/acme/tag-b:latest`,
  )
  expect(registryTags(h.registry.host, 'acme/tag-a')).toEqual(['1', '1.2', '1.2.3'])
  expect(registryTags(h.registry.host, 'acme/tag-b')).toEqual(['1.2', '1.2.3'])

  h.proxy.clearFaults()
  h.proxy.resetCounters()
  await publish(request(images), builder(h.dir), client(h.proxy.host), recordingLogger())
  expect(registryTags(h.registry.host, 'acme/tag-a')).toEqual(['1', '1.2', '1.2.3', 'latest'])
  expect(registryTags(h.registry.host, 'acme/tag-b')).toEqual(['1', '1.2', '1.2.3', 'latest'])
  expect(writes().filter((w) => w.includes('/blobs/'))).toEqual([])
  expect(writes()).toEqual([
    'PUT /v2/acme/tag-b/manifests/1',
    'PUT /v2/acme/tag-a/manifests/latest',
    'PUT /v2/acme/tag-b/manifests/latest',
  ])
})

test('a wrong password fails before any build, with a clear error that never shows the password', async () => {
  const wrong = 'wrong-Password-0000'
  const buildLog = recordingLogger()
  const logger = recordingLogger()
  const error: unknown = await publish(
    request([buildContext(h.dir, 'acme/denied', 'x')]),
    builder(h.dir, buildLog),
    client(h.proxy.host, logger, wrong),
    logger,
  ).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(RegistryAuthError)
  expect(String(error)).toMatch(/HTTP 401.*refused user publisher/)
  const everything = JSON.stringify([String(error), (error as Error).stack, logger.records, buildLog.records])
  expect(everything).not.toContain(wrong)
  expect(everything).not.toContain(USER.password)
  expect(buildLog.records).toEqual([])
})

test('push: false builds every image and contacts no registry', async () => {
  const images = [buildContext(h.dir, 'acme/local-only', 'local')]
  const [built] = await publish(
    request(images, { push: false }),
    builder(h.dir),
    client(h.proxy.host),
    recordingLogger(),
  )
  expect(built!.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
  expect(h.proxy.requests).toEqual([])
})

test('several platforms publish one image index, tagged like a single image', async () => {
  const image = { ...buildContext(h.dir, 'acme/multi', 'multi'), platforms: ['linux/amd64', 'linux/arm64'] }
  const [published] = await publish(
    request([image], { tags: ['4.0.0', 'latest'] }),
    builder(h.dir),
    client(h.proxy.host),
    recordingLogger(),
  )
  expect(published!.mediaType).toBe('application/vnd.oci.image.index.v1+json')
  expect(published!.platforms.sort()).toEqual(['linux/amd64', 'linux/arm64'])
  const index = await client(h.registry.host).getManifest('acme/multi', '4.0.0')
  expect(index?.digest).toBe(published!.digest)
  const manifests = (
    JSON.parse(index!.bytes.toString('utf8')) as { manifests: { platform: { architecture: string } }[] }
  ).manifests
  expect(manifests.map((m) => m.platform.architecture).sort()).toEqual(['amd64', 'arm64'])
  expect(skopeoInspect(h.registry.host, 'acme/multi:latest').Labels).toMatchObject({
    'org.opencontainers.image.revision': REVISION,
  })
})

test('a registry that keeps failing during the push leaves no image tagged', async () => {
  const images = [buildContext(h.dir, 'acme/push-a', 'a'), buildContext(h.dir, 'acme/push-b', 'b')]
  h.proxy.inject({ method: 'PATCH', path: /\/acme\/push-b\/blobs\/uploads\//, fault: { status: 502 }, times: Infinity })
  h.proxy.inject({ method: 'PUT', path: /\/acme\/push-b\/blobs\/uploads\//, fault: { status: 502 }, times: Infinity })
  await expect(publish(request(images), builder(h.dir), client(h.proxy.host), recordingLogger())).rejects.toThrow(
    /^pushing .*\/acme\/push-b@sha256:[0-9a-f]{64} failed, so no tag of any image was applied: PUT .*\/acme\/push-b\/blobs\/uploads\/… failed: HTTP 502 \(UNAVAILABLE: injected fault\), \d+ attempts$/,
  )
  // The first image reached the registry by digest only: no tag of either image was applied.
  expect(registryTags(h.registry.host, 'acme/push-a')).toEqual([])
  expect(registryTags(h.registry.host, 'acme/push-b')).toEqual([])
  expect(writes().filter((w) => /\/manifests\/(?!sha256:)/.test(w))).toEqual([])
})
