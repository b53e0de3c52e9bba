// The README's migration table from docker/metadata-action, row by row: each remaining difference, shown. The test
// names are the rows' names. (metadata-action's own cases, which pass, are in image-meta's metadata-action-cases test
// and, through the bundle, in metadata-action-bundle.test.ts.)
import { InputError, inputReader, recordingLogger } from '@slipway/action-kit'
import {
  computeImageMeta,
  DEFAULT_TAG_RULES,
  parseFlavor,
  readGitContext,
  type GitContext,
  type ImageMetaInputs,
} from '@slipway/image-meta'
import { getInputs } from '../src/inputs.js'

const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37'
const COMMIT_TIME = '2024-03-04T04:06:07Z'

async function context(ref: string, payload: Record<string, unknown> = {}): Promise<GitContext> {
  return readGitContext(
    {
      eventName: 'push',
      ref,
      sha: SHA,
      repository: 'acme/app',
      serverUrl: 'https://github.com',
      payload: {
        repository: { default_branch: 'main' },
        head_commit: { id: SHA, timestamp: COMMIT_TIME },
        ...payload,
      },
    },
    undefined,
  )
}

const inputs = (overrides: Partial<ImageMetaInputs> = {}): ImageMetaInputs => ({
  images: ['ghcr.io/acme/app'],
  tags: [],
  flavor: [],
  labels: [],
  annotations: [],
  ...overrides,
})

const read = (values: Record<string, string>) =>
  inputReader(Object.fromEntries(Object.entries(values).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])))

function inputErrorOf(run: () => unknown): InputError {
  try {
    run()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

test('zero-config release tags', async () => {
  const tag = await context('refs/tags/v1.2.3')
  expect(computeImageMeta(inputs(), tag).tagNames).toEqual(['1.2.3', '1.2', '1', 'latest'])
  // metadata-action's result, with its default rules written out:
  expect(computeImageMeta(inputs({ tags: DEFAULT_TAG_RULES }), tag).tagNames).toEqual(['v1.2.3', 'latest'])
})

test('created is the commit time', async () => {
  const branch = await context('refs/heads/main')
  const now = new Date('2030-01-01T00:00:00Z')
  expect(computeImageMeta(inputs(), branch, { now }).created).toBe(new Date(COMMIT_TIME).toISOString())
  expect(computeImageMeta(inputs(), branch, { now, created: 'now' }).created).toBe(now.toISOString())
  expect(computeImageMeta(inputs(), branch, { now, sourceDateEpoch: 1_700_000_000 }).created).toBe(
    '2023-11-14T22:13:20.000Z',
  )
})

test('edge reads the default branch from the event first', async () => {
  // The event says main, the API says trunk: metadata-action's type=edge asks the API only (no edge tag here).
  const meta = computeImageMeta(inputs({ tags: ['type=edge'] }), await context('refs/heads/main'), {
    repo: { defaultBranch: 'trunk' },
  })
  expect(meta.tagNames).toEqual(['edge'])
})

test('templates are not HTML-escaped', async () => {
  const meta = computeImageMeta(
    inputs({ tags: ['type=ref,event=tag'], labels: ['com.acme.ref={{tag}}'] }),
    await context('refs/tags/a&b'),
  )
  // Handlebars would give a&amp;b.
  expect(meta.labels['com.acme.ref']).toBe('a&b')
})

test('block helpers are refused', () => {
  const error = inputErrorOf(() => getInputs(read({ tags: 'type=raw,value={{#if branch}}x{{/if}}' })))
  expect([error.input, error.value]).toEqual(['tags', 'type=raw,value={{#if branch}}x{{/if}}'])
})

test('unknown tag attributes are refused', () => {
  const error = inputErrorOf(() => getInputs(read({ tags: 'type=raw,value=x,colour=red' })))
  expect([error.input, error.value]).toEqual(['tags', 'type=raw,value=x,colour=red'])
})

test('image names are checked', () => {
  const error = inputErrorOf(() => getInputs(read({ images: 'ghcr.io/acme/app:latest' })))
  expect([error.input, error.value]).toEqual(['images', 'ghcr.io/acme/app:latest'])
})

test('tags that stay invalid are refused', async () => {
  const branch = await context('refs/heads/main')
  const error = inputErrorOf(() => computeImageMeta(inputs({ tags: ['type=raw,value=-leading'] }), branch))
  expect([error.input, error.value]).toEqual(['tags', 'type=raw,value=-leading'])
})

test('label keys with spaces are left out with a warning', async () => {
  const logger = recordingLogger()
  const meta = computeImageMeta(
    inputs({ labels: ['my key=x', 'no-equals-sign', 'ok=yes'] }),
    await context('refs/heads/main'),
    { logger },
  )
  expect(meta.labels.ok).toBe('yes')
  expect(Object.keys(meta.labels).filter((k) => !k.startsWith('org.opencontainers.'))).toEqual(['ok'])
  expect(logger.messages('warning')).toHaveLength(2)
})

test('a flavor value keeps its = signs', () => {
  // metadata-action splits flavor entries at every = and keeps the second part: prefix=a.
  expect(parseFlavor(['prefix=a=b']).prefix).toBe('a=b')
})

test('separators understand \\n', () => {
  expect(getInputs(read({ 'sep-tags': '\\n' })).sepTags).toBe('\n')
})
