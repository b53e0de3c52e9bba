import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { LoopbackMirror, runBundle, suiteRoot, tempDir } from '@slipway/test-support'

// packer-version pins a Packer even when another one is on PATH (Debian's 1.6.6 here): the bundle installs the pinned
// release into the runner's tool cache from a loopback stand-in for HashiCorp's releases (a zip + SHA256SUMS), and
// refuses a zip whose SHA-256 is not the one SHA256SUMS lists. The stand-in packer reports the pinned version and hands
// every other command to the real packer, so the whole leg still runs.

const realPacker = execFileSync('sh', ['-c', 'command -v packer'], { encoding: 'utf8' }).trim()
const arch = process.arch === 'arm64' ? 'arm64' : 'amd64'

let tmp: ReturnType<typeof tempDir>
let mirror: LoopbackMirror
let base: string
let workspace: string
let toolCache: string

/** A release zip holding one executable `packer` that claims `version`. */
function releaseZip(version: string): Buffer {
  const dir = path.join(tmp.dir, `zip-${version}`)
  mkdirSync(dir, { recursive: true })
  const script = path.join(dir, 'packer')
  writeFileSync(
    script,
    `#!/bin/sh\ncase "$1" in\n  version) echo "Packer v${version}"; exit 0 ;;\n  init) echo "init: plugins are built in"; exit 0 ;;\nesac\nexec ${realPacker} "$@"\n`,
  )
  chmodSync(script, 0o755)
  const zip = path.join(dir, 'packer.zip')
  execFileSync('zip', ['-q', '-X', '-j', zip, script])
  return readFileSync(zip)
}

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex')

beforeAll(async () => {
  tmp = tempDir('slipway-packer-install-')
  mirror = new LoopbackMirror()
  base = await mirror.start()
  const good = releaseZip('1.9.9')
  mirror.files.set(`/packer/1.9.9/packer_1.9.9_linux_${arch}.zip`, good)
  mirror.files.set(
    '/packer/1.9.9/packer_1.9.9_SHA256SUMS',
    Buffer.from(
      `${sha256(Buffer.from('darwin'))}  packer_1.9.9_darwin_${arch}.zip\n${sha256(good)}  packer_1.9.9_linux_${arch}.zip\n`,
    ),
  )
  // 1.9.8: the zip was swapped after SHA256SUMS was published
  mirror.files.set(`/packer/1.9.8/packer_1.9.8_linux_${arch}.zip`, releaseZip('1.9.8'))
  mirror.files.set(
    '/packer/1.9.8/packer_1.9.8_SHA256SUMS',
    Buffer.from(`${'0'.repeat(64)}  packer_1.9.8_linux_${arch}.zip\n`),
  )
  workspace = path.join(tmp.dir, 'repo')
  cpSync(path.join(suiteRoot, 'workflows-examples', 'vm-templates'), workspace, { recursive: true })
  toolCache = path.join(tmp.dir, 'tool-cache')
})
afterAll(async () => {
  await mirror.stop()
  tmp.cleanup()
})

const build = (version: string, runnerTemp: string) => {
  mkdirSync(runnerTemp, { recursive: true })
  return runBundle({
    action: 'packer-build',
    workspace,
    runnerTemp,
    keepTemp: true,
    inputs: {
      template: 'packer_templates',
      'var-file': 'os_pkrvars/rockylinux/rockylinux-9-x86_64.pkrvars.hcl',
      only: 'file.local',
      'download-iso': 'false',
      'packer-version': version,
      'packer-releases-url': `${base}/packer`,
      upload: 'false',
    },
    env: { RUNNER_TOOL_CACHE: toolCache },
  })
}

test('a pinned packer-version is installed from the releases, checked against SHA256SUMS, though PATH has another', async () => {
  const runnerTemp = path.join(tmp.dir, 'runner-1')
  const run = await build('1.9.9', runnerTemp)
  expect(run.annotations.filter((a) => a.level === 'error')).toEqual([])
  expect(run.stderr).toBe('')
  expect(run.exitCode).toBe(0)
  expect(run.stdout).toMatch(
    /packer-version pins 1\.9\.9, but the packer on PATH is \d+\.\d+\.\d+: using packer 1\.9\.9/,
  )
  const installed = path.join(toolCache, 'packer', '1.9.9', process.arch)
  expect(existsSync(path.join(installed, 'packer'))).toBe(true)
  expect(JSON.parse(run.outputs.metadata ?? '')).toMatchObject({ packer_version: '1.9.9' })
  // later steps get it on PATH (the runner's add_path file)
  expect(readFileSync(path.join(runnerTemp, '_runner_file_commands', 'add_path'), 'utf8')).toBe(`${installed}\n`)
  expect(mirror.bytesServed(`/packer/1.9.9/packer_1.9.9_linux_${arch}.zip`)).toBeGreaterThan(0)

  // a second run takes it from the tool cache and downloads nothing
  const served = mirror.bytesServed()
  const again = await build('1.9.9', path.join(tmp.dir, 'runner-2'))
  expect(again.exitCode).toBe(0)
  expect(again.stdout).toContain(`packer 1.9.9 is in the tool cache: ${installed}`)
  expect(mirror.bytesServed()).toBe(served)
})

test('a zip that does not match SHA256SUMS is refused with both digests, and nothing is installed', async () => {
  const run = await build('1.9.8', path.join(tmp.dir, 'runner-3'))
  expect(run.exitCode).toBe(1)
  const zip = mirror.files.get(`/packer/1.9.8/packer_1.9.8_linux_${arch}.zip`) ?? Buffer.alloc(0)
  expect(run.annotations.find((a) => a.level === 'error')?.message).toContain(
    `does not match its checksum in ${base}/packer/1.9.8/packer_1.9.8_SHA256SUMS: expected sha256 ${'0'.repeat(64)}, got ${sha256(zip)}; nothing was installed`,
  )
  expect(existsSync(path.join(toolCache, 'packer', '1.9.8'))).toBe(false)
  expect(run.stdout).not.toContain('::group::packer build')
})
