// Remaster mode: a small bootable ISO made with xorriso gets a new file; its El Torito boot records must survive.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runBundle, TestRepo, tempDir } from '@slipway/test-support'
import { extractWithXorriso, run, sha256File, xorrisoFind } from '../../../packages/iso9660/__tests__/readers.js'

let temp: ReturnType<typeof tempDir>
let repo: TestRepo
let baseIso: string
const env = { SOURCE_DATE_EPOCH: '1700000000', ACTIONS_RUNTIME_TOKEN: '' }

beforeEach(() => {
  temp = tempDir('slipway-remaster-')
  repo = TestRepo.create(path.join(temp.dir, 'repo'))
  const base = path.join(temp.dir, 'base')
  mkdirSync(path.join(base, 'boot'), { recursive: true })
  writeFileSync(
    path.join(base, 'boot', 'boot.img'),
    Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 251)),
  )
  writeFileSync(path.join(base, 'readme.txt'), 'installer\n')
  baseIso = path.join(repo.dir, 'installer.iso')
  execFileSync(
    'xorriso',
    [
      '-as',
      'mkisofs',
      '-quiet',
      '-o',
      baseIso,
      '-R',
      '-J',
      '-V',
      'INSTALLER',
      '-b',
      'boot/boot.img',
      '-no-emul-boot',
      '-boot-load-size',
      '4',
      base,
    ],
    { stdio: 'ignore' },
  )
  repo.write('answer.toml', '[global]\nkeyboard = "en-us"\n')
  repo.commit({ message: 'answer file' })
})
afterEach(() => temp.cleanup())

/** The El Torito report without block addresses, which move when the image is rewritten. */
function bootRecords(iso: string): string[] {
  return run('xorriso', ['-indev', iso, '-report_el_torito', 'plain'])
    .split('\n')
    .filter((line) => line.startsWith('El Torito'))
    .map((line) =>
      line
        .replace(/^(El Torito catalog\s*:)\s*\d+/, '$1')
        .replace(/\s+\d+$/, line.startsWith('El Torito boot img') ? '' : '$&'),
    )
}

test('files are added to a bootable ISO and its boot records are kept', async () => {
  const before = bootRecords(baseIso)
  expect(before.join('\n')).toContain('El Torito boot img')
  const result = await runBundle({
    action: 'iso-build',
    workspace: repo.dir,
    env,
    inputs: {
      'base-iso': 'installer.iso',
      'base-iso-sha256': sha256File(baseIso),
      files: 'answer.toml => /answer.toml',
      output: 'auto.iso',
    },
  })
  expect(result.exitCode).toBe(0)
  const out = path.join(repo.dir, 'auto.iso')
  expect(result.outputs).toMatchObject({
    path: out,
    sha256: sha256File(out),
    'volume-id': 'INSTALLER',
    'file-count': '3',
  })
  expect(bootRecords(out)).toEqual(before)
  expect(xorrisoFind(out)).toEqual(expect.arrayContaining(['answer.toml', 'boot/boot.img', 'readme.txt']))
  const x = path.join(temp.dir, 'x')
  extractWithXorriso(out, x)
  expect(sha256File(path.join(x, 'answer.toml'))).toBe(sha256File(path.join(repo.dir, 'answer.toml')))
  expect(sha256File(path.join(x, 'boot', 'boot.img'))).toBe(sha256File(path.join(temp.dir, 'base', 'boot', 'boot.img')))
  expect(result.summary).toContain('remastered')
})

test('a base ISO whose checksum differs is refused before anything is written', async () => {
  const result = await runBundle({
    action: 'iso-build',
    workspace: repo.dir,
    env,
    inputs: {
      'base-iso': 'installer.iso',
      'base-iso-sha256': '0'.repeat(64),
      files: 'answer.toml => /answer.toml',
      output: 'auto.iso',
    },
  })
  expect(result.exitCode).toBe(1)
  const errors = result.annotations.filter((a) => a.level === 'error')
  expect(errors).toHaveLength(1)
  expect(errors[0]?.message).toContain("Input 'base-iso-sha256'")
  expect(errors[0]?.message).toContain(sha256File(baseIso))
  expect(existsSync(path.join(repo.dir, 'auto.iso'))).toBe(false)
})
