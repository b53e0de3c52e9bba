/**
 * The pure parts of a download: what to ask for, what an answer means, and whether a cache stamp still vouches for a
 * file. No I/O here; `download.ts` carries out what these decide.
 */

/** One attempt's request: the headers, and where in the file the body will start. */
export interface AttemptPlan {
  headers: Record<string, string>
  /** Bytes already in `<dest>.part` that this attempt keeps: a `Range: bytes=<offset>-` request when above 0. */
  offset: number
}

export function planAttempt(partialSize: number, headers: Record<string, string> = {}): AttemptPlan {
  const planned = { ...headers }
  if (partialSize > 0) planned.range = `bytes=${partialSize}-`
  return { headers: planned, offset: partialSize }
}

/** What to do with an answer's status line and headers. */
export type Reading =
  /** Write the body at `offset` (0 after a 200: the file starts over). */
  | { action: 'write'; offset: number; resumed: boolean; expectedTotal: number | undefined }
  /** The partial file is already the whole resource (416 whose size is ours). */
  | { action: 'complete' }
  /** Drop the partial file and try again from nothing. */
  | { action: 'restart'; reason: string }
  /** A status worth another attempt (408, 429, 5xx). */
  | { action: 'retry'; reason: string }
  /** Anything else: the download fails. */
  | { action: 'fail'; reason: string }

/**
 * Reads an answer to a (possibly ranged) GET, per RFC 9110 §14 (Range) and §15.5.17 (416): a 206 must start where we
 * asked; a 200 to a ranged request means the server ignores ranges and the file starts over; a 416 either means we
 * have it all or that the partial file is longer than the resource.
 */
export function readAnswer(
  status: number,
  header: (name: string) => string | undefined,
  offset: number,
  retryable: (status: number) => boolean,
): Reading {
  if (status === 416 && offset > 0) {
    const total = /\/(\d+)$/.exec(header('content-range') ?? '')?.[1]
    if (total !== undefined && Number(total) === offset) return { action: 'complete' }
    return { action: 'restart', reason: 'the partial file does not fit the resource; starting over' }
  }
  if (retryable(status)) return { action: 'retry', reason: `HTTP ${status}` }
  if (status !== 200 && status !== 206) return { action: 'fail', reason: `HTTP ${status}` }
  const length = header('content-length')
  const bodyLength = length === undefined || !/^\d+$/.test(length) ? undefined : Number(length)
  if (status === 206) {
    const start = /^bytes (\d+)-/.exec(header('content-range') ?? '')?.[1]
    if (start === undefined || Number(start) !== offset)
      return { action: 'restart', reason: 'the server answered another range than asked; starting over' }
    return {
      action: 'write',
      offset,
      resumed: offset > 0,
      expectedTotal: bodyLength === undefined ? undefined : offset + bodyLength,
    }
  }
  return { action: 'write', offset: 0, resumed: false, expectedTotal: bodyLength }
}

/**
 * What the cache records beside a verified file: its size, modification time and inode when it was verified, and the
 * digest. While all three still match, the file is the one that was verified and need not be hashed again (a warm
 * cache costs a stat, not a read of the whole ISO). Any change (a rewrite, a copy, a restore from the remote cache,
 * which sets a new mtime) sends the file through a full hash again.
 */
export interface CacheStamp {
  version: 1
  size: number
  /** Nanoseconds, as a decimal string: mtimeMs loses precision a rewrite within the same millisecond would hide in. */
  mtimeNs: string
  ino: number
  algorithm: string
  hex: string
}

export interface FileFacts {
  size: number
  mtimeNs: bigint
  ino: number
}

export function stampFor(facts: FileFacts, digest: { algorithm: string; hex: string }): CacheStamp {
  return {
    version: 1,
    size: facts.size,
    mtimeNs: facts.mtimeNs.toString(),
    ino: facts.ino,
    algorithm: digest.algorithm,
    hex: digest.hex,
  }
}

/** Whether a stamp (parsed JSON, or undefined) vouches for this file holding this digest. */
export function stampVouches(stamp: unknown, facts: FileFacts, digest: { algorithm: string; hex: string }): boolean {
  const s = stamp as Partial<CacheStamp> | null | undefined
  return (
    typeof s === 'object' &&
    s !== null &&
    s.version === 1 &&
    s.size === facts.size &&
    s.mtimeNs === facts.mtimeNs.toString() &&
    s.ino === facts.ino &&
    s.algorithm === digest.algorithm &&
    s.hex === digest.hex
  )
}
