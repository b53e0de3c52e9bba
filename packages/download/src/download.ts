import { createHash, type Hash } from 'node:crypto'
import { mkdir, open, readFile, rename, rm, stat, writeFile, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import {
  RetryableError,
  isRetryableStatus,
  isTransientNetworkError,
  parseRetryAfter,
  retry,
  type Logger,
  type RetryOptions,
} from '@slipway/action-kit'
import { redactUrl, sendBuffered, type HttpClient } from '@slipway/http'
import { ChecksumMismatchError, type Digest } from './checksum.js'
import { planAttempt, readAnswer, stampFor, stampVouches, type FileFacts } from './plan.js'

export interface DownloadOptions {
  /** The HTTP layer (the runner's proxy, stall limit, credential rules): one per step, made from RunnerContext.env. */
  http: HttpClient
  url: string
  /** Where the verified file lands; `<dest>.part` holds the bytes until then, so a later attempt can resume. */
  dest: string
  /** Verified before the file is moved into place; a mismatch deletes it. */
  digest?: Digest
  logger: Logger
  /** Attempts in all (default 5), with exponential backoff, jitter and Retry-After. */
  attempts?: number
  retry?: Pick<RetryOptions, 'minDelayMs' | 'maxDelayMs' | 'maxElapsedMs' | 'sleep'>
  /** Extra request headers. An Authorization header is bound to the URL's origin: a redirect elsewhere drops it. */
  headers?: Record<string, string>
  /** A progress line each time this fraction of a known length arrives (default 0.1), or each 64 MiB otherwise. */
  progressStep?: number
  /** Write a cache stamp beside `dest` (see `trustedByStamp`). */
  stamp?: boolean
}

export interface DownloadResult {
  path: string
  /** Bytes received over the network, over all attempts. */
  bytesTransferred: number
  size: number
  attempts: number
  /** True when a later attempt continued a partial file with a Range request. */
  resumed: boolean
  /** The verified digest, when one was given. */
  hex?: string
}

const UNKNOWN_LENGTH_STEP = 64 * 1024 * 1024
/** Bytes gathered before a write: few, large writes (one per network chunk halves the throughput). */
const WRITE_SIZE = 4 * 1024 * 1024

/**
 * Downloads a URL to a file, in four phases:
 * 1. plan: what the next attempt asks for (`planAttempt`: a Range from the end of `<dest>.part`), pure;
 * 2. fetch: one GET through the HTTP layer, its answer read by `readAnswer` (pure), the body hashed as it arrives and
 *    written in large writes, one in flight while the next gathers; retried with resume (a failed attempt keeps its
 *    bytes, the next asks for the rest, RFC 9110 §14.2), stalls and resets included;
 * 3. verify: the digest computed while receiving against the expected one; a mismatch deletes the file and throws
 *    ChecksumMismatchError, never retried (the same bytes would come again);
 * 4. commit: `<dest>.part` renamed to `dest`, and a stamp written beside it when asked.
 */
export async function downloadFile(options: DownloadOptions): Promise<DownloadResult> {
  const { url, dest, logger } = options
  const partial = `${dest}.part`
  await mkdir(path.dirname(dest), { recursive: true })
  const shown = redactUrl(url)
  const state = { bytesTransferred: 0, attempts: 0, resumed: false, hex: undefined as string | undefined }

  await retry(
    async () => {
      state.attempts++
      const fetched = await fetchAttempt(options, partial, shown, state)
      state.hex = fetched
    },
    {
      attempts: options.attempts ?? 5,
      ...options.retry,
      shouldRetry: (error) => error instanceof RetryableError || isTransientNetworkError(error),
      onRetry: ({ error, attempt, delayMs }) =>
        logger.warning(`${messageOf(error)} (attempt ${attempt}); retrying in ${(delayMs / 1000).toFixed(1)} s`),
    },
  )

  const size = await sizeOf(partial)
  if (options.digest) await verifyDigest(shown, options.digest, state.hex ?? '', partial)
  await commit(partial, dest, options.stamp && options.digest ? options.digest : undefined)
  const result: DownloadResult = {
    path: dest,
    bytesTransferred: state.bytesTransferred,
    size,
    attempts: state.attempts,
    resumed: state.resumed,
  }
  if (state.hex !== undefined) result.hex = state.hex
  return result
}

/** One attempt; resolves with the digest of the whole partial file (when a digest was asked for). */
async function fetchAttempt(
  options: DownloadOptions,
  partial: string,
  shown: string,
  state: { bytesTransferred: number; resumed: boolean },
): Promise<string | undefined> {
  const { logger } = options
  const plan = planAttempt(await sizeOf(partial), options.headers)
  // A large body: read from the socket into one reused buffer (the HTTP layer's largeBody), a third of the CPU.
  const response = await options.http.request({
    url: options.url,
    headers: plan.headers,
    what: `GET ${shown}`,
    largeBody: true,
  })
  const reading = readAnswer(response.status, response.header, plan.offset, isRetryableStatus)
  const algorithm = options.digest?.algorithm
  switch (reading.action) {
    case 'complete':
      response.cancel()
      return algorithm ? digestFile(partial, algorithm) : undefined
    case 'restart':
      response.cancel()
      await rm(partial, { force: true })
      throw new RetryableError(`GET ${shown}: ${reading.reason}`)
    case 'retry':
      response.cancel()
      throw new RetryableError(
        `GET ${shown}: HTTP ${response.status} ${response.statusText}`.trimEnd(),
        parseRetryAfter(response.header('retry-after')),
      )
    case 'fail':
      response.cancel()
      throw new Error(`GET ${shown}: HTTP ${response.status} ${response.statusText}`.trimEnd())
    case 'write':
      break
  }
  const { offset } = reading
  if (reading.resumed) {
    state.resumed = true
    logger.info(`Resuming ${shown} at byte ${offset}`)
  } else if (plan.offset > 0) logger.info(`${shown}: the server ignores Range requests; starting over`)
  const hash = algorithm ? createHash(algorithm) : undefined
  // A resumed file's digest covers the bytes already there: they are read back once, then the body is hashed as it
  // arrives, so the whole file is never read again after the download.
  if (hash && offset > 0) await hashFile(partial, hash, offset)
  const progress = progressReporter(logger, shown, offset, reading.expectedTotal, options.progressStep ?? 0.1)
  const file = await open(partial, offset > 0 ? 'r+' : 'w')
  const writer = new GatheringWriter(file, offset)
  let received = 0
  try {
    await response.consume((chunk) => {
      hash?.update(chunk)
      received += chunk.length
      progress(offset + received)
      return writer.add(chunk)
    })
  } catch (error) {
    // What arrived is written before the error goes on, so the next attempt's Range starts exactly there.
    await writer.finish().catch(() => undefined)
    state.bytesTransferred += received
    await file.close()
    throw error
  }
  state.bytesTransferred += received
  try {
    await writer.finish()
  } finally {
    await file.close()
  }
  const size = offset + received
  if (reading.expectedTotal !== undefined && size !== reading.expectedTotal) {
    throw new RetryableError(`GET ${shown}: got ${size} of ${reading.expectedTotal} bytes`)
  }
  return hash?.digest('hex')
}

/**
 * Copies chunks into two reused 4 MiB buffers and writes each when full, one write in flight while the other fills:
 * the disk and the network overlap on one thread, and the network's 64 KiB chunks die young (holding them for a
 * gathered writev kept them alive into the old generation, which cost more in GC than the copy does).
 */
class GatheringWriter {
  private readonly buffers = [Buffer.allocUnsafe(WRITE_SIZE), Buffer.allocUnsafe(WRITE_SIZE)]
  private current = 0
  private filled = 0
  private inFlight: Promise<void> | undefined

  constructor(
    private readonly file: FileHandle,
    private position: number,
  ) {}

  /** Takes a chunk; returns a promise only when the caller must wait (the other buffer is still being written). */
  add(chunk: Buffer): Promise<void> | undefined {
    let offset = 0
    while (offset < chunk.length) {
      const buffer = this.buffers[this.current] as Buffer
      const n = chunk.copy(buffer, this.filled, offset)
      this.filled += n
      offset += n
      if (this.filled === WRITE_SIZE) {
        if (this.inFlight !== undefined) {
          const rest = chunk.subarray(offset)
          return this.inFlight.then(() => {
            this.start()
            if (rest.length > 0) return this.add(rest)
            return undefined
          })
        }
        this.start()
      }
    }
    return undefined
  }

  private start(): void {
    const buffer = (this.buffers[this.current] as Buffer).subarray(0, this.filled)
    const at = this.position
    this.position += this.filled
    this.current = 1 - this.current
    this.filled = 0
    const write = writeAll(this.file, buffer, at).finally(() => {
      if (this.inFlight === write) this.inFlight = undefined
    })
    // Awaited by a later add or by finish; marked handled now so a failed write is not an unhandled rejection.
    write.catch(() => undefined)
    this.inFlight = write
  }

  async finish(): Promise<void> {
    await this.drain()
    if (this.filled > 0) {
      this.start()
      await this.drain()
    }
  }

  private async drain(): Promise<void> {
    while (this.inFlight !== undefined) await this.inFlight
  }
}

async function writeAll(file: FileHandle, buffer: Buffer, position: number): Promise<void> {
  let done = 0
  while (done < buffer.length) {
    const { bytesWritten } = await file.write(buffer, done, buffer.length - done, position + done)
    done += bytesWritten
  }
}

/** Phase 3: the digest computed while receiving against the expected one. */
async function verifyDigest(shown: string, expected: Digest, actual: string, partial: string): Promise<void> {
  if (actual === expected.hex) return
  // Deleted before the error is thrown: a file with the wrong bytes is never left where a resume would continue it.
  await rm(partial, { force: true })
  throw new ChecksumMismatchError(shown, expected, actual)
}

/** Phase 4: the verified file moves into place; its stamp is written after, so a stamp never outlives its file. */
async function commit(partial: string, dest: string, stampDigest: Digest | undefined): Promise<void> {
  await rm(stampPath(dest), { force: true })
  await rename(partial, dest)
  if (stampDigest) await writeStamp(dest, stampDigest)
}

/** Where a cached file's stamp lives: beside it, in the same cache folder (saved and restored with it). */
export function stampPath(file: string): string {
  return `${file}.stamp.json`
}

export async function writeStamp(file: string, digest: Digest): Promise<void> {
  await writeFile(stampPath(file), `${JSON.stringify(stampFor(await factsOf(file), digest))}\n`)
}

/**
 * Whether the file's stamp still vouches for `digest`: same size, modification time (ns) and inode as when it was
 * verified. A stat and a small read, instead of hashing the whole file.
 */
export async function trustedByStamp(file: string, digest: Digest): Promise<boolean> {
  let stamp: unknown
  try {
    stamp = JSON.parse(await readFile(stampPath(file), 'utf8'))
  } catch {
    return false
  }
  try {
    return stampVouches(stamp, await factsOf(file), digest)
  } catch {
    return false
  }
}

async function factsOf(file: string): Promise<FileFacts> {
  const facts = await stat(file, { bigint: true })
  return { size: Number(facts.size), mtimeNs: facts.mtimeNs, ino: Number(facts.ino) }
}

/** The digest of a file, read in large blocks (an ISO does not fit in memory). */
export async function digestFile(file: string, algorithm: Digest['algorithm']): Promise<string> {
  const hash = createHash(algorithm)
  await hashFile(file, hash)
  return hash.digest('hex')
}

async function hashFile(file: string, hash: Hash, length = Infinity): Promise<void> {
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.allocUnsafe(4 * 1024 * 1024)
    let done = 0
    while (done < length) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, length - done), done)
      if (bytesRead === 0) break
      hash.update(buffer.subarray(0, bytesRead))
      done += bytesRead
    }
  } finally {
    await handle.close()
  }
}

/** Fetches a small text resource (a checksum file) with the same retries, stall limit and proxy. */
export async function fetchText(
  http: HttpClient,
  url: string,
  logger: Logger,
  attempts = 5,
  retryOptions: DownloadOptions['retry'] = {},
): Promise<string> {
  const response = await sendBuffered(http, { url }, { logger, retry: { attempts, ...retryOptions } })
  if (response.status < 200 || response.status > 299)
    throw new Error(`${response.what}: HTTP ${response.status} ${response.statusText}`.trimEnd())
  return response.body.toString('utf8')
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

async function sizeOf(file: string): Promise<number> {
  try {
    return (await stat(file)).size
  } catch {
    return 0
  }
}

/** A URL without its user info or query string, which may hold credentials or signed tokens. */
export const redact = redactUrl

function progressReporter(logger: Logger, shown: string, start: number, total: number | undefined, step: number) {
  const stepBytes = total ? Math.max(1, Math.floor(total * step)) : UNKNOWN_LENGTH_STEP
  let next = start + stepBytes
  const started = Date.now()
  return (position: number): void => {
    if (position < next) return
    while (next <= position) next += stepBytes
    const seconds = Math.max(0.001, (Date.now() - started) / 1000)
    const rate = (position - start) / seconds / 1024 / 1024
    const of = total ? ` of ${mib(total)} (${Math.floor((position / total) * 100)}%)` : ''
    logger.info(`${shown}: ${mib(position)}${of}, ${rate.toFixed(1)} MiB/s`)
  }
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`
