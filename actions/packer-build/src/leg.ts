import { existsSync, readFileSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { ConfigError, exec, type Logger } from '@slipway/action-kit'
import { HttpClient } from '@slipway/http'
import { fetchIso, parseChecksumSpec, type ChecksumSpec, type IsoResult, type RemoteCache } from '@slipway/download'
import { readTemplate, readVarFile, scalarText, variableValue } from '@slipway/hcl'
import type { Inputs } from './inputs.js'
import type { BuildMetadata } from './metadata.js'
import { packageOutput, writeChecksums } from './package.js'
import { detectAccelerator, preparePlugins, validateAndBuild, type PackerTool } from './packer.js'

/** Everything about one leg that can be known before anything is downloaded, built or written. */
export interface ResolvedLeg {
  os: string
  version: string
  arch: string
  artifactName: string
  /** The uploaded artifact's name: the leg's name plus the build's version. */
  uploadName: string
  buildVersion: string
  template: string
  varFile?: string
  isoUrl?: string
  isoChecksum?: { text: string; spec: ChecksumSpec }
  declared: Set<string>
  outputDir: string
  artifactDir: string
}

const rel = (workspace: string, file: string): string => path.relative(workspace, file).split(path.sep).join('/') || '.'

/** Reads the template and var file and settles names, paths and the ISO. Throws user errors only; writes nothing. */
export function resolveLeg(inputs: Inputs, env: NodeJS.ProcessEnv): ResolvedLeg {
  const show = (file: string): string => rel(inputs.workspace, file)
  const template = readTemplate(inputs.template, show)
  const vars = inputs.varFile ? readVarFile(inputs.varFile, show(inputs.varFile)) : undefined
  const value = (name: string): string | undefined => scalarText(variableValue(name, template, vars))
  const where = { file: show(inputs.varFile ?? inputs.template) }
  const need = (given: string | undefined, variable: string, input: string): string => {
    const found = given ?? value(variable)
    if (found === undefined || found === '') {
      throw new ConfigError(
        `${variable} is not set in the var file or as a variable default, and the ${input} input is empty`,
        where,
      )
    }
    return found
  }
  const os = need(inputs.os, 'os_name', 'os')
  const version = need(inputs.osVersion, 'os_version', 'os-version')
  const arch = need(inputs.arch, 'os_arch', 'arch')
  const artifactName = inputs.artifactName ?? `${os}-${version}-${arch}`.replace(/[^A-Za-z0-9._-]+/g, '-')
  const buildVersion = inputs.version ?? versionFile(inputs.workspace) ?? env.GITHUB_SHA?.slice(0, 12) ?? 'dev'
  const declared = new Set(template.variables.keys())
  const isoUrl = inputs.isoUrl ?? value('iso_url')
  let isoChecksum = inputs.isoChecksum
  const checksumText = value('iso_checksum')
  if (isoChecksum === undefined && checksumText) {
    const spec = parseChecksumSpec(checksumText)
    if ('error' in spec)
      throw new ConfigError(`iso_checksum ${JSON.stringify(checksumText)} is not valid: expected ${spec.error}`, where)
    isoChecksum = { text: checksumText, spec }
  }
  let outputDir = inputs.outputDirectory
  if (outputDir === undefined) {
    if (!declared.has('output_directory')) {
      throw new ConfigError(
        'the template declares no output_directory variable: set the output-directory input to the folder its builds write to',
        { file: show(inputs.template) },
      )
    }
    outputDir = path.join(inputs.workspace, 'output', artifactName)
  }
  const leg: ResolvedLeg = {
    os,
    version,
    arch,
    artifactName,
    uploadName: `${artifactName}-${buildVersion}`,
    buildVersion,
    template: inputs.template,
    declared,
    outputDir,
    artifactDir: path.join(inputs.artifactsDirectory, artifactName),
  }
  if (inputs.varFile) leg.varFile = inputs.varFile
  if (isoUrl) leg.isoUrl = isoUrl
  if (isoChecksum) leg.isoChecksum = isoChecksum
  return leg
}

function versionFile(workspace: string): string | undefined {
  const file = path.join(workspace, 'version')
  if (!existsSync(file)) return undefined
  const text = readFileSync(file, 'utf8').trim()
  return /^[A-Za-z0-9._+-]+$/.test(text) ? text : undefined
}

export interface LegContext {
  logger: Logger
  env: NodeJS.ProcessEnv
  packer: PackerTool
  remote?: RemoteCache
  gitSha: string
  slipwayVersion: string
  /** Injected in tests: the wait between build attempts and between download retries. */
  sleep?: (ms: number) => Promise<void>
}

export interface LegResult {
  leg: ResolvedLeg
  accelerator: string
  iso?: IsoResult
  archive: string
  sha256: string
  checksums: string
  metadataFile: string
  metadata: BuildMetadata
}

/** Downloads the ISO, runs Packer, validates, packages and describes one leg. */
export async function buildLeg(inputs: Inputs, leg: ResolvedLeg, ctx: LegContext): Promise<LegResult> {
  const { logger } = ctx
  const accelerator = inputs.accelerator === 'auto' ? await detectAccelerator() : inputs.accelerator
  logger.info(
    `Accelerator: ${accelerator}${inputs.accelerator === 'auto' ? (accelerator === 'kvm' ? ' (/dev/kvm is usable)' : ' (/dev/kvm is not usable: software emulation, slow)') : ' (from the accelerator input)'}`,
  )
  const vars: [string, string][] = []
  let iso: IsoResult | undefined
  if (inputs.downloadIso && leg.isoUrl && leg.declared.has('iso_url')) {
    iso = await logger.group(`ISO ${leg.isoUrl}`, () =>
      fetchIso({
        http: new HttpClient({ env: ctx.env, logger }),
        url: leg.isoUrl ?? '',
        checksum: leg.isoChecksum?.spec ?? { kind: 'none' },
        cacheDir: inputs.isoCacheDir,
        logger,
        ...(ctx.remote ? { remote: ctx.remote } : {}),
        ...(ctx.sleep ? { retry: { sleep: ctx.sleep } } : {}),
      }),
    )
    vars.push(['iso_url', pathToFileURL(iso.path).href])
    if (iso.digest && leg.declared.has('iso_checksum'))
      vars.push(['iso_checksum', `${iso.digest.algorithm}:${iso.digest.hex}`])
  } else if (!inputs.downloadIso) logger.info('ISO download skipped (download-iso: false)')
  if (leg.declared.has('accelerator') && accelerator !== 'none') vars.push(['accelerator', accelerator])
  if (leg.declared.has('headless')) vars.push(['headless', 'true'])
  if (leg.declared.has('output_directory')) vars.push(['output_directory', leg.outputDir])

  const cwd = inputs.workspace
  const template = rel(cwd, leg.template)
  await preparePlugins(ctx.packer, template, inputs.plugins, cwd, logger, inputs.token)
  // A re-run starts from an empty output folder, so the archive holds exactly this build's files.
  await rm(leg.outputDir, { recursive: true, force: true })
  const started = new Date()
  const attempts = await validateAndBuild({
    tool: ctx.packer,
    plan: {
      template,
      vars,
      ...(leg.varFile ? { varFile: rel(cwd, leg.varFile) } : {}),
      ...(inputs.only ? { only: inputs.only } : {}),
    },
    cwd,
    logger,
    timeoutMs: inputs.timeoutMinutes * 60_000,
    attempts: inputs.buildAttempts,
    ...(inputs.token ? { token: inputs.token } : {}),
    ...(ctx.sleep ? { sleep: ctx.sleep } : {}),
  })
  const finished = new Date()
  if (!existsSync(leg.outputDir))
    throw new Error(`packer build succeeded but wrote nothing to ${rel(cwd, leg.outputDir)}`)

  if (inputs.validateCommand.length > 0) {
    const [command = '', ...args] = inputs.validateCommand
    await logger.group(`validate: ${inputs.validateCommand.join(' ')}`, () =>
      exec(command, args, {
        cwd: leg.outputDir,
        env: { ...process.env, SLIPWAY_OUTPUT_DIR: leg.outputDir, SLIPWAY_ARTIFACT_NAME: leg.artifactName },
        onStdoutLine: (l) => logger.info(l),
      }),
    )
  }

  await rm(leg.artifactDir, { recursive: true, force: true })
  await mkdir(leg.artifactDir, { recursive: true })
  const epoch = Number(ctx.env.SOURCE_DATE_EPOCH ?? '') || Math.floor(started.getTime() / 1000)
  const packaged = await packageOutput(leg.outputDir, leg.artifactDir, leg.artifactName, inputs.compression, epoch)
  const archiveName = path.basename(packaged.archive)
  const metadata: BuildMetadata = {
    name: leg.uploadName,
    os: leg.os,
    version: leg.version,
    arch: leg.arch,
    template: template,
    var_file: leg.varFile ? rel(cwd, leg.varFile) : '',
    packer_version: ctx.packer.version,
    builds: inputs.only ?? 'all',
    accelerator,
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
    build_started: started.toISOString(),
    build_finished: finished.toISOString(),
    build_seconds: Math.round((finished.getTime() - started.getTime()) / 100) / 10,
    build_attempts: attempts,
    output_bytes: packaged.outputBytes,
    artifact: {
      file: archiveName,
      bytes: packaged.archiveBytes,
      sha256: packaged.sha256,
      compression: inputs.compression,
    },
    files: packaged.files,
  }
  const metadataFile = path.join(leg.artifactDir, 'metadata.json')
  await writeFile(metadataFile, `${JSON.stringify(metadata, null, 2)}\n`)
  const checksums = await writeChecksums(leg.artifactDir, [archiveName, 'metadata.json'])
  return {
    leg,
    accelerator,
    ...(iso ? { iso } : {}),
    archive: packaged.archive,
    sha256: packaged.sha256,
    checksums,
    metadataFile,
    metadata,
  }
}
