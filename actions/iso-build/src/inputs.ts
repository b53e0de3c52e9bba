import { realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import {
  InputError,
  inputReader,
  isInside,
  ownedPath,
  parseList,
  type InputReader,
  type RunnerContext,
} from '@slipway/action-kit'
import { validateAString, validateVolumeId } from '@slipway/iso9660'

export const PROFILES = ['plain', 'cidata', 'autounattend'] as const
export type Profile = (typeof PROFILES)[number]
export const CHECKSUMS = ['sha256', 'none'] as const

/** One `source-path => /iso/path` line of the `files` input. */
export interface FileMapping {
  source: string
  isoPath: string
  line: string
}

export interface Inputs {
  /** A directory whose contents become the image's root. */
  source?: string
  files: FileMapping[]
  output: string
  volumeId: string
  /** The volume id was given (remastering keeps the base image's otherwise). */
  volumeIdExplicit: boolean
  volumeSet?: string
  publisher?: string
  preparer: string
  applicationId: string
  profile: Profile
  versionFile?: string
  reproducible: boolean
  /** Compute the image's SHA-256 while it is written (`checksum: sha256`, the default) or not (`none`). */
  checksum: boolean
  uploadArtifact?: string
  retentionDays?: number
  /** Zip level of the artifact upload, 0 (store: an ISO of compressed files gains nothing) to 9. */
  compressionLevel?: number
  /** Replace an artifact of the same name from an earlier attempt or job. */
  overwrite: boolean
  baseIso?: string
  baseIsoSha256?: string
  workspace: string
}

/**
 * Reads and checks every input. Paths the image is read from must stay in the workspace; the image itself is written
 * only where slipway may write (ownedPath), never inside a folder the image is built from.
 */
export function getInputs(ctx: Pick<RunnerContext, 'env' | 'workspace' | 'temp'>, read?: InputReader): Inputs {
  read ??= inputReader({ ...ctx.env, GITHUB_WORKSPACE: ctx.workspace })
  const profile = read.enum('profile', PROFILES, { default: 'plain' })
  const source = read.optionalPath('source', { mustExist: true })
  const files = parseList(read.string('files')).map((line) => parseMapping(line, read.workspace))
  if (source === undefined && files.length === 0)
    throw new InputError('source', '', 'a directory, or `files` lines of the form `source-path => /iso/path`')
  if (source !== undefined && files.length > 0)
    throw new InputError('files', read.string('files'), 'no value when `source` is set: use one or the other')

  const profileVolume = profile === 'cidata' ? 'cidata' : undefined
  const givenVolumeId = read.optional('volume-id')
  const volumeId = givenVolumeId ?? profileVolume ?? 'SLIPWAY'
  const volumeProblem = validateVolumeId(volumeId)
  if (volumeProblem) throw new InputError('volume-id', volumeId, volumeProblem)
  if (profile === 'cidata' && volumeId.toLowerCase() !== 'cidata')
    throw new InputError(
      'volume-id',
      volumeId,
      'cidata (or nothing) with profile cidata: cloud-init finds its data by this label',
    )

  const volumeSet = read.optional('volume-set')
  if (volumeSet !== undefined && !/^[A-Za-z0-9_]{1,128}$/.test(volumeSet))
    throw new InputError('volume-set', volumeSet, 'up to 128 letters A-Z, digits or _ (ECMA-119 d-characters)')
  const aString = (name: string, value: string | undefined): string | undefined => {
    if (value === undefined) return undefined
    const problem = validateAString(value)
    if (problem) throw new InputError(name, value, problem)
    return value
  }

  const baseIso = read.optionalPath('base-iso', { mustExist: true, allowOutside: true })
  const baseIsoSha256 = read.optional('base-iso-sha256')?.toLowerCase()
  if (baseIsoSha256 !== undefined && !/^[0-9a-f]{64}$/.test(baseIsoSha256))
    throw new InputError('base-iso-sha256', baseIsoSha256, 'a SHA-256 checksum: 64 hexadecimal digits')
  if (baseIsoSha256 !== undefined && baseIso === undefined)
    throw new InputError('base-iso-sha256', baseIsoSha256, 'no value unless `base-iso` is set')

  const uploadArtifact = read.optional('upload-artifact')
  if (uploadArtifact !== undefined && /[":<>|*?\r\n\\/]/.test(uploadArtifact))
    throw new InputError(
      'upload-artifact',
      uploadArtifact,
      'an artifact name without " : < > | * ? \\ / or line breaks',
    )
  const retentionDays = read.optionalInteger('retention-days', { min: 1, max: 90 })
  const compressionLevel = read.optionalInteger('compression-level', { min: 0, max: 9 })

  const outputValue = read.string('output', { default: `${volumeId.toLowerCase()}.iso` })
  const output = ownedPath(ctx, 'output', outputValue)
  checkOutputOutsideSources(output, outputValue, source, files)
  if (baseIso !== undefined && samePath(baseIso, output))
    throw new InputError('output', outputValue, `a path other than base-iso ${baseIso} (the base image is read)`)

  return {
    ...(source !== undefined ? { source } : {}),
    files,
    output,
    volumeId,
    volumeIdExplicit: givenVolumeId !== undefined || profileVolume !== undefined,
    ...(volumeSet !== undefined ? { volumeSet } : {}),
    ...optional('publisher', aString('publisher', read.optional('publisher'))),
    preparer: aString('preparer', read.optional('preparer')) ?? 'SLIPWAY',
    applicationId: aString('application-id', read.optional('application-id')) ?? 'SLIPWAY ISO-BUILD',
    profile,
    ...optional('versionFile', read.optionalPath('version-file', { mustExist: true })),
    reproducible: read.boolean('reproducible', { default: true }),
    checksum: read.enum('checksum', CHECKSUMS, { default: 'sha256' }) === 'sha256',
    ...optional('uploadArtifact', uploadArtifact),
    ...optional('retentionDays', retentionDays),
    ...optional('compressionLevel', compressionLevel),
    overwrite: read.boolean('overwrite', { default: false }),
    ...optional('baseIso', baseIso),
    ...optional('baseIsoSha256', baseIsoSha256),
    workspace: read.workspace,
  }
}

/**
 * The image must not be written into a folder it is built from: the next run would pack the previous image into the
 * new one (no longer reproducible), and an output equal to a source folder could only fail after the whole build.
 */
function checkOutputOutsideSources(
  output: string,
  value: string,
  source: string | undefined,
  files: FileMapping[],
): void {
  const real = realish(output)
  const folders: { input: string; shown: string; dir: string }[] = []
  if (source !== undefined) folders.push({ input: 'source', shown: source, dir: source })
  for (const mapping of files) {
    if (isDirectory(mapping.source)) folders.push({ input: 'files', shown: mapping.line, dir: mapping.source })
    else if (samePath(mapping.source, output))
      throw new InputError('output', value, `a path other than a file the image is built from (files: ${mapping.line})`)
  }
  for (const folder of folders) {
    const dir = realish(folder.dir)
    if (real === dir)
      throw new InputError(
        'output',
        value,
        `a file path, not the folder the image is built from (${folder.input}: ${folder.shown})`,
      )
    if (isInside(dir, real))
      throw new InputError(
        'output',
        value,
        `a path outside the folder the image is built from (${folder.input}: ${folder.shown}): an image written there is packed into the next one`,
      )
  }
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory()
  } catch {
    return false
  }
}

function samePath(a: string, b: string): boolean {
  return realish(a) === realish(b)
}

/** The real path of the deepest existing ancestor with the rest appended (the output need not exist yet). */
function realish(target: string): string {
  const rest: string[] = []
  for (let existing = path.resolve(target); ;) {
    try {
      return path.join(realpathSync(existing), ...rest)
    } catch {
      const parent = path.dirname(existing)
      if (parent === existing) return path.resolve(target)
      rest.unshift(path.basename(existing))
      existing = parent
    }
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Partial<Record<K, V>>)
}

/** `source-path => /iso/path`; the source is resolved in the workspace, the image path is absolute. */
export function parseMapping(line: string, workspace: string): FileMapping {
  const match = /^(.+?)\s*=>\s*(\S.*)$/.exec(line)
  if (!match) throw new InputError('files', line, 'lines of the form `source-path => /iso/path`')
  const [, source = '', isoPath = ''] = match
  if (!isoPath.startsWith('/'))
    throw new InputError('files', line, 'an absolute path in the image after =>, like /scripts/')
  if (isoPath.split('/').includes('..')) throw new InputError('files', line, 'an image path without ..')
  const resolved = path.resolve(workspace, source.trim())
  if (!isInside(workspace, resolved))
    throw new InputError('files', line, `a source path inside the workspace ${workspace}`)
  let real: string
  try {
    real = realpathSync(resolved)
  } catch {
    throw new InputError('files', line, 'an existing file or directory before =>')
  }
  // A symlink in the workspace must not lead the image to files outside it.
  if (!isInside(realpathSync(workspace), real))
    throw new InputError('files', line, `a source that stays inside the workspace (it resolves to ${real})`)
  return { source: resolved, isoPath, line }
}
