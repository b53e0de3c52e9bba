import { mkdir, open, rename, rm, stat, truncate } from 'node:fs/promises'
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
import { ChecksumMismatchError, digestFile, type Digest } from './checksum.js'
import { httpGet, type HttpResponse } from './http.js'

export interface DownloadOptions {
  url: string
  /** Where the verified file lands; `<dest>.part` holds the bytes until then, so a later attempt can resume. */
  dest: string
  /** Verified before the file is moved into place; a mismatch deletes it. */
  digest?: Digest
  logger: Logger
  /** Attempts in all (default 5), with exponential backoff, jitter and Retry-After. */
  attempts?: number
  retry?: Pick<RetryOptions, 'minDelayMs' | 'maxDelayMs' | 'maxElapsedMs' | 'sleep'>
  /** Extra request headers (an Authorization header for a private mirror: never logged). */
  headers?: Record<string, string>
  /** A progress line each time this fraction of a known length arrives (default 0.1), or each 64 MiB otherwise. */
  progressStep?: number
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
const WRITE_SIZE = 1024 * 1024

/**
 * Downloads a URL to a file with retries and resume: a failed attempt keeps its bytes in `<dest>.part` and the next
 * one asks for the rest with `Range: bytes=<n>-` (RFC 9110 §14.2); a server that answers 200 instead of 206 starts
 * the file over. The digest is checked before the file is moved to `dest`; a mismatch deletes it and throws
 * ChecksumMismatchError, which is never retried (the same bytes would come again).
 */
export async function downloadFile(options: DownloadOptions): Promise<DownloadResult> {
  const { url, dest, logger } = options
  const partial = `${dest}.part`
  await mkdir(path.dirname(dest), { recursive: true })
  let bytesTransferred = 0
  let attempts = 0
  let resumed = false
  const shown = redact(url)

  await retry(
    async () => {
      attempts++
      let offset = await sizeOf(partial)
      const headers: Record<string, string> = { ...options.headers }
      if (offset > 0) headers.Range = `bytes=${offset}-`
      let response: HttpResponse
      try {
        response = await httpGet(url, headers)
      } catch (error) {
        throw transient(error, `GET ${shown}`)
      }
      if (response.status === 416 && offset > 0) {
        // Range Not Satisfiable: either the partial file is already whole, or it is longer than the resource.
        response.cancel()
        const total = /\/(\d+)$/.exec(response.header('content-range') ?? '')?.[1]
        if (total !== undefined && Number(total) === offset) return
        await rm(partial, { force: true })
        throw new RetryableError(`GET ${shown}: the partial file does not fit the resource; starting over`)
      }
      if (isRetryableStatus(response.status)) {
        response.cancel()
        throw new RetryableError(
          `GET ${shown}: HTTP ${response.status} ${response.statusText}`,
          parseRetryAfter(response.header('retry-after')),
        )
      }
      if (response.status !== 200 && response.status !== 206) {
        response.cancel()
        throw new Error(`GET ${shown}: HTTP ${response.status} ${response.statusText}`)
      }
      if (response.status === 206) {
        const start = /^bytes (\d+)-/.exec(response.header('content-range') ?? '')?.[1]
        if (start === undefined || Number(start) !== offset) {
          response.cancel()
          await rm(partial, { force: true })
          throw new RetryableError(`GET ${shown}: the server answered another range than asked; starting over`)
        }
        resumed = true
        logger.info(`Resuming ${shown} at byte ${offset}`)
      } else if (offset > 0) {
        logger.info(`${shown}: the server ignores Range requests; starting over`)
        offset = 0
        await truncate(partial, 0)
      }
      const length = response.header('content-length')
      const expectedTotal = length === null ? undefined : offset + Number(length)
      const progress = progressReporter(logger, shown, offset, expectedTotal, options.progressStep ?? 0.1)
      let received = 0
      // Chunks are gathered into 1 MiB writes (one small write per network chunk halves the throughput). When the
      // connection breaks, what was gathered is written before the error goes on, so the file holds every byte that
      // arrived and the next attempt's Range starts exactly there.
      const file = await open(partial, offset > 0 ? 'a' : 'w')
      let pending: Uint8Array[] = []
      let pendingBytes = 0
      const flush = async (): Promise<void> => {
        if (pendingBytes === 0) return
        await file.write(pending.length === 1 && pending[0] ? pending[0] : Buffer.concat(pending, pendingBytes))
        pending = []
        pendingBytes = 0
      }
      try {
        for await (const chunk of response.body as AsyncIterable<Buffer>) {
          pending.push(chunk)
          pendingBytes += chunk.length
          received += chunk.length
          progress(offset + received)
          if (pendingBytes >= WRITE_SIZE) await flush()
        }
        await flush()
      } catch (error) {
        await flush()
        throw transient(error, `GET ${shown}: the connection broke after ${offset + received} bytes`)
      } finally {
        bytesTransferred += received
        await file.close()
      }
      const size = await sizeOf(partial)
      if (expectedTotal !== undefined && size !== expectedTotal) {
        throw new RetryableError(`GET ${shown}: got ${size} of ${expectedTotal} bytes`)
      }
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
  let hex: string | undefined
  if (options.digest) {
    hex = await digestFile(partial, options.digest.algorithm)
    if (hex !== options.digest.hex) {
      await rm(partial, { force: true })
      throw new ChecksumMismatchError(shown, options.digest, hex)
    }
  }
  await rename(partial, dest)
  const result: DownloadResult = { path: dest, bytesTransferred, size, attempts, resumed }
  if (hex !== undefined) result.hex = hex
  return result
}

/** Fetches a small text resource (a checksum file) with the same retries. */
export async function fetchText(
  url: string,
  logger: Logger,
  attempts = 5,
  retryOptions: DownloadOptions['retry'] = {},
): Promise<string> {
  const shown = redact(url)
  return retry(
    async () => {
      let response: Response
      try {
        response = await fetch(url, { redirect: 'follow' })
      } catch (error) {
        throw transient(error, `GET ${shown}`)
      }
      if (isRetryableStatus(response.status)) {
        await response.body?.cancel()
        throw new RetryableError(
          `GET ${shown}: HTTP ${response.status}`,
          parseRetryAfter(response.headers.get('retry-after')),
        )
      }
      if (!response.ok) {
        await response.body?.cancel()
        throw new Error(`GET ${shown}: HTTP ${response.status} ${response.statusText}`)
      }
      try {
        return await response.text()
      } catch (error) {
        throw transient(error, `GET ${shown}`)
      }
    },
    {
      attempts,
      ...retryOptions,
      shouldRetry: (error) => error instanceof RetryableError || isTransientNetworkError(error),
      onRetry: ({ error, attempt, delayMs }) =>
        logger.warning(`${messageOf(error)} (attempt ${attempt}); retrying in ${(delayMs / 1000).toFixed(1)} s`),
    },
  )
}

function transient(error: unknown, what: string): Error {
  if (
    isTransientNetworkError(error) ||
    (error instanceof TypeError && /terminated|fetch failed/i.test(error.message))
  ) {
    return new RetryableError(`${what}: ${describeCause(error)}`, undefined, { cause: error })
  }
  return error instanceof Error ? error : new Error(String(error))
}

function describeCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  return cause?.code ?? cause?.message ?? messageOf(error)
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
export function redact(url: string): string {
  try {
    const parsed = new URL(url)
    parsed.username = ''
    parsed.password = ''
    if (parsed.search) parsed.search = '?…'
    return parsed.toString()
  } catch {
    return url
  }
}

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
