import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { recordingLogger } from '@slipway/action-kit'
import { tempDir } from '@slipway/test-support'
import { digestFor, findOrInstallPacker, releaseArch } from '../src/install.js'
import {
  compareVersions,
  detectAccelerator,
  packerArgs,
  packerVersion,
  supportsInit,
  supportsPluginsInstall,
  validateAndBuild,
} from '../src/packer.js'

const fixtures = path.join(import.meta.dirname, 'fixtures')
const noWait = () => Promise.resolve()

test.each([
  ['1.6.6', '1.7.0', -1],
  ['1.7.0', '1.7.0', 0],
  ['1.11.2', '1.8.0', 1],
  ['1.10', '1.9.9', 1],
])('compareVersions(%s, %s) = %i', (a, b, expected) => {
  expect(compareVersions(a, b)).toBe(expected)
})

test.each([
  ['1.6.6', false, false],
  ['1.7.10', true, false],
  ['1.11.2', true, true],
])('packer %s: init %s, plugins install %s', (version, init, plugins) => {
  expect(supportsInit(version)).toBe(init)
  expect(supportsPluginsInstall(version)).toBe(plugins)
})

test('packer arguments: var file, -var pairs, -only; values are single arguments, never shell text', () => {
  expect(
    packerArgs({
      template: 't',
      varFile: 'v.pkrvars.hcl',
      vars: [
        ['iso_url', 'file:///c/x y.iso'],
        ['accelerator', 'kvm'],
      ],
      only: 'file.local',
    }),
  ).toEqual([
    '-var-file=v.pkrvars.hcl',
    '-var',
    'iso_url=file:///c/x y.iso',
    '-var',
    'accelerator=kvm',
    '-only=file.local',
  ])
})

test('the accelerator follows the device: kvm when it opens read-write, else tcg', async () => {
  const dir = tempDir()
  try {
    const device = path.join(dir.dir, 'kvm')
    writeFileSync(device, '')
    expect(await detectAccelerator(device)).toBe('kvm')
    expect(await detectAccelerator(path.join(dir.dir, 'missing'))).toBe('tcg')
  } finally {
    dir.cleanup()
  }
})

const env = process.env

test("Debian's packer is found on PATH with its version, unpinned or pinned to its own version", async () => {
  const version = await packerVersion('packer', env)
  expect(version).toMatch(/^\d+\.\d+\.\d+$/)
  const request = { releasesUrl: 'http://127.0.0.1:9', env, toolCache: false, logger: recordingLogger() }
  const tool = await findOrInstallPacker(request)
  expect(tool).toEqual({ command: 'packer', version })
  expect(await findOrInstallPacker({ ...request, pinned: version ?? '' })).toEqual({ command: 'packer', version })
})

test('a pinned version other than the one on PATH is not silently replaced by it', async () => {
  await expect(
    findOrInstallPacker({
      pinned: '1.11.2',
      releasesUrl: 'http://127.0.0.1:9',
      env,
      toolCache: false,
      logger: recordingLogger(),
    }),
  ).rejects.toThrow(
    /packer-version pins 1\.11\.2, but the packer on PATH is \d+\.\d+\.\d+, and installing packer 1\.11\.2 needs the runner's tool cache/,
  )
})

test('SHA256SUMS lines and release architectures', () => {
  const sums = `${'a'.repeat(64)}  packer_1.9.9_linux_amd64.zip\n${'B'.repeat(64)}  packer_1.9.9_linux_arm64.zip\n`
  expect(digestFor(sums, 'packer_1.9.9_linux_amd64.zip')).toBe('a'.repeat(64))
  expect(digestFor(sums, 'packer_1.9.9_linux_arm64.zip')).toBe('b'.repeat(64))
  expect(digestFor(sums, 'packer_1.9.9_darwin_arm64.zip')).toBeUndefined()
  expect([releaseArch('x64'), releaseArch('arm64')]).toEqual(['amd64', 'arm64'])
})

test('without packer on PATH, off a GitHub runner, it says what to install', async () => {
  const saved = process.env.PATH
  process.env.PATH = '/nonexistent'
  try {
    await expect(
      findOrInstallPacker({
        releasesUrl: 'http://127.0.0.1:9',
        env: { PATH: '/nonexistent' },
        toolCache: false,
        logger: recordingLogger(),
      }),
    ).rejects.toThrow(
      /packer is not on PATH, and installing packer 1.11.2 needs the runner's tool cache .*apt-get install packer/,
    )
  } finally {
    process.env.PATH = saved
  }
})

describe('packer build with real packer', () => {
  let tool: { command: string; version: string }
  beforeAll(async () => {
    tool = { command: 'packer', version: (await packerVersion('packer', env)) ?? '' }
  })

  test('a transient failure is retried within the bound', async () => {
    const dir = tempDir()
    try {
      const marker = path.join(dir.dir, 'marker')
      const logger = recordingLogger()
      const attempts = await validateAndBuild({
        tool,
        plan: { template: path.join(fixtures, 'flaky'), vars: [['marker', marker]] },
        cwd: dir.dir,
        env,
        logger,
        timeoutMs: 60_000,
        attempts: 2,
        sleep: noWait,
      })
      expect(attempts).toBe(2)
      expect(logger.messages('warning')[0]).toMatch(/^packer build failed \(attempt 1\)/)
      expect(logger.messages('info').join('\n')).toContain('second attempt')
    } finally {
      dir.cleanup()
    }
  })

  test('the bound holds: one attempt allowed, the failure is reported', async () => {
    const dir = tempDir()
    try {
      mkdirSync(path.join(dir.dir, 'x'))
      await expect(
        validateAndBuild({
          tool,
          plan: { template: path.join(fixtures, 'flaky'), vars: [['marker', path.join(dir.dir, 'x', 'marker')]] },
          cwd: dir.dir,
          env,
          logger: recordingLogger(),
          timeoutMs: 60_000,
          attempts: 1,
          sleep: noWait,
        }),
      ).rejects.toThrow(
        /packer build -color=false -force .* exited with code 1:\n.*Script exited with non-zero exit status: 3/s,
      )
      expect(existsSync(path.join(dir.dir, 'x', 'marker'))).toBe(true)
    } finally {
      dir.cleanup()
    }
  })

  test('a build past its timeout is stopped and not retried', async () => {
    const logger = recordingLogger()
    await expect(
      validateAndBuild({
        tool,
        plan: { template: path.join(fixtures, 'slow'), vars: [] },
        cwd: fixtures,
        env,
        logger,
        timeoutMs: 2_000,
        attempts: 3,
        sleep: noWait,
      }),
    ).rejects.toThrow('packer build did not finish within 2 second(s) (timeout-minutes) and was stopped')
    expect(logger.messages('group').filter((m) => m.startsWith('packer build'))).toEqual([
      'packer build (attempt 1 of 3)',
    ])
  })

  test('an invalid template fails at validate, before any build', async () => {
    const logger = recordingLogger()
    await expect(
      validateAndBuild({
        tool,
        plan: { template: path.join(fixtures, 'flaky'), vars: [] },
        cwd: fixtures,
        env,
        logger,
        timeoutMs: 60_000,
        attempts: 2,
        sleep: noWait,
      }),
    ).rejects.toThrow(/packer validate .* exited with code 1/)
    expect(logger.messages('group')).toEqual(['packer validate'])
  })
})
