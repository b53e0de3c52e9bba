import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { exec, removeOwned, type Environment, type Logger, type OwnedRoots } from '@slipway/action-kit'
import { fetchIso, type IsoResult, type RemoteCache } from '@slipway/download'
import { HttpClient } from '@slipway/http'
import { convertImages, findDiskImage, type DiskImage } from './formats.js'
import type { Inputs } from './inputs.js'
import type { BuildMetadata } from './metadata.js'
import { packageOutput, writeChecksums, type PackagedArtifact } from './package.js'
import { detectAccelerator, preparePlugins, validateAndBuild, type BuildPlan, type PackerTool } from './packer.js'
import { packerPlan, rel, type ResolvedLeg } from './plan.js'

export { resolveLeg, type ResolvedLeg } from './plan.js'

export interface LegContext {
  logger: Logger
  /** The step's environment (ctx.env): packer and the validation command get it plus their own variables. */
  env: Environment
  /** What slipway may empty or delete (the workspace and RUNNER_TEMP, see ownedPath). */
  roots: OwnedRoots
  packer: PackerTool
  remote?: RemoteCache
  gitSha: string
  slipwayVersion: string
  /** SOURCE_DATE_EPOCH: the archive's file times; the build's start when unset. */
  sourceDateEpoch?: number
  /** Injected in tests: the wait between build attempts and between download retries. */
  sleep?: (ms: number) => Promise<void>
}

export interface LegResult {
  leg: ResolvedLeg
  accelerator: string
  iso?: IsoResult
  archive: string
  sha256: string
  images: DiskImage[]
  checksums: string
  metadataFile: string
  metadata: BuildMetadata
}

interface BuildRun {
  plan: BuildPlan
  started: Date
  finished: Date
  attempts: number
}

/** Downloads the ISO, runs Packer, validates, converts, packages and describes one leg, in that order. */
export async function buildLeg(inputs: Inputs, leg: ResolvedLeg, ctx: LegContext): Promise<LegResult> {
  const accelerator = await chooseAccelerator(inputs.accelerator, ctx.logger)
  const iso = await fetchLegIso(inputs, leg, ctx)
  const plan = packerPlan(inputs, leg, accelerator, iso)
  const run = await runPacker(inputs, leg, plan, ctx)
  await validateOutput(inputs, leg, ctx)
  // The leg's artifact folder is replaced whole, so it holds exactly this build's files.
  await removeOwned(ctx.roots, leg.artifactDir)
  await mkdir(leg.artifactDir, { recursive: true })
  const epoch = ctx.sourceDateEpoch ?? Math.floor(run.started.getTime() / 1000)
  const images =
    inputs.formats.length === 0
      ? []
      : await ctx.logger.group(`disk formats: ${inputs.formats.join(', ')}`, async () =>
          convertImages(
            await findDiskImage(leg.outputDir),
            inputs.formats,
            leg.artifactDir,
            machineOf(leg),
            epoch,
            ctx.logger,
            ctx.env,
          ),
        )
  const packaged = await packageOutput(
    leg.outputDir,
    leg.artifactDir,
    leg.artifactName,
    inputs.compression,
    epoch,
    ctx.env,
  )
  return describeLeg(inputs, leg, { accelerator, iso, run, packaged, images }, ctx)
}

async function chooseAccelerator(wanted: Inputs['accelerator'], logger: Logger): Promise<string> {
  const accelerator = wanted === 'auto' ? await detectAccelerator() : wanted
  const why =
    wanted !== 'auto'
      ? ' (from the accelerator input)'
      : accelerator === 'kvm'
        ? ' (/dev/kvm is usable)'
        : ' (/dev/kvm is not usable: software emulation, slow)'
  logger.info(`Accelerator: ${accelerator}${why}`)
  return accelerator
}

/** The verified, cached ISO, when the template takes one and download-iso is on. */
async function fetchLegIso(inputs: Inputs, leg: ResolvedLeg, ctx: LegContext): Promise<IsoResult | undefined> {
  if (!inputs.downloadIso) {
    ctx.logger.info('ISO download skipped (download-iso: false)')
    return undefined
  }
  if (!leg.isoUrl || !leg.declared.has('iso_url')) return undefined
  const url = leg.isoUrl
  return ctx.logger.group(`ISO ${url}`, () =>
    fetchIso({
      http: new HttpClient({ env: ctx.env, logger: ctx.logger }),
      url,
      checksum: leg.isoChecksum?.spec ?? { kind: 'none' },
      cacheDir: inputs.isoCacheDir,
      logger: ctx.logger,
      ...(ctx.remote ? { remote: ctx.remote } : {}),
      ...(ctx.sleep ? { retry: { sleep: ctx.sleep } } : {}),
    }),
  )
}

/** Plugins, then an empty output folder, then `packer validate` and `packer build` within the attempts. */
async function runPacker(inputs: Inputs, leg: ResolvedLeg, plan: BuildPlan, ctx: LegContext): Promise<BuildRun> {
  const cwd = inputs.workspace
  await preparePlugins(ctx.packer, plan.template, inputs.plugins, cwd, ctx.logger, ctx.env, inputs.token)
  // A re-run starts from an empty output folder, so the archive holds exactly this build's files.
  await removeOwned(ctx.roots, leg.outputDir)
  const started = new Date()
  const attempts = await validateAndBuild({
    tool: ctx.packer,
    plan,
    cwd,
    env: ctx.env,
    logger: ctx.logger,
    timeoutMs: inputs.timeoutMinutes * 60_000,
    attempts: inputs.buildAttempts,
    skipValidation: inputs.skipValidation,
    ...(inputs.token ? { token: inputs.token } : {}),
    ...(ctx.sleep ? { sleep: ctx.sleep } : {}),
  })
  const finished = new Date()
  if (!existsSync(leg.outputDir))
    throw new Error(`packer build succeeded but wrote nothing to ${rel(cwd, leg.outputDir)}`)
  return { plan, started, finished, attempts }
}

/** The validation command, in the output folder, unless skip-validation. */
async function validateOutput(inputs: Inputs, leg: ResolvedLeg, ctx: LegContext): Promise<void> {
  if (inputs.validateCommand.length === 0) return
  if (inputs.skipValidation) {
    ctx.logger.notice(`Validation command skipped (skip-validation: true): ${inputs.validateCommand.join(' ')}`)
    return
  }
  const [command = '', ...args] = inputs.validateCommand
  await ctx.logger.group(`validate: ${inputs.validateCommand.join(' ')}`, () =>
    exec(command, args, {
      cwd: leg.outputDir,
      env: { ...ctx.env, SLIPWAY_OUTPUT_DIR: leg.outputDir, SLIPWAY_ARTIFACT_NAME: leg.artifactName },
      onStdoutLine: (l) => ctx.logger.info(l),
    }),
  )
}

function machineOf(leg: ResolvedLeg): Parameters<typeof convertImages>[3] {
  return {
    name: leg.artifactName,
    os: leg.os,
    version: leg.version,
    arch: leg.arch,
    cpus: leg.cpus,
    memoryMiB: leg.memoryMiB,
  }
}

/** metadata.json and SHA256SUMS over the archive, the disk images and the metadata. */
async function describeLeg(
  inputs: Inputs,
  leg: ResolvedLeg,
  done: {
    accelerator: string
    iso: IsoResult | undefined
    run: BuildRun
    packaged: PackagedArtifact
    images: DiskImage[]
  },
  ctx: LegContext,
): Promise<LegResult> {
  const { iso, run, packaged, images } = done
  const archiveName = path.basename(packaged.archive)
  const metadata: BuildMetadata = {
    name: leg.uploadName,
    os: leg.os,
    version: leg.version,
    arch: leg.arch,
    template: run.plan.template,
    var_file: run.plan.varFile ?? '',
    packer_version: ctx.packer.version,
    builds: inputs.only ?? 'all',
    accelerator: done.accelerator,
    iso: iso
      ? {
          url: leg.isoUrl ?? '',
          checksum: iso.digest ? `${iso.digest.algorithm}:${iso.digest.hex}` : 'none',
          cache_key: iso.cacheKey,
          cache_hit: iso.cacheHit,
          bytes_downloaded: iso.bytesTransferred,
        }
      : null,
    git_sha: ctx.gitSha,
    slipway_version: ctx.slipwayVersion,
    build_started: run.started.toISOString(),
    build_finished: run.finished.toISOString(),
    build_seconds: Math.round((run.finished.getTime() - run.started.getTime()) / 100) / 10,
    build_attempts: run.attempts,
    validated: !inputs.skipValidation,
    output_bytes: packaged.outputBytes,
    artifact: {
      file: archiveName,
      bytes: packaged.archiveBytes,
      sha256: packaged.sha256,
      compression: inputs.compression,
    },
    images,
    files: packaged.files,
  }
  const metadataFile = path.join(leg.artifactDir, 'metadata.json')
  await writeFile(metadataFile, `${JSON.stringify(metadata, null, 2)}\n`)
  const checksums = await writeChecksums(leg.artifactDir, [archiveName, ...images.map((i) => i.file), 'metadata.json'])
  return {
    leg,
    accelerator: done.accelerator,
    ...(iso ? { iso } : {}),
    archive: packaged.archive,
    sha256: packaged.sha256,
    images,
    checksums,
    metadataFile,
    metadata,
  }
}
