import { ConfigError } from '@slipway/action-kit'
import { checkMetaData, checkUserData, checkXml } from '../src/profiles.js'
import type { BuiltImage } from '../src/build.js'
import { formatBytes, renderSummary } from '../src/summary.js'

describe('user-data', () => {
  test.each([
    ['#cloud-config\nhostname: a\n'],
    ['\uFEFF#cloud-config\n'],
    ['#!/bin/sh\necho hi\n'],
    ['#include\nhttps://example.com/a\n'],
    ['#cloud-boothook\n#!/bin/sh\n'],
    ['Content-Type: multipart/mixed; boundary="X"\nMIME-Version: 1.0\n\n--X\n'],
    ['MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="X"\n\n--X\n'],
  ])('accepts %j', async (text) => {
    await expect(checkUserData(text, 'user-data')).resolves.toBeUndefined()
  })

  test.each([
    ['hostname: a\n', 'must start with #cloud-config'],
    ['', 'must start with #cloud-config'],
    [' #cloud-config\n', 'must start with #cloud-config'],
    ['#cloud-config\nusers: [a\n', 'user-data is not valid YAML'],
  ])('rejects %j', async (text, message) => {
    const error = await checkUserData(text, 'user-data').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).message).toContain(message)
    expect((error as ConfigError).location?.file).toBe('user-data')
  })
})

describe('meta-data and autounattend.xml', () => {
  test('meta-data: empty and key/value YAML pass, a broken flow sequence fails at its line', async () => {
    await expect(checkMetaData('', 'meta-data')).resolves.toBeUndefined()
    await expect(checkMetaData('instance-id: i-1\n', 'meta-data')).resolves.toBeUndefined()
    const error = (await checkMetaData('a: 1\nb: [2\n', 'meta-data').catch((e: unknown) => e)) as ConfigError
    expect(error).toBeInstanceOf(ConfigError)
    expect(error.location?.line).toBeGreaterThanOrEqual(2)
  })

  test.each([
    ['<a><b/></a>', undefined],
    ['<?xml version="1.0"?>\n<unattend xmlns="urn:x">\n</unattend>\n', undefined],
    ['<a>\n<b>\n</a>', 3],
    ['<a></a><b></b>', 1],
    ['<a x="1" x="2"/>', 1],
  ])('%j', async (xml, line) => {
    const result = await checkXml(xml, 'autounattend.xml').catch((e: unknown) => e)
    if (line === undefined) expect(result).toBeUndefined()
    else {
      expect(result).toBeInstanceOf(ConfigError)
      expect((result as ConfigError).location).toMatchObject({ file: 'autounattend.xml', line })
    }
  })
})

test.each([
  [0, '0 B'],
  [1023, '1023 B'],
  [1024, '1.0 KiB'],
  [5 * 1024 * 1024 * 1024, '5.0 GiB'],
])('formatBytes(%d) = %s', (bytes, text) => {
  expect(formatBytes(bytes)).toBe(text)
})

describe('step summary', () => {
  const image = (entries: number): BuiltImage => ({
    path: '/w/cidata.iso',
    size: 61440,
    sha256: 'ab'.repeat(32),
    volumeId: 'cidata',
    fileCount: entries,
    epoch: 1_700_000_000,
    entries: Array.from({ length: entries }, (_, i) => ({ path: `/file-${i}`, size: i })),
    entryCount: entries,
    remastered: false,
  })

  test.each([
    [3, false],
    [50, false],
    [51, true],
  ])('%d entries: tree collapsed = %s', (entries, collapsed) => {
    const markdown = renderSummary(image(entries), 'cidata.iso')
    expect(markdown).toContain('`cidata.iso`')
    expect(markdown).toContain('ab'.repeat(32))
    expect(markdown).toContain(`\`/file-${entries - 1}\``)
    expect(markdown.includes('<details>')).toBe(collapsed)
  })
})
