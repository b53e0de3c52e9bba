import { silentLogger, type Logger } from '@slipway/action-kit'
import type { RegistryClient } from './client.js'
import type { ImageContent } from './oci-layout.js'

export interface PushStats {
  /** Blob bytes sent in request bodies. */
  blobBytesSent: number
  blobsUploaded: number
  blobsSkipped: number
  blobsMounted: number
}

/**
 * Where blobs are known to be in one registry: digest → a repository that holds it. One map is shared by the pushes
 * of one release, so the second image mounts the base layers the first one uploaded instead of sending them again.
 */
export type BlobLocations = Map<string, string>

export interface PushOptions {
  logger?: Logger
  /**
   * Repositories of the same registry that may hold this image's blobs (the other images of the release, the base
   * image): a blob missing from the target is mounted from one of them (zero bytes) before it is uploaded.
   */
  mountFrom?: readonly string[]
  /** Shared knowledge of where blobs are (see BlobLocations); updated as blobs land. */
  blobLocations?: BlobLocations
  /** Blobs handled at once. Default 6, as skopeo copies: the layers of a typical image all start at once. */
  concurrency?: number
}

/** At most this many repositories are asked for a mount per blob: each miss costs one request. */
const MOUNT_CANDIDATES = 3

/**
 * Pushes an image by digest only, leaving every tag alone: the blobs first, several at once (each one looked up,
 * then mounted from where it is known to be, then uploaded in one PUT or in chunks), then the child manifests, then
 * the root manifest under its digest. A manifest is only put once every blob it names is in the repository.
 */
export async function pushImageByDigest(
  client: RegistryClient,
  repository: string,
  content: ImageContent,
  options: PushOptions = {},
): Promise<PushStats> {
  const logger = options.logger ?? silentLogger
  const locations = options.blobLocations ?? new Map<string, string>()
  const stats: PushStats = { blobBytesSent: 0, blobsUploaded: 0, blobsSkipped: 0, blobsMounted: 0 }
  // Largest first: the long uploads start at once and the small ones fill the gaps.
  const blobs = [...content.blobs].sort((a, b) => b.size - a.size)
  await inParallel(blobs, options.concurrency ?? 6, async (blob) => {
    const known = locations.get(blob.digest)
    const candidates = [...new Set([...(known ? [known] : []), ...(options.mountFrom ?? [])])]
      .filter((from) => from !== repository)
      .slice(0, MOUNT_CANDIDATES)
    const result = await client.ensureBlob(
      repository,
      blob.digest,
      { file: blob.file, size: blob.size },
      { mountFrom: candidates },
    )
    locations.set(blob.digest, repository)
    stats.blobBytesSent += result.bytesSent
    if (result.how === 'uploaded') stats.blobsUploaded++
    else if (result.how === 'mounted') stats.blobsMounted++
    else stats.blobsSkipped++
    logger.debug(`${repository}: blob ${blob.digest} ${result.how}`)
  })
  for (const child of content.children) {
    await client.putManifest(repository, child.digest, child.bytes, child.mediaType)
  }
  await client.putManifest(repository, content.root.digest, content.root.bytes, content.root.mediaType)
  return stats
}

/**
 * Runs `work` over the items with at most `limit` at once. The first failure stops new work from starting and is
 * thrown once the running items have settled (no upload is left running behind the caller's back).
 */
export async function inParallel<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0
  let failure: { error: unknown } | undefined
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const item = items[next++] as T
      try {
        await work(item)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  if (failure) throw failure.error
}
