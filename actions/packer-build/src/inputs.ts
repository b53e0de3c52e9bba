import os from 'node:os'
import path from 'node:path'
import {
  assertName,
  InputError,
  inputReader,
  ownedPath,
  ownedProblem,
  type InputReader,
  type RunnerContext,
} from '@slipway/action-kit'
import { parseChecksumSpec, type ChecksumSpec } from '@slipway/download'

export const COMPRESSIONS = ['zstd', 'gzip', 'none'] as const
export const ACCELERATORS = ['auto', 'kvm', 'tcg', 'none'] as const
/** Disk formats a leg can deliver: qemu-img's output formats (`vhd` is qemu-img's `vpc`), and an OVA package. */
export const FORMATS = ['qcow2', 'raw', 'vpc', 'vhd', 'vhdx', 'vmdk', 'ova'] as const
export type DiskFormat = Exclude<(typeof FORMATS)[number], 'vhd'>

/** HashiCorp's release downloads: `<base>/<version>/packer_<version>_SHA256SUMS` and the zips beside it. */
export const PACKER_RELEASES = 'https://releases.hashicorp.com/packer'

/** Variables the action sets itself from its own inputs: `vars` may not set them behind the inputs' checks. */
export const MANAGED_VARIABLES = new Map([
  ['iso_url', 'iso-url'],
  ['iso_checksum', 'iso-checksum'],
  ['accelerator', 'accelerator'],
  ['headless', 'accelerator'],
  ['output_directory', 'output-directory'],
])

export interface Inputs {
  workspace: string
  template: string
  varFile?: string
  isoUrl?: string
  isoChecksum?: { text: string; spec: ChecksumSpec }
  downloadIso: boolean
  artifactName?: string
  os?: string
  osVersion?: string
  arch?: string
  version?: string
  only?: string
  /** The pinned Packer version; undefined takes the packer on PATH (else installs the default). */
  packerVersion?: string
  packerReleasesUrl: string
  token?: string
  plugins: { source: string; version: string }[]
  vars: [string, string][]
  timeoutMinutes: number
  buildAttempts: number
  skipValidation: boolean
  validateCommand: string[]
  formats: DiskFormat[]
  compression: (typeof COMPRESSIONS)[number]
  accelerator: (typeof ACCELERATORS)[number]
  /** Owned (see ownedPath): the build's output folder, emptied before each build. */
  outputDirectory?: string
  /** Owned: where `<artifact-name>/` is replaced by this leg's files. */
  artifactsDirectory: string
  isoCacheDir: string
  upload: boolean
  retentionDays: number
}

export function getInputs(ctx: RunnerContext, read: InputReader = inputReader(ctx.env)): Inputs {
  const checksumText = read.optional('iso-checksum')
  let isoChecksum: Inputs['isoChecksum']
  if (checksumText !== undefined) {
    const spec = parseChecksumSpec(checksumText)
    if ('error' in spec) throw new InputError('iso-checksum', checksumText, spec.error)
    isoChecksum = { text: checksumText, spec }
  }
  const isoUrl = read.optional('iso-url')
  if (isoUrl !== undefined) assertUrl('iso-url', isoUrl, ['http:', 'https:', 'file:'])
  if (isoChecksum?.spec.kind === 'file' && /^[a-z][a-z0-9+.-]*:/i.test(isoChecksum.spec.url))
    assertUrl('iso-checksum', checksumText ?? '', ['http:', 'https:', 'file:'], isoChecksum.spec.url)
  const pinned = read.optional('packer-version')?.replace(/^v/, '')
  if (pinned !== undefined && !/^\d+\.\d+\.\d+$/.test(pinned))
    throw new InputError('packer-version', pinned, 'a version such as 1.11.2, or empty for the packer on PATH')
  const packerReleasesUrl = read.string('packer-releases-url', { default: PACKER_RELEASES }).replace(/\/+$/, '')
  assertUrl('packer-releases-url', packerReleasesUrl, ['http:', 'https:'])
  const plugins = read.list('plugins').map((line) => {
    const match = /^(github\.com\/[\w.-]+\/[\w.-]+)@v?(\d+\.\d+\.\d+)$/.exec(line)
    if (!match)
      throw new InputError('plugins', line, 'lines of <source>@<version>, such as github.com/hashicorp/qemu@1.1.0')
    return { source: match[1] ?? '', version: match[2] ?? '' }
  })
  const artifactName = read.optional('artifact-name')
  if (artifactName !== undefined) {
    // A name first (no `..`, no separator), then the characters an artifact name keeps on every runner.
    assertName('artifact-name', artifactName, 'a leg name')
    if (!/^[A-Za-z0-9._-]+$/.test(artifactName))
      throw new InputError('artifact-name', artifactName, 'letters, digits, dots, dashes and underscores')
  }
  const version = read.optional('version')
  if (version !== undefined && !/^[A-Za-z0-9._+-]+$/.test(version)) {
    throw new InputError('version', version, 'a version such as 1.4.0 (letters, digits, . _ + -)')
  }
  const only = read.optional('only')
  if (only !== undefined && !/^[\w.-]+(,[\w.-]+)*$/.test(only)) {
    throw new InputError('only', only, 'a comma list of <type>.<name> builds, such as file.local')
  }
  const inputs: Inputs = {
    workspace: read.workspace,
    template: read.path('template', { mustExist: true }),
    downloadIso: read.boolean('download-iso', { default: true }),
    packerReleasesUrl,
    plugins,
    vars: parseVars(read.list('vars')),
    timeoutMinutes: read.integer('timeout-minutes', { default: 120, min: 1, max: 1440 }),
    buildAttempts: read.integer('build-attempts', { default: 2, min: 1, max: 5 }),
    skipValidation: read.boolean('skip-validation', { default: false }),
    validateCommand: read.list('validate-command'),
    formats: parseFormats(read.list('format', { comma: true })),
    compression: read.enum('compression', COMPRESSIONS, { default: 'zstd' }),
    accelerator: read.enum('accelerator', ACCELERATORS, { default: 'auto' }),
    artifactsDirectory: ownedPath(ctx, 'artifacts-directory', read.string('artifacts-directory') || 'packer-artifacts'),
    isoCacheDir: isoCacheDir(ctx, read),
    upload: read.boolean('upload', { default: true }),
    retentionDays: read.integer('retention-days', { default: 14, min: 1, max: 90 }),
  }
  const outputText = read.optional('output-directory')
  const outputDirectory = outputText === undefined ? undefined : ownedPath(ctx, 'output-directory', outputText)
  if (outputDirectory !== undefined) {
    // The output folder is emptied before the build and archived after it: it may hold neither the artifacts nor be
    // held by them.
    const a = inputs.artifactsDirectory
    if (within(outputDirectory, a) || within(a, outputDirectory)) {
      throw new InputError(
        'output-directory',
        outputText ?? '',
        `a folder apart from artifacts-directory (${path.relative(inputs.workspace, a) || '.'})`,
      )
    }
  }
  const optional = {
    varFile: read.optionalPath('var-file', { mustExist: true }),
    isoUrl,
    isoChecksum,
    artifactName,
    os: read.optional('os'),
    osVersion: read.optional('os-version'),
    arch: read.optional('arch'),
    version,
    only,
    packerVersion: pinned,
    token: read.optional('token'),
    outputDirectory,
  }
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) Object.assign(inputs, { [key]: value })
  }
  return inputs
}

/**
 * Checks a URL input as the HTTP layer will parse it (WHATWG URL), so that a port out of range or a space in the
 * host fails here, naming the input, and not later as a bare `Invalid URL`. `url` is the URL within `value` when it
 * is only a part of it (the `file:<url>` of iso-checksum).
 */
function assertUrl(input: string, value: string, schemes: readonly string[], url = value): void {
  const expected = `an ${schemes.map((scheme) => `${scheme}//`).join(', ')} URL`
  let parsed: URL | undefined
  try {
    parsed = new URL(url)
  } catch {
    parsed = undefined
  }
  const port = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*:(\d*)(?:[/?#]|$)/i.exec(url)?.[1]
  const problem =
    parsed === undefined || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)
      ? port !== undefined && !(Number(port) >= 1 && Number(port) <= 65535)
        ? `the port ${JSON.stringify(port)} is not a number from 1 to 65535`
        : 'it is not a URL'
      : !schemes.includes(parsed.protocol)
        ? `${parsed.protocol}// is not one of these`
        : parsed.protocol !== 'file:' && parsed.hostname === ''
          ? 'it names no host'
          : parsed.port === '0'
            ? 'the port "0" is not a number from 1 to 65535'
            : undefined
  if (problem) throw new InputError(input, value, `${expected} (${problem})`)
}

/** `name=value` lines; a name is an HCL identifier, the value the rest of the line as Packer's `-var` takes it. */
export function parseVars(lines: string[]): [string, string][] {
  const seen = new Set<string>()
  return lines.map((line) => {
    const match = /^([A-Za-z_][A-Za-z0-9_-]*)\s*=(.*)$/.exec(line)
    if (!match) throw new InputError('vars', line, 'lines of name=value, such as disk_size=40G')
    const name = match[1] ?? ''
    const managed = MANAGED_VARIABLES.get(name)
    if (managed) throw new InputError('vars', line, `variables other than ${name} (set it with the ${managed} input)`)
    if (seen.has(name)) throw new InputError('vars', line, `each variable once (${name} is given twice)`)
    seen.add(name)
    return [name, (match[2] ?? '').trim()]
  })
}

/** The formats, deduplicated, in the order given; `vhd` is qemu-img's `vpc`. */
export function parseFormats(values: string[]): DiskFormat[] {
  const out: DiskFormat[] = []
  for (const value of values) {
    const found = FORMATS.find((f) => f === value.toLowerCase())
    if (found === undefined) throw new InputError('format', value, `a list of ${FORMATS.join(', ')}`)
    const format: DiskFormat = found === 'vhd' ? 'vpc' : found
    if (!out.includes(format)) out.push(format)
  }
  return out
}

/**
 * The ISO cache may live outside the workspace (a workstation's ~/.cache, a runner's shared disk): slipway writes
 * only its own `iso-*` entries there. It may never be the workspace, a parent of it, or a `.git` folder.
 */
function isoCacheDir(ctx: RunnerContext, read: InputReader): string {
  const given = read.optional('iso-cache-dir')
  const home = ctx.env.HOME ?? os.homedir()
  const value = given ?? path.join(home, '.cache', 'slipway', 'iso')
  const resolved = path.resolve(ctx.workspace, value)
  const problem = ownedProblem(ctx, resolved)
  if (problem !== undefined && !problem.startsWith('it is outside')) {
    throw new InputError('iso-cache-dir', value, `a folder slipway may write to, but ${problem}`)
  }
  return resolved
}

/** `child` is `parent` or lies below it. */
function within(child: string, parent: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}
