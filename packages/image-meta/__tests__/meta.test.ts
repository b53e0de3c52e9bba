import { recordingLogger } from '@slipway/action-kit'
import { computeImageMeta, summaryMarkdown, type ImageMetaInputs, type ImageMetaOptions } from '../src/index.js'
import { contextFor, FIXED_NOW } from './event-fixtures.js'

const inputs = (
  tags: string[] = [],
  flavor: string[] = [],
  images: string[] = ['ghcr.io/acme/app'],
): ImageMetaInputs => ({
  images,
  tags,
  flavor,
  labels: [],
  annotations: [],
})

const SEMVER = [
  'type=semver,pattern={{version}}',
  'type=semver,pattern={{major}}.{{minor}}',
  'type=semver,pattern={{major}}',
]
const PEP440 = [
  'type=pep440,pattern={{version}}',
  'type=pep440,pattern={{major}}.{{minor}}',
  'type=pep440,pattern={{major}}',
]
const METADATA_DEFAULTS = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr']
// Every tag of the repository, as a full clone sees them: these releases make v1.2.3 the highest.
const REPO_TAGS = ['v1.0.0', 'v1.1.0', 'v1.2.3', 'v2.0.8-beta.67']

interface Case {
  name: string
  event: string
  tags?: string[]
  flavor?: string[]
  repoTags?: string[]
  /** Expected tag names in output order, version first and latest last. */
  expected: string[]
  version?: string
  latest?: boolean
}

const cases: Case[] = [
  // The zero-config strategy (tags empty).
  { name: 'zero-config: branch push gives the branch', event: 'push-main', expected: ['main'], latest: false },
  { name: 'zero-config: slashes in branches become -', event: 'push-feature', expected: ['feature-new-ui'] },
  {
    name: 'zero-config: vX.Y.Z gives X.Y.Z, X.Y, X, latest',
    event: 'push-tag-v1.2.3',
    expected: ['1.2.3', '1.2', '1', 'latest'],
    latest: true,
  },
  {
    name: 'zero-config: a release event on a version tag',
    event: 'release',
    expected: ['1.2.3', '1.2', '1', 'latest'],
  },
  {
    name: 'zero-config: a semver prerelease gets only its version',
    event: 'push-tag-v2.0.8-beta.67',
    expected: ['2.0.8-beta.67'],
    latest: false,
  },
  {
    name: 'zero-config: a PEP 440 prerelease gets only its version',
    event: 'push-tag-1.2.3rc2',
    expected: ['1.2.3rc2'],
    latest: false,
  },
  {
    name: 'zero-config: a tag that is no version keeps its name',
    event: 'push-tag-20200110-RC2',
    expected: ['20200110-RC2', 'latest'],
  },
  {
    name: 'zero-config: a prefixed tag keeps its name',
    event: 'push-tag-p1-v1.0.0',
    expected: ['p1-v1.0.0', 'latest'],
  },
  { name: 'zero-config: pull_request gives pr-N', event: 'pull_request', expected: ['pr-15'] },
  {
    name: 'zero-config: pull_request_target gives pr-N, not the base branch',
    event: 'pull_request_target',
    expected: ['pr-15'],
  },
  { name: 'zero-config: schedule gives nightly, then the branch', event: 'schedule', expected: ['nightly', 'main'] },
  { name: 'zero-config: workflow_dispatch gives the branch', event: 'workflow_dispatch', expected: ['main'] },
  { name: 'zero-config: an empty event gives nothing', event: 'empty', expected: [], version: '', latest: false },
  {
    name: 'zero-config: an unknown event on a branch gives the branch',
    event: 'unknown',
    expected: ['gh-readonly-queue-main-pr-15-abc'],
  },

  // metadata-action's own defaults, written out.
  {
    name: 'defaults: tag name and latest',
    event: 'push-tag-v1.2.3',
    tags: METADATA_DEFAULTS,
    expected: ['v1.2.3', 'latest'],
  },
  {
    name: 'defaults: schedule beats the branch',
    event: 'schedule',
    tags: METADATA_DEFAULTS,
    expected: ['nightly', 'main'],
    version: 'nightly',
  },
  { name: 'defaults: pull request', event: 'pull_request', tags: METADATA_DEFAULTS, expected: ['pr-15'] },

  // semver
  {
    name: 'semver: three patterns and latest (auto)',
    event: 'push-tag-v1.2.3',
    tags: SEMVER,
    expected: ['1.2.3', '1.2', '1', 'latest'],
  },
  {
    name: 'semver: prerelease collapses to {{version}}, no latest',
    event: 'push-tag-v2.0.8-beta.67',
    tags: SEMVER,
    expected: ['2.0.8-beta.67'],
    latest: false,
  },
  {
    name: 'semver: {{raw}} keeps the prerelease tag as pushed',
    event: 'push-tag-v2.0.8-beta.67',
    tags: ['type=semver,pattern={{raw}}'],
    expected: ['v2.0.8-beta.67'],
  },
  {
    name: 'semver: {{raw}} on a release',
    event: 'push-tag-v1.2.3',
    tags: ['type=semver,pattern={{raw}}'],
    expected: ['v1.2.3', 'latest'],
  },
  {
    name: 'semver: a composed pattern',
    event: 'push-tag-v1.2.3',
    tags: ['type=semver,pattern=v{{major}}.{{minor}}.{{patch}}-stable'],
    expected: ['v1.2.3-stable', 'latest'],
  },
  {
    name: 'semver: not a semver tag gives nothing',
    event: 'push-tag-1.2.3rc2',
    tags: SEMVER,
    expected: [],
    version: '',
  },
  { name: 'semver: branch push gives nothing', event: 'push-main', tags: SEMVER, expected: [] },
  {
    name: 'semver: value= works on a branch',
    event: 'push-main',
    tags: ['type=semver,pattern={{major}}.{{minor}},value=v3.1.4'],
    expected: ['3.1', 'latest'],
  },
  {
    name: 'semver: 0.y.z gets a bare 0 with explicit rules (as metadata-action)',
    event: 'push-tag-v1.2.3',
    tags: ['type=semver,pattern={{major}},value=0.4.1'],
    expected: ['0', 'latest'],
  },

  {
    name: 'semver: match= narrows a prefixed tag',
    event: 'push-tag-p1-v1.0.0',
    tags: ['type=semver,pattern={{version}},match=v(\\d.\\d.\\d)$'],
    expected: ['1.0.0', 'latest'],
  },
  {
    name: 'semver: match= on a value with a slash',
    event: 'push-main',
    tags: ['type=semver,pattern={{major}}.{{minor}},value=p1/v1.2.3,match=v(\\d.\\d.\\d)$'],
    expected: ['1.2', 'latest'],
  },
  {
    name: 'semver: match= that does not match reads the whole tag',
    event: 'push-tag-v1.2.3',
    tags: ['type=semver,pattern={{version}},match=^x(.*)'],
    expected: ['1.2.3', 'latest'],
  },

  // pep440
  {
    name: 'pep440: prerelease gives its normalised version',
    event: 'push-tag-1.2.3rc2',
    tags: PEP440,
    expected: ['1.2.3rc2'],
    latest: false,
  },
  {
    name: 'pep440: release gives three tags',
    event: 'push-tag-v1.2.3',
    tags: PEP440,
    expected: ['1.2.3', '1.2', '1', 'latest'],
  },
  { name: 'pep440: 20200110-RC2 normalises', event: 'push-tag-20200110-RC2', tags: PEP440, expected: ['20200110rc2'] },
  {
    name: 'pep440: {{raw}} keeps a prerelease as pushed',
    event: 'push-tag-1.2.3rc2',
    tags: ['type=pep440,pattern={{raw}}'],
    expected: ['1.2.3rc2'],
  },
  {
    name: 'pep440: match=',
    event: 'push-tag-p1-v1.0.0',
    tags: ['type=pep440,pattern={{major}},match=v(\\d.\\d.\\d)$'],
    expected: ['1', 'latest'],
  },
  {
    name: 'pep440: value= on a branch',
    event: 'push-main',
    tags: ['type=pep440,pattern={{version}},value=1.0.0.post2'],
    expected: ['1.0.0.post2'],
    latest: false,
  },

  // match
  {
    name: 'match: a group of a prefixed tag',
    event: 'push-tag-p1-v1.0.0',
    tags: ['type=match,pattern=p1-v(\\d.\\d.\\d),group=1'],
    expected: ['1.0.0', 'latest'],
  },
  {
    name: 'match: group 0 by default',
    event: 'push-tag-20200110-RC2',
    tags: ['type=match,pattern=\\d{8}'],
    expected: ['20200110', 'latest'],
  },
  {
    name: 'match: /regex/flags',
    event: 'push-tag-20200110-RC2',
    tags: ['type=match,pattern=/-(rc\\d)$/i,group=1'],
    expected: ['RC2', 'latest'],
  },
  { name: 'match: no match gives nothing', event: 'push-tag-v1.2.3', tags: ['type=match,pattern=^p\\d'], expected: [] },
  {
    name: 'match: missing group gives nothing',
    event: 'push-tag-v1.2.3',
    tags: ['type=match,pattern=v(1),group=3'],
    expected: [],
  },

  // edge, ref, raw, sha
  { name: 'edge: the default branch', event: 'push-main', tags: ['type=edge'], expected: ['edge'] },
  { name: 'edge: another branch gives nothing', event: 'push-feature', tags: ['type=edge'], expected: [] },
  { name: 'edge: branch=', event: 'push-feature', tags: ['type=edge,branch=feature/new-ui'], expected: ['edge'] },
  {
    name: 'ref: branch with prefix and suffix',
    event: 'push-main',
    tags: ['type=ref,event=branch,prefix=br-,suffix=-x'],
    expected: ['br-main-x'],
  },
  {
    name: 'ref: pr prefix can be emptied',
    event: 'pull_request',
    tags: ['type=ref,event=pr,prefix='],
    expected: ['15'],
  },
  { name: 'ref: tag event ignores branches', event: 'push-main', tags: ['type=ref,event=tag'], expected: [] },
  {
    name: 'raw: value and enable={{is_default_branch}}',
    event: 'push-main',
    tags: ['type=raw,value=latest,enable={{is_default_branch}}'],
    expected: ['latest'],
  },
  {
    name: 'raw: disabled off the default branch',
    event: 'push-feature',
    tags: ['type=raw,value=stable,enable={{is_default_branch}}'],
    expected: [],
  },
  { name: 'raw: a bare value is a raw rule', event: 'push-main', tags: ['my-tag'], expected: ['my-tag'] },
  {
    name: 'raw: global expressions',
    event: 'push-feature',
    tags: ['type=raw,value={{branch}}-{{sha}}'],
    expected: ['feature-new-ui-860c190'],
  },
  {
    name: 'raw: {{tag}} and {{base_ref}}',
    event: 'push-tag-v1.2.3',
    tags: ['type=raw,value={{tag}}-from-{{base_ref}}'],
    expected: ['v1.2.3-from-main'],
  },
  {
    name: 'raw: {{base_ref}} of a pull request',
    event: 'pull_request',
    tags: ['type=raw,value=into-{{base_ref}}'],
    expected: ['into-main'],
  },
  {
    name: 'raw: {{date}} with a format and time zone',
    event: 'push-main',
    tags: ["type=raw,value={{date 'YYYYMMDD-HHmm' tz='Asia/Tokyo'}}"],
    expected: ['20240507-0530'],
  },
  {
    name: 'raw: tz attribute is the default zone',
    event: 'push-main',
    tags: ["type=raw,value={{date 'YYYY-MM-DD'}},tz=Asia/Tokyo"],
    expected: ['2024-05-07'],
  },
  {
    name: 'raw: {{commit_date}} from the payload',
    event: 'push-main',
    tags: ["type=raw,value={{commit_date 'YYYYMMDDHHmmss'}}"],
    expected: ['20240304040607'],
  },
  {
    name: 'raw: invalid characters become -',
    event: 'push-main',
    tags: ['type=raw,value=a b/c~d'],
    expected: ['a-b-c-d'],
  },
  { name: 'sha: short by default', event: 'push-main', tags: ['type=sha'], expected: ['sha-860c190'] },
  {
    name: 'sha: long, no prefix',
    event: 'push-main',
    tags: ['type=sha,format=long,prefix='],
    expected: ['860c1904a1ce19322e91ac35af1ab07466440c37'],
  },
  { name: 'sha: pull request merge commit', event: 'pull_request', tags: ['type=sha'], expected: ['sha-860c190'] },
  {
    name: 'schedule: a date pattern',
    event: 'schedule',
    tags: ["type=schedule,pattern={{date 'YYYYMMDD'}}"],
    expected: ['20240506'],
  },
  { name: 'schedule: only on schedule events', event: 'push-main', tags: ['type=schedule'], expected: [] },
  {
    name: 'schedule: {{is_default_branch}} is true',
    event: 'schedule',
    tags: ['type=raw,value=default,enable={{is_default_branch}}'],
    expected: ['default'],
  },

  // Priorities and order.
  {
    name: 'order: priority, then input order; version from the highest',
    event: 'push-tag-v1.2.3',
    tags: ['type=sha', 'type=raw,value=foo', 'type=ref,event=tag', ...SEMVER],
    expected: ['1.2.3', '1.2', '1', 'v1.2.3', 'foo', 'sha-860c190', 'latest'],
    version: '1.2.3',
  },
  {
    name: 'order: priority= overrides',
    event: 'push-main',
    tags: ['type=ref,event=branch', 'type=sha,priority=1100'],
    expected: ['sha-860c190', 'main'],
    version: 'sha-860c190',
  },
  {
    name: 'order: duplicates are dropped',
    event: 'push-main',
    tags: ['type=raw,value=main', 'type=ref,event=branch', 'type=raw,value=x', 'type=raw,value=x'],
    expected: ['main', 'x'],
  },
  {
    name: 'order: latest comes from the first rule that applies',
    event: 'push-tag-v1.2.3',
    tags: ['type=raw,value=a,priority=950', ...SEMVER],
    expected: ['a', '1.2.3', '1.2', '1'],
    latest: false,
  },

  // Flavor.
  {
    name: 'flavor: latest=true on a branch',
    event: 'push-main',
    tags: ['type=ref,event=branch'],
    flavor: ['latest=true'],
    expected: ['main', 'latest'],
  },
  {
    name: 'flavor: latest=false on a release',
    event: 'push-tag-v1.2.3',
    tags: SEMVER,
    flavor: ['latest=false'],
    expected: ['1.2.3', '1.2', '1'],
  },
  {
    name: 'flavor: prefix and suffix, not on latest',
    event: 'push-tag-v1.2.3',
    tags: ['type=semver,pattern={{version}}'],
    flavor: ['prefix=app-', 'suffix=-alpine'],
    expected: ['app-1.2.3-alpine', 'latest'],
  },
  {
    name: 'flavor: onlatest=true',
    event: 'push-tag-v1.2.3',
    tags: ['type=semver,pattern={{version}}'],
    flavor: ['prefix=app-,onlatest=true', 'suffix=-alpine,onlatest=true'],
    expected: ['app-1.2.3-alpine', 'app-latest-alpine'],
  },
  {
    name: 'flavor: a rule prefix replaces the flavor one',
    event: 'push-main',
    tags: ['type=ref,event=branch,prefix=b-'],
    flavor: ['prefix=app-'],
    expected: ['b-main'],
  },
  {
    name: 'flavor: prefix with an expression',
    event: 'push-main',
    tags: ['type=sha,prefix={{branch}}-'],
    expected: ['main-860c190'],
  },

  // Moving tags only move forward.
  {
    name: 'highest: the highest release gets everything',
    event: 'push-tag-v1.2.3',
    repoTags: REPO_TAGS,
    expected: ['1.2.3', '1.2', '1', 'latest'],
  },
  {
    name: 'highest: a 1.x hotfix after 2.0.0 keeps 1 but not latest',
    event: 'push-tag-v1.2.3',
    repoTags: ['v1.1.0', 'v1.2.3', 'v2.0.0'],
    expected: ['1.2.3', '1.2', '1'],
    latest: false,
  },
  {
    name: 'highest: an older minor line keeps only X.Y',
    event: 'push-tag-v1.2.3',
    repoTags: ['v1.2.3', 'v1.4.0'],
    expected: ['1.2.3', '1.2'],
  },
  {
    name: 'highest: an older patch keeps only X.Y.Z',
    event: 'push-tag-v1.2.3',
    repoTags: ['v1.2.3', 'v1.2.4'],
    expected: ['1.2.3'],
  },
  {
    name: 'highest: prereleases of later versions do not count',
    event: 'push-tag-v1.2.3',
    repoTags: ['v1.2.3', 'v1.3.0-rc.1', 'v2.0.0-beta.1'],
    expected: ['1.2.3', '1.2', '1', 'latest'],
  },
  {
    name: 'highest: with explicit rules through flavor',
    event: 'push-tag-v1.2.3',
    tags: SEMVER,
    flavor: ['latest=highest'],
    repoTags: ['v1.2.3', 'v2.0.0'],
    expected: ['1.2.3', '1.2', '1'],
  },
  {
    name: 'highest: explicit rules keep auto without flavor',
    event: 'push-tag-v1.2.3',
    tags: SEMVER,
    repoTags: ['v1.2.3', 'v2.0.0'],
    expected: ['1.2.3', '1.2', '1', 'latest'],
  },
]

describe('computeImageMeta over event payloads', () => {
  test.each(cases)('$name', async ({ event, tags, flavor, repoTags, expected, version, latest }) => {
    const context = await contextFor(event, { repoTags: repoTags ?? REPO_TAGS, shallow: false })
    const meta = computeImageMeta(inputs(tags, flavor), context, { now: FIXED_NOW })
    expect(meta.tagNames).toEqual(expected)
    expect(meta.tags).toEqual(expected.map((t) => `ghcr.io/acme/app:${t}`))
    expect(meta.version).toBe(version ?? expected[0] ?? '')
    if (latest !== undefined) expect(meta.latest).toBe(latest)
    expect(meta.labels['org.opencontainers.image.version']).toBe(meta.version)
  })
})

describe('zero-config and latest=highest edges', () => {
  test('0.y.z gets no bare 0 tag', async () => {
    const context = await contextFor('push-main', { repoTags: ['v0.4.1'], shallow: false })
    context.ref = 'refs/tags/v0.4.1'
    const meta = computeImageMeta(inputs(), context)
    expect(meta.tagNames).toEqual(['0.4.1', '0.4', 'latest'])
    expect(meta.strategy).toBe('zero-config')
  })

  test.each([
    [['v1.2.3', 'v2.0.0'], ['latest: 2.0.0 is higher']],
    [
      ['v1.2.3', 'v1.4.0', 'v2.0.0'],
      ['latest: 2.0.0 is higher', '1: 1.4.0 is higher'],
    ],
    [
      ['v1.2.3', 'v1.2.4'],
      ['latest: 1.2.4 is higher', '1.2: 1.2.4 is higher', '1: 1.2.4 is higher'],
    ],
    [['v1.2.3', 'v1.0.0'], []],
  ])('held-back moving tags are reported (tags %j)', async (repoTags, heldBack) => {
    const context = await contextFor('push-tag-v1.2.3', { repoTags, shallow: false })
    const meta = computeImageMeta(inputs(), context)
    expect(meta.heldBack).toEqual(heldBack)
    if (heldBack.length > 0) expect(summaryMarkdown(meta)).toContain('Moving tags held back')
    else expect(summaryMarkdown(meta)).not.toContain('held back')
  })

  test('a shallow clone without tags warns and falls back to the plain rule', async () => {
    const logger = recordingLogger()
    const context = await contextFor('push-tag-v1.2.3', { repoTags: [], shallow: true })
    const meta = computeImageMeta(inputs(), context, { logger })
    expect(meta.tagNames).toEqual(['1.2.3', '1.2', '1', 'latest'])
    expect(meta.latestMode).toBe('auto')
    expect(logger.messages('warning')).toEqual([expect.stringContaining('shallow clone')])
  })

  test('unknown tags (no repository) warn too', async () => {
    const logger = recordingLogger()
    const context = await contextFor('push-tag-v1.2.3')
    const meta = computeImageMeta(inputs(), context, { logger })
    expect(meta.tagNames).toEqual(['1.2.3', '1.2', '1', 'latest'])
    expect(logger.messages('warning')).toEqual([expect.stringContaining('not in this checkout')])
  })

  test('a full clone with only the current tag is a first release: no warning', async () => {
    const logger = recordingLogger()
    const context = await contextFor('push-tag-v1.2.3', { repoTags: ['v1.2.3'], shallow: false })
    const meta = computeImageMeta(inputs(), context, { logger })
    expect(meta.latest).toBe(true)
    expect(logger.messages('warning')).toEqual([])
  })

  test('tags go image by image; no image gives the names alone', async () => {
    const context = await contextFor('push-tag-v1.2.3', { repoTags: REPO_TAGS, shallow: false })
    const two = computeImageMeta(
      inputs([], [], ['ghcr.io/acme/app', 'name=docker.io/acme/app', 'name=quay.io/x/y,enable=false']),
      context,
    )
    expect(two.images).toEqual(['ghcr.io/acme/app', 'docker.io/acme/app'])
    expect(two.tags).toEqual([
      ...['1.2.3', '1.2', '1', 'latest'].map((t) => `ghcr.io/acme/app:${t}`),
      ...['1.2.3', '1.2', '1', 'latest'].map((t) => `docker.io/acme/app:${t}`),
    ])
    const none = computeImageMeta(inputs([], [], []), context)
    expect(none.tags).toEqual(['1.2.3', '1.2', '1', 'latest'])
  })

  test('upper-case image names are lower-cased with a notice', async () => {
    const logger = recordingLogger()
    const context = await contextFor('push-main')
    const meta = computeImageMeta(inputs([], [], ['ghcr.io/Acme/App']), context, { logger })
    expect(meta.tags).toEqual(['ghcr.io/acme/app:main'])
    expect(logger.messages('notice')).toEqual([
      expect.stringContaining('ghcr.io/Acme/App lower-cased to ghcr.io/acme/app'),
    ])
  })

  test('the older one-line, comma-separated images format', async () => {
    const context = await contextFor('push-main')
    const meta = computeImageMeta(inputs([], [], ['ghcr.io/acme/app,docker.io/acme/app']), context)
    expect(meta.images).toEqual(['ghcr.io/acme/app', 'docker.io/acme/app'])
  })

  test('DOCKER_METADATA_PR_HEAD_SHA uses the head commit', async () => {
    const context = await contextFor('pull_request', { prHeadSha: true })
    const meta = computeImageMeta(inputs(['type=sha']), context)
    expect(meta.tagNames).toEqual(['sha-a9c8f9b'])
    expect(meta.labels['org.opencontainers.image.revision']).toBe('a9c8f9b07ba3e4fd7c1c7e5bd7f2e5e1f3c1d2e0')
  })

  test('short sha length', async () => {
    const context = await contextFor('push-main')
    const options: ImageMetaOptions = { shortShaLength: 12 }
    expect(computeImageMeta(inputs(['type=sha']), context, options).tagNames).toEqual(['sha-860c1904a1ce'])
  })
})
