// Names as bytes: a file name that is not valid UTF-8 is stored exactly (Rock Ridge NM holds bytes) and read back
// byte for byte; Joliet names are kept whole up to 103 characters, as `-joliet-long` writes them.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { tempDir } from '@slipway/test-support'
import { decodeName, encodeName, IsoTree, jolietIdentifier, showName, writeIso } from '../src/index.js'
import { extractWith7z, extractWithBsdtar, extractWithXorriso, isoinfoList } from './readers.js'

const EPOCH = Date.UTC(2024, 0, 1) / 1000
let temp: ReturnType<typeof tempDir>
beforeEach(() => (temp = tempDir('slipway-iso-names-')))
afterEach(() => temp.cleanup())

/** A path under `dir` made of raw bytes (the `fs` calls take Buffers for names that are not UTF-8). */
const bytesPath = (dir: string, ...names: Buffer[]): Buffer =>
  Buffer.concat([Buffer.from(dir), ...names.flatMap((n) => [Buffer.from('/'), n])])

const LATIN1 = Buffer.from('caf\xe9 cr\xe8me.txt', 'latin1') // Latin-1, not UTF-8
const BROKEN_DIR = Buffer.from([0x64, 0x69, 0x72, 0xff, 0xfe]) // "dir" + two bytes that start no UTF-8 sequence
const INNER = Buffer.from([0x6e, 0xc3, 0x28, 0x2e, 0x62, 0x69, 0x6e]) // "n", a truncated sequence, "(.bin"

function sourceWithRawNames(): string {
  const source = path.join(temp.dir, 'source')
  mkdirSync(source)
  writeFileSync(bytesPath(source, LATIN1), 'latin-1 name\n')
  mkdirSync(bytesPath(source, BROKEN_DIR))
  writeFileSync(bytesPath(source, BROKEN_DIR, INNER), Buffer.from([1, 2, 3]))
  symlinkSync(LATIN1, bytesPath(source, Buffer.from('link-to-latin1')))
  writeFileSync(path.join(source, 'plain.txt'), 'plain\n')
  return source
}

async function build(source: string): Promise<string> {
  const tree = new IsoTree({ mtime: EPOCH })
  await tree.addDirectory(source)
  const iso = path.join(temp.dir, 'out.iso')
  await writeIso(tree, iso, { volumeId: 'RAW', epoch: EPOCH, owner: { uid: 0, gid: 0 } })
  return iso
}

describe('names that are not valid UTF-8', () => {
  test('decodeName / encodeName give back the exact bytes; valid UTF-8 is untouched', () => {
    for (const bytes of [LATIN1, BROKEN_DIR, INNER, Buffer.from('日本語 🚀', 'utf8'), Buffer.from([0xed, 0xa0, 0x80])])
      expect(encodeName(decodeName(bytes)).equals(bytes)).toBe(true)
    expect(decodeName(Buffer.from('plain'))).toBe('plain')
    expect(showName(decodeName(LATIN1))).toBe('caf\\xE9 cr\\xE8me.txt')
  })

  test('are stored as their bytes: xorriso and bsdtar extract the same bytes, isoinfo -R lists them', async () => {
    const iso = await build(sourceWithRawNames())
    for (const extract of [extractWithXorriso, extractWithBsdtar]) {
      const dest = path.join(temp.dir, extract.name)
      extract(iso, dest)
      const names = readdirSync(dest, { encoding: 'buffer' }).map((n) => n.toString('hex'))
      expect(names.sort()).toEqual(
        [LATIN1, BROKEN_DIR, Buffer.from('link-to-latin1'), Buffer.from('plain.txt')]
          .map((n) => n.toString('hex'))
          .sort(),
      )
      expect(readFileSync(bytesPath(dest, LATIN1), 'utf8')).toBe('latin-1 name\n')
      expect(readFileSync(bytesPath(dest, BROKEN_DIR, INNER))).toEqual(Buffer.from([1, 2, 3]))
      expect(readlinkSync(bytesPath(dest, Buffer.from('link-to-latin1')), { encoding: 'buffer' })).toEqual(LATIN1)
    }
    const listing = execFileSync('isoinfo', ['-R', '-l', '-i', iso])
    expect(listing.includes(LATIN1)).toBe(true)
    expect(listing.includes(INNER)).toBe(true)
  })

  test('Joliet shows each byte that is not UTF-8 as _ (Windows reads UCS-2 names)', async () => {
    const iso = await build(sourceWithRawNames())
    const names = isoinfoList(iso, '-J').map((e) => e.path)
    expect(names).toEqual(expect.arrayContaining(['/caf_ cr_me.txt', '/dir__', '/dir__/n_(.bin', '/plain.txt']))
  })
})

describe('Joliet names of 65 to 103 characters', () => {
  const name103 = `${'w'.repeat(99)}.txt`
  const name104 = `${'w'.repeat(100)}.txt`
  const name120 = `${'v'.repeat(116)}.txt`

  test('jolietIdentifier keeps up to 103 characters and shortens beyond, deterministically', () => {
    expect(jolietIdentifier(name103, new Set())).toBe(name103)
    const short = jolietIdentifier(name104, new Set())
    expect(short).toHaveLength(103)
    expect(short).toMatch(/^w+~[0-9a-f]{8}\.txt$/)
    expect(jolietIdentifier(name104, new Set())).toBe(short)
  })

  test('isoinfo -J and 7z read the full names up to 103 characters', async () => {
    const source = path.join(temp.dir, 'long')
    mkdirSync(path.join(source, 'd'.repeat(80)), { recursive: true })
    for (const name of [name103, `${'x'.repeat(70)}.ps1`, `${'d'.repeat(80)}/${'y'.repeat(90)}.xml`, name120])
      writeFileSync(path.join(source, name), name)
    const iso = await build(source)
    const joliet = isoinfoList(iso, '-J').map((e) => e.path)
    expect(joliet).toEqual(
      expect.arrayContaining([
        `/${name103}`,
        `/${'x'.repeat(70)}.ps1`,
        `/${'d'.repeat(80)}`,
        `/${'d'.repeat(80)}/${'y'.repeat(90)}.xml`,
      ]),
    )
    const shortened = joliet.find((p) => p.startsWith('/vvv'))
    expect(shortened).toMatch(/^\/v+~[0-9a-f]{8}\.txt$/)
    expect(shortened).toHaveLength(104)
    // 7z reads the Joliet hierarchy when there is one.
    const dest = path.join(temp.dir, '7z')
    extractWith7z(iso, dest)
    expect(readFileSync(path.join(dest, name103), 'utf8')).toBe(name103)
    expect(readFileSync(path.join(dest, 'd'.repeat(80), `${'y'.repeat(90)}.xml`), 'utf8')).toBe(
      `${'d'.repeat(80)}/${'y'.repeat(90)}.xml`,
    )
  })
})
