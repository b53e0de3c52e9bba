import type { Logger } from '@slipway/action-kit'
import {
  isIndexMediaType,
  type ImageConfig,
  type ImageIndex,
  type ImageManifest,
  type RegistryClient,
} from '@slipway/oci-registry'
import { compareSemVer, parseSemVer } from '@slipway/semver-tags'
import { isImmutableTag, type ImmutablePolicy } from './immutable.js'
import type { PlanImage, StagePlan } from './stage-plan.js'
import { ReleaseConflictError, TaggingError } from './publish.js'

export const VERSION_KEY = 'org.opencontainers.image.version'

/** What a promote does with one tag of one image, decided against the registry at that moment. */
export interface TagDecision {
  repository: string
  tag: string
  /** `registry/owner/name:tag`. */
  ref: string
  /** The digest the tag gets. */
  digest: string
  /** The digest the tag points at now, when it exists. */
  current?: string
  /**
   * `apply`: the tag is put (new, or a moving tag moving forward); `unchanged`: it already points at the digest (a
   * re-run); `keep-newer`: a moving tag (latest, 1, 1.2) points at a newer version, and tags only move forward.
   */
  action: 'apply' | 'unchanged' | 'keep-newer'
  /** The version the tag keeps pointing at, for `keep-newer`. */
  newerVersion?: string
  immutable: boolean
}

/** A plan's image is gone from the registry (deleted, or never pushed there): nothing was tagged. */
export class PlanNotInRegistryError extends Error {
  override readonly name = 'PlanNotInRegistryError'
}

/**
 * Checks every tag of every image of the plan against the registry as it is now: the digests are there, no release
 * tag (immutable) points at another image, and moving tags only move forward. A conflict throws before any tag is
 * applied, naming every conflict at once.
 */
export async function checkPromotion(
  client: RegistryClient,
  plan: StagePlan,
  immutable: ImmutablePolicy,
  logger: Logger,
): Promise<TagDecision[]> {
  const ours = parseSemVer(plan.version.replace(/^v/, ''))
  const decisions: TagDecision[] = []
  const conflicts: string[] = []
  for (const image of plan.images) {
    if (!(await client.headManifest(image.repository, image.digest))) {
      throw new PlanNotInRegistryError(
        `${plan.registry}/${image.repository}@${image.digest} is not in the registry (deleted by a cleanup, or pushed ` +
          'elsewhere); no tag was applied: run the push stage again',
      )
    }
    for (const tag of image.tags) {
      const ref = `${plan.registry}/${image.repository}:${tag}`
      const isImmutable = isImmutableTag(tag, immutable)
      const found = await client.headManifest(image.repository, tag)
      const base = { repository: image.repository, tag, ref, digest: image.digest, immutable: isImmutable }
      if (!found) {
        decisions.push({ ...base, action: 'apply' })
        continue
      }
      if (found.digest === image.digest) {
        decisions.push({ ...base, current: found.digest, action: 'unchanged' })
        continue
      }
      if (isImmutable) {
        conflicts.push(`${ref} already points at ${found.digest}`)
        continue
      }
      const theirs = await versionOf(client, image.repository, found.digest)
      const parsed = theirs === undefined ? undefined : parseSemVer(theirs.replace(/^v/, ''))
      if (ours && parsed && compareSemVer(parsed, ours) > 0) {
        logger.info(`${ref} stays at ${found.digest}: it is version ${theirs}, newer than ${plan.version}`)
        decisions.push({ ...base, current: found.digest, action: 'keep-newer', newerVersion: theirs ?? '' })
        continue
      }
      decisions.push({ ...base, current: found.digest, action: 'apply' })
    }
  }
  if (conflicts.length > 0) {
    throw new ReleaseConflictError(
      `${conflicts.join('; ')}: release tags are never overwritten, so no tag was applied ` +
        `(the images stay in the registry by digest)`,
    )
  }
  return decisions
}

/**
 * Applies the tags a check decided, release tags first (a moving tag never points at an image whose exact version
 * tag is missing). A failure after the client's retries moves each moving tag this promote had moved back to where it
 * was, and reports the tags left applied and not applied; a re-run of the promote completes them.
 */
export async function applyPromotion(
  client: RegistryClient,
  images: readonly PlanImage[],
  decisions: readonly TagDecision[],
  logger: Logger,
): Promise<string[]> {
  const pending = decisions
    .filter((d) => d.action === 'apply')
    .sort((a, b) => Number(b.immutable) - Number(a.immutable))
  const manifests = new Map<string, { bytes: Buffer; mediaType: string }>()
  for (const image of images) {
    if (!pending.some((d) => d.repository === image.repository)) continue
    const manifest = await client.getManifest(image.repository, image.digest)
    if (!manifest) throw new PlanNotInRegistryError(`${image.repository}@${image.digest} is gone from the registry`)
    manifests.set(`${image.repository}@${image.digest}`, manifest)
  }
  const applied: TagDecision[] = []
  for (const [position, decision] of pending.entries()) {
    const manifest = manifests.get(`${decision.repository}@${decision.digest}`)
    if (!manifest) throw new Error(`no manifest read for ${decision.repository}@${decision.digest}`)
    try {
      await client.putManifest(decision.repository, decision.tag, manifest.bytes, manifest.mediaType)
      applied.push(decision)
      logger.info(`tagged ${decision.ref}`)
    } catch (error) {
      const restored = await restoreMovedTags(client, applied, logger)
      const left = applied.filter((d) => !restored.includes(d)).map((d) => d.ref)
      const notApplied = [...restored.map((d) => d.ref), ...pending.slice(position).map((d) => d.ref)]
      throw new TaggingError(
        `promoting failed at ${decision.ref}: ${(error as Error).message}. ` +
          `Moved back: ${restored.map((d) => d.ref).join(', ') || 'none'}. ` +
          `Applied: ${left.join(', ') || 'none'}. Not applied: ${notApplied.join(', ')}. A re-run of the promote ` +
          'applies the rest.',
        left,
        notApplied,
      )
    }
  }
  return applied.map((d) => d.ref)
}

async function restoreMovedTags(
  client: RegistryClient,
  applied: readonly TagDecision[],
  logger: Logger,
): Promise<TagDecision[]> {
  const restored: TagDecision[] = []
  for (const decision of applied) {
    if (decision.current === undefined) continue
    try {
      const previous = await client.getManifest(decision.repository, decision.current)
      if (!previous) continue
      await client.putManifest(decision.repository, decision.tag, previous.bytes, previous.mediaType)
      restored.push(decision)
      logger.info(`moved ${decision.ref} back to ${decision.current}`)
    } catch (error) {
      logger.warning(`could not move ${decision.ref} back to ${decision.current}: ${(error as Error).message}`)
    }
  }
  return restored
}

/** The version an image in the registry carries: its manifest annotation, else its config label. */
export function versionOf(client: RegistryClient, repository: string, digest: string): Promise<string | undefined> {
  return annotationOf(client, repository, digest, VERSION_KEY)
}

/**
 * `stage: push` checks the release tags before anything is built, as a one-step publish does: a release tag that
 * exists and was built from another revision fails the step with nothing built or pushed (the promote checks again).
 */
export async function preflightPush(
  client: RegistryClient,
  targets: readonly { repository: string; tags: readonly string[] }[],
  revision: string,
  immutable: ImmutablePolicy,
): Promise<void> {
  await client.ping()
  for (const { repository, tags } of targets) {
    for (const tag of tags) {
      if (!isImmutableTag(tag, immutable)) continue
      const found = await client.headManifest(repository, tag)
      if (!found) continue
      const published = await annotationOf(client, repository, found.digest, 'org.opencontainers.image.revision')
      if (published !== revision) {
        throw new ReleaseConflictError(
          `${client.registry}/${repository}:${tag} already exists with digest ${found.digest} (built from ` +
            `${published ? `revision ${published}` : 'an unknown revision'}, this run builds ${revision}); release ` +
            'tags are never overwritten, nothing was built or pushed',
        )
      }
    }
  }
}

async function annotationOf(
  client: RegistryClient,
  repository: string,
  digest: string,
  VERSION_KEY: string,
): Promise<string | undefined> {
  const manifest = await client.getManifest(repository, digest)
  if (!manifest) return undefined
  let parsed = JSON.parse(manifest.bytes.toString('utf8')) as ImageManifest | ImageIndex
  if (parsed.annotations?.[VERSION_KEY]) return parsed.annotations[VERSION_KEY]
  if ('manifests' in parsed || isIndexMediaType(manifest.mediaType)) {
    const first = (parsed as ImageIndex).manifests[0]
    const child = first ? await client.getManifest(repository, first.digest) : undefined
    if (!child) return undefined
    parsed = JSON.parse(child.bytes.toString('utf8')) as ImageManifest
    if (parsed.annotations?.[VERSION_KEY]) return parsed.annotations[VERSION_KEY]
  }
  const image = parsed
  const config = JSON.parse((await client.getBlob(repository, image.config.digest)).toString('utf8')) as ImageConfig
  return config.config?.Labels?.[VERSION_KEY]
}
