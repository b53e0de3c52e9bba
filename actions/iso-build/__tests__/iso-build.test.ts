// End to end: the built bundle runs as the runner runs it, and every image it writes is read back by real readers.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { IsoTree, writeIso } from '@slipway/iso9660'
import { runBundle, suiteRoot, TestRepo, tempDir } from '@slipway/test-support'
import {
  describeTree,
  extractWith7z,
  extractWithBsdtar,
  extractWithXorriso,
  run,
  sha256File,
} from '../../../packages/iso9660/__tests__/readers.js'

let temp: ReturnType<typeof tempDir>
let repo: TestRepo
const COMMIT_DATE = '2024-05-06T07:08:09Z'
const COMMIT_EPOCH = Date.parse(COMMIT_DATE) / 1000

function fixture(folder: 'Linux' | 'Windows', into: string): void {
  cpSync(path.join(suiteRoot, 'workflows-examples', 'container-service', folder), path.join(repo.dir, into), {
    recursive: true,
  })
}

beforeEach(() => {
  temp = tempDir('slipway-iso-build-')
  repo = TestRepo.create(path.join(temp.dir, 'repo'))
  fixture('Linux', 'provisioning/linux')
  fixture('Windows', 'provisioning/windows')
  repo.write('version', '2.3.4\n')
  repo.commit({ message: 'provisioning files', date: COMMIT_DATE })
})
afterEach(() => temp.cleanup())

const env = { SOURCE_DATE_EPOCH: '', ACTIONS_RUNTIME_TOKEN: '' }

describe('iso-build bundle', () => {
  test('profile cidata from a source directory: outputs, summary, and the image read back', async () => {
    const result = await runBundle({
      action: 'iso-build',
      workspace: repo.dir,
      env,
      inputs: { source: 'provisioning/linux', profile: 'cidata', 'version-file': 'version', output: 'out/seed.iso' },
    })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    const iso = path.join(repo.dir, 'out', 'seed.iso')
    expect(result.outputs).toEqual({
      path: iso,
      size: String(readFileSync(iso).length),
      sha256: sha256File(iso),
      'volume-id': 'cidata',
      'file-count': '4',
    })
    expect(run('blkid', ['-p', '-o', 'value', '-s', 'LABEL', iso]).trim()).toBe('cidata')
    const x = path.join(temp.dir, 'x')
    extractWithXorriso(iso, x)
    const source = describeTree(path.join(repo.dir, 'provisioning', 'linux'))
    expect(describeTree(x)).toEqual({ ...source, version: describeTree(repo.dir).version })
    // Times come from the commit (the checkout's files are newer).
    for (const entry of Object.values(describeTree(x, { mtimes: true }))) expect(entry.mtime).toBe(COMMIT_EPOCH)
    expect(result.summary).toContain('`out/seed.iso`')
    expect(result.summary).toContain(sha256File(iso))
    expect(result.summary).toContain('`/user-data`')
  })

  test('profile autounattend from `files` lines merging two directories; read by 7z and bsdtar', async () => {
    mkdirSync(path.join(repo.dir, 'drivers', 'net'), { recursive: true })
    writeFileSync(path.join(repo.dir, 'drivers', 'net', 'netkvm.inf'), '[Version]\nSignature="$Windows NT$"\n')
    const result = await runBundle({
      action: 'iso-build',
      workspace: repo.dir,
      env,
      inputs: {
        files: 'provisioning/windows => /\ndrivers => /\nversion => /meta/',
        profile: 'autounattend',
        'volume-id': 'WIN_PROVISION',
      },
    })
    expect(result.exitCode).toBe(0)
    const iso = path.join(repo.dir, 'win_provision.iso')
    expect(result.outputs.path).toBe(iso)
    expect(result.outputs['file-count']).toBe('4')
    for (const extract of [extractWith7z, extractWithBsdtar]) {
      const dir = path.join(temp.dir, extract.name)
      extract(iso, dir)
      expect(Object.keys(describeTree(dir)).sort()).toEqual(
        ['autounattend.xml', 'setup-container-host.ps1', 'net', 'net/netkvm.inf', 'meta', 'meta/version'].sort(),
      )
      expect(sha256File(path.join(dir, 'autounattend.xml'))).toBe(
        sha256File(path.join(repo.dir, 'provisioning', 'windows', 'autounattend.xml')),
      )
    }
  })

  test('two runs give byte-identical images; SOURCE_DATE_EPOCH overrides the commit time', async () => {
    const inputs = { source: 'provisioning/linux', profile: 'cidata' }
    const first = await runBundle({
      action: 'iso-build',
      workspace: repo.dir,
      env,
      inputs: { ...inputs, output: 'a.iso' },
    })
    const second = await runBundle({
      action: 'iso-build',
      workspace: repo.dir,
      env,
      inputs: { ...inputs, output: 'b.iso' },
    })
    expect(first.outputs.sha256).toBe(second.outputs.sha256)
    expect(readFileSync(path.join(repo.dir, 'a.iso')).equals(readFileSync(path.join(repo.dir, 'b.iso')))).toBe(true)
    const third = await runBundle({
      action: 'iso-build',
      workspace: repo.dir,
      env: { ...env, SOURCE_DATE_EPOCH: String(COMMIT_EPOCH + 60) },
      inputs: { ...inputs, output: 'c.iso' },
    })
    expect(third.exitCode).toBe(0)
    expect(third.outputs.sha256).not.toBe(first.outputs.sha256)
  })

  test.each([
    [{ source: 'provisioning/windows', profile: 'cidata' }, 'profile cidata needs user-data'],
    [{ source: 'provisioning/linux', profile: 'autounattend' }, 'needs autounattend.xml'],
    [{ source: 'provisioning/linux', 'volume-id': 'my-volume' }, "Input 'volume-id'"],
    [{ source: 'provisioning/linux', profile: 'cidata', 'volume-id': 'OTHER' }, "Input 'volume-id'"],
    [{ files: 'provisioning/linux => /\nprovisioning/linux/user-data => /user-data' }, "Input 'files'"],
    [{ files: 'provisioning/linux -> /' }, "Input 'files'"],
    [{ files: 'nowhere => /x' }, "Input 'files'"],
    [{ source: 'provisioning/linux', files: 'version => /' }, "Input 'files'"],
    [{}, "Input 'source'"],
    [{ source: 'provisioning/linux', reproducible: 'yes' }, "Input 'reproducible'"],
    [{ source: 'provisioning/linux', 'retention-days': '91' }, "Input 'retention-days'"],
    [{ source: 'provisioning/linux', 'base-iso-sha256': 'abc' }, "Input 'base-iso-sha256'"],
    [{ source: 'provisioning/linux', 'compression-level': '10' }, "Input 'compression-level'"],
    [{ source: 'provisioning/linux', overwrite: 'yes' }, "Input 'overwrite'"],
    // The image inside its own source folder would be packed into the next image; equal to it, it cannot be written.
    [{ source: 'provisioning/linux', output: 'provisioning/linux/seed.iso' }, 'outside the folder the image is built'],
    [{ source: 'provisioning', output: 'provisioning/linux/seed.iso' }, '(source: '],
    [{ source: 'provisioning/linux', output: 'provisioning/linux' }, 'not the folder the image is built from'],
    [{ files: 'provisioning/windows => /\nversion => /', output: 'provisioning/windows/w.iso' }, '(files: '],
    [{ source: 'provisioning/linux', output: '.' }, 'it is the workspace itself'],
    [{ source: 'provisioning/linux', output: '.git/seed.iso' }, 'inside a .git folder'],
  ])('bad input %j fails with one clear error and writes nothing', async (inputs, message) => {
    const before = readdirSync(repo.dir).sort()
    const result = await runBundle({ action: 'iso-build', workspace: repo.dir, env, inputs })
    expect(result.exitCode).toBe(1)
    const errors = result.annotations.filter((a) => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toContain(message)
    expect(readdirSync(repo.dir).sort()).toEqual(before)
  })

  test('a broken answer file is reported at its line, and no image is written', async () => {
    const answer = path.join(repo.dir, 'provisioning', 'windows', 'autounattend.xml')
    writeFileSync(answer, '<?xml version="1.0"?>\n<unattend>\n  <settings>\n</unattend>\n')
    const result = await runBundle({
      action: 'iso-build',
      workspace: repo.dir,
      env,
      inputs: { source: 'provisioning/windows', profile: 'autounattend', output: 'win.iso' },
    })
    expect(result.exitCode).toBe(1)
    const error = result.annotations.find((a) => a.level === 'error')
    expect(error?.properties.file).toBe(answer)
    expect(error?.properties.line).toBe('4')
    expect(existsSync(path.join(repo.dir, 'win.iso'))).toBe(false)
  })

  test('meta-data that is not YAML is reported with its line', async () => {
    const metaData = path.join(repo.dir, 'provisioning', 'linux', 'meta-data')
    writeFileSync(metaData, 'instance-id: a\nlocal-hostname: [unclosed\n')
    const result = await runBundle({
      action: 'iso-build',
      workspace: repo.dir,
      env,
      inputs: { source: 'provisioning/linux', profile: 'cidata' },
    })
    expect(result.exitCode).toBe(1)
    const error = result.annotations.find((a) => a.level === 'error')
    expect(error?.message).toContain('meta-data is not valid YAML')
    expect(error?.properties.file).toBe(metaData)
  })

  test('upload-artifact outside GitHub is skipped with a notice', async () => {
    const result = await runBundle({
      action: 'iso-build',
      workspace: repo.dir,
      env,
      inputs: {
        source: 'provisioning/linux',
        profile: 'cidata',
        'upload-artifact': 'cidata-iso',
        'retention-days': '5',
      },
    })
    expect(result.exitCode).toBe(0)
    expect(result.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toEqual([
      expect.stringContaining('upload-artifact: skipped, the artifact service is not available'),
    ])
  })
})

test('a file name that is not UTF-8 is stored with its exact bytes (it crashed with ENOENT)', async () => {
  const latin1 = Buffer.from('r\xe9seau.cfg', 'latin1')
  const dir = path.join(repo.dir, 'provisioning', 'linux')
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), latin1]), 'network\n')
  const result = await runBundle({
    action: 'iso-build',
    workspace: repo.dir,
    env,
    inputs: { source: 'provisioning/linux', profile: 'cidata', output: 'out/seed.iso' },
  })
  expect(result.stderr).toBe('')
  expect(result.exitCode).toBe(0)
  expect(result.outputs['file-count']).toBe('4')
  const x = path.join(temp.dir, 'x')
  extractWithXorriso(path.join(repo.dir, 'out', 'seed.iso'), x)
  expect(readFileSync(Buffer.concat([Buffer.from(`${x}/`), latin1]), 'utf8')).toBe('network\n')
  expect(result.summary).toContain('xE9seau.cfg')
})

test('an image with more than 100 MB of data logs its progress in percent and MB/s', async () => {
  // A sparse file: 120 MB of data to copy, little disk.
  const big = path.join(repo.dir, 'payload', 'disk.raw')
  mkdirSync(path.dirname(big), { recursive: true })
  writeFileSync(big, '')
  truncateSync(big, 120 * 1000 * 1000)
  const result = await runBundle({
    action: 'iso-build',
    workspace: repo.dir,
    env,
    inputs: { source: 'payload', output: 'payload.iso' },
  })
  expect(result.exitCode).toBe(0)
  // Over 32 MiB of data the checksum comes from the hashing thread: it must match the file.
  expect(result.outputs.sha256).toBe(sha256File(path.join(repo.dir, 'payload.iso')))
  const progress = result.stdout.split('\n').filter((line) => line.startsWith('iso-build: ') && line.includes('MB/s'))
  expect(progress.length).toBeGreaterThan(0)
  expect(progress.at(-1)).toMatch(/^iso-build: 100% \(120 of 120 MB, \d+ MB\/s\)$/)
})

test('checksum: none writes the same image without its SHA-256', async () => {
  const inputs = { source: 'provisioning/linux', profile: 'cidata' }
  const hashed = await runBundle({
    action: 'iso-build',
    workspace: repo.dir,
    env,
    inputs: { ...inputs, output: 'a.iso' },
  })
  const plain = await runBundle({
    action: 'iso-build',
    workspace: repo.dir,
    env,
    inputs: { ...inputs, output: 'b.iso', checksum: 'none' },
  })
  expect(plain.exitCode).toBe(0)
  expect(hashed.outputs.sha256).toBe(sha256File(path.join(repo.dir, 'a.iso')))
  expect(plain.outputs.sha256).toBe('')
  expect(readFileSync(path.join(repo.dir, 'b.iso')).equals(readFileSync(path.join(repo.dir, 'a.iso')))).toBe(true)
  expect(plain.summary).toContain('not computed (checksum: none)')
  const bad = await runBundle({ action: 'iso-build', workspace: repo.dir, env, inputs: { ...inputs, checksum: 'md5' } })
  expect(bad.annotations.map((a) => a.message)).toEqual([expect.stringMatching(/^Input 'checksum' has value "md5"/)])
})

describe('a tree of more than WORKER_ENTRIES entries, written on the worker thread', () => {
  /** 10,200 small files in 102 folders: over the 10,000 entries that send a tree to the worker. */
  function manyFiles(root: string): void {
    for (let d = 0; d < 102; d++) {
      const dir = path.join(root, `d${d}`)
      mkdirSync(dir, { recursive: true })
      for (let f = 0; f < 100; f++) writeFileSync(path.join(dir, `f${f}.txt`), `${d}/${f}\n`)
    }
  }

  test('gives the image an in-thread build gives, byte for byte, with its outputs and summary', async () => {
    const many = path.join(repo.dir, 'many')
    manyFiles(many)
    repo.write('many/user-data', '#cloud-config\n')
    repo.write('many/meta-data', 'instance-id: many\n')
    const result = await runBundle({
      action: 'iso-build',
      workspace: repo.dir,
      env: { ...env, SOURCE_DATE_EPOCH: String(COMMIT_EPOCH) },
      inputs: { source: 'many', profile: 'cidata', output: 'out/many.iso' },
    })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(
      '::debug::iso-build: more than 10000 entries, planned and written on a worker thread',
    )
    expect(result.outputs['file-count']).toBe('10202')
    const iso = path.join(repo.dir, 'out', 'many.iso')
    expect(result.outputs.sha256).toBe(sha256File(iso))
    // The same tree written in this (test) thread through the library, with the options the action passes.
    const tree = new IsoTree({ mtime: COMMIT_EPOCH })
    await tree.addDirectory(many)
    const inThread = path.join(temp.dir, 'in-thread.iso')
    await writeIso(tree, inThread, {
      volumeId: 'cidata',
      preparerId: 'SLIPWAY',
      applicationId: 'SLIPWAY ISO-BUILD',
      epoch: COMMIT_EPOCH,
      owner: { uid: 0, gid: 0 },
    })
    expect(sha256File(inThread)).toBe(result.outputs.sha256)
    expect(result.summary).toContain('10304 entries in the image')
  })

  test('a worker that dies while writing leaves no half-written image behind', async () => {
    manyFiles(path.join(repo.dir, 'many'))
    // Four sparse files of 100 MB: between files the writer lets timers run every 64 MiB or so, so the crash comes
    // mid-copy.
    for (const name of ['a.raw', 'b.raw', 'c.raw', 'd.raw']) {
      writeFileSync(path.join(repo.dir, 'many', name), '')
      truncateSync(path.join(repo.dir, 'many', name), 100 * 1000 * 1000)
    }
    const partial = path.join(repo.dir, 'out', 'many.iso.partial')
    // Loaded into every thread: on the image-writing worker, it crashes the thread once the image is being written.
    const hook = path.join(temp.dir, 'crash-worker.mjs')
    writeFileSync(
      hook,
      [
        "import { existsSync } from 'node:fs'",
        "import { isMainThread } from 'node:worker_threads'",
        `if (!isMainThread) setInterval(() => { if (existsSync(${JSON.stringify(partial)})) throw new Error('simulated crash') }, 2)`,
        '',
      ].join('\n'),
    )
    const result = await runBundle({
      action: 'iso-build',
      workspace: repo.dir,
      env: { ...env, SOURCE_DATE_EPOCH: String(COMMIT_EPOCH), NODE_OPTIONS: `--import ${hook}` },
      inputs: { source: 'many', output: 'out/many.iso' },
    })
    expect(result.exitCode).toBe(1)
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual(['simulated crash'])
    expect(result.stdout).not.toContain('iso-build: 100%')
    expect(readdirSync(path.join(repo.dir, 'out'))).toEqual([])
  })

  test('a mistake found on the worker is one annotation, as in line, and writes nothing', async () => {
    manyFiles(path.join(repo.dir, 'many'))
    const result = await runBundle({
      action: 'iso-build',
      workspace: repo.dir,
      env,
      inputs: { source: 'many', profile: 'cidata', 'volume-id': 'cidata', output: 'out/many.iso' },
    })
    expect(result.exitCode).toBe(1)
    expect(result.annotations.filter((a) => a.level !== 'debug').map((a) => [a.level, a.message])).toEqual([
      ['error', 'profile cidata needs user-data at the image root'],
    ])
    expect(existsSync(path.join(repo.dir, 'out'))).toBe(false)
  })
})
