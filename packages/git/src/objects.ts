import { closeSync, openSync, readFileSync, readSync, readdirSync, statSync, type Stats } from 'node:fs'
import path from 'node:path'
import type { Environment } from '@slipway/action-kit'

/**
 * A commit object read from the repository's own files, without starting git: a git process costs a cold start
 * 15-20 ms (the fork, three pipes, git's own start), and the commit date of the checked-out commit is all some
 * actions ask of git. Only the plain case is read here: a `.git` folder in `cwd` that git would trust (owned by this
 * user), no replace refs, no environment that moves git's folders, a SHA-1 commit stored whole (loose, or in a pack
 * as a commit rather than a delta). Anything else answers undefined, and the caller asks git, whose answer is the
 * reference: this must never answer differently from it.
 */
export async function readCommitDirect(cwd: string, env: Environment, revision: string): Promise<Buffer | undefined> {
  const gitDir = plainGitDir(cwd, env)
  return gitDir === undefined ? undefined : (await readCommit(gitDir, revision))?.data
}

/**
 * `git rev-parse --is-shallow-repository --verify HEAD^{commit}` from the repository's files, in the plain case of
 * readCommitDirect: HEAD's commit (checked to be one) and whether the clone is shallow (git's test: a `shallow` file
 * it can open). Undefined whenever git must answer instead.
 */
export async function resolveHeadDirect(
  cwd: string,
  env: Environment,
): Promise<{ commit: string; shallow: boolean } | undefined> {
  const gitDir = plainGitDir(cwd, env)
  const commit = gitDir === undefined ? undefined : await readCommit(gitDir, 'HEAD')
  if (gitDir === undefined || commit === undefined) return undefined
  let shallow = true
  try {
    closeSync(openSync(path.join(gitDir, 'shallow'), 'r'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return undefined
    shallow = false
  }
  return { commit: commit.oid, shallow }
}

/** The `.git` folder of `cwd` when git would read it as this module does; see readCommitDirect. */
function plainGitDir(cwd: string, env: Environment): string | undefined {
  try {
    // GIT_DIR, GIT_OBJECT_DIRECTORY, GIT_CONFIG_*...: git would look elsewhere or differently.
    if (Object.keys(env).some((name) => MOVES_GIT.test(name) && env[name] !== undefined)) return undefined
    const gitDir = path.join(cwd, '.git')
    const dir = statSync(gitDir)
    if (!dir.isDirectory() || !ownedByMe(dir) || !ownedByMe(statSync(cwd))) return undefined
    // Extensions (another hash, another ref store, a partial clone) and replace refs change what git would read.
    const config = readFileSync(path.join(gitDir, 'config'), 'utf8')
    if (/refstorage|objectformat|replace/i.test(config)) return undefined
    if (hasReplaceRefs(gitDir)) return undefined
    return gitDir
  } catch {
    return undefined
  }
}

/** A commit (a full SHA-1, or HEAD) stored whole in `gitDir`; undefined when it is not, or is not a commit. */
async function readCommit(gitDir: string, revision: string): Promise<{ oid: string; data: Buffer } | undefined> {
  try {
    const oid = revision === 'HEAD' ? resolveHead(gitDir) : revision
    if (oid === undefined || !/^[0-9a-f]{40}$/.test(oid)) return undefined
    const objects = path.join(gitDir, 'objects')
    // node:zlib is loaded only here, when there is an object to read: a few ms, against a git process's 15-20.
    const { inflateSync } = await import('node:zlib')
    // A commit is a few hundred bytes: anything past the limit (a crafted object) is left to git, never inflated.
    const inflate: Inflate = (data) => inflateSync(data, { maxOutputLength: MAX_COMMIT + 64 })
    const content = readLoose(objects, oid, inflate) ?? readPacked(objects, oid, inflate)
    return content?.type === 'commit' ? { oid, data: content.data } : undefined
  } catch {
    return undefined
  }
}

/** The committer time (`%ct`) of a raw commit object, or undefined when its committer line is not the usual one. */
export function committerTime(commit: Buffer): number | undefined {
  const text = commit.toString('utf8')
  const header = text.slice(0, text.indexOf('\n\n') < 0 ? text.length : text.indexOf('\n\n'))
  const line = header.split('\n').find((l) => l.startsWith('committer '))
  const match = line === undefined ? null : /^committer [^<\n]*<[^>\n]*> (\d+) [+-]\d{4}$/.exec(line)
  return match ? Number(match[1]) : undefined
}

/** Variables that change where git finds a repository's objects and refs, or how it reads them. */
const MOVES_GIT =
  /^GIT_(DIR|WORK_TREE|COMMON_DIR|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|REPLACE_REF_BASE|NAMESPACE|CONFIG\w*|DEFAULT_HASH|DEFAULT_REF_FORMAT)$/

/** HEAD's commit: HEAD itself when detached, else its branch, as a loose ref file or in packed-refs. */
function resolveHead(gitDir: string): string | undefined {
  const head = readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim()
  if (/^[0-9a-f]{40}$/.test(head)) return head
  const ref = /^ref: (refs\/heads\/[^\s]+)$/.exec(head)?.[1]
  if (ref === undefined || ref.split('/').some((part) => part === '..' || part === '.')) return undefined
  try {
    const loose = readFileSync(path.join(gitDir, ref), 'utf8').trim()
    return /^[0-9a-f]{40}$/.test(loose) ? loose : undefined
  } catch {
    // not a loose ref: packed, or an unborn branch
  }
  let packed: string
  try {
    packed = readFileSync(path.join(gitDir, 'packed-refs'), 'utf8')
  } catch {
    return undefined
  }
  for (const line of packed.split('\n')) {
    const [oid, name] = line.split(' ')
    if (name === ref && oid !== undefined && /^[0-9a-f]{40}$/.test(oid)) return oid
  }
  return undefined
}

function ownedByMe(stats: Stats): boolean {
  // git refuses a repository another user owns (safe.directory); leave that decision to git.
  return typeof process.getuid === 'function' && stats.uid === process.getuid()
}

function hasReplaceRefs(gitDir: string): boolean {
  try {
    if (readdirSync(path.join(gitDir, 'refs', 'replace')).length > 0) return true
  } catch {
    // no refs/replace folder
  }
  try {
    return readFileSync(path.join(gitDir, 'packed-refs'), 'utf8').includes('refs/replace/')
  } catch {
    return false
  }
}

interface RawObject {
  type: string
  data: Buffer
}

type Inflate = (data: Buffer) => Buffer

/** The largest commit object read here (its message included); a larger one is git's to read. */
const MAX_COMMIT = 1024 * 1024

function readLoose(objects: string, oid: string, inflate: Inflate): RawObject | undefined {
  let compressed: Buffer
  try {
    compressed = readFileSync(path.join(objects, oid.slice(0, 2), oid.slice(2)))
  } catch {
    return undefined
  }
  const raw = inflate(compressed)
  const nul = raw.indexOf(0)
  const [type = '', size = ''] = raw.subarray(0, nul).toString('latin1').split(' ')
  const data = raw.subarray(nul + 1)
  if (nul < 0 || Number(size) !== data.length) throw new Error(`loose object ${oid} is malformed`)
  return { type, data }
}

const PACK_TYPES = ['', 'commit', 'tree', 'blob', 'tag']

function readPacked(objects: string, oid: string, inflate: Inflate): RawObject | undefined {
  const packDir = path.join(objects, 'pack')
  let names: string[]
  try {
    names = readdirSync(packDir).filter((name) => name.endsWith('.idx'))
  } catch {
    return undefined
  }
  const want = Buffer.from(oid, 'hex')
  for (const name of names) {
    const offset = findInIndex(readFileSync(path.join(packDir, name)), want)
    if (offset === undefined) continue
    return readPackEntry(path.join(packDir, name.replace(/\.idx$/, '.pack')), offset, inflate)
  }
  return undefined
}

/** The object's offset in the pack, from a version 2 pack index; undefined when the index does not hold it. */
function findInIndex(idx: Buffer, want: Buffer): number | undefined {
  if (idx.readUInt32BE(0) !== 0xff744f63 || idx.readUInt32BE(4) !== 2) throw new Error('not a version 2 pack index')
  const fanout = 8
  const count = idx.readUInt32BE(fanout + 255 * 4)
  const first = want[0] ?? 0
  let low = first === 0 ? 0 : idx.readUInt32BE(fanout + (first - 1) * 4)
  let high = idx.readUInt32BE(fanout + first * 4)
  const names = fanout + 256 * 4
  while (low < high) {
    const mid = (low + high) >>> 1
    const order = idx.compare(want, 0, 20, names + mid * 20, names + mid * 20 + 20)
    if (order === 0) {
      const offsets = names + count * 20 + count * 4
      const small = idx.readUInt32BE(offsets + mid * 4)
      if ((small & 0x80000000) === 0) return small
      const large = offsets + count * 4 + (small & 0x7fffffff) * 8
      return Number(idx.readBigUInt64BE(large))
    }
    // The name at mid sorts after the one wanted: look below it.
    if (order > 0) high = mid
    else low = mid + 1
  }
  return undefined
}

function readPackEntry(pack: string, offset: number, inflate: Inflate): RawObject | undefined {
  const fd = openSync(pack, 'r')
  try {
    const head = Buffer.alloc(16)
    readSync(fd, head, 0, head.length, offset)
    let byte = head[0] ?? 0
    const type = PACK_TYPES[(byte >> 4) & 7]
    // Only a commit stored whole: a delta (ofs-delta 6, ref-delta 7) needs its base, and git reads those.
    if (type !== 'commit') return undefined
    let size = byte & 0x0f
    let shift = 4
    let at = 1
    while (byte & 0x80) {
      byte = head[at++] ?? 0
      size += (byte & 0x7f) * 2 ** shift
      shift += 7
    }
    if (size > MAX_COMMIT) return undefined
    // Deflate never grows data by more than a few bytes per 16 KiB block, plus its header and checksum.
    const room = size + Math.ceil(size / 1000) + 64
    const compressed = Buffer.alloc(room)
    const got = readSync(fd, compressed, 0, room, offset + at)
    const data = inflate(compressed.subarray(0, got))
    if (data.length !== size) throw new Error(`pack entry at ${offset} is malformed`)
    return { type, data }
  } finally {
    closeSync(fd)
  }
}
