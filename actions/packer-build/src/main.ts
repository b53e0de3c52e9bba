import path from 'node:path'
import {
  appendSummary,
  code,
  coreLogger,
  markdownTable,
  setOutputs,
  workflowCommands,
  type RunnerContext,
} from '@slipway/action-kit'
import { Git } from '@slipway/git'
import { actionsCache, uploadArtifact } from './github.js'
import { getInputs } from './inputs.js'
import { findOrInstallPacker } from './install.js'
import { buildLeg, resolveLeg, type LegResult } from './leg.js'
import { slipwayVersion } from './metadata.js'

export async function main(ctx: RunnerContext): Promise<void> {
  const inputs = getInputs(ctx)
  if (inputs.token) workflowCommands.setSecret(inputs.token)
  const logger = coreLogger()
  // Names, paths, template variables and the ISO checksum are settled before anything is downloaded or built.
  const leg = resolveLeg(inputs, ctx, ctx.sha)
  const packer = await findOrInstallPacker({
    ...(inputs.packerVersion ? { pinned: inputs.packerVersion } : {}),
    releasesUrl: inputs.packerReleasesUrl,
    env: ctx.env,
    toolCache: ctx.onRunner && Boolean(ctx.env.RUNNER_TOOL_CACHE),
    logger,
  })
  if (packer.addToPath) ctx.addPath(packer.addToPath)
  const remote = ctx.services.cache ? actionsCache() : undefined
  if (!remote) logger.info(`No GitHub Actions cache here: ISOs are kept in ${inputs.isoCacheDir}`)
  const gitSha = ctx.sha || ((await new Git(inputs.workspace, ctx.env).tryRun(['rev-parse', 'HEAD'])) ?? '')
  const result = await buildLeg(inputs, leg, {
    logger,
    env: ctx.env,
    roots: ctx,
    packer,
    gitSha,
    slipwayVersion: slipwayVersion(process.argv[1]),
    ...(ctx.sourceDateEpoch !== undefined ? { sourceDateEpoch: ctx.sourceDateEpoch } : {}),
    ...(remote ? { remote } : {}),
  })
  let uploaded = 'skipped (upload: false)'
  if (inputs.upload) {
    if (ctx.services.artifacts) {
      const files = [
        result.archive,
        ...result.images.map((i) => path.join(leg.artifactDir, i.file)),
        result.checksums,
        result.metadataFile,
      ]
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
    images: Object.fromEntries(result.images.map((i) => [i.format, path.join(leg.artifactDir, i.file)])),
    metadata: result.metadata,
    'iso-cache-hit': result.iso?.cacheHit ?? false,
  })
  await appendSummary(summaryOf(result, uploaded, inputs.workspace))
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
    ['build', `${m.build_seconds} s, ${m.build_attempts} attempt(s)${m.validated ? '' : ', validation skipped'}`],
    [
      'artifact',
      `${code(path.relative(workspace, result.archive))} (${m.artifact.bytes} bytes from ${m.output_bytes})`,
    ],
    ['sha256', code(m.artifact.sha256)],
    ...m.images.map((i): [string, string] => [
      i.format,
      `${code(i.file)} (${i.bytes} bytes), sha256 ${code(i.sha256)}`,
    ]),
    ['upload', uploaded],
  ]
  return `### Packer build: ${m.name}\n\n${markdownTable(['', m.os + ' ' + m.version + ' ' + m.arch], rows)}`
}
