import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { LoopbackMirror, runBundle, suiteRoot, tempDir, TestRepo } from '@slipway/test-support'
import { FakeCacheService } from './cache-service.js'

// The built dist/packer-build/index.js with Debian's real packer (1.6.6): the example template tree's `file` source,
// its shell-local provisioner and manifest post-processor, an ISO from a loopback mirror, the local ISO cache.

const iso = randomBytes(512 * 1024)
const isoSha256 = createHash('sha256').update(iso).digest('hex')
const leg = 'os_pkrvars/rockylinux/rockylinux-9-x86_64.pkrvars.hcl'

let mirror: LoopbackMirror
let base: string
let tmp: ReturnType<typeof tempDir>
let workspace: string
let isoCache: string

beforeAll(async () => {
  mirror = new LoopbackMirror()
  base = await mirror.start()
  mirror.files.set('/rocky/Rocky-9-latest-x86_64-boot.iso', iso)
  mirror.files.set('/rocky/CHECKSUM', Buffer.from(`SHA256 (Rocky-9-latest-x86_64-boot.iso) = ${isoSha256}\n`))
  tmp = tempDir('slipway-packer-build-')
  workspace = path.join(tmp.dir, 'repo')
  cpSync(path.join(suiteRoot, 'workflows-examples', 'vm-templates'), workspace, { recursive: true })
  isoCache = path.join(tmp.dir, 'iso-cache')
})
afterAll(async () => {
  await mirror.stop()
  tmp.cleanup()
})

const build = (inputs: Record<string, string> = {}) =>
  runBundle({
    action: 'packer-build',
    workspace,
    sha: 'c0ffee0000000000000000000000000000000000',
    inputs: {
      template: 'packer_templates',
      'var-file': leg,
      only: 'file.local',
      'iso-url': `${base}/rocky/Rocky-9-latest-x86_64-boot.iso`,
      'iso-checksum': `file:${base}/rocky/CHECKSUM`,
      'iso-cache-dir': isoCache,
      version: '1.4.0',
      ...inputs,
    },
    env: { SOURCE_DATE_EPOCH: '1700000000' },
  })

test('builds a leg with packer: ISO cached and verified, zstd archive, SHA256SUMS and metadata', async () => {
  const run = await build({ 'validate-command': 'test\n-s\nbuild-info.txt' })
  expect(run.stderr).toBe('')
  expect(run.exitCode).toBe(0)
  const dir = path.join(workspace, 'packer-artifacts', 'rockylinux-9-x86_64')
  expect(run.outputs['artifact-name']).toBe('rockylinux-9-x86_64-1.4.0')
  expect(run.outputs['artifact-path']).toBe(path.join(dir, 'rockylinux-9-x86_64.tar.zst'))
  expect(run.outputs['iso-cache-hit']).toBe('false')
  const archive = readFileSync(path.join(dir, 'rockylinux-9-x86_64.tar.zst'))
  expect(run.outputs.sha256).toBe(createHash('sha256').update(archive).digest('hex'))
  // the checksums verify with coreutils
  expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' })).toBe(
    'rockylinux-9-x86_64.tar.zst: OK\nmetadata.json: OK\n',
  )
  // the archive holds what packer's file builder, shell-local provisioner and manifest post-processor wrote
  const listing = execFileSync('tar', ['--zstd', '-tf', 'rockylinux-9-x86_64.tar.zst'], { cwd: dir, encoding: 'utf8' })
  expect(listing.split('\n').filter(Boolean)).toEqual([
    'build-info.txt',
    'file/rockylinux-9-x86_64.img',
    'packer-manifest.json',
  ])
  const image = execFileSync('tar', ['--zstd', '-xOf', 'rockylinux-9-x86_64.tar.zst', 'file/rockylinux-9-x86_64.img'], {
    cwd: dir,
    encoding: 'utf8',
  })
  // packer got the verified, cached ISO as a file:// URL
  expect(image).toBe(
    `rockylinux 9 x86_64 from file://${isoCache}/iso-sha256-${isoSha256}/Rocky-9-latest-x86_64-boot.iso\n`,
  )
  const manifest = JSON.parse(
    execFileSync('tar', ['--zstd', '-xOf', 'rockylinux-9-x86_64.tar.zst', 'packer-manifest.json'], {
      cwd: dir,
      encoding: 'utf8',
    }),
  ) as { builds: { builder_type: string; custom_data: Record<string, string> }[] }
  expect(manifest.builds[0]).toMatchObject({
    builder_type: 'file',
    custom_data: { os_name: 'rockylinux', os_version: '9', os_arch: 'x86_64' },
  })

  const metadata = JSON.parse(readFileSync(path.join(dir, 'metadata.json'), 'utf8')) as Record<string, unknown>
  expect(metadata).toMatchObject({
    name: 'rockylinux-9-x86_64-1.4.0',
    os: 'rockylinux',
    version: '9',
    arch: 'x86_64',
    template: 'packer_templates',
    var_file: leg,
    packer_version: '1.6.6',
    builds: 'file.local',
    accelerator: expect.stringMatching(/^(kvm|tcg)$/),
    iso: {
      url: `${base}/rocky/Rocky-9-latest-x86_64-boot.iso`,
      checksum: `sha256:${isoSha256}`,
      cache_key: `iso-sha256-${isoSha256}`,
      cache_hit: false,
      bytes_downloaded: iso.length,
    },
    git_sha: 'c0ffee0000000000000000000000000000000000',
    slipway_version: readFileSync(path.join(suiteRoot, 'version'), 'utf8').trim(),
    build_attempts: 1,
    artifact: {
      file: 'rockylinux-9-x86_64.tar.zst',
      bytes: archive.length,
      sha256: run.outputs.sha256,
      compression: 'zstd',
    },
    files: ['build-info.txt', 'file/rockylinux-9-x86_64.img', 'packer-manifest.json'],
  })
  expect(JSON.parse(run.outputs.metadata ?? '')).toEqual(metadata)
  expect(run.summary).toContain('### Packer build: rockylinux-9-x86_64-1.4.0')
  expect(run.summary).toContain('| packer | 1.6.6 (file.local) |')
  expect(run.summary).toContain('| upload | skipped: not on a GitHub runner (no artifact service) |')
  expect(run.stdout).toMatch(/Accelerator: (kvm|tcg)/)
  expect(run.stdout).toContain('packer 1.6.6 has no packer init')
})

test('a re-run hits the warm ISO cache, moves 0 bytes, and archives the same files with the same times (gzip too)', async () => {
  const before = mirror.bytesServed('/rocky/Rocky-9-latest-x86_64-boot.iso')
  const zstd = await build()
  expect(zstd.exitCode).toBe(0)
  expect(zstd.outputs['iso-cache-hit']).toBe('true')
  expect(mirror.bytesServed('/rocky/Rocky-9-latest-x86_64-boot.iso') - before).toBe(0)
  expect((JSON.parse(zstd.outputs.metadata ?? '') as { iso: { bytes_downloaded: number } }).iso.bytes_downloaded).toBe(
    0,
  )
  const gzip = await build({ compression: 'gzip' })
  expect(gzip.exitCode).toBe(0)
  expect(gzip.outputs['artifact-path']).toMatch(/rockylinux-9-x86_64\.tar\.gz$/)
  const again = await build({ compression: 'gzip' })
  // same inputs and SOURCE_DATE_EPOCH, same bytes (the manifest's run uuid aside, which packer makes new each run)
  const list = (p: string) =>
    execFileSync('tar', ['-tzvf', p], { encoding: 'utf8' }).replace(/\s+\d+ 2023-11-14/g, ' 2023-11-14')
  expect(list(again.outputs['artifact-path'] ?? '')).toBe(list(gzip.outputs['artifact-path'] ?? ''))
})

test('a wrong checksum fails with both digests, caches nothing and builds nothing', async () => {
  const wrong = '0'.repeat(64)
  const run = await build({
    'var-file': 'os_pkrvars/rockylinux/rockylinux-9-aarch64.pkrvars.hcl',
    'iso-checksum': `sha256:${wrong}`,
    'iso-cache-dir': path.join(tmp.dir, 'other-cache'),
  })
  expect(run.exitCode).toBe(1)
  expect(run.annotations[0]?.message).toContain(`expected ${wrong}, got ${isoSha256}`)
  expect(existsSync(path.join(tmp.dir, 'other-cache', `iso-sha256-${wrong}`, 'Rocky-9-latest-x86_64-boot.iso'))).toBe(
    false,
  )
  expect(existsSync(path.join(workspace, 'packer-artifacts', 'rockylinux-9-aarch64'))).toBe(false)
})

test('a failing validation command fails the leg before anything is packaged', async () => {
  const run = await build({
    'var-file': 'os_pkrvars/fedora/fedora-41-aarch64.pkrvars.hcl',
    'validate-command': 'test\n-e\nno-such-disk.qcow2',
  })
  expect(run.exitCode).toBe(1)
  expect(run.annotations.find((a) => a.level === 'error')?.message).toContain(
    'test -e no-such-disk.qcow2 exited with code 1',
  )
  expect(existsSync(path.join(workspace, 'packer-artifacts', 'fedora-41-aarch64'))).toBe(false)
})

test.each([
  [{ compression: 'xz' }, 'Input \'compression\' has value "xz": expected one of zstd, gzip, none'],
  [
    { 'iso-checksum': 'sha256:abc' },
    'Input \'iso-checksum\' has value "sha256:abc": expected a sha256 digest of 64 hex digits',
  ],
  [{ 'build-attempts': '9' }, 'Input \'build-attempts\' has value "9": expected a whole number from 1 to 5'],
  [{ plugins: 'qemu' }, 'Input \'plugins\' has value "qemu": expected lines of <source>@<version>'],
  [{ template: 'missing' }, 'Input \'template\' has value "missing": expected an existing file or directory'],
])('bad input %j fails before any side effect', async (inputs, message) => {
  const cache = path.join(tmp.dir, 'untouched-cache')
  const run = await build({ ...inputs, 'iso-cache-dir': cache })
  expect(run.exitCode).toBe(1)
  expect(run.annotations).toHaveLength(1)
  expect(run.annotations[0]?.message).toContain(message)
  expect(existsSync(cache)).toBe(false)
})

describe('paths slipway empties stay inside what it owns', () => {
  // A real checkout: .git, a committed file, a file outside the workspace that a symbolic link points at.
  let repo: TestRepo
  let outside: string
  beforeAll(() => {
    repo = TestRepo.create(path.join(tmp.dir, 'owned-repo'))
    cpSync(path.join(suiteRoot, 'workflows-examples', 'vm-templates'), repo.dir, { recursive: true })
    repo.commit({ message: 'templates' })
    outside = path.join(tmp.dir, 'outside')
    mkdirSync(outside, { recursive: true })
    writeFileSync(path.join(outside, 'keep.txt'), "not slipway's")
    symlinkSync(outside, path.join(repo.dir, 'elsewhere'))
  })

  const snapshot = () => ({
    head: repo.git('rev-parse', 'HEAD'),
    top: readdirSync(repo.dir).sort(),
    outside: readdirSync(outside).sort(),
    git: existsSync(path.join(repo.dir, '.git', 'HEAD')),
  })

  test.each([
    [{ 'artifact-name': '..' }, 'artifact-name', 'a leg name (it names a folder above)'],
    [{ 'artifact-name': '.' }, 'artifact-name', 'a leg name (it names a folder above)'],
    [{ 'artifact-name': 'a/../..' }, 'artifact-name', 'a leg name (it contains a path separator)'],
    [{ 'output-directory': '.' }, 'output-directory', 'it is the workspace itself'],
    [{ 'output-directory': '..' }, 'output-directory', 'it is a parent of the workspace'],
    [{ 'output-directory': '.git' }, 'output-directory', 'it is inside a .git folder'],
    [{ 'output-directory': 'elsewhere' }, 'output-directory', 'it is outside the workspace and the runner temp folder'],
    [{ 'output-directory': '/etc' }, 'output-directory', 'it is outside the workspace and the runner temp folder'],
    [{ 'artifacts-directory': '.' }, 'artifacts-directory', 'it is the workspace itself'],
    [{ 'artifacts-directory': '.git/objects' }, 'artifacts-directory', 'it is inside a .git folder'],
    [
      { 'output-directory': 'out', 'artifacts-directory': 'out/artifacts' },
      'output-directory',
      'a folder apart from artifacts-directory',
    ],
    [{ 'iso-cache-dir': '.' }, 'iso-cache-dir', 'it is the workspace itself'],
  ])('%j fails naming %s before anything is touched; .git survives', async (inputs, input, expected) => {
    const before = snapshot()
    const run = await runBundle({
      action: 'packer-build',
      workspace: repo.dir,
      inputs: {
        template: 'packer_templates',
        'var-file': leg,
        only: 'file.local',
        'iso-url': `${base}/rocky/Rocky-9-latest-x86_64-boot.iso`,
        'iso-checksum': `sha256:${isoSha256}`,
        'iso-cache-dir': path.join(tmp.dir, 'owned-cache'),
        ...inputs,
      },
    })
    expect(run.exitCode).toBe(1)
    expect(run.annotations).toHaveLength(1)
    expect(run.annotations[0]?.properties).toMatchObject({ title: `Invalid input: ${input}` })
    expect(run.annotations[0]?.message).toContain(`Input '${input}' has value`)
    expect(run.annotations[0]?.message).toContain(expected)
    expect(snapshot()).toEqual(before)
    expect(existsSync(path.join(tmp.dir, 'owned-cache'))).toBe(false)
    expect(run.stdout).not.toContain('packer')
  })
})

test('skip-validation skips packer validate and the validation command, with notices, and says so in metadata', async () => {
  const run = await build({
    'var-file': 'os_pkrvars/almalinux/almalinux-9-x86_64.pkrvars.hcl',
    'skip-validation': 'true',
    'validate-command': 'test\n-e\nno-such-disk.qcow2',
  })
  expect(run.exitCode).toBe(0)
  expect(run.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toEqual([
    'packer validate skipped (skip-validation: true)',
    'Validation command skipped (skip-validation: true): test -e no-such-disk.qcow2',
  ])
  expect(run.stdout).not.toContain('::group::packer validate')
  expect(JSON.parse(run.outputs.metadata ?? '')).toMatchObject({ validated: false })
  expect(run.summary).toContain('validation skipped')
})

test('vars become -var pairs after the var file; an undeclared or managed variable is refused up front', async () => {
  const run = await build({
    'var-file': 'os_pkrvars/almalinux/almalinux-9-aarch64.pkrvars.hcl',
    vars: 'os_version=9.5\ndisk_size = 40G',
  })
  expect(run.exitCode).toBe(0)
  const dir = path.join(workspace, 'packer-artifacts', 'almalinux-9-aarch64')
  // the var overrides the var file's os_version inside packer (build-info.txt is written by the template)
  const info = execFileSync('tar', ['--zstd', '-xOf', 'almalinux-9-aarch64.tar.zst', 'build-info.txt'], {
    cwd: dir,
    encoding: 'utf8',
  })
  expect(info).toContain('version=9.5\n')

  const undeclared = await build({ vars: 'no_such_variable=1' })
  expect(undeclared.exitCode).toBe(1)
  expect(undeclared.annotations[0]?.message).toContain(
    'the vars input sets no_such_variable, which the template does not declare',
  )
  const managed = await build({ vars: 'output_directory=/' })
  expect(managed.exitCode).toBe(1)
  expect(managed.annotations[0]?.message).toBe(
    'Input \'vars\' has value "output_directory=/": expected variables other than output_directory (set it with the output-directory input)',
  )
})

describe('the GitHub Actions cache path, against a loopback cache service', () => {
  let service: FakeCacheService
  let results: string
  beforeAll(async () => {
    service = new FakeCacheService('runtime-token-for-test')
    results = await service.start()
  })
  afterAll(() => service.stop())

  test('a fresh runner saves the verified ISO; the next fresh runner restores it and downloads nothing', async () => {
    const env = {
      ACTIONS_RUNTIME_TOKEN: 'runtime-token-for-test',
      ACTIONS_RESULTS_URL: results,
      ACTIONS_CACHE_SERVICE_V2: 'true',
      GITHUB_SERVER_URL: 'https://github.com',
    }
    const run = (cacheDir: string) =>
      runBundle({
        action: 'packer-build',
        workspace,
        inputs: {
          template: 'packer_templates',
          'var-file': 'os_pkrvars/rockylinux/rockylinux-9-aarch64.pkrvars.hcl',
          only: 'file.local',
          'iso-url': `${base}/rocky/Rocky-9-latest-x86_64-boot.iso`,
          'iso-checksum': `sha256:${isoSha256}`,
          'iso-cache-dir': cacheDir,
          upload: 'false',
        },
        env,
      })
    const isoPath = '/rocky/Rocky-9-latest-x86_64-boot.iso'
    const before = mirror.bytesServed(isoPath)
    // Each runner starts without the local folder; the folder's path is the same on every runner (the cache
    // service's version hashes the paths, so a different path would never match).
    const cacheDir = path.join(tmp.dir, 'runner-cache')
    const first = await run(cacheDir)
    expect(first.exitCode).toBe(0)
    expect(first.outputs['iso-cache-hit']).toBe('false')
    expect(mirror.bytesServed(isoPath) - before).toBe(iso.length)
    expect(service.calls).toEqual([
      'GetCacheEntryDownloadURL',
      'CreateCacheEntry',
      'PUT blob',
      'FinalizeCacheEntryUpload',
    ])
    expect([...service.entries.values()].map((e) => e.key)).toEqual([`iso-sha256-${isoSha256}`])

    rmSync(cacheDir, { recursive: true })
    const second = await run(cacheDir)
    expect(second.exitCode).toBe(0)
    expect(second.outputs['iso-cache-hit']).toBe('true')
    expect(mirror.bytesServed(isoPath) - before).toBe(iso.length)
    expect(service.calls.slice(4)).toEqual(['GetCacheEntryDownloadURL', 'GET blob'])
    expect(second.stdout).toContain(`ISO cache hit (GitHub Actions cache, iso-sha256-${isoSha256})`)
    expect(
      readFileSync(path.join(cacheDir, `iso-sha256-${isoSha256}`, 'Rocky-9-latest-x86_64-boot.iso')).equals(iso),
    ).toBe(true)
  })
})
