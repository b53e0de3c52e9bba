import path from 'node:path'
import type { Logger } from '@slipway/action-kit'
import {
  imageSize,
  isIndexMediaType,
  pushImageByDigest,
  readOciLayout,
  type ImageConfig,
  type ImageContent,
  type ImageManifest,
  type ImageIndex,
  type RegistryClient,
  type BlobLocations,
} from '@slipway/oci-registry'
import type { Builder } from './builder.js'
import { isImmutableTag, type ImmutablePolicy } from './immutable.js'
import type { ImageSpec } from './images.js'

export const REVISION_LABEL = 'org.opencontainers.image.revision'

/** One image to publish: what to build and the tags, labels and annotations it gets (an ImagePlan is one). */
export interface PublishTarget {
  image: ImageSpec
  /** Tag names (`1.2.3`, `1.2`, `1`, `latest`). */
  tags: readonly string[]
  labels: Readonly<Record<string, string>>
  /** OCI annotations of the image manifest. */
  annotations: Readonly<Record<string, string>>
  /** Repositories of the same registry that may hold its layers (its base image). */
  mountFrom?: readonly string[]
}

export interface PublishRequest {
  targets: PublishTarget[]
  timestamp?: number
  push: boolean
  immutable: ImmutablePolicy
  /** Where layouts are written (a folder of the runner's temp folder). */
  workDir: string
  authFile?: string
  insecureRegistry?: boolean
  /** Told of each image this run put in the registry by digest (it was not there), so a failure can clean it up. */
  onPushed?: (repository: string, digest: string) => void
}

export interface PublishedImage {
  /** `registry/owner/name`. */
  name: string
  repository: string
  digest: string
  /** `registry/owner/name@sha256:…`. */
  reference: string
  /** Full references `registry/owner/name:tag`. */
  tags: string[]
  mediaType: string
  /** Bytes of the image: manifests and distinct blobs. */
  size: number
  platforms: string[]
  /** Blob bytes this run sent (0 on a re-run). */
  bytesSent: number
  /** Tags that already pointed at this digest. */
  unchangedTags: string[]
  /** This run put the manifest in the registry (it was not there before). */
  pushed: boolean
}

/** A release tag already points at another image: nothing was built or pushed. */
export class ReleaseConflictError extends Error {
  override readonly name = 'ReleaseConflictError'
}

/** A build failed: nothing was pushed. */
export class BuildFailedError extends Error {
  override readonly name = 'BuildFailedError'
}

/** An image could not be pushed by digest (after the retries): no tag was applied. */
export class PushFailedError extends Error {
  override readonly name = 'PushFailedError'
}

/** Every image was pushed by digest, but not every tag could be applied: the lists say exactly which. */
export class TaggingError extends Error {
  override readonly name = 'TaggingError'
  constructor(
    message: string,
    readonly applied: string[],
    readonly notApplied: string[],
  ) {
    super(message)
  }
}

/** tag → digest it points at now, per image repository, for the tags that exist. */
export type ExistingTags = Map<string, Map<string, string>>

/** An image built into its OCI layout, with what it will be published as. */
export interface BuiltImage {
  target: PublishTarget
  content: ImageContent
  result: PublishedImage
}

/**
 * The publishing plan, in the order that keeps the guarantees (each phase is its own function, for callers that
 * stop between them):
 * 1. checkRegistry: the registry is reached and the credentials are checked (a wrong password fails before any
 *    build); every tag of every image is looked up, and a release tag (immutable) that exists and was built from
 *    another revision fails the step now, before anything is built;
 * 2. buildImages: every image is built; a failed build stops here, with nothing pushed;
 * 3. checkReleases: each built digest is compared with the release tags that exist: another digest fails the step,
 *    nothing pushed; the same digest is a re-run;
 * 4. pushByDigest: every image is pushed by digest (blobs the registry lacks, mounted where they are known to be,
 *    the layers of the images its tags point at now taken as there; then manifests), untagged;
 * 5. applyTags: only then the tags are applied, release tags first, one manifest PUT each, retried; a failure is
 *    reported with the tags applied and not applied, and a re-run completes them.
 */
export async function publish(
  request: PublishRequest,
  builder: Builder,
  client: RegistryClient,
  logger: Logger,
): Promise<PublishedImage[]> {
  const existing = request.push
    ? await checkRegistry(client, request.targets, request.immutable)
    : (new Map() as ExistingTags)
  const built = await buildImages(builder, client.registry, request, logger)
  if (!request.push) return built.map((b) => b.result)
  checkReleases(built, existing, request.immutable)
  await pushByDigest(client, built, logger, { existing, ...(request.onPushed ? { onPushed: request.onPushed } : {}) })
  await applyTags(client, built, request.immutable, logger)
  return built.map((b) => b.result)
}

/** Phase 1: the registry answers, the credentials work, and no release tag would be overwritten. */
export async function checkRegistry(
  client: RegistryClient,
  targets: readonly PublishTarget[],
  immutable: ImmutablePolicy,
): Promise<ExistingTags> {
  const registry = client.registry
  await client.ping()
  const found = new Map<string, Map<string, string>>()
  for (const { image, tags, labels } of targets) {
    const revision = labels[REVISION_LABEL]
    const existing = new Map<string, string>()
    for (const tag of tags) {
      const manifest = await client.headManifest(image.repository, tag)
      if (!manifest) continue
      existing.set(tag, manifest.digest)
      if (!isImmutableTag(tag, immutable)) continue
      const published = await revisionOf(client, image.repository, manifest.digest)
      if (revision === undefined || published !== revision) {
        throw new ReleaseConflictError(
          `${registry}/${image.repository}:${tag} already exists with digest ${manifest.digest}` +
            ` (built from ${published ? `revision ${published}` : 'an unknown revision'}, this run builds` +
            ` ${revision ?? 'an unlabelled revision'}); release tags are never overwritten, nothing was built or pushed`,
        )
      }
    }
    found.set(image.repository, existing)
  }
  return found
}

/** Phase 2: every image built into an OCI layout under workDir; nothing leaves the machine. */
export async function buildImages(
  builder: Builder,
  registry: string,
  request: Omit<PublishRequest, 'immutable' | 'push'>,
  logger: Logger,
): Promise<BuiltImage[]> {
  const built: BuiltImage[] = []
  for (const [index, target] of request.targets.entries()) {
    const { image } = target
    const layout = path.join(request.workDir, 'layouts', String(index))
    await logger.group(`Build ${registry}/${image.repository}`, async () => {
      try {
        await builder.build({
          image,
          labels: { ...target.labels },
          annotations: { ...target.annotations },
          ...(request.timestamp !== undefined ? { timestamp: request.timestamp } : {}),
          layout,
          ...(request.authFile ? { authFile: request.authFile } : {}),
          ...(request.insecureRegistry ? { insecureRegistry: true } : {}),
        })
      } catch (error) {
        throw new BuildFailedError(
          `the build of ${registry}/${image.repository} failed, so no image was pushed: ${(error as Error).message}`,
          { cause: error },
        )
      }
    })
    const content = await readOciLayout(layout)
    const name = `${registry}/${image.repository}`
    built.push({
      target,
      content,
      result: {
        name,
        repository: image.repository,
        digest: content.root.digest,
        reference: `${name}@${content.root.digest}`,
        tags: target.tags.map((tag) => `${name}:${tag}`),
        mediaType: content.root.mediaType,
        size: imageSize(content),
        platforms: platformsOf(content),
        bytesSent: 0,
        unchangedTags: [],
        pushed: false,
      },
    })
  }
  return built
}

/** Phase 3 (pure): a release tag that points at another digest fails the step; tags already right are noted. */
export function checkReleases(built: readonly BuiltImage[], existing: ExistingTags, immutable: ImmutablePolicy): void {
  for (const { target, content, result } of built) {
    for (const [tag, digest] of existing.get(target.image.repository) ?? new Map<string, string>()) {
      if (digest === content.root.digest) result.unchangedTags.push(tag)
      else if (isImmutableTag(tag, immutable)) {
        throw new ReleaseConflictError(
          `${result.name}:${tag} already exists with digest ${digest}, this build gives` +
            ` ${content.root.digest}; release tags are never overwritten, nothing was pushed`,
        )
      }
    }
  }
}

/**
 * Phase 4: every image pushed by digest, untagged. The images share what the registry is known to hold: the second
 * image of a release mounts the base layers the first one uploaded, and each mounts from its base image.
 */
export async function pushByDigest(
  client: RegistryClient,
  built: readonly BuiltImage[],
  logger: Logger,
  options: {
    /** Shared knowledge of where blobs are, across the images of the release. */
    blobLocations?: BlobLocations
    /** The tags found by checkRegistry: the images they point at now lend their layers (one GET, no HEAD each). */
    existing?: ExistingTags
    onPushed?: (repository: string, digest: string) => void
  } = {},
): Promise<void> {
  const blobLocations = options.blobLocations ?? new Map()
  for (const { target, content, result } of built) {
    if (await client.headManifest(target.image.repository, content.root.digest)) {
      logger.info(`${result.reference} is in the registry already`)
      for (const blob of content.blobs) blobLocations.set(blob.digest, target.image.repository)
      continue
    }
    let stats: Awaited<ReturnType<typeof pushImageByDigest>>
    try {
      stats = await pushImageByDigest(client, target.image.repository, content, {
        logger,
        blobLocations,
        mountFrom: [...(target.mountFrom ?? []), ...built.map((b) => b.target.image.repository)],
        // The image a moving tag points at now (the previous release, the branch's last build) most likely has
        // the layers of this one.
        relatives: [...new Set(options.existing?.get(target.image.repository)?.values() ?? [])],
      })
    } catch (error) {
      throw new PushFailedError(
        `pushing ${result.reference} failed, so no tag of any image was applied: ${(error as Error).message}`,
        { cause: error },
      )
    }
    result.bytesSent = stats.blobBytesSent
    result.pushed = true
    options.onPushed?.(target.image.repository, content.root.digest)
    logger.info(
      `pushed ${result.reference}: ${stats.blobsUploaded} blobs uploaded (${stats.blobBytesSent} bytes), ` +
        `${stats.blobsMounted} mounted, ${stats.blobsSkipped} already there`,
    )
  }
}

/** Phase 5: the tags, release tags first (a moving tag never points at an image whose exact tag is missing). */
export async function applyTags(
  client: RegistryClient,
  built: readonly BuiltImage[],
  immutable: ImmutablePolicy,
  logger: Logger,
): Promise<void> {
  const pending: { repository: string; content: ImageContent; tag: string; ref: string }[] = []
  for (const { target, content, result } of built) {
    for (const tag of target.tags) {
      if (result.unchangedTags.includes(tag)) continue
      pending.push({ repository: target.image.repository, content, tag, ref: `${result.name}:${tag}` })
    }
  }
  // Stable sort: release tags of every image first, then the moving ones, each image in its own order.
  const rank = (tag: string): number => (isImmutableTag(tag, immutable) ? 0 : 1)
  const order = new Map(built.flatMap((b) => b.target.tags.map((tag, i) => [tag, i] as const)))
  pending.sort((a, b) => rank(a.tag) - rank(b.tag) || (order.get(a.tag) ?? 0) - (order.get(b.tag) ?? 0))
  const applied: string[] = []
  for (const [position, { repository, content, tag, ref }] of pending.entries()) {
    try {
      // The client already retried this PUT (5xx, 429, resets) within its time budget.
      await client.putManifest(repository, tag, content.root.bytes, content.root.mediaType)
      applied.push(ref)
      logger.info(`tagged ${ref}`)
    } catch (error) {
      const notApplied = pending.slice(position).map((p) => p.ref)
      throw new TaggingError(
        `every image was pushed by digest, but tagging failed at ${ref}: ${(error as Error).message}. ` +
          `Applied: ${applied.length > 0 ? applied.join(', ') : 'none'}. Not applied: ${notApplied.join(', ')}. ` +
          'A re-run applies the rest.',
        applied,
        notApplied,
      )
    }
  }
}

async function revisionOf(client: RegistryClient, repository: string, digest: string): Promise<string | undefined> {
  const manifest = await client.getManifest(repository, digest)
  if (!manifest) return undefined
  let parsed = JSON.parse(manifest.bytes.toString('utf8')) as ImageManifest | ImageIndex
  if ('manifests' in parsed || isIndexMediaType(manifest.mediaType)) {
    const first = (parsed as ImageIndex).manifests[0]
    const child = first ? await client.getManifest(repository, first.digest) : undefined
    if (!child) return undefined
    parsed = JSON.parse(child.bytes.toString('utf8')) as ImageManifest
  }
  const config = JSON.parse((await client.getBlob(repository, parsed.config.digest)).toString('utf8')) as ImageConfig
  return config.config?.Labels?.[REVISION_LABEL]
}

function platformsOf(content: ImageContent): string[] {
  return content.configs.flatMap(({ config }) =>
    config.os && config.architecture ? [`${config.os}/${config.architecture}`] : [],
  )
}
