import { appendFile } from 'node:fs/promises'
import path from 'node:path'
import { appendSummary, code, coreLogger, markdownTable, setOutputs, workflowCommands } from '@slipway/action-kit'
import { Git } from '@slipway/git'
import { actionsCache, hasActionsCache, hasArtifactService, uploadArtifact } from './github.js'
import { getInputs } from './inputs.js'
import { findOrInstallPacker } from './install.js'
import { buildLeg, resolveLeg, type LegResult } from './leg.js'
import { slipwayVersion } from './metadata.js'

export async function main(): Promise<void> {
  const inputs = getInputs()
  if (inputs.token) workflowCommands.setSecret(inputs.token)
  const logger = coreLogger()
  const env = process.env
  // Names, paths, template variables and the ISO checksum are settled before anything is downloaded or built.
  const leg = resolveLeg(inputs, env)
  const packer = await findOrInstallPacker(inputs.packerVersion, logger, env)
  if (packer.addToPath) await addPath(packer.addToPath)
  const remote = hasActionsCache(env) ? actionsCache() : undefined
  if (!remote) logger.info(`No GitHub Actions cache here: ISOs are kept in ${inputs.isoCacheDir}`)
  const gitSha = env.GITHUB_SHA ?? (await new Git(inputs.workspace).tryRun(['rev-parse', 'HEAD'])) ?? ''
  const result = await buildLeg(inputs, leg, {
    logger,
    env,
    packer,
    gitSha,
    slipwayVersion: slipwayVersion(process.argv[1]),
    ...(remote ? { remote } : {}),
  })
  let uploaded = 'skipped (upload: false)'
  if (inputs.upload) {
    if (hasArtifactService(env)) {
      const files = [result.archive, result.checksums, result.metadataFile]
      await uploadArtifact(leg.uploadName, files, leg.artifactDir, inputs.retentionDays, logger)
      uploaded = `${leg.uploadName}, ${inputs.retentionDays} day(s)`
    } else {
      uploaded = 'skipped: not on a GitHub runner (no artifact service)'
      logger.info(`Artifact upload skipped: not on a GitHub runner. The files are in ${leg.artifactDir}`)
    }
  }
  setOutputs({
    'artifact-name': leg.uploadName,
    'artifact-path': result.archive,
    sha256: result.sha256,
    metadata: result.metadata,
    'iso-cache-hit': result.iso?.cacheHit ?? false,
  })
  await appendSummary(summaryOf(result, uploaded, inputs.workspace))
}

/** The runner's add-path: later steps see the folder through GITHUB_PATH, this one through its own PATH. */
async function addPath(dir: string): Promise<void> {
  if (process.env.GITHUB_PATH) await appendFile(process.env.GITHUB_PATH, `${dir}\n`)
  process.env.PATH = `${dir}${path.delimiter}${process.env.PATH ?? ''}`
}

function summaryOf(result: LegResult, uploaded: string, workspace: string): string {
  const m = result.metadata
  const iso = m.iso
    ? `${code(m.iso.checksum.slice(0, 24))}… ${m.iso.cache_hit ? 'cache hit' : `downloaded ${m.iso.bytes_downloaded} bytes`}`
    : 'none'
  const rows: [string, string][] = [
    ['template', code(m.template)],
    ['var file', m.var_file ? code(m.var_file) : ''],
    ['packer', `${m.packer_version} (${m.builds})`],
    ['accelerator', m.accelerator],
    ['ISO', iso],
    ['build', `${m.build_seconds} s, ${m.build_attempts} attempt(s)`],
    [
      'artifact',
      `${code(path.relative(workspace, result.archive))} (${m.artifact.bytes} bytes from ${m.output_bytes})`,
    ],
    ['sha256', code(m.artifact.sha256)],
    ['upload', uploaded],
  ]
  return `### Packer build: ${m.name}\n\n${markdownTable(['', m.os + ' ' + m.version + ' ' + m.arch], rows)}`
}
