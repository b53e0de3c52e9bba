import { isRetryableStatus } from '@slipway/action-kit'
import { planAttempt, readAnswer, stampFor, stampVouches } from '../src/plan.js'

const headers =
  (h: Record<string, string>) =>
  (name: string): string | undefined =>
    h[name]

test('a fresh attempt asks for everything; a later one for the rest', () => {
  expect(planAttempt(0, { authorization: 'x' })).toEqual({ headers: { authorization: 'x' }, offset: 0 })
  expect(planAttempt(100)).toEqual({ headers: { range: 'bytes=100-' }, offset: 100 })
})

test.each([
  ['200 to a plain GET', 200, {}, 0, { action: 'write', offset: 0, resumed: false, expectedTotal: undefined }],
  [
    '200 with a length',
    200,
    { 'content-length': '10' },
    0,
    { action: 'write', offset: 0, resumed: false, expectedTotal: 10 },
  ],
  [
    '200 to a Range: starts over',
    200,
    { 'content-length': '10' },
    4,
    { action: 'write', offset: 0, resumed: false, expectedTotal: 10 },
  ],
  [
    '206 where asked',
    206,
    { 'content-range': 'bytes 4-9/10', 'content-length': '6' },
    4,
    { action: 'write', offset: 4, resumed: true, expectedTotal: 10 },
  ],
  ['206 elsewhere', 206, { 'content-range': 'bytes 0-9/10' }, 4, { action: 'restart' }],
  ['416 and we have it all', 416, { 'content-range': 'bytes */10' }, 10, { action: 'complete' }],
  ['416 and the file is longer', 416, { 'content-range': 'bytes */8' }, 10, { action: 'restart' }],
  ['503', 503, {}, 0, { action: 'retry' }],
  ['404', 404, {}, 0, { action: 'fail' }],
])('%s', (_name, status, h, offset, expected) => {
  expect(readAnswer(status, headers(h), offset, isRetryableStatus)).toMatchObject(expected)
})

test('a stamp vouches only while size, mtime, inode and digest all match', () => {
  const facts = { size: 10, mtimeNs: 1_700_000_000_123_456_789n, ino: 42 }
  const digest = { algorithm: 'sha256', hex: 'ab' }
  const stamp = stampFor(facts, digest)
  expect(stampVouches(JSON.parse(JSON.stringify(stamp)), facts, digest)).toBe(true)
  expect(stampVouches(stamp, { ...facts, size: 11 }, digest)).toBe(false)
  expect(stampVouches(stamp, { ...facts, mtimeNs: facts.mtimeNs + 1n }, digest)).toBe(false)
  expect(stampVouches(stamp, { ...facts, ino: 43 }, digest)).toBe(false)
  expect(stampVouches(stamp, facts, { algorithm: 'sha256', hex: 'cd' })).toBe(false)
  expect(stampVouches(undefined, facts, digest)).toBe(false)
  expect(stampVouches('garbage', facts, digest)).toBe(false)
})
