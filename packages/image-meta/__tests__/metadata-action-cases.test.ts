// docker/metadata-action's own test cases (its __tests__/meta.test.ts tables: same inputs, events, API answer and
// expected outputs, transcribed to fixtures/metadata-action-cases.json by scripts/metadata-action-cases.mjs), run
// against image-meta. Every case passes as written, except the few listed in DIFFERENCES: each is a deliberate
// difference documented in actions/oci-labels/README.md, and its test asserts slipway's own result instead.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { recordingLogger } from '@slipway/action-kit'
import {
  annotationLines,
  bakeDefinition,
  computeImageMeta,
  DEFAULT_TAG_RULES,
  isRawStatement,
  jsonOutput,
  labelLines,
  readGitContext,
  type GitContext,
  type ImageMeta,
  type ImageMetaOptions,
} from '../src/index.js'
import { fixturesDir } from './event-fixtures.js'

interface UpstreamInputs {
  images?: string[]
  tags?: string[]
  flavor?: string[]
  labels?: string[]
  annotations?: string[]
  sepTags?: string
  bakeTarget?: string
}

interface Environment {
  GITHUB_EVENT_NAME: string
  GITHUB_REF: string
  GITHUB_SHA: string
  GITHUB_REPOSITORY: string
  GITHUB_SERVER_URL: string
  payload: Record<string, unknown>
}

export interface UpstreamCase {
  group: string
  name: string
  /** Where the case is in the upstream test file. */
  at: string
  env: string
  inputs: UpstreamInputs
  pattern?: string
  expected?: boolean
  version?: { main: string | null; partial: string[]; latest: boolean | null }
  tags?: string[]
  labels?: string[]
  annotations?: string[]
  prHeadSha?: boolean
  json?: unknown
  bakeTags?: unknown
  bakeLabels?: unknown
  bakeAnnotations?: unknown
  bake?: unknown
  joinedTags?: string
}

export interface UpstreamCases {
  source: { repository: string; version: string; commit: string }
  clock: string
  repo: { name: string; html_url: string; description: string; license: string; default_branch: string }
  environments: Record<string, Environment>
  cases: UpstreamCase[]
}

export const upstream = JSON.parse(
  readFileSync(path.join(fixturesDir, 'metadata-action-cases.json'), 'utf8'),
) as UpstreamCases

const clock = new Date(upstream.clock)

/** The context metadata-action's test builds: the .env fixture, its payload, and (mocked) every date the clock. */
export async function upstreamContext(c: UpstreamCase): Promise<GitContext> {
  const env = upstream.environments[c.env]
  if (!env) throw new Error(`no environment ${c.env}`)
  const context = await readGitContext(
    {
      eventName: env.GITHUB_EVENT_NAME,
      ref: env.GITHUB_REF,
      sha: env.GITHUB_SHA,
      payload: env.payload,
      repository: env.GITHUB_REPOSITORY,
      serverUrl: env.GITHUB_SERVER_URL,
    },
    undefined,
    { now: () => clock, ...(c.prHeadSha ? { prHeadSha: true } : {}) },
  )
  // The upstream test mocks moment-timezone: {{commit_date}} renders the clock too.
  context.commitDate = clock
  return context
}

export function upstreamOptions(logger = recordingLogger()): ImageMetaOptions {
  return {
    logger,
    now: clock,
    // metadata-action's created is the clock; slipway's default is the commit time (see DIFFERENCES in the README).
    created: 'now',
    repo: {
      name: upstream.repo.name,
      htmlUrl: upstream.repo.html_url,
      description: upstream.repo.description,
      license: upstream.repo.license,
      defaultBranch: upstream.repo.default_branch,
    },
  }
}

export async function runUpstreamCase(c: UpstreamCase, logger = recordingLogger()): Promise<ImageMeta> {
  const inputs = c.inputs
  return computeImageMeta(
    {
      images: inputs.images ?? [],
      tags: inputs.tags ?? [],
      flavor: inputs.flavor ?? [],
      labels: inputs.labels ?? [],
      annotations: inputs.annotations ?? [],
    },
    await upstreamContext(c),
    upstreamOptions(logger),
  )
}

/** `key=value` lines of the annotations, without level (metadata-action's getAnnotations). */
function annotationPairs(meta: ImageMeta): string[] {
  return Object.entries(meta.annotations).map(([k, v]) => `${k}=${v}`)
}

/**
 * The one deliberate difference these tables meet (README, "Migrating from docker/metadata-action"): with `tags`
 * empty on a version tag, slipway gives X.Y.Z, X.Y, X and latest where metadata-action gives the tag name and latest.
 * These cases run twice: as written (slipway's result asserted), and with metadata-action's default rules written out
 * in `tags`, which is the migration note's advice, where every upstream expectation must hold.
 */
const ZERO_CONFIG: Record<string, { version: string; tagNames: string[] }> = {
  latest05: { version: '1.1.1', tagNames: ['1.1.1', '1.1', '1', 'latest'] },
  release01: { version: '1.1.1', tagNames: ['1.1.1', '1.1', '1', 'latest'] },
  json07: { version: '1.1.1', tagNames: ['1.1.1', '1.1', '1', 'latest'] },
  bakeFile07: { version: '1.1.1', tagNames: ['1.1.1', '1.1', '1', 'latest'] },
}

/** The case as upstream expects it to behave: zero-config cases with metadata-action's defaults written out. */
function asMigrated(c: UpstreamCase): UpstreamCase {
  if (!ZERO_CONFIG[c.name]) return c
  return { ...c, inputs: { ...c.inputs, tags: [...DEFAULT_TAG_RULES] } }
}

const tagCases = upstream.cases.filter((c) => c.tags !== undefined)

test('the transcription holds the upstream tables it names', () => {
  expect(upstream.source.repository).toBe('docker/metadata-action')
  expect(upstream.cases.length).toBeGreaterThanOrEqual(130)
  expect(tagCases.length).toBeGreaterThanOrEqual(110)
})

describe.each([...new Set(tagCases.map((c) => c.group))])('metadata-action %s cases', (group) => {
  test.each(tagCases.filter((c) => c.group === group).map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const meta = await runUpstreamCase(asMigrated(c))
    expect(meta.version).toBe(c.version?.main ?? '')
    expect(meta.latest).toBe(c.version?.latest ?? false)
    expect(meta.tags).toEqual(c.tags)
    expect(labelLines(meta)).toEqual(c.labels)
    expect(annotationPairs(meta)).toEqual(c.annotations)
  })
})

test.each(Object.entries(ZERO_CONFIG))(
  'deliberate difference, zero-config release tags: %s as written gives X.Y.Z, X.Y, X, latest',
  async (name, expected) => {
    const c = upstream.cases.find((x) => x.name === name)!
    expect(c.inputs.tags ?? []).toEqual([])
    const meta = await runUpstreamCase(c)
    expect(meta.strategy).toBe('zero-config')
    expect({ version: meta.version, tagNames: meta.tagNames }).toEqual(expected)
  },
)

test.each(upstream.cases.filter((c) => c.group === 'isRawStatement').map((c) => [c.pattern, c] as const))(
  'isRawStatement %s',
  (_pattern, c) => {
    expect(isRawStatement(c.pattern ?? '')).toBe(c.expected)
  },
)

test.each(upstream.cases.filter((c) => c.json !== undefined).map((c) => [c.name, c] as const))(
  'json output: %s',
  async (_name, c) => {
    expect(jsonOutput(await runUpstreamCase(asMigrated(c)), ['manifest'])).toEqual(c.json)
  },
)

test.each(upstream.cases.filter((c) => c.group === 'bakeFile').map((c) => [c.name, c] as const))(
  'Bake files: %s',
  async (_name, c) => {
    const meta = await runUpstreamCase(asMigrated(c))
    const target = c.inputs.bakeTarget ?? 'docker-metadata-action'
    expect(bakeDefinition(meta, 'tags', target)).toEqual(c.bakeTags)
    expect(bakeDefinition(meta, 'labels', target)).toEqual(c.bakeLabels)
    expect(bakeDefinition(meta, 'annotations', target, ['index', 'manifest-descriptor'])).toEqual(c.bakeAnnotations)
  },
)

test.each(upstream.cases.filter((c) => c.bake !== undefined).map((c) => [c.name, c] as const))(
  'Bake file of tags and labels: %s',
  async (_name, c) => {
    const target = c.inputs.bakeTarget ?? 'docker-metadata-action'
    expect(bakeDefinition(await runUpstreamCase(asMigrated(c)), 'tags-labels', target)).toEqual(c.bake)
  },
)

test.each(upstream.cases.filter((c) => c.joinedTags !== undefined).map((c) => [c.name, c] as const))(
  'sep-tags: %s',
  async (_name, c) => {
    expect((await runUpstreamCase(c)).tags.join(c.inputs.sepTags)).toBe(c.joinedTags)
  },
)

test('annotation levels prefix every annotation', async () => {
  const c = upstream.cases.find((x) => x.name === 'push01')!
  const lines = annotationLines(await runUpstreamCase(c), ['index', 'manifest'])
  expect(lines).toHaveLength(2 * (c.annotations?.length ?? 0))
})
