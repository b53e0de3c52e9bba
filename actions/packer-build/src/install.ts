import os from 'node:os'
import type { Logger } from '@slipway/action-kit'
import { packerVersion, type PackerTool } from './packer.js'

/** True on a GitHub Actions runner, where the tool cache and HashiCorp's release downloads are available. */
export function onGitHubRunner(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.GITHUB_ACTIONS === 'true' && Boolean(env.RUNNER_TOOL_CACHE)
}

/**
 * Packer from PATH when there is one (any version: a self-hosted runner or a workstation chose it), else the pinned
 * version from the runner's tool cache, downloaded from HashiCorp's releases on first use. Returns the folder to add
 * to PATH when it installed one.
 */
export async function findOrInstallPacker(
  pinned: string,
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<PackerTool & { addToPath?: string }> {
  const onPath = await packerVersion('packer')
  if (onPath) {
    logger.info(`Using packer ${onPath} from PATH`)
    return { command: 'packer', version: onPath }
  }
  if (!onGitHubRunner(env)) {
    throw new Error(
      `packer is not on PATH, and installing packer ${pinned} is done only on GitHub runners (through the tool cache): install packer (Debian and Ubuntu: apt-get install packer; else HashiCorp's release zip) and run again`,
    )
  }
  const tc = await import('@actions/tool-cache')
  const arch = os.arch() === 'arm64' ? 'arm64' : 'amd64'
  let dir = tc.find('packer', pinned, arch)
  if (dir) logger.info(`Using packer ${pinned} from the tool cache`)
  else {
    const url = `https://releases.hashicorp.com/packer/${pinned}/packer_${pinned}_linux_${arch}.zip`
    logger.info(`Installing packer ${pinned} from ${url}`)
    const zip = await tc.downloadTool(url)
    dir = await tc.cacheDir(await tc.extractZip(zip), 'packer', pinned, arch)
  }
  const command = `${dir}/packer`
  const version = await packerVersion(command)
  if (!version) throw new Error(`packer ${pinned} was installed in ${dir} but does not start`)
  return { command, version, addToPath: dir }
}
