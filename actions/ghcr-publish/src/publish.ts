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
} from '@slipway/oci-registry'
import type { Builder } from './builder.js'
import { isImmutableTag, type ImmutablePolicy } from './immutable.js'
import type { ImageSpec } from './images.js'

export const REVISION_LABEL = 'org.opencontainers.image.revision'

export interface PublishRequest {
  images: ImageSpec[]
  /** Tag names every image gets (`1.2.3`, `1.2`, `1`, `latest`). */
  tags: string[]
  /** OCI labels per image repository. */
  labels: Map<string, Record<string, string>>
  /** OCI annotations of each image manifest, per image repository. */
  annotations?: Map<string, Record<string, string>>
  timestamp?: number
  push: boolean
  immutable: ImmutablePolicy
  /** Where layouts are written. */
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

interface Preflight {
  /** tag → digest it points at now, for the tags that exist. */
  existing: Map<string, string>
}

/**
 * The publishing plan, in the order that keeps the guarantees:
 * 1. the registry is reached and the credentials are checked (a wrong password fails before any build);
 * 2. every tag of every image is looked up: a release tag (immutable) that exists and was built from another
 *    revision fails the step now, before anything is built;
 * 3. every image is built; a failed build stops here, with nothing pushed;
 * 4. each built digest is compared with the release tags that exist: another digest fails the step, nothing pushed;
 *    the same digest is a re-run;
 * 5. every image is pushed by digest (blobs the registry lacks, then manifests), untagged;
 * 6. only then the tags are applied, release tags first, one manifest PUT each, retried; a failure is reported with
 *    the tags applied and not applied, and a re-run completes them.
 */
export async function publish(
  request: PublishRequest,
  builder: Builder,
  client: RegistryClient,
  logger: Logger,
): Promise<PublishedImage[]> {
  const registry = client.registry
  const preflight = new Map<string, Preflight>()
  if (request.push) {
    await client.ping()
    for (const image of request.images) {
      const revision = request.labels.get(image.repository)?.[REVISION_LABEL]
      const existing = new Map<string, string>()
      for (const tag of request.tags) {
        const found = await client.headManifest(image.repository, tag)
        if (!found) continue
        existing.set(tag, found.digest)
        if (!isImmutableTag(tag, request.immutable)) continue
        const published = await revisionOf(client, image.repository, found.digest)
        if (revision === undefined || published !== revision) {
          throw new ReleaseConflictError(
            `${registry}/${image.repository}:${tag} already exists with digest ${found.digest}` +
              ` (built from ${published ? `revision ${published}` : 'an unknown revision'}, this run builds` +
              ` ${revision ?? 'an unlabelled revision'}); release tags are never overwritten, nothing was built or pushed`,
          )
        }
      }
      preflight.set(image.repository, { existing })
    }
  }

  const built: { image: ImageSpec; content: ImageContent }[] = []
  for (const [index, image] of request.images.entries()) {
    const layout = path.join(request.workDir, 'layouts', String(index))
    await logger.group(`Build ${registry}/${image.repository}`, async () => {
      try {
        await builder.build({
          image,
          labels: request.labels.get(image.repository) ?? {},
          annotations: request.annotations?.get(image.repository) ?? {},
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
    built.push({ image, content: await readOciLayout(layout) })
  }

  const images = built.map(({ image, content }) => {
    const name = `${registry}/${image.repository}`
    const result: PublishedImage = {
      name,
      repository: image.repository,
      digest: content.root.digest,
      reference: `${name}@${content.root.digest}`,
      tags: request.tags.map((tag) => `${name}:${tag}`),
      mediaType: content.root.mediaType,
      size: imageSize(content),
      platforms: platformsOf(content),
      bytesSent: 0,
      unchangedTags: [],
      pushed: false,
    }
    return { image, content, result }
  })
  const results = images.map(({ result }) => result)
  if (!request.push) return results

  for (const { image, content, result } of images) {
    const existing = preflight.get(image.repository)?.existing ?? new Map<string, string>()
    for (const [tag, digest] of existing) {
      if (digest === content.root.digest) result.unchangedTags.push(tag)
      else if (isImmutableTag(tag, request.immutable)) {
        throw new ReleaseConflictError(
          `${registry}/${image.repository}:${tag} already exists with digest ${digest}, this build gives` +
            ` ${content.root.digest}; release tags are never overwritten, nothing was pushed`,
        )
      }
    }
  }

  for (const { image, content, result } of images) {
    if (await client.headManifest(image.repository, content.root.digest)) {
      logger.info(`${result.reference} is in the registry already`)
      continue
    }
    let stats: Awaited<ReturnType<typeof pushImageByDigest>>
    try {
      stats = await pushImageByDigest(client, image.repository, content, { logger })
    } catch (error) {
      throw new PushFailedError(
        `pushing ${result.reference} failed, so no tag of any image was applied: ${(error as Error).message}`,
        { cause: error },
      )
    }
    result.bytesSent = stats.blobBytesSent
    result.pushed = true
    request.onPushed?.(image.repository, content.root.digest)
    logger.info(
      `pushed ${result.reference}: ${stats.blobsUploaded} blobs uploaded (${stats.blobBytesSent} bytes), ` +
        `${stats.blobsSkipped} already there`,
    )
  }

  // Release tags first: a moving tag (latest) never points at an image whose exact version tag is missing.
  const order = [...request.tags].sort(
    (a, b) => Number(isImmutableTag(b, request.immutable)) - Number(isImmutableTag(a, request.immutable)),
  )
  const pending: { image: ImageSpec; content: ImageContent; tag: string; ref: string }[] = []
  for (const tag of order) {
    for (const { image, content, result } of images) {
      if (result.unchangedTags.includes(tag)) continue
      pending.push({ image, content, tag, ref: `${registry}/${image.repository}:${tag}` })
    }
  }
  const applied: string[] = []
  for (const [position, { image, content, tag, ref }] of pending.entries()) {
    try {
      // The client already retried this PUT (5xx, 429, resets) within its time budget.
      await client.putManifest(image.repository, tag, content.root.bytes, content.root.mediaType)
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
  return results
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
