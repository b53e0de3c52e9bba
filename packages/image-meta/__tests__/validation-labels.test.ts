import { InputError, recordingLogger } from '@slipway/action-kit'
import {
  annotationLines,
  bakeDefinition,
  computeImageMeta,
  jsonOutput,
  labelLines,
  parseFlavor,
  parseImages,
  parseTagRules,
  summaryMarkdown,
  type ImageMetaInputs,
} from '../src/index.js'
import { contextFor, FIXED_NOW } from './event-fixtures.js'

const base: ImageMetaInputs = { images: ['ghcr.io/acme/app'], tags: [], flavor: [], labels: [], annotations: [] }

function errorOf(run: () => unknown): InputError {
  try {
    run()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

describe('bad input lines: one InputError naming the input and the line', () => {
  test.each([
    ['tags', 'type=foo', 'a tag type among schedule, semver'],
    ['tags', 'type=semver', 'a pattern attribute for type=semver'],
    ['tags', 'type=pep440,value=1.0', 'a pattern attribute for type=pep440'],
    ['tags', 'type=match', 'a pattern attribute for type=match'],
    ['tags', 'type=match,pattern=(,group=1', 'a valid regular expression'],
    ['tags', 'type=match,pattern=x,group=one', 'a capture group number'],
    ['tags', 'type=ref', 'an event attribute'],
    ['tags', 'type=ref,event=commit', 'one of branch, tag, pr'],
    ['tags', 'type=raw', 'a value attribute'],
    ['tags', 'type=sha,format=medium', 'short or long'],
    ['tags', 'type=raw,value=x,priority=high', 'priority= a number'],
    ['tags', 'type=raw,value=x,colour=red', 'attributes of type=raw'],
    ['tags', 'type=raw,value={{branch', 'a valid value template'],
    ['tags', 'type=raw,value={{#if branch}}x{{/if}}', 'unsupported expression'],
  ])('%s: %s', (input, line, expected) => {
    const error = errorOf(() => parseTagRules([line]))
    expect(error.input).toBe(input)
    expect(error.value).toBe(line)
    expect(error.message).toContain(expected)
  })

  test.each([
    ['latest=sometimes', 'latest= one of auto, true, false, highest'],
    ['colour=red', 'entries latest=, prefix=, suffix= or onlatest='],
    ['prefix=a,onlatest=maybe', 'onlatest= true or false'],
    ['onlatest=true', 'after a prefix= or suffix='],
  ])('flavor: %s', (line, expected) => {
    const error = errorOf(() => parseFlavor([line]))
    expect([error.input, error.value]).toEqual(['flavor', line])
    expect(error.message).toContain(expected)
  })

  test.each([
    ['ghcr.io/acme/app:1.0', 'without a tag or digest'],
    ['name=ghcr.io/acme/app,enable=yes', 'enable= true or false'],
    ['name=,enable=true', 'an image name'],
    ['ghcr.io/acme/my app', 'an image reference'],
    ['name=x,size=2', 'name=<image> and enable='],
    ['registry.test:99999/acme/app', 'a registry port from 1 to 65535 (got 99999)'],
    [`ghcr.io/acme/${'a'.repeat(250)}`, 'at most 255 characters (it has 263)'],
  ])('images: %s', (line, expected) => {
    const error = errorOf(() => parseImages([line, 'ghcr.io/acme/other']))
    expect([error.input, error.value]).toEqual(['images', line])
    expect(error.message).toContain(expected)
  })

  test.each([
    ['tags', ['type=raw,value=-leading'], 'is not a tag'],
    ['tags', [`type=raw,value=${'x'.repeat(129)}`], 'at most 128 characters'],
    ['tags', ['type=raw,value=x,enable=maybe'], 'enable= true or false'],
    ['tags', ["type=raw,value={{date 'YYYY' tz='Mars/Olympus'}}"], 'a known IANA time zone'],
    ['tags', ["type=raw,value={{date 'YYYY' zone='UTC'}}"], 'unknown zone attribute'],
  ])('computed %s: %s', async (input, tags, expected) => {
    const context = await contextFor('push-main')
    const error = errorOf(() => computeImageMeta({ ...base, tags }, context))
    expect([error.input, error.value]).toEqual([input, tags[0]])
    expect(error.message).toContain(expected)
  })

  // metadata-action drops such a line silently and goes on; slipway goes on too, with a warning naming the line.
  test.each([
    ['labels', 'no-equals-sign'],
    ['labels', 'bad key=value'],
    ['annotations', '=value'],
  ])('%s: %s is left out with a warning, the step goes on', async (input, line) => {
    const context = await contextFor('push-main')
    const logger = recordingLogger()
    const meta = computeImageMeta({ ...base, [input]: [line, 'kept=yes'] }, context, { logger })
    const values = input === 'labels' ? meta.labels : meta.annotations
    expect(values.kept).toBe('yes')
    expect(Object.keys(values).some((key) => line.startsWith(key) && key !== '')).toBe(false)
    expect(logger.messages('warning')).toEqual([
      expect.stringContaining(`${input}: ${JSON.stringify(line)} is left out`),
    ])
  })
})

describe('labels and annotations', () => {
  test('from the context alone: title, url, source, version, created, revision', async () => {
    const context = await contextFor('push-tag-v1.2.3', { repoTags: ['v1.2.3'], shallow: false })
    const meta = computeImageMeta(base, context)
    expect(meta.labels).toEqual({
      'org.opencontainers.image.created': '2024-03-04T04:06:07.000Z',
      // Without the API, empty (as metadata-action writes them): they hide what the base image says.
      'org.opencontainers.image.description': '',
      'org.opencontainers.image.licenses': '',
      'org.opencontainers.image.revision': '860c1904a1ce19322e91ac35af1ab07466440c37',
      'org.opencontainers.image.source': 'https://github.com/acme/app',
      'org.opencontainers.image.title': 'app',
      'org.opencontainers.image.url': 'https://github.com/acme/app',
      'org.opencontainers.image.version': '1.2.3',
    })
    expect(meta.annotations).toEqual(meta.labels)
  })

  test('API data, base image, custom labels overriding and sorted', async () => {
    const context = await contextFor('push-main')
    const meta = computeImageMeta(
      {
        ...base,
        labels: [
          'org.opencontainers.image.title=Widget',
          'maintainer=ops@acme.test',
          'com.acme.branch={{branch}}',
          'empty=',
        ],
        annotations: ['org.opencontainers.image.description=Annotated'],
      },
      context,
      {
        repo: { description: 'A widget', license: 'Apache-2.0', htmlUrl: 'https://github.com/acme/app' },
        baseImage: { name: 'alpine:3.19', digest: `sha256:${'a'.repeat(64)}` },
      },
    )
    expect(Object.keys(meta.labels)).toEqual([...Object.keys(meta.labels)].sort((a, b) => a.localeCompare(b)))
    expect(meta.labels).toMatchObject({
      'com.acme.branch': 'main',
      empty: '',
      maintainer: 'ops@acme.test',
      'org.opencontainers.image.base.digest': `sha256:${'a'.repeat(64)}`,
      'org.opencontainers.image.base.name': 'alpine:3.19',
      'org.opencontainers.image.description': 'A widget',
      'org.opencontainers.image.licenses': 'Apache-2.0',
      'org.opencontainers.image.title': 'Widget',
    })
    expect(meta.annotations['org.opencontainers.image.description']).toBe('Annotated')
    expect(meta.annotations['com.acme.branch']).toBeUndefined()
  })

  test.each([
    ['commit by default', {}, '2024-03-04T04:06:07.000Z'],
    ['SOURCE_DATE_EPOCH beats the commit', { sourceDateEpoch: 1_700_000_000 }, '2023-11-14T22:13:20.000Z'],
    ['now', { created: 'now' as const }, FIXED_NOW.toISOString()],
    ['SOURCE_DATE_EPOCH beats now', { created: 'now' as const, sourceDateEpoch: 0 }, '1970-01-01T00:00:00.000Z'],
    [
      'a fixed date beats everything',
      { created: new Date('2020-02-02T02:02:02Z'), sourceDateEpoch: 5 },
      '2020-02-02T02:02:02.000Z',
    ],
  ])('created: %s', async (_name, options, expected) => {
    const context = await contextFor('push-main')
    const meta = computeImageMeta(base, context, { now: FIXED_NOW, ...options })
    expect(meta.created).toBe(expected)
    expect(meta.labels['org.opencontainers.image.created']).toBe(expected)
  })

  test('two computations of one commit are identical (reproducible)', async () => {
    const context = await contextFor('push-main')
    const first = computeImageMeta(base, context, { now: new Date('2030-01-01T00:00:00Z') })
    const second = computeImageMeta(base, context, { now: new Date('2031-06-01T00:00:00Z') })
    expect(second).toEqual(first)
  })
})

describe('outputs', () => {
  test('label and annotation lines, json, bake definitions, summary', async () => {
    const context = await contextFor('push-tag-v1.2.3', { repoTags: ['v1.2.3'], shallow: false })
    const meta = computeImageMeta(base, context)
    expect(labelLines(meta)[0]).toBe('org.opencontainers.image.created=2024-03-04T04:06:07.000Z')
    const lines = annotationLines(meta, ['manifest', 'index'])
    expect(lines).toHaveLength(2 * Object.keys(meta.annotations).length)
    expect(lines[0]).toBe('manifest:org.opencontainers.image.created=2024-03-04T04:06:07.000Z')
    expect(lines.at(-1)).toBe('index:org.opencontainers.image.version=1.2.3')
    expect(jsonOutput(meta)).toEqual({
      tags: meta.tags,
      'tag-names': ['1.2.3', '1.2', '1', 'latest'],
      labels: meta.labels,
      annotations: annotationLines(meta),
    })
    expect(bakeDefinition(meta, 'tags', 'build')).toEqual({
      target: {
        build: { tags: meta.tags, args: { DOCKER_META_IMAGES: 'ghcr.io/acme/app', DOCKER_META_VERSION: '1.2.3' } },
      },
    })
    expect(bakeDefinition(meta, 'labels').target['docker-metadata-action']).toEqual({ labels: meta.labels })
    expect(bakeDefinition(meta, 'annotations', 't', ['index']).target.t).toEqual({
      annotations: annotationLines(meta, ['index']),
    })
    expect(Object.keys(bakeDefinition(meta, 'tags-labels').target['docker-metadata-action']!)).toEqual([
      'tags',
      'labels',
      'args',
    ])
    const summary = summaryMarkdown(meta)
    expect(summary).toContain('| image | `1.2.3` | `1.2` | `1` | `latest` |')
    expect(summary).toContain('| `ghcr.io/acme/app` | ✓ | ✓ | ✓ | ✓ |')
    expect(summary).toContain('| `org.opencontainers.image.version` | `1.2.3` |')
  })
})
