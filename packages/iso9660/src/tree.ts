// The tree an image is planned from: built from lstat() of the sources, before a byte of file data is read.
import { lstatSync, readdirSync, readlinkSync, type Stats } from 'node:fs'
import { lstat, realpath } from 'node:fs/promises'
import path from 'node:path'
import { decodeName, encodeName, fsPath, showName } from './raw-names.js'

interface Attributes {
  /** POSIX st_mode, file type bits included (RRIP PX). */
  mode: number
  uid: number
  gid: number
  /** Modification time, whole seconds since 1970. */
  mtime: number
}

export interface IsoFile extends Attributes {
  kind: 'file'
  size: number
  /**
   * Absolute path of the content on disk. Bytes of a name that are not UTF-8 are held as U+DC80–U+DCFF (see
   * raw-names.ts): open it through `fsPath(source)`.
   */
  source: string
}

export interface IsoSymlink extends Attributes {
  kind: 'symlink'
  /** The link text, stored as written (RRIP SL); never followed. */
  target: string
  /** Where the link is on disk (for messages). */
  source: string
}

export interface IsoDirectory extends Attributes {
  kind: 'directory'
  children: Map<string, IsoEntry>
  /** The folder it was first made for (for messages); none for the root and folders made for a path. */
  source?: string
}

export type IsoEntry = IsoFile | IsoSymlink | IsoDirectory

/** Two sources claim the same path in the image. */
export class IsoConflictError extends Error {
  override readonly name = 'IsoConflictError'
  constructor(
    readonly isoPath: string,
    readonly first: string,
    readonly second: string,
  ) {
    super(`${isoPath} comes from both ${first} and ${second}`)
  }
}

/** A source that cannot be stored: a device, socket or FIFO, or a name a file system cannot hold. */
export class IsoSourceError extends Error {
  override readonly name = 'IsoSourceError'
}

const S_IFMT = 0o170000
const S_IFDIR = 0o040000
const S_IFREG = 0o100000
const S_IFLNK = 0o120000

/**
 * The files of an image and where each comes from. Several directories can be merged into one tree; a path claimed
 * twice (other than a directory by two directories) is a conflict, reported with both sources.
 */
export class IsoTree {
  readonly root: IsoDirectory

  constructor(rootAttributes: Partial<Attributes> = {}) {
    this.root = {
      kind: 'directory',
      mode: S_IFDIR | 0o755,
      uid: 0,
      gid: 0,
      mtime: 0,
      ...rootAttributes,
      children: new Map(),
    }
  }

  /** Adds the contents of `sourceDir` under `isoDir` (the root by default). The source dir's own symlink is resolved. */
  async addDirectory(sourceDir: string, isoDir = '/'): Promise<void> {
    const real = await realpath(sourceDir)
    const stats = await lstat(real)
    if (!stats.isDirectory()) throw new IsoSourceError(`${sourceDir} is not a directory`)
    const target = this.ensureDirectory(splitIsoPath(isoDir), real, attributesOf(stats))
    this.walk(real, target, normalizeIsoPath(isoDir))
  }

  /** Adds one file, symlink or directory (with its contents) at `isoPath`. */
  async addPath(source: string, isoPath: string): Promise<void> {
    const stats = await lstat(fsPath(source))
    if (stats.isDirectory()) return this.addDirectory(source, isoPath)
    const parts = splitIsoPath(isoPath)
    const name = parts.pop()
    if (name === undefined) throw new IsoSourceError(`${source} cannot be the root of the image: it is not a directory`)
    const parent = this.ensureDirectory(parts, source)
    this.place(parent, name, entryOf(path.resolve(source), stats), normalizeIsoPath(isoPath), source)
  }

  /** Counts of regular files, directories (root included) and symlinks. */
  counts(): { files: number; directories: number; symlinks: number; dataBytes: number } {
    const counts = { files: 0, directories: 0, symlinks: 0, dataBytes: 0 }
    const visit = (dir: IsoDirectory): void => {
      counts.directories++
      for (const child of dir.children.values()) {
        if (child.kind === 'directory') visit(child)
        else if (child.kind === 'symlink') counts.symlinks++
        else {
          counts.files++
          counts.dataBytes += child.size
        }
      }
    }
    visit(this.root)
    return counts
  }

  // Synchronous calls: a tree of thousands of entries is read in a few milliseconds this way, where a promise per
  // lstat() costs ten times as much, and nothing else runs while the tree is read.
  private walk(sourceDir: string, into: IsoDirectory, isoDir: string): void {
    // Names are read as bytes: a name that is not valid UTF-8 would otherwise come back with U+FFFD in place of its
    // bytes and name no file at all (ENOENT). It is kept exactly and stored as it is (Rock Ridge NM holds bytes).
    const names = readdirSync(fsPath(sourceDir), { encoding: 'buffer' }).map(decodeName).sort()
    for (const name of names) {
      const source = path.join(sourceDir, name)
      const stats = lstatSync(fsPath(source))
      const isoPath = isoDir === '/' ? `/${name}` : `${isoDir}/${name}`
      if (stats.isDirectory()) {
        const child = this.ensureChildDirectory(into, name, isoPath, source, attributesOf(stats))
        this.walk(source, child, isoPath)
      } else {
        this.place(into, name, entryOf(source, stats), isoPath, source)
      }
    }
  }

  private place(parent: IsoDirectory, name: string, entry: IsoEntry, isoPath: string, source: string): void {
    checkName(name, isoPath)
    const existing = parent.children.get(name)
    if (existing) throw new IsoConflictError(showName(isoPath), origin(existing), showName(source))
    parent.children.set(name, entry)
  }

  private ensureDirectory(parts: string[], source: string, attributes?: Attributes): IsoDirectory {
    let dir = this.root
    let isoPath = ''
    if (parts.length === 0 && attributes) Object.assign(this.root, attributes)
    parts.forEach((name, index) => {
      isoPath += `/${name}`
      const last = index === parts.length - 1
      dir = this.ensureChildDirectory(dir, name, isoPath, source, last ? attributes : undefined)
    })
    return dir
  }

  private ensureChildDirectory(
    parent: IsoDirectory,
    name: string,
    isoPath: string,
    source: string,
    attributes?: Attributes,
  ): IsoDirectory {
    checkName(name, isoPath)
    const existing = parent.children.get(name)
    if (existing?.kind === 'directory') return existing
    if (existing) throw new IsoConflictError(showName(isoPath), origin(existing), showName(source))
    const dir: IsoDirectory = {
      kind: 'directory',
      mode: S_IFDIR | 0o755,
      uid: this.root.uid,
      gid: this.root.gid,
      mtime: this.root.mtime,
      ...attributes,
      children: new Map(),
      source,
    }
    parent.children.set(name, dir)
    return dir
  }
}

function origin(entry: IsoEntry): string {
  return entry.source === undefined ? 'an earlier source' : showName(entry.source)
}

function attributesOf(stats: { mode: number; uid: number; gid: number; mtimeMs: number }): Attributes {
  return { mode: stats.mode, uid: stats.uid, gid: stats.gid, mtime: Math.floor(stats.mtimeMs / 1000) }
}

function entryOf(source: string, stats: Stats): IsoFile | IsoSymlink {
  const attributes = attributesOf(stats)
  const type = attributes.mode & S_IFMT
  if (type === S_IFLNK)
    return {
      kind: 'symlink',
      target: decodeName(readlinkSync(fsPath(source), { encoding: 'buffer' })),
      source,
      ...attributes,
    }
  if (type === S_IFREG) return { kind: 'file', source, size: stats.size, ...attributes }
  throw new IsoSourceError(
    `${showName(source)} is a device, socket or FIFO: only files, directories and symlinks are stored`,
  )
}

function checkName(name: string, isoPath: string): void {
  if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0'))
    throw new IsoSourceError(`${showName(isoPath)}: ${JSON.stringify(showName(name))} is not a valid file name`)
  // A UTF-16 unit is at most 3 bytes of UTF-8 (a pair, 2 units, is 4): 85 units cannot exceed 255 bytes.
  if (name.length > 85 && encodeName(name).length > 255)
    throw new IsoSourceError(`${showName(isoPath)}: a name is at most 255 bytes`)
}

export function normalizeIsoPath(isoPath: string): string {
  return `/${splitIsoPath(isoPath).join('/')}`
}

export function splitIsoPath(isoPath: string): string[] {
  const parts = isoPath.split('/').filter((p) => p !== '' && p !== '.')
  if (parts.includes('..')) throw new IsoSourceError(`${isoPath}: ".." is not allowed in a path in the image`)
  return parts
}
