// Plans the whole image from the tree (sizes only), then writes it front to back: system area, volume descriptors,
// path tables, directories, Rock Ridge continuation areas, file data. Memory holds the metadata of one directory at
// a time and one copy buffer, whatever the size of the files.
import { closeSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs'
import { both16, both32, padded, paddedUcs2, recordDate, ucs2, volumeDate } from './bytes.js'
import {
  compareIsoIdentifiers,
  compareJolietIdentifiers,
  isoIdentifier,
  jolietIdentifier,
  validateAString,
  validateVolumeId,
} from './names.js'
import { fsPath, showName } from './raw-names.js'
import { InlineHasher, ParallelHasher, type ImageHasher } from './hasher.js'
import {
  CE_LENGTH,
  ceEntry,
  erEntry,
  nmEntries,
  nmLength,
  PX_LENGTH,
  pxEntry,
  slEntries,
  spEntry,
  TF_LENGTH,
  tfEntry,
  writeNm,
  writePx,
  writeTf,
} from './rockridge.js'
import type { IsoDirectory, IsoEntry, IsoFile, IsoTree } from './tree.js'

export const SECTOR = 2048
/** ECMA-119 §6.2.1: the first 16 sectors are the System Area. */
const SYSTEM_AREA_SECTORS = 16
/**
 * ECMA-119 §9.1.4 records a data length in 32 bits; Level 3 (§10.3) lets a file span several extents, each a
 * directory record of its own. Every extent but the last must be a whole number of sectors.
 */
export const MAX_EXTENT = 0xfffff800
const PARALLEL_HASH_BYTES = 32 * 1024 * 1024
const PARALLEL_MEAN_FILE = 256 * 1024

export interface IsoOptions {
  /** ECMA-119 §8.4.6: up to 32 d-characters (lower case is recorded in upper case in the primary descriptor). */
  volumeId: string
  volumeSetId?: string
  publisherId?: string
  preparerId?: string
  applicationId?: string
  /**
   * Seconds since 1970 for the volume dates (SOURCE_DATE_EPOCH). File and directory times later than this are
   * recorded as this time, so a fresh checkout and an old one give the same image.
   */
  epoch: number
  /** Record every file as owned by this uid/gid (0/0 for images that must not depend on the build machine). */
  owner?: { uid: number; gid: number }
  /** Write the Joliet supplementary hierarchy (default true). */
  joliet?: boolean
  /** Write Rock Ridge entries (default true). */
  rockRidge?: boolean
  /** Bytes per output block, one slot of the hashing ring: a multiple of 2048 (default 1 MiB; four slots). */
  chunkSize?: number
  /**
   * Compute the image's SHA-256 while it is written (default true). Hashing costs about as much CPU as the copy;
   * without it the result has no `sha256`.
   */
  checksum?: boolean
  /** Called as file data is written, at most once per `progressIntervalMs`, and once at the end. */
  onProgress?: (written: number, total: number) => void
  progressIntervalMs?: number
}

export interface IsoResult {
  bytes: number
  /** The image's SHA-256 (hex), unless `checksum: false`. */
  sha256: string | undefined
  files: number
  directories: number
  symlinks: number
  /** Bytes of file data (before padding to sectors). */
  dataBytes: number
}

export class IsoOptionError extends Error {
  override readonly name = 'IsoOptionError'
  constructor(
    readonly option: string,
    readonly value: string,
    readonly expected: string,
  ) {
    super(`${option} ${JSON.stringify(value)}: expected ${expected}`)
  }
}

/** Checks the descriptor fields, before anything is written. */
export function validateIsoOptions(options: IsoOptions): void {
  const volumeProblem = validateVolumeId(options.volumeId)
  if (volumeProblem) throw new IsoOptionError('volumeId', options.volumeId, volumeProblem)
  // §8.4.19: the volume set identifier is up to 128 d-characters.
  if (options.volumeSetId !== undefined && !/^[A-Za-z0-9_]{0,128}$/.test(options.volumeSetId))
    throw new IsoOptionError('volumeSetId', options.volumeSetId, 'up to 128 letters A-Z, digits or _')
  for (const key of ['publisherId', 'preparerId', 'applicationId'] as const) {
    const value = options[key]
    if (value === undefined) continue
    const problem = validateAString(value)
    if (problem) throw new IsoOptionError(key, value, problem)
  }
  if (!Number.isSafeInteger(options.epoch)) throw new IsoOptionError('epoch', String(options.epoch), 'whole seconds')
}

/** One file's data, where it lands. Joliet records point at the same extents. */
interface PlannedFile {
  file: IsoFile
  lba: number
}

interface ContinuationArea {
  entries: Buffer[]
  length: number
  next?: ContinuationArea
  lba: number
  offset: number
}

/**
 * A directory record before its extent addresses are known. Most records (a file or directory with a name of up to
 * 190 bytes) hold just PX, TF and NM: only their length is planned, and the entries are written straight into the
 * directory's extent, so a tree of 50,000 files does not keep 150,000 small buffers alive between plan and write.
 */
interface PlannedRecord {
  /** A child's identifier (ASCII, or UCS-2 in a Joliet hierarchy), or the one byte of "." or "..". */
  identifier: string | Buffer
  target: IsoEntry
  /** The name for NM (undefined for "." and ".."). */
  name: string | undefined
  /**
   * System Use entries stored in the record itself (the CE entry, if any, is appended when written); undefined when
   * the record holds the usual PX TF NM, written at write time.
   */
  suspHead?: Buffer[]
  continuation?: ContinuationArea
  length: number
}

interface PlannedDirectory {
  dir: IsoDirectory
  parent: PlannedDirectory | undefined
  /** 1-based number in the path table (§9.4). */
  number: number
  identifier: Buffer
  self: PlannedRecord
  dotdot: PlannedRecord
  records: PlannedRecord[]
  lba: number
  size: number
  /** Continuation areas of this directory's records, in the blocks after its extent. */
  areas: ContinuationArea[]
  areaStart: number
  areaSectors: number
}

interface Hierarchy {
  /** Rock Ridge attributes of an entry, or undefined for a hierarchy without Rock Ridge (Joliet). */
  rr: AttributeView | undefined
  /** Identifiers are UCS-2 (Joliet). */
  wide: boolean
  directories: PlannedDirectory[]
  pathTableSize: number
  byEntry: Map<IsoDirectory, PlannedDirectory>
}

/**
 * Writes `tree` as an ISO 9660 image at `output`: ECMA-119 Level 3 with Rock Ridge (RRIP 1.10) and Joliet.
 * The same tree, options and epoch give the same bytes.
 */
export async function writeIso(tree: IsoTree, output: string, options: IsoOptions): Promise<IsoResult> {
  validateIsoOptions(options)
  const plan = planImage(tree, options)
  const fd = openSync(output, 'w')
  const slot = options.chunkSize ?? 1024 * 1024
  if (slot % SECTOR !== 0) throw new IsoOptionError('chunkSize', String(slot), 'a whole number of 2048-byte sectors')
  // Below 32 MiB of data the copy is over before a hashing thread would have started. A tree of small files costs
  // system calls per file, and hashing is a small part of it: there a second thread (an isolate of its own, some
  // 10 MiB) only competes for the same cores, so the hash is computed in line.
  const dataBytes = plan.files.reduce((n, f) => n + f.file.size, 0)
  const checksum = options.checksum ?? true
  const parallel = checksum && dataBytes >= PARALLEL_HASH_BYTES && dataBytes >= PARALLEL_MEAN_FILE * plan.files.length
  const hasher: ImageHasher = parallel ? new ParallelHasher(slot) : new InlineHasher(slot, checksum)
  try {
    const sink = new Sink(fd, hasher)
    writeMetadata(sink, plan, options)
    await copyFileData(sink, plan, options)
    sink.flush()
    if (sink.position !== plan.totalSectors * SECTOR)
      throw new Error(`layout error: wrote ${sink.position} bytes, planned ${plan.totalSectors * SECTOR}`)
    ftruncateSync(fd, sink.position)
    const counts = tree.counts()
    return { bytes: sink.position, sha256: await hasher.digest(), ...counts }
  } catch (error) {
    await hasher.abort()
    throw error
  } finally {
    closeSync(fd)
  }
}

/**
 * Sequential output in blocks of the hasher's slot size (1 MiB by default, a whole number of sectors): metadata and
 * the data of many small files are packed into one block, which is handed to the hasher and written with one
 * pwrite. A block of nothing but zeros is not written (the file is extended by ftruncate), so sparse input stays
 * sparse.
 */
class Sink {
  /** Bytes of the image before the current block. */
  private flushed = 0
  private block: Buffer
  private fill = 0
  private readonly zeros: Buffer

  constructor(
    private readonly fd: number,
    readonly hasher: ImageHasher,
  ) {
    this.block = hasher.slot()
    this.zeros = Buffer.alloc(64 * 1024)
  }

  get position(): number {
    return this.flushed + this.fill
  }

  /** The free part of the current block (a fresh block when it is full). */
  room(): Buffer {
    if (this.fill === this.block.length) this.flush()
    return this.block.subarray(this.fill)
  }

  /** Marks `length` bytes of room() as written. */
  advance(length: number): void {
    this.fill += length
  }

  write(buffer: Buffer): void {
    for (let at = 0; at < buffer.length;) {
      const room = this.room()
      const n = buffer.copy(room, 0, at)
      this.advance(n)
      at += n
    }
  }

  writeZeros(length: number): void {
    for (let left = length; left > 0;) {
      const room = this.room()
      const n = Math.min(left, room.length)
      room.fill(0, 0, n)
      this.advance(n)
      left -= n
    }
  }

  flush(): void {
    if (this.fill === 0) return
    const data = this.block.subarray(0, this.fill)
    const zero = this.isZero(data)
    this.hasher.publish(this.fill)
    if (!zero) {
      let done = 0
      while (done < data.length) done += writeSync(this.fd, data, done, data.length - done, this.flushed + done)
    }
    this.flushed += this.fill
    this.fill = 0
    this.block = this.hasher.slot()
  }

  /**
   * Copies `length` bytes of a large file: the current block is written out, then each read fills a block of its
   * own that is handed on and written as it is, as many bytes as the read gave.
   */
  copyLarge(fd: number, length: number, onData: (bytes: number) => void): void {
    this.flush()
    for (let left = length; left > 0;) {
      const n = readSync(fd, this.block, 0, Math.min(left, this.block.length), null)
      if (n === 0) throw new ShortFileError()
      this.fill = n
      this.flush()
      left -= n
      onData(n)
    }
  }

  private isZero(data: Buffer): boolean {
    const step = this.zeros.length
    for (let at = 0; at < data.length; at += step) {
      const piece = data.subarray(at, at + step)
      if (!piece.equals(piece.length === step ? this.zeros : this.zeros.subarray(0, piece.length))) return false
    }
    return true
  }
}

interface ImagePlan {
  iso: Hierarchy
  joliet: Hierarchy | undefined
  files: PlannedFile[]
  fileLba: Map<IsoFile, number>
  emptyLba: number
  pathTables: { isoL: number; isoM: number; jolietL: number; jolietM: number }
  totalSectors: number
}

const sectors = (bytes: number): number => Math.ceil(bytes / SECTOR)

function planImage(tree: IsoTree, options: IsoOptions): ImagePlan {
  const rockRidge = options.rockRidge ?? true
  const attributes = (entry: IsoEntry) => ({
    uid: options.owner?.uid ?? entry.uid,
    gid: options.owner?.gid ?? entry.gid,
    mtime: Math.min(entry.mtime, options.epoch),
  })
  const iso = planHierarchy(tree.root, 'iso', rockRidge ? attributes : undefined)
  const joliet = (options.joliet ?? true) ? planHierarchy(tree.root, 'joliet', undefined) : undefined

  let lba = SYSTEM_AREA_SECTORS + 1 + (joliet ? 1 : 0) + 1
  const pathTables = { isoL: lba, isoM: 0, jolietL: 0, jolietM: 0 }
  lba += sectors(iso.pathTableSize)
  pathTables.isoM = lba
  lba += sectors(iso.pathTableSize)
  if (joliet) {
    pathTables.jolietL = lba
    lba += sectors(joliet.pathTableSize)
    pathTables.jolietM = lba
    lba += sectors(joliet.pathTableSize)
  }
  // SUSP §5.1: a continuation area lies within one logical block. The areas of a directory's records are packed
  // into the blocks right after that directory's extent: libarchive reads a CE block only when its read position
  // reaches it as it finishes a directory, so an area anywhere else would be skipped.
  for (const hierarchy of joliet ? [iso, joliet] : [iso])
    for (const dir of hierarchy.directories) {
      dir.lba = lba
      lba += dir.size / SECTOR
      dir.areaStart = lba
      let offset = 0
      for (const record of [dir.self, dir.dotdot, ...dir.records])
        for (let area = record.continuation; area; area = area.next) {
          if (offset + area.length > SECTOR) {
            lba++
            offset = 0
          }
          area.lba = lba
          area.offset = offset
          offset += area.length
          dir.areas.push(area)
        }
      if (offset > 0) lba++
      dir.areaSectors = lba - dir.areaStart
    }

  // Empty files and symlinks point at the first data block with length 0: some readers reject an extent at 0.
  const emptyLba = lba
  const files: PlannedFile[] = []
  const fileLba = new Map<IsoFile, number>()
  const visit = (dir: IsoDirectory): void => {
    for (const name of orderedNames(dir)) {
      const child = dir.children.get(name)
      if (child === undefined) continue
      if (child.kind === 'directory') visit(child)
      else if (child.kind === 'file' && child.size > 0) {
        files.push({ file: child, lba })
        fileLba.set(child, lba)
        lba += sectors(child.size)
      }
    }
  }
  visit(tree.root)
  if (lba > 0xffffffff) throw new Error('the image would exceed 2^32 blocks (8 TiB)')
  return { iso, joliet, files, fileLba, emptyLba, pathTables, totalSectors: lba }
}

type AttributeView = (entry: IsoEntry) => { uid: number; gid: number; mtime: number }

function planHierarchy(root: IsoDirectory, kind: 'iso' | 'joliet', rr: AttributeView | undefined): Hierarchy {
  const directories: PlannedDirectory[] = []
  const byEntry = new Map<IsoDirectory, PlannedDirectory>()
  const isoKind = kind === 'iso'
  const makeRecord = (
    identifier: string | Buffer,
    target: IsoEntry,
    name: string | undefined,
    leading: Buffer[] = [],
    trailing: Buffer[] = [],
  ): PlannedRecord => {
    const idLength = identifierLength(identifier, !isoKind)
    const fixed = 33 + idLength + (idLength % 2 === 0 ? 1 : 0)
    if (!rr) return { identifier, target, name: undefined, length: fixed + (fixed % 2) }
    if (name !== undefined && target.kind !== 'symlink' && leading.length === 0 && trailing.length === 0) {
      const usual = PX_LENGTH + TF_LENGTH + nmLength(name)
      if (usual <= 254 - fixed) return { identifier, target, name, length: fixed + usual + ((fixed + usual) % 2) }
    }
    const view = rr(target)
    const susp = [
      ...leading,
      pxEntry(target.mode, linkCount(target), view.uid, view.gid),
      tfEntry(view.mtime),
      ...(name === undefined ? [] : nmEntries(name)),
      ...(target.kind === 'symlink' && name !== undefined ? slEntries(target.target) : []),
      ...trailing,
    ]
    const { head, continuation } = packSusp(susp, 254 - fixed)
    const headLength = head.reduce((n, b) => n + b.length, 0) + (continuation ? CE_LENGTH : 0)
    const length = fixed + headLength
    return {
      identifier,
      target,
      name,
      suspHead: head,
      ...(continuation ? { continuation } : {}),
      length: length + (length % 2),
    }
  }

  const queue: { dir: IsoDirectory; parent: PlannedDirectory | undefined; identifier: Buffer }[] = [
    { dir: root, parent: undefined, identifier: SELF_ID },
  ]
  for (let item = queue.shift(); item; item = queue.shift()) {
    const { dir, parent } = item
    const taken = new Set<string>()
    const named: { name: string; child: IsoEntry; id: string }[] = []
    for (const name of orderedNames(dir)) {
      const child = dir.children.get(name)
      if (child === undefined || (!isoKind && child.kind === 'symlink')) continue // Joliet has no symlinks
      const id = isoKind ? isoIdentifier(name, child.kind === 'directory', taken) : jolietIdentifier(name, taken)
      named.push({ name, child, id })
    }
    named.sort((a, b) => (isoKind ? compareIsoIdentifiers(a.id, b.id) : compareJolietIdentifiers(a.id, b.id)))
    const encode = (id: string) => (isoKind ? Buffer.from(id, 'ascii') : ucs2(id))
    const records: PlannedRecord[] = []
    for (const { name, child, id } of named) {
      if (child.kind === 'file' && child.size > MAX_EXTENT) {
        // ECMA-119 §6.5.1 / §9.1.6 bit 7: one record per extent, same identifier, all but the last flagged.
        const count = Math.ceil(child.size / MAX_EXTENT)
        for (let i = 0; i < count; i++) records.push(makeRecord(id, child, name))
      } else records.push(makeRecord(id, child, name))
    }
    const isRoot = parent === undefined
    // SUSP §5.3: SP opens the root's "." record; PX and TF follow in the record, where readers such as libarchive
    // expect them, and the long ER (SUSP §5.5) goes last, into the continuation area.
    const self = makeRecord(SELF_ID, dir, undefined, isRoot ? [spEntry()] : [], isRoot ? [erEntry()] : [])
    const dotdot = makeRecord(PARENT_ID, parent?.dir ?? dir, undefined)
    let size = 0
    for (const record of [self, dotdot, ...records]) {
      // §6.8.1.1: a directory record does not cross a logical sector boundary.
      if ((size % SECTOR) + record.length > SECTOR) size += SECTOR - (size % SECTOR)
      size += record.length
    }
    const planned: PlannedDirectory = {
      dir,
      parent,
      number: directories.length + 1,
      identifier: item.identifier,
      self,
      dotdot,
      records,
      lba: 0,
      size: sectors(size) * SECTOR,
      areas: [],
      areaStart: 0,
      areaSectors: 0,
    }
    if (planned.number > 0xffff) throw new Error('more than 65535 directories: the path table cannot number them')
    directories.push(planned)
    byEntry.set(dir, planned)
    for (const { child, id } of named)
      if (child.kind === 'directory') queue.push({ dir: child, parent: planned, identifier: encode(id) })
  }
  // §9.4.1: each path table record is 8 bytes + identifier, padded to an even length.
  const pathTableSize = directories.reduce((n, d) => n + 8 + d.identifier.length + (d.identifier.length % 2), 0)
  return { rr, wide: !isoKind, directories, pathTableSize, byEntry }
}

const SELF_ID = Buffer.from([0])
const PARENT_ID = Buffer.from([1])

/** A directory's names in order; a tree read from disk is already in order, so this is usually just a check. */
function orderedNames(dir: IsoDirectory): string[] {
  const names = [...dir.children.keys()]
  for (let i = 1; i < names.length; i++)
    if ((names[i - 1] ?? '') > (names[i] ?? '')) return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return names
}

/** Bytes of a record identifier: a child's id is ASCII, or UCS-2 (2 bytes a character) when `wide` (Joliet). */
function identifierLength(identifier: string | Buffer, wide: boolean): number {
  return typeof identifier === 'string' ? identifier.length * (wide ? 2 : 1) : identifier.length
}

function writeIdentifier(buffer: Buffer, at: number, identifier: string | Buffer, wide: boolean): void {
  if (typeof identifier !== 'string') identifier.copy(buffer, at)
  else if (!wide) buffer.write(identifier, at, 'latin1')
  else for (let i = 0; i < identifier.length; i++) buffer.writeUInt16BE(identifier.charCodeAt(i), at + 2 * i)
}

/** RRIP §4.1.1: a directory's link count is 2 plus its subdirectories, as POSIX file systems report it. */
function linkCount(target: IsoEntry): number {
  return target.kind === 'directory' ? 2 + subdirectories(target) : 1
}

function subdirectories(dir: IsoDirectory): number {
  let n = 0
  for (const child of dir.children.values()) if (child.kind === 'directory') n++
  return n
}

/**
 * Fits System Use entries into a record's free space (SUSP §4): what does not fit goes to a continuation area named
 * by a CE entry (SUSP §5.1), chained when one block is not enough.
 */
function packSusp(entries: Buffer[], capacity: number): { head: Buffer[]; continuation?: ContinuationArea } {
  const total = entries.reduce((n, b) => n + b.length, 0)
  if (total <= capacity) return { head: entries }
  const head: Buffer[] = []
  let used = 0
  let i = 0
  for (const entry of entries) {
    if (used + entry.length > capacity - CE_LENGTH) break
    used += entry.length
    i++
  }
  head.push(...entries.slice(0, i))
  const rest = packSusp(entries.slice(i), SECTOR)
  const length = rest.head.reduce((n, b) => n + b.length, 0) + (rest.continuation ? CE_LENGTH : 0)
  const area: ContinuationArea = {
    entries: rest.head,
    length,
    lba: 0,
    offset: 0,
    ...(rest.continuation ? { next: rest.continuation } : {}),
  }
  return { head, continuation: area }
}

function writeMetadata(sink: Sink, plan: ImagePlan, options: IsoOptions): void {
  sink.writeZeros(SYSTEM_AREA_SECTORS * SECTOR)
  sink.write(volumeDescriptor(plan, options, 'primary'))
  if (plan.joliet) sink.write(volumeDescriptor(plan, options, 'joliet'))
  // §8.3: Volume Descriptor Set Terminator.
  const terminator = Buffer.alloc(SECTOR)
  terminator[0] = 255
  terminator.write('CD001', 1, 'ascii')
  terminator[6] = 1
  sink.write(terminator)
  const tables: [Hierarchy, boolean][] = [
    [plan.iso, true],
    [plan.iso, false],
  ]
  if (plan.joliet) tables.push([plan.joliet, true], [plan.joliet, false])
  for (const [hierarchy, little] of tables) sink.write(pathTable(hierarchy, little))
  for (const hierarchy of plan.joliet ? [plan.iso, plan.joliet] : [plan.iso])
    for (const dir of hierarchy.directories) {
      sink.write(directoryExtent(dir, hierarchy, plan, options.epoch))
      if (dir.areaSectors === 0) continue
      const blocks = Buffer.alloc(dir.areaSectors * SECTOR)
      for (const area of dir.areas) {
        let at = (area.lba - dir.areaStart) * SECTOR + area.offset
        for (const entry of area.entries) at += entry.copy(blocks, at)
        if (area.next) ceEntry(area.next.lba, area.next.offset, area.next.length).copy(blocks, at)
      }
      sink.write(blocks)
    }
  if (sink.position !== plan.emptyLba * SECTOR) throw new Error('layout error: metadata size differs from the plan')
}

/** §8.4 (primary) and §8.5 with the Joliet escape sequence %/E, UCS-2 level 3 (supplementary). */
function volumeDescriptor(plan: ImagePlan, options: IsoOptions, kind: 'primary' | 'joliet'): Buffer {
  const joliet = kind === 'joliet'
  const hierarchy = joliet && plan.joliet ? plan.joliet : plan.iso
  const d = Buffer.alloc(SECTOR)
  d[0] = joliet ? 2 : 1
  d.write('CD001', 1, 'ascii')
  d[6] = 1
  const text = (offset: number, length: number, value: string, upper = true) =>
    joliet ? paddedUcs2(d, offset, length, value) : padded(d, offset, length, upper ? value.toUpperCase() : value)
  text(8, 32, '')
  text(40, 32, options.volumeId)
  both32(d, 80, plan.totalSectors)
  if (joliet) d.write('%/E', 88, 'ascii')
  both16(d, 120, 1)
  both16(d, 124, 1)
  both16(d, 128, SECTOR)
  both32(d, 132, hierarchy.pathTableSize)
  d.writeUInt32LE(joliet ? plan.pathTables.jolietL : plan.pathTables.isoL, 140)
  d.writeUInt32BE(joliet ? plan.pathTables.jolietM : plan.pathTables.isoM, 148)
  // §8.4.18: the root directory record, 34 bytes, identifier 0x00.
  const root = required(hierarchy.directories[0], 'root directory')
  writeRecordFixed(d, 156, 34, 1, root.lba, root.size, 0x02, Math.min(root.dir.mtime, options.epoch))
  d[156 + 33] = 0
  text(190, 128, options.volumeSetId ?? '')
  text(318, 128, options.publisherId ?? '')
  text(446, 128, options.preparerId ?? '')
  text(574, 128, options.applicationId ?? '')
  text(702, 37, '')
  text(739, 37, '')
  text(776, 37, '')
  volumeDate(d, 813, options.epoch)
  volumeDate(d, 830, options.epoch)
  volumeDate(d, 847, undefined)
  volumeDate(d, 864, options.epoch)
  d[881] = 1
  return d
}

function pathTable(hierarchy: Hierarchy, little: boolean): Buffer {
  const table = Buffer.alloc(sectors(hierarchy.pathTableSize) * SECTOR)
  let at = 0
  for (const dir of hierarchy.directories) {
    table[at] = dir.identifier.length
    table[at + 1] = 0
    if (little) {
      table.writeUInt32LE(dir.lba, at + 2)
      table.writeUInt16LE(dir.parent?.number ?? 1, at + 6)
    } else {
      table.writeUInt32BE(dir.lba, at + 2)
      table.writeUInt16BE(dir.parent?.number ?? 1, at + 6)
    }
    dir.identifier.copy(table, at + 8)
    at += 8 + dir.identifier.length + (dir.identifier.length % 2)
  }
  return table
}

function directoryExtent(dir: PlannedDirectory, hierarchy: Hierarchy, plan: ImagePlan, epoch: number): Buffer {
  const extent = Buffer.alloc(dir.size)
  let at = 0
  const parent = dir.parent ?? dir
  let extentIndex = 0
  let previous: IsoEntry | undefined
  const all = [dir.self, dir.dotdot, ...dir.records]
  all.forEach((record, index) => {
    if ((at % SECTOR) + record.length > SECTOR) at += SECTOR - (at % SECTOR)
    const target = record.target
    extentIndex = target === previous && index >= 2 ? extentIndex + 1 : 0
    previous = target
    let lba: number
    let size: number
    let flags = 0
    if (index === 0) {
      lba = dir.lba
      size = dir.size
      flags = 0x02
    } else if (index === 1) {
      lba = parent.lba
      size = parent.size
      flags = 0x02
    } else if (target.kind === 'directory') {
      const child = required(hierarchy.byEntry.get(target), 'directory')
      lba = child.lba
      size = child.size
      flags = 0x02
    } else if (target.kind === 'file' && target.size > 0) {
      const start = required(plan.fileLba.get(target), 'file')
      const extents = Math.ceil(target.size / MAX_EXTENT)
      lba = start + (extentIndex * MAX_EXTENT) / SECTOR
      size = extentIndex < extents - 1 ? MAX_EXTENT : target.size - extentIndex * MAX_EXTENT
      if (extentIndex < extents - 1) flags = 0x80 // §9.1.6 bit 7: not the final record of the file
    } else {
      lba = plan.emptyLba
      size = 0
    }
    const mtime = index === 1 ? parent.dir.mtime : target.mtime
    const idLength = identifierLength(record.identifier, hierarchy.wide)
    writeRecordFixed(extent, at, record.length, idLength, lba, size, flags, Math.min(mtime, epoch))
    writeIdentifier(extent, at + 33, record.identifier, hierarchy.wide)
    let su = at + 33 + idLength + (idLength % 2 === 0 ? 1 : 0)
    if (record.suspHead) for (const entry of record.suspHead) su += entry.copy(extent, su)
    else if (hierarchy.rr && record.name !== undefined) {
      const view = hierarchy.rr(target)
      su = writePx(extent, su, target.mode, linkCount(target), view.uid, view.gid)
      su = writeTf(extent, su, view.mtime)
      su = writeNm(extent, su, record.name)
    }
    if (record.continuation) {
      const c = record.continuation
      ceEntry(c.lba, c.offset, c.length).copy(extent, su)
    }
    at += record.length
  })
  return extent
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`layout error: a ${what} was not planned`)
  return value
}

/** §9.1: the fixed part of a directory record (the identifier's bytes are written by the caller). */
function writeRecordFixed(
  buffer: Buffer,
  at: number,
  length: number,
  identifierLength: number,
  lba: number,
  size: number,
  flags: number,
  mtime: number,
): void {
  buffer[at] = length
  buffer[at + 1] = 0
  both32(buffer, at + 2, lba)
  both32(buffer, at + 10, size)
  recordDate(buffer, at + 18, mtime)
  buffer[at + 25] = flags
  buffer[at + 26] = 0
  buffer[at + 27] = 0
  both16(buffer, at + 28, 1)
  buffer[at + 32] = identifierLength
}

class ShortFileError extends Error {}

/** Files of at least this size are copied block by block on their own, not packed with others. */
const LARGE_FILE = 256 * 1024

/**
 * File data, read straight into the output block: three system calls per file (open, read, close) for the small
 * files of a provisioning tree, reads of up to a block for large ones. The last read asks for one byte more than
 * the file should have, so a file that grew (or shrank) while the image was written is caught without an fstat.
 */
async function copyFileData(sink: Sink, plan: ImagePlan, options: IsoOptions): Promise<void> {
  const total = plan.files.reduce((n, f) => n + f.file.size, 0)
  const interval = options.progressIntervalMs ?? 1000
  const probe = Buffer.allocUnsafe(1)
  let written = 0
  let lastReport = Date.now()
  let lastYield = 0
  for (const { file, lba } of plan.files) {
    if (sink.position !== lba * SECTOR) throw new Error(`layout error at ${showName(file.source)}`)
    const fd = openSync(fsPath(file.source), 'r')
    try {
      let left = file.size
      let probed = false
      const onData = (n: number) => {
        written += n
        if (options.onProgress && Date.now() - lastReport >= interval) {
          lastReport = Date.now()
          options.onProgress(written, total)
        }
      }
      if (file.size >= LARGE_FILE) {
        try {
          sink.copyLarge(fd, file.size, onData)
        } catch (error) {
          if (error instanceof ShortFileError)
            throw new Error(`${showName(file.source)} became shorter while the image was written`)
          throw error
        }
        left = 0
      }
      while (left > 0) {
        const room = sink.room()
        // When the rest fits, ask for one byte more: getting it means the file grew.
        const probing = left < room.length
        const want = probing ? left + 1 : Math.min(left, room.length)
        const n = readSync(fd, room, 0, want, null)
        if (n === 0) throw new Error(`${showName(file.source)} became shorter while the image was written`)
        if (n > left) throw new Error(`${showName(file.source)} grew while the image was written`)
        sink.advance(n)
        left -= n
        probed = probing && left === 0 && n < want
        onData(n)
      }
      if (!probed && readSync(fd, probe, 0, 1, null) !== 0)
        throw new Error(`${showName(file.source)} grew while the image was written`)
    } finally {
      closeSync(fd)
    }
    const pad = (SECTOR - (file.size % SECTOR)) % SECTOR
    if (pad > 0) sink.writeZeros(pad)
    // Let timers and I/O callbacks run now and then.
    if (written - lastYield >= 64 * 1024 * 1024) {
      lastYield = written
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  options.onProgress?.(written, total)
}
