import { silentLogger, type Logger } from '@slipway/action-kit'
import type { RegistryClient, UploadResult } from './client.js'
import { RegistryError } from './errors.js'
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
  /** Blobs mounted or uploaded at once. Default 6, as skopeo copies: the layers of a typical image all start at once. */
  concurrency?: number
  /**
   * Manifests in the target repository (tags or digests) that likely share this image's layers: the image a tag
   * this push will move points at now, say. Every blob they name is taken as present without a lookup of its own:
   * one GET per manifest instead of one HEAD per layer. Image configs are looked up all the same (a config is its
   * image's own). Should the registry still refuse the manifest for a blob it lacks, those blobs are looked up and
   * sent, and the manifest is put again.
   */
  relatives?: readonly string[]
}

/** At most this many repositories are asked for a mount per blob: each miss costs one request. */
const MOUNT_CANDIDATES = 3
/**
 * Blobs looked up (HEAD) at once, apart from the uploads: a HEAD moves no body, so every blob of an image is looked
 * up in one round trip, and a blob that is there never waits behind an upload for its turn.
 */
const LOOKUPS_AT_ONCE = 16

/**
 * Pushes an image by digest only, leaving every tag alone: the blobs first (all looked up at once; each missing one
 * then mounted from where it is known to be, else uploaded in one PUT or in chunks, `concurrency` at once), then the
 * child manifests, then the root manifest under its digest. A manifest is only put once every blob it names is in
 * the repository.
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
  const configs = configDigestsOf(content)
  // Configs first (looked up while the relatives are read), then the largest first: the long uploads start at once
  // and the small ones fill the gaps.
  const blobs = [...content.blobs].sort(
    (a, b) => Number(configs.has(b.digest)) - Number(configs.has(a.digest)) || b.size - a.size,
  )
  const named = blobsNamedBy(client, repository, options.relatives ?? [], logger)
  const transfers = limiter(options.concurrency ?? 6)
  let failed = false
  const push = async (blob: ImageContent['blobs'][number]): Promise<void> => {
    let result: UploadResult = { bytesSent: 0, how: 'existing' }
    if ((await client.headBlob(repository, blob.digest)) === undefined) {
      const known = locations.get(blob.digest)
      const candidates = [...new Set([...(known ? [known] : []), ...(options.mountFrom ?? [])])]
        .filter((from) => from !== repository)
        .slice(0, MOUNT_CANDIDATES)
      result = await transfers(async () => {
        // A blob waiting for its turn when another one failed is not sent: the push fails with that first error.
        if (failed) throw new Error(`${blob.digest}: not sent, an earlier blob failed`)
        try {
          return await client.ensureBlob(
            repository,
            blob.digest,
            { file: blob.file, size: blob.size },
            { mountFrom: candidates, knownMissing: true },
          )
        } catch (error) {
          // Marked before the slot passes on, so the next blob in line sees it.
          failed = true
          throw error
        }
      })
    }
    locations.set(blob.digest, repository)
    stats.blobBytesSent += result.bytesSent
    if (result.how === 'uploaded') stats.blobsUploaded++
    else if (result.how === 'mounted') stats.blobsMounted++
    else stats.blobsSkipped++
    logger.debug(`${repository}: blob ${blob.digest} ${result.how}`)
  }
  const pushOrFail = async (blob: ImageContent['blobs'][number]): Promise<void> => {
    try {
      await push(blob)
    } catch (error) {
      failed = true
      throw error
    }
  }
  // Blobs a relative names are taken as present; the others are looked up, and sent when missing.
  const assumed: ImageContent['blobs'][number][] = []
  await inParallel(blobs, LOOKUPS_AT_ONCE, async (blob) => {
    if (!configs.has(blob.digest) && (await named).has(blob.digest)) assumed.push(blob)
    else await pushOrFail(blob)
  })
  const putManifests = async (): Promise<void> => {
    for (const child of content.children) {
      await client.putManifest(repository, child.digest, child.bytes, child.mediaType)
    }
    await client.putManifest(repository, content.root.digest, content.root.bytes, content.root.mediaType)
  }
  try {
    await putManifests()
  } catch (error) {
    if (assumed.length === 0 || !isBlobUnknown(error)) throw error
    logger.info(
      `${repository}: the registry lacks a blob an earlier image there names (${(error as Error).message}); ` +
        `looking up the ${assumed.length} blobs taken from it`,
    )
    await inParallel(assumed, LOOKUPS_AT_ONCE, pushOrFail)
    await putManifests()
    return stats
  }
  for (const blob of assumed) {
    locations.set(blob.digest, repository)
    stats.blobsSkipped++
    logger.debug(`${repository}: blob ${blob.digest} existing (named by a manifest already there)`)
  }
  return stats
}

/** At most this many relatives are read, and this many manifests in all (an index and its images). */
const RELATIVES = 2
const RELATIVE_MANIFESTS = 16

/**
 * The blobs the relatives' manifests name (configs and layers, through an index to its images). A relative that is
 * missing, unreadable or not a manifest names nothing: its blobs are looked up one by one as usual.
 */
async function blobsNamedBy(
  client: RegistryClient,
  repository: string,
  relatives: readonly string[],
  logger: Logger,
): Promise<Set<string>> {
  const named = new Set<string>()
  let budget = RELATIVE_MANIFESTS
  const read = async (reference: string, depth: number): Promise<void> => {
    if (budget-- <= 0) return
    let parsed: ManifestShape
    try {
      const manifest = await client.getManifest(repository, reference)
      if (!manifest) return
      parsed = JSON.parse(manifest.bytes.toString('utf8')) as ManifestShape
    } catch (error) {
      logger.debug(`${repository}: ${reference} not read (${(error as Error).message}); its blobs are looked up`)
      return
    }
    if (Array.isArray(parsed.manifests)) {
      if (depth > 0) return
      const children = parsed.manifests.flatMap((m) => (typeof m?.digest === 'string' ? [m.digest] : []))
      await Promise.all(children.map((digest) => read(digest, depth + 1)))
      return
    }
    for (const descriptor of [parsed.config, ...(Array.isArray(parsed.layers) ? parsed.layers : [])]) {
      if (typeof descriptor?.digest === 'string') named.add(descriptor.digest)
    }
  }
  await Promise.all([...new Set(relatives)].slice(0, RELATIVES).map((reference) => read(reference, 0)))
  return named
}

interface ManifestShape {
  manifests?: ({ digest?: unknown } | null)[]
  config?: { digest?: unknown } | null
  layers?: ({ digest?: unknown } | null)[]
}

/** The config digest of every image manifest in the content (the root, or the children of an index). */
function configDigestsOf(content: ImageContent): Set<string> {
  const configs = new Set<string>()
  for (const bytes of [content.root.bytes, ...content.children.map((c) => c.bytes)]) {
    try {
      const digest = (JSON.parse(bytes.toString('utf8')) as ManifestShape).config?.digest
      if (typeof digest === 'string') configs.add(digest)
    } catch {
      // Not JSON: the registry will say so when the manifest is put.
    }
  }
  return configs
}

/** The registry refused a manifest because a blob it names is not in the repository. */
function isBlobUnknown(error: unknown): boolean {
  return (
    error instanceof RegistryError &&
    error.codes.some((code) => code === 'MANIFEST_BLOB_UNKNOWN' || code === 'BLOB_UNKNOWN')
  )
}

/**
 * A gate that runs at most `limit` tasks at once, the others waiting their turn in the order they came.
 */
export function limiter(limit: number): <R>(task: () => Promise<R>) => Promise<R> {
  let running = 0
  const waiting: (() => void)[] = []
  return async <R>(task: () => Promise<R>): Promise<R> => {
    if (running >= Math.max(1, limit)) await new Promise<void>((resolve) => waiting.push(resolve))
    else running++
    try {
      return await task()
    } finally {
      // The slot passes straight to the next waiting task (running stays the same), else it frees up.
      const next = waiting.shift()
      if (next) next()
      else running--
    }
  }
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
