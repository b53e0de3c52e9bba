import { existsSync } from 'node:fs'
import { readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Logger } from '@slipway/action-kit'
import type { HttpClient } from '@slipway/http'
import { ChecksumMismatchError, cacheKeyOf, findInChecksumFile, type ChecksumSpec, type Digest } from './checksum.js'
import {
  digestFile,
  downloadFile,
  fetchText,
  redact,
  stampPath,
  trustedByStamp,
  writeStamp,
  type DownloadOptions,
} from './download.js'

/**
 * A cache shared between machines, keyed by the ISO's digest: `@actions/cache` on GitHub. It saves and restores the
 * entry's folder in the local cache directory, so the local layout is the same with or without it.
 */
export interface RemoteCache {
  readonly name: string
  /** Restores the folder; true when the key was found. */
  restore(folder: string, key: string): Promise<boolean>
  save(folder: string, key: string): Promise<void>
}

export interface IsoRequest {
  /** The HTTP layer (the runner's proxy, stall limit, credential rules), made from RunnerContext.env. */
  http: HttpClient
  url: string
  checksum: ChecksumSpec
  /** The local cache: `<cacheDir>/<key>/<file name>`. */
  cacheDir: string
  remote?: RemoteCache
  logger: Logger
  attempts?: number
  retry?: DownloadOptions['retry']
}

export interface IsoResult {
  path: string
  digest?: Digest
  cacheKey: string
  /** Where the bytes came from. */
  source: 'local-cache' | 'remote-cache' | 'download' | 'local-file'
  cacheHit: boolean
  bytesTransferred: number
  size: number
}

/** Resolves `file:<url>` checksums into the digest the checksum file gives for the ISO's file name. */
export async function resolveDigest(
  http: HttpClient,
  url: string,
  checksum: ChecksumSpec,
  logger: Logger,
  retryOptions?: DownloadOptions['retry'],
): Promise<Digest | undefined> {
  if (checksum.kind === 'none') return undefined
  if (checksum.kind === 'digest') return { algorithm: checksum.algorithm, hex: checksum.hex }
  const source = checksum.url
  const text = /^https?:\/\//.test(source)
    ? await fetchText(http, source, logger, 5, retryOptions)
    : await readFile(source.startsWith('file://') ? fileURLToPath(source) : source, 'utf8')
  const found = findInChecksumFile(text, fileNameOf(url), checksum.algorithm)
  if (!found) throw new Error(`the checksum file ${redact(source)} has no line for ${fileNameOf(url)}`)
  logger.info(`${fileNameOf(url)}: ${found.algorithm} ${found.hex} (from ${redact(source)})`)
  return found
}

/**
 * Gets an ISO into the cache and returns its path: a verified local entry first, then the remote cache, then the
 * network. Whatever is found is verified again before use (a cache entry could be damaged); a verified download is
 * saved to the remote cache; a mismatch is deleted and never cached.
 */
export async function fetchIso(request: IsoRequest): Promise<IsoResult> {
  const { url, logger } = request
  const digest = await resolveDigest(request.http, url, request.checksum, logger, request.retry)
  if (url.startsWith('file://') || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    const local = url.startsWith('file://') ? fileURLToPath(url) : path.resolve(url)
    if (digest) await verify(local, digest, url, false)
    const { size } = await stat(local)
    return {
      path: local,
      digest,
      cacheKey: digest ? cacheKeyOf(digest) : '',
      source: 'local-file',
      cacheHit: false,
      bytesTransferred: 0,
      size,
    }
  }
  // Without a digest there is nothing to key a cache by: the ISO is downloaded each time (Packer's `none`).
  const cacheKey = digest ? cacheKeyOf(digest) : 'iso-unverified'
  const folder = path.join(request.cacheDir, cacheKey)
  const file = path.join(folder, fileNameOf(url))
  if (digest && existsSync(file)) {
    if (await verify(file, digest, file, true, logger)) {
      logger.info(`ISO cache hit (local, ${cacheKey}): ${file}`)
      return done('local-cache', true, 0)
    }
  }
  if (digest && request.remote) {
    let restored = false
    try {
      restored = await request.remote.restore(folder, cacheKey)
    } catch (error) {
      logger.warning(`${request.remote.name}: restore failed (${messageOf(error)}); downloading instead`)
    }
    if (restored && existsSync(file) && (await verify(file, digest, file, true, logger))) {
      logger.info(`ISO cache hit (${request.remote.name}, ${cacheKey})`)
      return done('remote-cache', true, 0)
    }
  }
  logger.info(`Downloading ${redact(url)}`)
  const options: DownloadOptions = { http: request.http, url, dest: file, logger, stamp: digest !== undefined }
  if (digest) options.digest = digest
  if (request.attempts !== undefined) options.attempts = request.attempts
  if (request.retry) options.retry = request.retry
  const result = await downloadFile(options)
  logger.info(
    `Downloaded ${result.size} bytes in ${result.attempts} attempt(s)${result.resumed ? ', resumed' : ''}; checksum verified`,
  )
  if (digest && request.remote) {
    try {
      await request.remote.save(folder, cacheKey)
      logger.info(`Saved ${cacheKey} to ${request.remote.name}`)
    } catch (error) {
      // A cache save that fails (a concurrent leg saving the same key, a full quota) must not fail the build.
      logger.warning(`${request.remote.name}: save failed (${messageOf(error)})`)
    }
  }
  return done('download', false, result.bytesTransferred)

  async function done(source: IsoResult['source'], cacheHit: boolean, bytesTransferred: number): Promise<IsoResult> {
    const size = (await stat(file)).size
    return { path: file, digest, cacheKey, source, cacheHit, bytesTransferred, size }
  }
}

/**
 * Checks a file's digest. A damaged cache entry is deleted (and reported) when `discard`, else the mismatch throws.
 * A cache entry (`discard`) whose stamp still vouches for it (same size, mtime and inode as when it was verified) is
 * trusted without reading it; otherwise it is hashed in full and, when right, stamped again.
 */
async function verify(
  file: string,
  digest: Digest,
  shown: string,
  discard: boolean,
  logger?: Logger,
): Promise<boolean> {
  if (discard && (await trustedByStamp(file, digest))) {
    logger?.debug(`${file}: size, mtime and inode match its stamp; not hashed again`)
    return true
  }
  const actual = await digestFile(file, digest.algorithm)
  if (actual === digest.hex) {
    if (discard) await writeStamp(file, digest)
    return true
  }
  if (!discard) throw new ChecksumMismatchError(shown, digest, actual)
  logger?.warning(`Cached ${shown} does not match ${digest.algorithm} ${digest.hex} (got ${actual}); deleted`)
  await rm(file, { force: true })
  await rm(stampPath(file), { force: true })
  return false
}

export function fileNameOf(url: string): string {
  try {
    return path.posix.basename(new URL(url).pathname) || 'download.iso'
  } catch {
    return path.basename(url)
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
