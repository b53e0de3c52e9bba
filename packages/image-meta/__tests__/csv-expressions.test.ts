import { InputError, recordingLogger } from '@slipway/action-kit'
import {
  computeImageMeta,
  CsvLineError,
  formatDate,
  parseCsvLine,
  parseFlavor,
  parseTagRule,
  summaryMarkdown,
  type ImageMetaInputs,
} from '../src/index.js'
import { contextFor } from './event-fixtures.js'

const base: ImageMetaInputs = { images: ['ghcr.io/acme/app'], tags: [], flavor: [], labels: [], annotations: [] }

// Each row was checked against csv-parse 6 (relaxColumnCount, skipEmptyLines), the parser metadata-action uses.
describe('parseCsvLine: csv-parse semantics', () => {
  test.each([
    ['type=match,"pattern=^release\\d{1,2}"', ['type=match', 'pattern=^release\\d{1,2}']],
    ['"type=raw","value=a,b"', ['type=raw', 'value=a,b']],
    ['type=raw,"value=say ""hi"""', ['type=raw', 'value=say "hi"']],
    ['a,,b', ['a', '', 'b']],
    ['a,', ['a', '']],
    [',', ['', '']],
    ['""', ['']],
    ['a, b ', ['a', ' b ']],
    ['"type=match,""pattern=^release\\d{1,2}"""', ['type=match,"pattern=^release\\d{1,2}"']],
  ])('%s', (line, fields) => {
    expect(parseCsvLine(line)).toEqual(fields)
  })

  test.each([
    ['type=raw,value="x"', 'a quote inside the unquoted field'],
    [' "a"', 'a quote inside the unquoted field'],
    ['a""b', 'a quote inside the unquoted field'],
    ['"a"b', 'text after the closing quote'],
    ['"abc', 'never closed'],
  ])('%s is refused, as csv-parse refuses it', (line, reason) => {
    expect(() => parseCsvLine(line)).toThrow(CsvLineError)
    expect(() => parseCsvLine(line)).toThrow(reason)
  })
})

describe('quoted rules', () => {
  test('a quoted match pattern with a comma in it', async () => {
    const rule = parseTagRule('type=match,"pattern=^release\\d{1,2}"')
    expect(rule.attrs.pattern).toBe('^release\\d{1,2}')
    const meta = computeImageMeta(
      { ...base, tags: ['type=match,"pattern=^v(\\d{1,3}).\\d+",group=1'] },
      await contextFor('push-tag-v1.2.3'),
    )
    expect(meta.tagNames).toEqual(['1', 'latest'])
  })

  test('a quoted flavor entry', () => {
    expect(parseFlavor(['"prefix=a,b-",onlatest=true']).prefix).toBe('a,b-')
  })

  test.each([
    ['tags', () => parseTagRule('type=raw,value="x"')],
    ['flavor', () => parseFlavor(['prefix="x"'])],
  ])('bad CSV in %s: one InputError naming the input and the line', (input, parse) => {
    let error: unknown
    try {
      parse()
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe(input)
    expect((error as InputError).message).toContain('a quote inside the unquoted field')
  })
})

describe('global expressions', () => {
  test.each([
    ['push-main', 'true', 'false'],
    ['push-feature', 'false', 'true'],
    ['pull_request', 'false', 'true'],
  ])('%s: is_default_branch %s, is_not_default_branch %s', async (event, isDefault, isNot) => {
    const meta = computeImageMeta(
      { ...base, tags: ['type=raw,value=x-{{is_default_branch}}-{{is_not_default_branch}}'] },
      await contextFor(event),
    )
    expect(meta.tagNames).toEqual([`x-${isDefault}-${isNot}`])
  })

  test('enable={{is_not_default_branch}} turns a rule off on the default branch only', async () => {
    const tags = ['type=ref,event=branch', 'type=raw,value=preview,enable={{is_not_default_branch}}']
    expect(computeImageMeta({ ...base, tags }, await contextFor('push-main')).tagNames).toEqual(['main'])
    expect(computeImageMeta({ ...base, tags }, await contextFor('push-feature')).tagNames).toEqual([
      'feature-new-ui',
      'preview',
    ])
  })

  test('{{branch}} {{tag}} {{sha}} {{base_ref}} {{date}} {{commit_date}} in one value', async () => {
    const context = await contextFor('push-tag-v1.2.3')
    const meta = computeImageMeta(
      {
        ...base,
        tags: [
          "type=raw,value=b{{branch}}-t{{tag}}-s{{sha}}-r{{base_ref}}-d{{date 'YYYY'}}-c{{commit_date 'YYYYMMDD' tz='Asia/Tokyo'}}",
        ],
      },
      context,
      { now: new Date('2031-01-01T00:00:00Z') },
    )
    expect(meta.tagNames).toEqual(['b-tv1.2.3-s860c190-rmain-d2031-c20240304'])
  })

  test('an unquoted date format is a name Handlebars looks up: the default format, as metadata-action gives', () => {
    const date = new Date('2020-01-10T00:30:00Z')
    expect(formatDate(date, undefined)).toBe('2020-01-10T00:30:00Z')
    expect(formatDate(date, undefined, 'Asia/Tokyo')).toBe('2020-01-10T09:30:00+09:00')
  })
})

describe('the step summary shows values as text', () => {
  test('a description with markdown, HTML, a mention and backticks stays literal', async () => {
    const description = 'Evil [click](https://evil.example) <img src=x> @acme/maintainers ``x`` | y\nz'
    const meta = computeImageMeta(base, await contextFor('push-main'), {
      repo: { description },
      logger: recordingLogger(),
    })
    const summary = summaryMarkdown(meta)
    const row = summary.split('\n').find((line) => line.includes('image.description'))!
    expect(row).toBe(
      '| `org.opencontainers.image.description` | ```Evil [click](https://evil.example) <img src=x> @acme/maintainers ``x`` \\| y z``` |',
    )
  })
})
