// The two-phase publish against the real docker-registry (htpasswd auth, deletes enabled) with images built for real
// by buildah: promote re-checks the registry at that moment, moving tags only move forward, a cleanup deletes what
// its run pushed and never tagged (by the registry's DELETE, or through the packages API of the GitHub fake), sizes
// come from manifests, and two single-platform legs merge into one OCI index. skopeo reads back what the registry
// holds.
import { execFileSync } from 'node:child_process'
import { recordingLogger } from '@slipway/action-kit'
import { FakePackages, GitHubFake } from '@slipway/github-fake'
import { MediaType } from '@slipway/oci-registry'
import { cleanupWithPackagesApi, type PushedManifest } from '../src/cleanup.js'
import { parseImmutablePolicy } from '../src/immutable.js'
import type { ImageSpec } from '../src/images.js'
import { githubPackagesApi } from '../src/packages-api.js'
import { parsePlans, type StagePlan } from '../src/stage-plan.js'
import { ReleaseConflictError, publish } from '../src/publish.js'
import {
  SizeGateError,
  checkSizeLimit,
  cleanupPushed,
  manifestsOf,
  merge,
  planFromPublished,
  promote,
  sizesOf,
  type StageDeps,
} from '../src/stages.js'
import { parseSizeLimit } from '../src/size.js'
import {
  USER,
  buildContext,
  builder,
  client,
  rawManifest,
  registryTags,
  startHarness,
  type Harness,
} from './harness.js'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h.stop()
})

const RELEASE_TAGS = (version: string): string[] => {
  const [major, minor] = version.split('.')
  return [version, `${major}.${minor}`, `${major}`, 'latest']
}

function deps(overrides: Partial<StageDeps> = {}): StageDeps {
  return {
    client: client(h.registry.host),
    logger: recordingLogger(),
    immutable: parseImmutablePolicy([]),
    cleanup: 'registry',
    packagesApi: () => Promise.reject(new Error('no packages API in this test')),
    ...overrides,
  }
}

/** `stage: push`: builds and pushes by digest with no tag, and returns the plan. */
async function pushByDigest(
  images: ImageSpec[],
  version: string,
  tags: string[] = RELEASE_TAGS(version),
  revision = 'b'.repeat(40),
): Promise<StagePlan> {
  const meta = { 'org.opencontainers.image.version': version, 'org.opencontainers.image.revision': revision }
  const published = await publish(
    {
      targets: images.map((image) => ({ image, tags: [], labels: meta, annotations: meta })),
      timestamp: 1_700_000_000,
      push: true,
      immutable: parseImmutablePolicy([]),
      workDir: `${h.dir}/work-${Math.random().toString(36).slice(2)}`,
    },
    builder(h.dir),
    client(h.registry.host),
    recordingLogger(),
  )
  return planFromPublished(
    h.registry.host,
    published,
    new Map(images.map((i) => [i.repository, tags])),
    version,
    revision,
  )
}

/** Whether the registry still holds a manifest, as skopeo sees it. */
function exists(reference: string): boolean {
  try {
    execFileSync(
      'skopeo',
      [
        'inspect',
        '--raw',
        '--tls-verify=false',
        '--creds',
        `${USER.username}:${USER.password}`,
        `docker://${h.registry.host}/${reference}`,
      ],
      { stdio: 'ignore' },
    )
    return true
  } catch {
    return false
  }
}

test('push leaves no tag; promote applies exactly the planned tags; a second promote changes nothing', async () => {
  const plan = await pushByDigest([buildContext(h.dir, 'acme/promoted', 'promoted v1')], '1.2.3')
  const image = plan.images[0]!
  expect(image.pushed).toBe(true)
  expect(registryTags(h.registry.host, 'acme/promoted')).toEqual([])
  expect(exists(`acme/promoted@${image.digest}`)).toBe(true)
  // The plan survives the trip through a workflow output and back.
  expect(parsePlans(JSON.stringify(plan), h.registry.host)).toEqual([plan])

  const result = await promote(deps(), plan)
  expect(result.applied.sort()).toEqual(
    ['1', '1.2', '1.2.3', 'latest'].map((t) => `${h.registry.host}/acme/promoted:${t}`),
  )
  expect(registryTags(h.registry.host, 'acme/promoted')).toEqual(['1', '1.2', '1.2.3', 'latest'])
  for (const tag of image.tags)
    expect(rawManifest(h.registry.host, `acme/promoted:${tag}`)).toEqual(
      rawManifest(h.registry.host, `acme/promoted@${image.digest}`),
    )

  const again = await promote(deps(), plan)
  expect(again.applied).toEqual([])
  expect(again.decisions.map((d) => d.action)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged'])
})

test('a promote after someone else took a release tag fails before any tag is applied', async () => {
  const ours = await pushByDigest([buildContext(h.dir, 'acme/raced', 'ours')], '2.0.0')
  // Another run released 2.0.0 of the same repository between our push and our promote.
  const theirs = await pushByDigest([buildContext(h.dir, 'acme/raced', 'theirs')], '2.0.0', ['2.0.0'])
  await promote(deps(), theirs)
  expect(registryTags(h.registry.host, 'acme/raced')).toEqual(['2.0.0'])

  await expect(promote(deps(), ours)).rejects.toThrow(ReleaseConflictError)
  await expect(promote(deps(), ours)).rejects.toThrow(
    /acme\/raced:2\.0\.0 already points at sha256:.*no tag was applied/,
  )
  // Not even the moving tags (2.0, 2, latest): nothing of ours was tagged.
  expect(registryTags(h.registry.host, 'acme/raced')).toEqual(['2.0.0'])
  expect(rawManifest(h.registry.host, 'acme/raced:2.0.0')).toEqual(
    rawManifest(h.registry.host, `acme/raced@${theirs.images[0]!.digest}`),
  )
})

test('moving tags only move forward: a late promote of 3.0.1 leaves latest and 3 at 3.1.0', async () => {
  const newer = await pushByDigest([buildContext(h.dir, 'acme/forward', 'v3.1.0')], '3.1.0')
  const older = await pushByDigest([buildContext(h.dir, 'acme/forward', 'v3.0.1')], '3.0.1')
  await promote(deps(), newer)
  const result = await promote(deps(), older)
  const byTag = Object.fromEntries(result.decisions.map((d) => [d.tag, d.action]))
  expect(byTag).toEqual({ '3.0.1': 'apply', '3.0': 'apply', '3': 'keep-newer', latest: 'keep-newer' })
  const digestOf = (tag: string): string => JSON.stringify(rawManifest(h.registry.host, `acme/forward:${tag}`))
  expect(digestOf('latest')).toBe(digestOf('3.1.0'))
  expect(digestOf('3')).toBe(digestOf('3.1.0'))
  expect(digestOf('3.0')).toBe(digestOf('3.0.1'))
})

test('a cleanup deletes what its run pushed and never tagged, and nothing else', async () => {
  // Someone else's untagged image in the same repository, pushed before: never ours to delete.
  const foreign = await pushByDigest([buildContext(h.dir, 'acme/cleaned', 'foreign')], '4.0.0')
  const plan = await pushByDigest(
    [buildContext(h.dir, 'acme/cleaned', 'ours'), buildContext(h.dir, 'acme/cleaned-too', 'ours too')],
    '4.0.1',
  )
  // An image this run pushed that got its tag after all (a re-run promoted it) stays.
  const tagged = await pushByDigest([buildContext(h.dir, 'acme/cleaned-tagged', 'tagged')], '4.0.1', ['4.0.1'])
  await promote(deps(), tagged)

  const result = await cleanupPushed(deps(), manifestsOf([plan, tagged]))
  expect(result?.deleted.sort()).toEqual(
    plan.images.map((i) => `${h.registry.host}/${i.repository}@${i.digest}`).sort(),
  )
  expect(result?.kept).toEqual([
    { ref: `${h.registry.host}/acme/cleaned-tagged@${tagged.images[0]!.digest}`, reason: 'tagged 4.0.1' },
  ])
  for (const image of plan.images) expect(exists(`${image.repository}@${image.digest}`)).toBe(false)
  expect(exists(`acme/cleaned@${foreign.images[0]!.digest}`)).toBe(true)
  expect(exists('acme/cleaned-tagged:4.0.1')).toBe(true)
  // A manifest that was in the registry before the push is not "pushed" by the run: a cleanup leaves it.
  const rerun = await pushByDigest([buildContext(h.dir, 'acme/cleaned', 'foreign')], '4.0.0')
  expect(rerun.images[0]!.digest).toBe(foreign.images[0]!.digest)
  expect(manifestsOf([rerun])).toEqual([])
})

test('on GHCR a cleanup deletes the untagged package versions whose name is a pushed digest (packages API)', async () => {
  const fake = await GitHubFake.start('acme', 'app')
  try {
    const packages = new FakePackages(fake, { acme: 'orgs', someone: 'users' })
    const ours = 'sha256:' + '1'.repeat(64)
    const oursTagged = 'sha256:' + '2'.repeat(64)
    const oursUser = 'sha256:' + '3'.repeat(64)
    const foreign = 'sha256:' + '4'.repeat(64)
    packages.seed('acme', 'app/server', foreign)
    const oursId = packages.seed('acme', 'app/server', ours)
    packages.seed('acme', 'app/server', oursTagged, ['1.2.3'])
    for (let i = 0; i < 120; i++) packages.seed('acme', 'app/server', `sha256:${i.toString(16).padStart(64, 'a')}`)
    const userId = packages.seed('someone', 'tool', oursUser)
    const pushed: PushedManifest[] = [
      { repository: 'acme/app/server', digest: ours, tags: ['1.2.3'] },
      { repository: 'acme/app/server', digest: oursTagged, tags: ['1.2.3'] },
      { repository: 'someone/tool', digest: oursUser, tags: ['1.2.3'] },
    ]
    const logger = recordingLogger()
    const api = await githubPackagesApi({ token: 'ghs_fake-token', apiUrl: fake.url, env: {}, logger })
    const result = await cleanupWithPackagesApi(api, 'ghcr.io', pushed, logger)

    expect(result.deleted).toEqual([`ghcr.io/acme/app/server@${ours}`, `ghcr.io/someone/tool@${oursUser}`])
    expect(result.kept).toEqual([{ ref: `ghcr.io/acme/app/server@${oursTagged}`, reason: 'tagged 1.2.3' }])
    expect(packages.deleted.map((d) => d.id)).toEqual([oursId, userId])
    expect(packages.versions('acme', 'app/server').map((v) => v.name)).toContain(foreign)
    expect(fake.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([
      `/orgs/acme/packages/container/app%2Fserver/versions/${oursId}`,
      `/users/someone/packages/container/tool/versions/${userId}`,
    ])
    expect(fake.violations).toEqual([])
  } finally {
    await fake.stop()
  }
})

test('sizes come from the manifests and compare with the previous release tag; max-size-increase gates', async () => {
  const previous = await pushByDigest([buildContext(h.dir, 'acme/sized', 'x'.repeat(1000))], '5.0.0')
  await promote(deps(), previous)
  const plan = await pushByDigest([buildContext(h.dir, 'acme/sized', 'y'.repeat(200_000))], '5.0.1')
  const c = client(h.registry.host)
  const [report] = await sizesOf(c, plan.images, '5.0.1', ['v4.9.0', 'v5.0.0', 'v5.0.1', 'v5.1.0-rc.1'])

  // What skopeo reads: the config and layer sizes of each manifest.
  const bytesOf = (reference: string): number => {
    const manifest = rawManifest(h.registry.host, reference) as unknown as {
      config: { size: number }
      layers: { size: number }[]
    }
    return manifest.config.size + manifest.layers.reduce((sum, layer) => sum + layer.size, 0)
  }
  const now = bytesOf(`acme/sized@${plan.images[0]!.digest}`)
  const before = bytesOf('acme/sized:5.0.0')
  expect(report).toMatchObject({
    name: `${h.registry.host}/acme/sized`,
    bytes: now,
    previous: { tag: '5.0.0', digest: previous.images[0]!.digest, bytes: before },
    change: now - before,
  })
  expect(report!.change).toBeGreaterThan(0)
  expect(() => checkSizeLimit([report!], parseSizeLimit('10%'))).toThrow(SizeGateError)
  expect(() => checkSizeLimit([report!], parseSizeLimit('10%'))).toThrow(/acme\/sized grew by .* since 5\.0\.0/)
  expect(() => checkSizeLimit([report!], parseSizeLimit('5MiB'))).not.toThrow()
  // No previous release: reported, never a gate failure.
  const [first] = await sizesOf(c, plan.images, '5.0.1', [])
  expect(first!.previous).toBeUndefined()
  expect(() => checkSizeLimit([first!], parseSizeLimit('1%'))).not.toThrow()
})

test('two single-platform legs built by buildah merge into one OCI index, promoted all or nothing', async () => {
  const leg = (platform: string, content: string): ImageSpec => ({
    ...buildContext(h.dir, 'acme/multi', content),
    platforms: [platform],
  })
  const amd64 = await pushByDigest([leg('linux/amd64', 'multi')], '6.0.0')
  const arm64 = await pushByDigest([leg('linux/arm64', 'multi')], '6.0.0')
  const plans = [arm64, amd64]
  const result = await merge(deps(), plans, JSON.stringify(plans))

  const index = rawManifest(h.registry.host, 'acme/multi:6.0.0') as unknown as {
    mediaType: string
    manifests: { digest: string; mediaType: string; platform: { os: string; architecture: string } }[]
    annotations?: Record<string, string>
  }
  expect(index.mediaType).toBe(MediaType.ociIndex)
  expect(index.manifests.map((m) => [m.platform.os, m.platform.architecture, m.digest])).toEqual([
    ['linux', 'amd64', amd64.images[0]!.digest],
    ['linux', 'arm64', arm64.images[0]!.digest],
  ])
  expect(index.annotations).toMatchObject({ 'org.opencontainers.image.version': '6.0.0' })
  expect(result.plan.images[0]!.platforms).toEqual(['linux/amd64', 'linux/arm64'])
  expect(registryTags(h.registry.host, 'acme/multi')).toEqual(['6', '6.0', '6.0.0', 'latest'])
  // skopeo picks the arm64 manifest out of the index for an arm64 client.
  const arm = JSON.parse(
    execFileSync(
      'skopeo',
      [
        'inspect',
        '--override-arch',
        'arm64',
        '--tls-verify=false',
        '--creds',
        `${USER.username}:${USER.password}`,
        `docker://${h.registry.host}/acme/multi:latest`,
      ],
      { encoding: 'utf8' },
    ),
  ) as { Digest: string; Architecture: string }
  expect(arm.Architecture).toBe('arm64')

  // A job after the promote fails (attest, release) and the cleanup stage runs with the legs' plans: the legs are
  // untagged, but the promoted index lists them, so deleting one would break every pull of 6.0.0. Both ways keep them.
  const indexDigest = result.plan.images[0]!.digest
  const reasons = plans.map(() => `listed by the index ${indexDigest}, tagged 6.0.0`)
  const byRegistry = await cleanupPushed(deps(), manifestsOf(plans))
  expect(byRegistry).toEqual({
    deleted: [],
    kept: plans.map((p, i) => ({ ref: expect.stringContaining(p.images[0]!.digest), reason: reasons[i] })),
  })
  const fake = await GitHubFake.start('acme', 'app')
  try {
    // GHCR lists the legs as untagged package versions of their own, the index as the tagged one.
    const packages = new FakePackages(fake, { acme: 'orgs' })
    for (const plan of plans) packages.seed('acme', 'multi', plan.images[0]!.digest)
    packages.seed('acme', 'multi', indexDigest, ['6.0.0', '6.0', '6', 'latest'])
    const logger = recordingLogger()
    const api = await githubPackagesApi({ token: 'ghs_fake-token', apiUrl: fake.url, env: {}, logger })
    const byApi = await cleanupPushed(
      deps({ cleanup: 'packages-api', packagesApi: () => Promise.resolve(api), logger }),
      manifestsOf(plans),
    )
    expect(byApi?.deleted).toEqual([])
    expect(byApi?.kept.map((k) => k.reason)).toEqual(reasons)
    expect(packages.deleted).toEqual([])
    expect(fake.violations).toEqual([])
  } finally {
    await fake.stop()
  }
  for (const plan of plans) expect(exists(`acme/multi@${plan.images[0]!.digest}`)).toBe(true)

  // The same legs give the same index: a re-run converges.
  const again = await merge(deps(), plans, JSON.stringify(plans))
  expect(again.plan.images[0]!.digest).toBe(result.plan.images[0]!.digest)
  expect(again.plan.images[0]!.pushed).toBe(false)
})

test('a merge whose promote conflicts deletes the index it pushed and applies no tag', async () => {
  const amd64 = await pushByDigest(
    [{ ...buildContext(h.dir, 'acme/multi-raced', 'a'), platforms: ['linux/amd64'] }],
    '7.0.0',
  )
  const arm64 = await pushByDigest(
    [{ ...buildContext(h.dir, 'acme/multi-raced', 'a'), platforms: ['linux/arm64'] }],
    '7.0.0',
  )
  const theirs = await pushByDigest([buildContext(h.dir, 'acme/multi-raced', 'theirs')], '7.0.0', ['7.0.0'])
  await promote(deps(), theirs)
  const logger = recordingLogger()
  await expect(merge(deps({ logger }), [amd64, arm64], '[]')).rejects.toThrow(ReleaseConflictError)
  const pushedIndex = logger.messages('info').find((m) => m.startsWith('pushed the index'))
  const digest = /@(sha256:[0-9a-f]{64})/.exec(pushedIndex ?? '')?.[1]
  expect(digest).toBeDefined()
  expect(exists(`acme/multi-raced@${digest}`)).toBe(false)
  expect(registryTags(h.registry.host, 'acme/multi-raced')).toEqual(['7.0.0'])
  // The legs stay for the cleanup stage, which has their plans.
  expect(exists(`acme/multi-raced@${amd64.images[0]!.digest}`)).toBe(true)
  const cleaned = await cleanupPushed(deps(), manifestsOf([amd64, arm64]))
  expect(cleaned?.deleted).toHaveLength(2)
  expect(exists(`acme/multi-raced@${amd64.images[0]!.digest}`)).toBe(false)
})
