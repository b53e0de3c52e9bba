// Every image is read back by the real readers and compared with its source, byte for byte.
import {
  cpSync,
  lutimesSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
  chmodSync,
} from 'node:fs'
import path from 'node:path'
import { suiteRoot, tempDir } from '@slipway/test-support'
import { IsoTree, jolietIdentifier, writeIso, type IsoOptions } from '../src/index.js'
import {
  describeTree,
  extractWith7z,
  extractWithBsdtar,
  extractWithIsoinfo,
  extractWithXorriso,
  isoinfoList,
  run,
  xorrisoFind,
  type TreeView,
} from './readers.js'

const EPOCH = Date.UTC(2024, 0, 1) / 1000
const OLD = new Date(Date.UTC(2021, 2, 4, 5, 6, 7))
const options: IsoOptions = { volumeId: 'TEST_TREE', epoch: EPOCH, owner: { uid: 0, gid: 0 } }

let temp: ReturnType<typeof tempDir>
beforeEach(() => (temp = tempDir('slipway-iso-')))
afterEach(() => temp.cleanup())

/** Sets every mtime under `root` (deepest first, so directories keep theirs) to a fixed time before the epoch. */
function settle(root: string, when = OLD): void {
  const view = describeTree(root)
  for (const rel of Object.keys(view).reverse()) {
    const full = path.join(root, rel)
    if (view[rel]!.type === 'symlink') lutimesSync(full, when, when)
    else utimesSync(full, when, when)
  }
}

function edgeTree(root: string): void {
  const write = (rel: string, content: string | Buffer, mode?: number) => {
    const full = path.join(root, rel)
    mkdirSync(path.dirname(full), { recursive: true })
    writeFileSync(full, content)
    if (mode !== undefined) chmodSync(full, mode)
  }
  write('ünïcödé/日本語のファイル名.txt', 'unicode\n')
  write('emoji 🚀 name.md', 'astral plane\n')
  write(`${'n'.repeat(96)}.txt`, 'a hundred characters\n')
  write(`${'n'.repeat(96)}.cfg`, 'another hundred, same start\n')
  write(`${'m'.repeat(116)}.txt`, 'beyond Joliet long names\n')
  write('Readme', 'mixed case\n')
  write('README', 'upper case\n')
  write('readme', 'lower case\n')
  write('l1/l2/l3/l4/l5/l6/l7/l8/l9/deep.txt', 'nine levels down\n')
  write('empty-file', '')
  mkdirSync(path.join(root, 'empty-dir'))
  write('scripts/run.sh', '#!/bin/sh\necho run\n', 0o755)
  write('secret.key', 'k', 0o600)
  write('binary.bin', Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256)))
  write('.hidden', 'dot file\n')
  write('no_extension_but.a.lot.of.dots', 'dots\n')
  symlinkSync('scripts/run.sh', path.join(root, 'link-inside'))
  symlinkSync('../../etc/passwd', path.join(root, 'scripts', 'link-outside'))
  symlinkSync('/etc/hostname', path.join(root, 'link-absolute'))
  symlinkSync(`${'t'.repeat(200)}/${'u'.repeat(200)}/./../v`, path.join(root, 'link-long'))
  chmodSync(path.join(root, 'empty-dir'), 0o750)
  settle(root)
}

async function build(source: string, iso: string, extra: Partial<IsoOptions> = {}) {
  const tree = new IsoTree()
  await tree.addDirectory(source)
  return writeIso(tree, iso, { ...options, ...extra })
}

/** The Joliet view of a source tree: names as Joliet records them, no symlinks. */
function jolietView(source: TreeView): TreeView {
  const renamed = new Map<string, string>()
  const takenByDir = new Map<string, Set<string>>()
  const view: TreeView = {}
  for (const rel of Object.keys(source).sort()) {
    const entry = source[rel]!
    if (entry.type === 'symlink') continue
    const parent = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : ''
    const taken = takenByDir.get(parent) ?? new Set<string>()
    takenByDir.set(parent, taken)
    const name = jolietIdentifier(path.basename(rel), taken)
    const mapped = parent === '' ? name : `${renamed.get(parent)!}/${name}`
    renamed.set(rel, mapped)
    view[mapped] = entry.type === 'dir' ? { type: 'dir' } : { type: 'file', sha256: entry.sha256!, size: entry.size! }
  }
  return view
}

/** Reads the image with every reader and compares each view with the source. */
function expectReadersAgree(source: string, iso: string): void {
  const full = describeTree(source, { modes: true, mtimes: true, symlinkMtimes: true })
  // Rock Ridge view: names, contents, modes, mtimes, symlink targets.
  const x = path.join(temp.dir, 'xorriso')
  extractWithXorriso(iso, x)
  // xorriso does not set the times of the symlinks it makes.
  expect(describeTree(x, { modes: true, mtimes: true })).toEqual(describeTree(source, { modes: true, mtimes: true }))
  expect(xorrisoFind(iso)).toEqual(Object.keys(full).sort())

  const b = path.join(temp.dir, 'bsdtar')
  extractWithBsdtar(iso, b)
  expect(describeTree(b, { modes: true, mtimes: true, symlinkMtimes: true })).toEqual(full)

  const r = path.join(temp.dir, 'isoinfo-r')
  extractWithIsoinfo(iso, r, '-R')
  expect(describeTree(r, { symlinks: false })).toEqual(describeTree(source, { symlinks: false }))
  const listed = Object.fromEntries(isoinfoList(iso, '-R').map((e) => [e.path.slice(1), e]))
  for (const [rel, entry] of Object.entries(full)) {
    const seen = listed[rel]
    expect([rel, seen?.type]).toEqual([rel, entry.type])
    if (entry.type === 'symlink') expect([rel, seen?.target]).toEqual([rel, entry.target])
    else expect([rel, modeBits(seen!.modeString)]).toEqual([rel, entry.mode])
  }

  // Joliet view (what Windows reads): names up to 103 UCS-2 characters (as -joliet-long), contents; no symlinks.
  const expected = jolietView(describeTree(source))
  const latin1 = (name: string) => name.replace(/[^ -\u00ff]/g, '_')
  const jolietListed = isoinfoList(iso, '-J').map((e) => [e.path.slice(1), e.type, e.size] as const)
  expect(jolietListed.sort()).toEqual(
    Object.entries(expected)
      .map(([rel, e]) => [latin1(rel), e.type, e.type === 'file' ? e.size! : 2048] as const)
      .sort(),
  )
  const j = path.join(temp.dir, 'isoinfo-j')
  extractWithIsoinfo(iso, j, '-J')
  const ascii = Object.fromEntries(Object.entries(expected).filter(([rel]) => /^[\x20-\x7e]*$/.test(rel)))
  expect(describeTree(j)).toEqual(ascii)
  for (const name of Object.keys(expected))
    for (const part of name.split('/')) expect(part.length).toBeLessThanOrEqual(103)
  const z = path.join(temp.dir, '7z')
  extractWith7z(iso, z)
  expect(describeTree(z)).toEqual(expected)
}

function modeBits(modeString: string): number {
  const bits = modeString.slice(1)
  let mode = 0
  for (let i = 0; i < 9; i++) if (bits[i] !== '-' && bits[i] !== 'S' && bits[i] !== 'T') mode |= 1 << (8 - i)
  if ('sS'.includes(bits[2]!)) mode |= 0o4000
  if ('sS'.includes(bits[5]!)) mode |= 0o2000
  if ('tT'.includes(bits[8]!)) mode |= 0o1000
  return mode
}

describe('images read back by xorriso, isoinfo (-R, -J), bsdtar and 7z', () => {
  test.each([
    ['cidata example', 'Linux'],
    ['autounattend example', 'Windows'],
  ])('%s', async (_name, folder) => {
    const source = path.join(temp.dir, 'source')
    cpSync(path.join(suiteRoot, 'workflows-examples', 'container-service', folder), source, { recursive: true })
    settle(source)
    const iso = path.join(temp.dir, 'image.iso')
    const result = await build(source, iso)
    expect(result.bytes % 2048).toBe(0)
    expect(result.files).toBe(Object.keys(describeTree(source)).length)
    expectReadersAgree(source, iso)
  })

  test('unicode, 100-character, case-only and dot names, a 9-level tree, empty files and dirs, symlinks', async () => {
    const source = path.join(temp.dir, 'source')
    edgeTree(source)
    const iso = path.join(temp.dir, 'image.iso')
    const result = await build(source, iso)
    expect(result).toMatchObject({ symlinks: 4 })
    expectReadersAgree(source, iso)
  })

  test('many files in one directory span several directory sectors', async () => {
    const source = path.join(temp.dir, 'source')
    mkdirSync(source)
    for (let i = 0; i < 300; i++)
      writeFileSync(path.join(source, `file-${String(i).padStart(3, '0')}-of-many.txt`), `${i}\n`)
    settle(source)
    const iso = path.join(temp.dir, 'image.iso')
    await build(source, iso)
    expectReadersAgree(source, iso)
  })
})

describe('reproducible', () => {
  test('two builds of the same tree, from different places and checkouts, are byte-identical', async () => {
    const first = path.join(temp.dir, 'one', 'source')
    const second = path.join(temp.dir, 'two', 'elsewhere')
    edgeTree(first)
    edgeTree(second)
    // A later checkout: every mtime is after the epoch, so every time is recorded as the epoch.
    const later = new Date((EPOCH + 86_400) * 1000)
    settle(first, later)
    settle(second, new Date((EPOCH + 999_999) * 1000))
    const a = await build(first, path.join(temp.dir, 'a.iso'))
    const b = await build(second, path.join(temp.dir, 'b.iso'))
    expect(readFileSync(path.join(temp.dir, 'a.iso')).equals(readFileSync(path.join(temp.dir, 'b.iso')))).toBe(true)
    expect(a.sha256).toBe(b.sha256)
    const x = path.join(temp.dir, 'x')
    extractWithXorriso(path.join(temp.dir, 'a.iso'), x)
    for (const entry of Object.values(describeTree(x, { mtimes: true })))
      if (entry.mtime !== undefined) expect(entry.mtime).toBe(EPOCH)
  })

  test('a different epoch gives a different image', async () => {
    const source = path.join(temp.dir, 'source')
    edgeTree(source)
    const a = await build(source, path.join(temp.dir, 'a.iso'))
    const b = await build(source, path.join(temp.dir, 'b.iso'), { epoch: EPOCH + 1 })
    expect(a.sha256).not.toBe(b.sha256)
  })
})

describe('volume descriptor fields', () => {
  test('isoinfo -d shows the ids as recorded', async () => {
    const source = path.join(temp.dir, 'source')
    mkdirSync(source)
    writeFileSync(path.join(source, 'a.txt'), 'a')
    const iso = path.join(temp.dir, 'image.iso')
    await build(source, iso, {
      volumeId: 'cidata',
      volumeSetId: 'SET_1',
      publisherId: 'Example Corp',
      preparerId: 'slipway',
      applicationId: 'slipway iso-build',
    })
    const info = run('isoinfo', ['-d', '-i', iso])
    expect(info).toContain('Volume id: CIDATA')
    expect(info).toContain('Volume set id: SET_1')
    expect(info).toContain('Publisher id: EXAMPLE CORP')
    expect(info).toContain('Data preparer id: SLIPWAY')
    expect(info).toContain('Application id: SLIPWAY ISO-BUILD')
    expect(info).toContain('Joliet with UCS level 3 found')
    expect(info).toContain('Rock Ridge signatures version 1 found')
    // The Joliet descriptor keeps the case: blkid, which cloud-init uses to find its data source, reports "cidata".
    expect(run('blkid', ['-p', '-o', 'value', '-s', 'LABEL', iso]).trim()).toBe('cidata')
  })
})
