// Remaster mode: files added to (or replaced in) an existing bootable ISO by xorriso, which replays the base image's
// El Torito boot records and hybrid MBR/GPT (`-boot_image any replay`) so the result still boots.
import { statSync } from 'node:fs'
import { rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { ConfigError, exec, InputError, isOnPath, type Logger } from '@slipway/action-kit'
import type { Inputs } from './inputs.js'
import { sha256Of } from './checksum.js'

type Environment = Readonly<Record<string, string | undefined>>

export async function ensureXorriso(
  logger: Logger,
  env: Environment,
  platform: NodeJS.Platform = process.platform,
): Promise<void> {
  if (await isOnPath('xorriso', ['-version'])) return
  if (platform !== 'linux' || !(await isOnPath('apt-get', ['--version'])))
    throw new ConfigError(
      `base-iso needs xorriso, which is not installed and cannot be installed here (${platform}): install xorriso (brew install xorriso, or your distribution's package) before this step`,
    )
  logger.info('xorriso is missing: installing it with apt-get')
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  const [command, prefix] = root ? ['apt-get', []] : ['sudo', ['apt-get']]
  await exec(command, [...prefix, 'update', '-q'], { env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } })
  await exec(command, [...prefix, 'install', '-y', '-q', '--no-install-recommends', 'xorriso'], {
    env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
  })
}

/** The xorriso arguments: load the base, map every added path, keep the boot records, write to `output`. */
export function remasterArgs(inputs: Inputs, output: string): string[] {
  const baseIso = inputs.baseIso ?? ''
  const args = ['-no_rc', '-abort_on', 'FAILURE', '-indev', baseIso, '-outdev', output, '-boot_image', 'any', 'replay']
  if (inputs.volumeIdExplicit) args.push('-volid', inputs.volumeId)
  if (inputs.source !== undefined) args.push('-map', inputs.source, '/')
  for (const mapping of inputs.files) {
    // As in a fresh image: a directory is merged into the path, a file under a path ending in / keeps its name.
    const keepName = mapping.isoPath.endsWith('/') && !statSync(mapping.source).isDirectory()
    args.push('-map', mapping.source, keepName ? `${mapping.isoPath}${path.basename(mapping.source)}` : mapping.isoPath)
  }
  if (inputs.versionFile !== undefined) args.push('-map', inputs.versionFile, `/${path.basename(inputs.versionFile)}`)
  return args
}

/** The base image must be the one the workflow names: checked before anything is installed or written. */
export async function verifyBaseIso(baseIso: string, expected: string): Promise<void> {
  const actual = await sha256Of(baseIso)
  if (actual !== expected)
    throw new InputError('base-iso-sha256', expected, `the checksum of ${baseIso}, which is ${actual}`)
}

export async function remaster(
  inputs: Inputs,
  epoch: number,
  logger: Logger,
  env: Environment,
): Promise<{ path: string; size: number; sha256: string | undefined; volumeId: string; fileCount: number }> {
  await ensureXorriso(logger, env)
  const partial = `${inputs.output}.partial`
  await rm(partial, { force: true })
  try {
    // xorriso takes every timestamp it writes from SOURCE_DATE_EPOCH when it is set.
    await exec('xorriso', remasterArgs(inputs, partial), { env: { ...env, SOURCE_DATE_EPOCH: String(epoch) } })
    await rename(partial, inputs.output)
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  }
  const listing = await exec(
    'xorriso',
    ['-no_rc', '-indev', inputs.output, '-find', '/', '-type', 'f', '-exec', 'echo'],
    { env },
  )
  const fileCount = listing.stdout.split('\n').filter((line) => line.startsWith("'/")).length
  const volume = await exec('xorriso', ['-no_rc', '-indev', inputs.output, '-pvd_info'], { env })
  const volumeId = /^Volume Id\s*:\s*(.*)$/m.exec(volume.stdout)?.[1]?.trim() ?? inputs.volumeId
  return {
    path: inputs.output,
    size: (await stat(inputs.output)).size,
    sha256: inputs.checksum ? await sha256Of(inputs.output) : undefined,
    volumeId,
    fileCount,
  }
}
