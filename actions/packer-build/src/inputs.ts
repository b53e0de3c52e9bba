import os from 'node:os'
import path from 'node:path'
import { InputError, inputReader } from '@slipway/action-kit'
import { parseChecksumSpec, type ChecksumSpec } from '@slipway/download'

export const COMPRESSIONS = ['zstd', 'gzip', 'none'] as const
export const ACCELERATORS = ['auto', 'kvm', 'tcg', 'none'] as const

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
  packerVersion: string
  token?: string
  plugins: { source: string; version: string }[]
  timeoutMinutes: number
  buildAttempts: number
  validateCommand: string[]
  compression: (typeof COMPRESSIONS)[number]
  accelerator: (typeof ACCELERATORS)[number]
  outputDirectory?: string
  artifactsDirectory: string
  isoCacheDir: string
  upload: boolean
  retentionDays: number
}

export function getInputs(read = inputReader(), env: NodeJS.ProcessEnv = process.env): Inputs {
  const checksumText = read.optional('iso-checksum')
  let isoChecksum: Inputs['isoChecksum']
  if (checksumText !== undefined) {
    const spec = parseChecksumSpec(checksumText)
    if ('error' in spec) throw new InputError('iso-checksum', checksumText, spec.error)
    isoChecksum = { text: checksumText, spec }
  }
  const isoUrl = read.optional('iso-url')
  if (isoUrl !== undefined && !/^(https?|file):\/\//.test(isoUrl)) {
    throw new InputError('iso-url', isoUrl, 'an http://, https:// or file:// URL')
  }
  const packerVersion = read.string('packer-version', { default: '1.11.2' }).replace(/^v/, '')
  if (!/^\d+\.\d+\.\d+$/.test(packerVersion))
    throw new InputError('packer-version', packerVersion, 'a version such as 1.11.2')
  const plugins = read.list('plugins').map((line) => {
    const match = /^(github\.com\/[\w.-]+\/[\w.-]+)@v?(\d+\.\d+\.\d+)$/.exec(line)
    if (!match)
      throw new InputError('plugins', line, 'lines of <source>@<version>, such as github.com/hashicorp/qemu@1.1.0')
    return { source: match[1] ?? '', version: match[2] ?? '' }
  })
  const artifactName = read.optional('artifact-name')
  if (artifactName !== undefined && !/^[A-Za-z0-9._-]+$/.test(artifactName)) {
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
  const validateCommand = read.list('validate-command')
  const home = env.HOME ?? os.homedir()
  const inputs: Inputs = {
    workspace: read.workspace,
    template: read.path('template', { mustExist: true }),
    downloadIso: read.boolean('download-iso', { default: true }),
    packerVersion,
    plugins,
    timeoutMinutes: read.integer('timeout-minutes', { default: 120, min: 1, max: 1440 }),
    buildAttempts: read.integer('build-attempts', { default: 2, min: 1, max: 5 }),
    validateCommand,
    compression: read.enum('compression', COMPRESSIONS, { default: 'zstd' }),
    accelerator: read.enum('accelerator', ACCELERATORS, { default: 'auto' }),
    artifactsDirectory: read.path('artifacts-directory', { default: 'packer-artifacts' }),
    isoCacheDir: read.path('iso-cache-dir', {
      default: path.join(home, '.cache', 'slipway', 'iso'),
      allowOutside: true,
    }),
    upload: read.boolean('upload', { default: true }),
    retentionDays: read.integer('retention-days', { default: 14, min: 1, max: 90 }),
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
    token: read.optional('token'),
    outputDirectory: read.optionalPath('output-directory'),
  }
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) Object.assign(inputs, { [key]: value })
  }
  return inputs
}
