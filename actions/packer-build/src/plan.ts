import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { assertName, ConfigError, InputError, ownedPath, type OwnedRoots } from '@slipway/action-kit'
import { parseChecksumSpec, type ChecksumSpec, type IsoResult } from '@slipway/download'
import { readTemplate, readVarFile, scalarText, variableValue } from '@slipway/hcl'
import type { Inputs } from './inputs.js'
import type { BuildPlan } from './packer.js'

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
  /** Owned: emptied before the build. */
  outputDir: string
  /** Owned: replaced by this leg's files. */
  artifactDir: string
  /** The machine the template describes (for an OVF descriptor): the `cpus` and `memory` variables, else 2 / 2048. */
  cpus: number
  memoryMiB: number
}

export const rel = (workspace: string, file: string): string =>
  path.relative(workspace, file).split(path.sep).join('/') || '.'

/**
 * Reads the template and var file and settles names, paths and the ISO. Throws user errors only; writes nothing.
 * Every path it returns that the leg will empty or replace has passed ownedPath.
 */
export function resolveLeg(inputs: Inputs, roots: OwnedRoots, sha: string): ResolvedLeg {
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
  const artifactName = assertName(
    inputs.artifactName === undefined ? 'os' : 'artifact-name',
    inputs.artifactName ?? `${os}-${version}-${arch}`.replace(/[^A-Za-z0-9._-]+/g, '-'),
    'a leg name',
  )
  const buildVersion = inputs.version ?? versionFile(inputs.workspace) ?? (sha.slice(0, 12) || 'dev')
  const declared = new Set(template.variables.keys())
  for (const [name] of inputs.vars) {
    if (!declared.has(name)) {
      throw new ConfigError(
        `the vars input sets ${name}, which the template does not declare (declared: ${[...declared].sort().join(', ')})`,
        { file: show(inputs.template) },
      )
    }
  }
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
    outputDir = ownedPath(roots, 'artifact-name', path.join(inputs.workspace, 'output', artifactName))
  }
  const artifactDir = ownedPath(roots, 'artifact-name', path.join(inputs.artifactsDirectory, artifactName))
  // Both folders are emptied or replaced: neither may be or hold what the build is made from.
  const outputBy: [string, string] =
    inputs.outputDirectory !== undefined
      ? ['output-directory', rel(inputs.workspace, outputDir)]
      : [inputs.artifactName === undefined ? 'os' : 'artifact-name', artifactName]
  refuseHoldingSources(inputs, outputDir, 'emptied before the build', ...outputBy)
  const artifactsShown = rel(inputs.workspace, inputs.artifactsDirectory)
  refuseHoldingSources(inputs, artifactDir, 'replaced after the build', 'artifacts-directory', artifactsShown)
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
    artifactDir,
    cpus: wholeNumber(value('cpus')) ?? 2,
    memoryMiB: wholeNumber(value('memory')) ?? 2048,
  }
  if (inputs.varFile) leg.varFile = inputs.varFile
  if (isoUrl) leg.isoUrl = isoUrl
  if (isoChecksum) leg.isoChecksum = isoChecksum
  return leg
}

/**
 * Refuses a folder slipway empties or replaces when it is, or holds, the template or the var file: they would be
 * deleted (before the build: the step would then fail on a missing template, naming no input).
 */
function refuseHoldingSources(inputs: Inputs, dir: string, fate: string, input: string, value: string): void {
  const sources: [string, string][] = [['template', inputs.template]]
  if (inputs.varFile) sources.push(['var file', inputs.varFile])
  for (const [what, source] of sources) {
    if (within(source, dir)) {
      const shown = (file: string) => rel(inputs.workspace, file)
      throw new InputError(
        input,
        value,
        `a folder apart from the ${what} (${shown(dir)} is ${fate}, and it holds ${shown(source)})`,
      )
    }
  }
}

/** `child` is `parent` or lies below it. */
function within(child: string, parent: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

function wholeNumber(text: string | undefined): number | undefined {
  return text !== undefined && /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : undefined
}

function versionFile(workspace: string): string | undefined {
  const file = path.join(workspace, 'version')
  if (!existsSync(file)) return undefined
  const text = readFileSync(file, 'utf8').trim()
  return /^[A-Za-z0-9._+-]+$/.test(text) ? text : undefined
}

/**
 * The packer command line of the leg: the var file, the variables slipway sets (only those the template declares),
 * then the user's `vars`, and `-only`. Pure: the ISO and accelerator are already settled.
 */
export function packerPlan(
  inputs: Inputs,
  leg: ResolvedLeg,
  accelerator: string,
  iso: IsoResult | undefined,
): BuildPlan {
  const vars: [string, string][] = []
  if (iso) {
    vars.push(['iso_url', pathToFileURL(iso.path).href])
    if (iso.digest && leg.declared.has('iso_checksum'))
      vars.push(['iso_checksum', `${iso.digest.algorithm}:${iso.digest.hex}`])
  }
  if (leg.declared.has('accelerator') && accelerator !== 'none') vars.push(['accelerator', accelerator])
  if (leg.declared.has('headless')) vars.push(['headless', 'true'])
  if (leg.declared.has('output_directory')) vars.push(['output_directory', leg.outputDir])
  vars.push(...inputs.vars)
  const cwd = inputs.workspace
  return {
    template: rel(cwd, leg.template),
    vars,
    ...(leg.varFile ? { varFile: rel(cwd, leg.varFile) } : {}),
    ...(inputs.only ? { only: inputs.only } : {}),
  }
}
