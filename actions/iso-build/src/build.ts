// From validated inputs to an image on disk: the tree is planned and checked first (profile, conflicts), then written.
import { mkdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { ConfigError, InputError, type Logger } from '@slipway/action-kit'
import { Git } from '@slipway/git'
import { IsoConflictError, IsoSourceError, IsoTree, showName, writeIso, type IsoDirectory } from '@slipway/iso9660'
import type { Inputs } from './inputs.js'
import { checkProfile } from './profiles.js'
import { remaster, verifyBaseIso } from './remaster.js'

export interface BuiltImage {
  path: string
  size: number
  /** Undefined with `checksum: none`. */
  sha256: string | undefined
  volumeId: string
  fileCount: number
  epoch: number
  /**
   * Files and directories of the image (for the summary), the first SUMMARY_ENTRIES in path order: path and size in
   * bytes (directories: undefined).
   */
  entries: { path: string; size?: number; link?: string }[]
  /** How many files, directories and symlinks the image holds (entries may list fewer). */
  entryCount: number
  remastered: boolean
}

const PROGRESS_THRESHOLD = 100 * 1000 * 1000

/**
 * The time every timestamp of the image comes from: SOURCE_DATE_EPOCH when set, else the commit time of the
 * workspace's HEAD; without either, a reproducible build cannot promise anything, so it fails.
 */
export async function resolveEpoch(
  inputs: Inputs,
  sourceDateEpoch: number | undefined,
  now = Date.now(),
): Promise<number> {
  if (sourceDateEpoch !== undefined) return sourceDateEpoch
  if (!inputs.reproducible) return Math.floor(now / 1000)
  const commitTime = await new Git(inputs.workspace).commitTime('HEAD').catch(() => undefined)
  if (commitTime === undefined)
    throw new InputError(
      'reproducible',
      'true',
      'SOURCE_DATE_EPOCH in the environment or a git checkout whose HEAD commit time dates the image (or reproducible: false)',
    )
  return commitTime
}

/** Builds the tree from `source` or the `files` mappings, plus the version file; conflicts name the input line. */
export async function planTree(inputs: Inputs, epoch: number): Promise<IsoTree> {
  const tree = new IsoTree({ mtime: epoch })
  try {
    if (inputs.source !== undefined) await tree.addDirectory(inputs.source)
    for (const mapping of inputs.files) {
      try {
        const target = mapping.isoPath.endsWith('/')
          ? `${mapping.isoPath}${path.basename(mapping.source)}`
          : mapping.isoPath
        const stats = await stat(mapping.source)
        // `dir => /` merges a directory's contents; `file => /dir/` keeps its name; otherwise the path is the name.
        if (stats.isDirectory()) await tree.addDirectory(mapping.source, mapping.isoPath)
        else await tree.addPath(mapping.source, target)
      } catch (error) {
        if (error instanceof IsoConflictError)
          throw new InputError('files', mapping.line, `paths no other line or source also puts at ${error.isoPath}`)
        throw error
      }
    }
    if (inputs.versionFile !== undefined) {
      try {
        await tree.addPath(inputs.versionFile, `/${path.basename(inputs.versionFile)}`)
      } catch (error) {
        if (error instanceof IsoConflictError)
          throw new InputError('version-file', inputs.versionFile, `a file not also in the image at ${error.isoPath}`)
        throw error
      }
    }
  } catch (error) {
    if (error instanceof IsoSourceError || error instanceof IsoConflictError) throw new ConfigError(error.message)
    throw error
  }
  return tree
}

/** What a build needs from the runner: its environment (for xorriso) and SOURCE_DATE_EPOCH. */
export interface BuildContext {
  readonly env: Readonly<Record<string, string | undefined>>
  readonly sourceDateEpoch: number | undefined
}

export async function buildImage(
  inputs: Inputs,
  logger: Logger,
  ctx: BuildContext,
  writer: ImageWriter = writeImage,
): Promise<BuiltImage> {
  const epoch = await resolveEpoch(inputs, ctx.sourceDateEpoch)
  if (inputs.baseIso === undefined) return writer(inputs, epoch, logger)
  const tree = await planTree(inputs, epoch)
  await checkProfile(inputs.profile, tree)
  if (inputs.baseIsoSha256 !== undefined) await verifyBaseIso(inputs.baseIso, inputs.baseIsoSha256)
  await mkdir(path.dirname(inputs.output), { recursive: true })
  const result = await remaster(inputs, epoch, logger, ctx.env)
  return { ...result, epoch, ...listEntries(tree.root), remastered: true }
}

/** Plans, checks and writes a new image (not a remaster): in this thread, or in the image-writing worker. */
export type ImageWriter = (inputs: Inputs, epoch: number, logger: Logger) => Promise<BuiltImage>

export async function writeImage(inputs: Inputs, epoch: number, logger: Logger): Promise<BuiltImage> {
  const tree = await planTree(inputs, epoch)
  await checkProfile(inputs.profile, tree)
  await mkdir(path.dirname(inputs.output), { recursive: true })
  const counts = tree.counts()
  // Written beside the output and renamed: a failed build leaves no half-written image under the output name.
  const partial = `${inputs.output}.partial`
  let lastRate = { at: Date.now(), bytes: 0 }
  try {
    const result = await writeIso(tree, partial, {
      volumeId: inputs.volumeId,
      ...(inputs.volumeSet !== undefined ? { volumeSetId: inputs.volumeSet } : {}),
      ...(inputs.publisher !== undefined ? { publisherId: inputs.publisher } : {}),
      preparerId: inputs.preparer,
      applicationId: inputs.applicationId,
      epoch,
      checksum: inputs.checksum,
      ...(inputs.reproducible ? { owner: { uid: 0, gid: 0 } } : {}),
      ...(counts.dataBytes > PROGRESS_THRESHOLD
        ? {
            onProgress: (written: number, total: number) => {
              const now = Date.now()
              const rate = (written - lastRate.bytes) / 1e6 / Math.max(0.001, (now - lastRate.at) / 1000)
              lastRate = { at: now, bytes: written }
              logger.info(
                `iso-build: ${Math.floor((written / total) * 100)}% (${(written / 1e6).toFixed(0)} of ${(total / 1e6).toFixed(0)} MB, ${rate.toFixed(0)} MB/s)`,
              )
            },
          }
        : {}),
    })
    await rename(partial, inputs.output)
    return {
      path: inputs.output,
      size: result.bytes,
      sha256: result.sha256,
      volumeId: inputs.volumeId,
      fileCount: result.files,
      epoch,
      ...listEntries(tree.root),
      remastered: false,
    }
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  }
}

/** The summary lists this many entries at most: GitHub keeps 1 MiB of summary per step. */
export const SUMMARY_ENTRIES = 1000

export function listEntries(
  root: IsoDirectory,
  limit = SUMMARY_ENTRIES,
): { entries: BuiltImage['entries']; entryCount: number } {
  const entries: BuiltImage['entries'] = []
  let entryCount = 0
  const visit = (dir: IsoDirectory, prefix: string): void => {
    for (const name of [...dir.children.keys()].sort()) {
      const child = dir.children.get(name)
      if (child === undefined) continue
      entryCount++
      const listed = entries.length < limit
      const p = listed ? `${prefix}/${showName(name)}` : ''
      if (child.kind === 'directory') {
        if (listed) entries.push({ path: `${p}/` })
        visit(child, p)
      } else if (!listed) continue
      else if (child.kind === 'symlink') entries.push({ path: p, link: showName(child.target) })
      else entries.push({ path: p, size: child.size })
    }
  }
  visit(root, '')
  return { entries, entryCount }
}
