import { readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import type { Environment, Logger } from '@slipway/action-kit'
import { sha256File } from './package.js'
import { packerVersion, type PackerTool } from './packer.js'

/** The Packer installed when the workflow pins none and no packer is on PATH. */
export const DEFAULT_PACKER_VERSION = '1.11.2'

export interface PackerRequest {
  /** The pinned version (packer-version), or undefined for the packer on PATH. */
  pinned?: string
  /** HashiCorp's release downloads, or a mirror of them (packer-releases-url). */
  releasesUrl: string
  env: Environment
  /** The runner's tool cache is there (RUNNER_TOOL_CACHE on a runner or under `slipway run`). */
  toolCache: boolean
  logger: Logger
}

/**
 * The packer to run. Unpinned: the one on PATH, any version (a self-hosted runner or a workstation chose it), else
 * the default version installed. Pinned: the one on PATH only when it is that version; otherwise exactly the pinned
 * version, from the runner's tool cache or installed into it, whatever else is on PATH. Returns the folder to put on
 * PATH when it installed one.
 */
export async function findOrInstallPacker(request: PackerRequest): Promise<PackerTool & { addToPath?: string }> {
  const { pinned, logger, env } = request
  const onPath = await packerVersion('packer', env)
  if (onPath && (pinned === undefined || pinned === onPath)) {
    logger.info(`Using packer ${onPath} from PATH${pinned ? ' (the pinned version)' : ''}`)
    return { command: 'packer', version: onPath }
  }
  const wanted = pinned ?? DEFAULT_PACKER_VERSION
  const why = onPath ? `packer-version pins ${wanted}, but the packer on PATH is ${onPath}` : `packer is not on PATH`
  if (!request.toolCache) {
    throw new Error(
      `${why}, and installing packer ${wanted} needs the runner's tool cache (RUNNER_TOOL_CACHE): install packer ${wanted} (HashiCorp's release zip; Debian and Ubuntu: apt-get install packer) or clear packer-version, and run again`,
    )
  }
  logger.info(`${why}: using packer ${wanted} from the tool cache`)
  const dir = await installPacker(wanted, request.releasesUrl, logger)
  const command = `${dir}/packer`
  const version = await packerVersion(command, env)
  if (version !== wanted)
    throw new Error(
      `packer ${wanted} was installed in ${dir}, but it reports ${version ?? 'nothing (it does not start)'}`,
    )
  return { command, version, addToPath: dir }
}

/** HashiCorp's names for the machine: packer_<version>_linux_amd64.zip. */
export function releaseArch(arch = os.arch()): string {
  return arch === 'arm64' ? 'arm64' : arch === 'x64' ? 'amd64' : arch
}

/** The digest SHA256SUMS gives a file (`<hex>  <name>` lines), or undefined when it lists it not. */
export function digestFor(sums: string, file: string): string | undefined {
  for (const line of sums.split(/\r?\n/)) {
    const match = /^([0-9a-fA-F]{64})\s+\*?(\S+)$/.exec(line.trim())
    if (match?.[2] === file) return match[1]?.toLowerCase()
  }
  return undefined
}

/**
 * The pinned version from the tool cache, or downloaded from the releases into it: the release's SHA256SUMS first,
 * then the zip, whose SHA-256 must be the one SHA256SUMS lists before anything is extracted or cached.
 */
async function installPacker(version: string, releasesUrl: string, logger: Logger): Promise<string> {
  const tc = await import('@actions/tool-cache')
  const arch = releaseArch()
  const cached = tc.find('packer', version, os.arch())
  if (cached) {
    logger.info(`packer ${version} is in the tool cache: ${cached}`)
    return cached
  }
  const zipName = `packer_${version}_linux_${arch}.zip`
  const sumsUrl = `${releasesUrl}/${version}/packer_${version}_SHA256SUMS`
  const zipUrl = `${releasesUrl}/${version}/${zipName}`
  logger.info(`Installing packer ${version} from ${zipUrl}, checked against ${sumsUrl}`)
  const sumsFile = await tc.downloadTool(sumsUrl)
  let zip: string | undefined
  try {
    const expected = digestFor(await readFile(sumsFile, 'utf8'), zipName)
    if (expected === undefined) throw new Error(`${sumsUrl} lists no checksum for ${zipName}`)
    zip = await tc.downloadTool(zipUrl)
    const actual = await sha256File(zip)
    if (actual !== expected) {
      throw new Error(
        `${zipUrl} does not match its checksum in ${sumsUrl}: expected sha256 ${expected}, got ${actual}; nothing was installed`,
      )
    }
    const extracted = await tc.extractZip(zip)
    return await tc.cacheDir(extracted, 'packer', version, os.arch())
  } finally {
    // tool-cache downloads into RUNNER_TEMP under random names: these two files are the action's own.
    await rm(sumsFile, { force: true })
    if (zip !== undefined) await rm(zip, { force: true })
  }
}
