import { ConfigError, recordingLogger } from '@slipway/action-kit'
import { formatDate, readBaseImage, renderTemplate, TimeZoneError } from '../src/index.js'

const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`

describe('readBaseImage: the final stage base', () => {
  test.each([
    ['single stage', 'FROM node:20-alpine\nRUN npm ci\n', { name: 'node:20-alpine' }],
    ['pinned by digest', `FROM alpine:3.19@${DIGEST}\n`, { name: 'alpine:3.19', digest: DIGEST }],
    [
      'ARG defaults',
      'ARG REGISTRY=docker.io\nARG TAG="3.19"\nFROM ${REGISTRY}/library/alpine:$TAG\n',
      { name: 'docker.io/library/alpine:3.19' },
    ],
    ['${VAR:-default}', 'ARG TAG\nFROM debian:${TAG:-bookworm}-slim\n', { name: 'debian:bookworm-slim' }],
    [
      'stage aliases followed back',
      'FROM golang:1.22 AS build\nRUN go build\nFROM build AS test\nFROM test\n',
      { name: 'golang:1.22' },
    ],
    [
      'multi-stage with a runtime image',
      `FROM golang:1.22 AS build\nFROM gcr.io/distroless/static@${DIGEST} AS run\nCOPY --from=build /app /app\n`,
      { name: 'gcr.io/distroless/static', digest: DIGEST },
    ],
    [
      '--platform and lower-case keywords',
      'from --platform=$BUILDPLATFORM ubuntu:24.04 as base\n',
      { name: 'ubuntu:24.04' },
    ],
    [
      'continuations and comments',
      '# syntax=docker/dockerfile:1\nFROM \\\n  python:3.12 \\\n  AS app\n# FROM nope\n',
      { name: 'python:3.12' },
    ],
    ['scratch', 'FROM alpine AS build\nFROM scratch\nCOPY --from=build / /\n', undefined],
  ])('%s', (_name, text, expected) => {
    expect(readBaseImage(text, 'Dockerfile')).toEqual(expected)
  })

  test('an ARG without a default warns and gives no base', () => {
    const logger = recordingLogger()
    expect(readBaseImage('ARG BASE\nFROM ${BASE}\n', 'Dockerfile', logger)).toBeUndefined()
    expect(logger.messages('warning')).toEqual([expect.stringContaining('Dockerfile:2: FROM ${BASE} uses an ARG')])
  })

  test.each([
    ['RUN echo no from\n', 'no FROM instruction'],
    ['FROM alpine AS\n', 'cannot read FROM'],
    ['FROM\n', 'cannot read FROM'],
  ])('%j is a ConfigError', (text, message) => {
    expect(() => readBaseImage(text, 'build/Dockerfile')).toThrow(ConfigError)
    expect(() => readBaseImage(text, 'build/Dockerfile')).toThrow(message)
  })
})

describe('formatDate: moment tokens in a time zone', () => {
  const date = new Date('2024-03-09T23:05:07.089Z')
  test.each([
    ['YYYYMMDD', 'UTC', '20240309'],
    ['YYYY-MM-DD HH:mm:ss.SSS', 'UTC', '2024-03-09 23:05:07.089'],
    ['YY M D H m s', 'UTC', '24 3 9 23 5 7'],
    ['hh:mm A', 'UTC', '11:05 PM'],
    ['YYYYMMDD-HHmm', 'Asia/Tokyo', '20240310-0805'],
    ['YYYY-MM-DDTHH:mm:ssZ', 'America/New_York', '2024-03-09T18:05:07-05:00'],
    ['ZZ', 'Asia/Kolkata', '+0530'],
    ['x', 'UTC', '1710025507089'],
    ['X', 'Europe/Paris', '1710025507'],
    ['dddd ddd d MMMM MMM Q DDD', 'UTC', 'Saturday Sat 6 March Mar 1 69'],
    ['[week] YYYY', 'UTC', 'week 2024'],
  ])('%s in %s', (format, zone, expected) => {
    expect(formatDate(date, format, zone)).toBe(expected)
  })

  test('daylight saving time is the zone’s own', () => {
    expect(formatDate(new Date('2024-07-01T12:00:00Z'), 'HH Z', 'America/New_York')).toBe('08 -04:00')
  })

  test('an unknown zone throws', () => {
    expect(() => formatDate(date, 'YYYY', 'Nowhere/Land')).toThrow(TimeZoneError)
  })
})

describe('renderTemplate', () => {
  test.each([
    ['{{a}}-{{b}}', { a: 'x', b: 2 }, 'x-2'],
    ['{{{a}}}', { a: '<&>' }, '<&>'],
    ['{{ missing }}', {}, ''],
    ['{{list}}', { list: ['a', 'b'] }, 'a,b'],
    ['plain', {}, 'plain'],
    [
      "{{f 'a b' \"c}}\" k='v'}}",
      { f: (args: (string | undefined)[], hash: Record<string, unknown>) => `${args.join('|')}/${String(hash.k)}` },
      'a b|c}}/v',
    ],
    // Handlebars: an unquoted word is a name to look up (unknown: undefined), a number or boolean a literal.
    [
      '{{f YYYY-MM-DD 12 true known k=zone}}',
      {
        known: 'K',
        f: (args: (string | undefined)[], hash: Record<string, unknown>) =>
          `${args.map((a) => a ?? '(undefined)').join('|')}/${String(hash.k)}`,
      },
      '(undefined)|12|true|K/undefined',
    ],
  ])('%s', (template, scope, expected) => {
    expect(renderTemplate(template, scope)).toBe(expected)
  })
})
