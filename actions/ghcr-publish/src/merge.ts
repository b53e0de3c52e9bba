import { InputError, type Logger } from '@slipway/action-kit'
import {
  MediaType,
  digestOf,
  isIndexMediaType,
  type Descriptor,
  type ImageConfig,
  type ImageIndex,
  type ImageManifest,
  type RegistryClient,
} from '@slipway/oci-registry'
import type { PlanImage, StagePlan } from './stage-plan.js'

/** The index a merge assembled for one repository, and whether this step put it in the registry. */
export interface MergedImage extends PlanImage {
  /** The legs' digests it lists. */
  legs: string[]
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i])
}

/**
 * Checks that the legs' plans belong together (same version, revision and tags for each image) and groups them per
 * repository. Everything is checked before the first request.
 */
export function groupLegs(plans: readonly StagePlan[], text: string): Map<string, PlanImage[]> {
  if (plans.length < 2) throw new InputError('plan', text, 'a JSON array of two or more plans (one per platform leg)')
  const first = plans[0] as StagePlan
  for (const plan of plans) {
    if (plan.version !== first.version || plan.revision !== first.revision) {
      throw new InputError(
        'plan',
        text,
        `legs of one build: version ${first.version} at ${first.revision}, not ${plan.version} at ${plan.revision}`,
      )
    }
  }
  const groups = new Map<string, PlanImage[]>()
  for (const plan of plans) {
    for (const image of plan.images) groups.set(image.repository, [...(groups.get(image.repository) ?? []), image])
  }
  for (const [repository, legs] of groups) {
    if (legs.length !== plans.length)
      throw new InputError('plan', text, `every leg with ${repository} (${legs.length} of ${plans.length} have it)`)
    const tags = legs[0]?.tags ?? []
    if (!legs.every((leg) => sameList(leg.tags, tags)))
      throw new InputError('plan', text, `the same tags for ${repository} in every leg`)
  }
  return groups
}

function platformKey(platform: Descriptor['platform']): string {
  return platform ? [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/') : ''
}

/** The descriptors of one leg: its manifest with the platform its config names, or an index's own children. */
async function legDescriptors(
  client: RegistryClient,
  repository: string,
  leg: PlanImage,
): Promise<{
  descriptors: Descriptor[]
  annotations: Record<string, string>
}> {
  const manifest = await client.getManifest(repository, leg.digest)
  if (!manifest) throw new Error(`the leg ${client.registry}/${repository}@${leg.digest} is not in the registry`)
  const parsed = JSON.parse(manifest.bytes.toString('utf8')) as ImageManifest | ImageIndex
  if ('manifests' in parsed || isIndexMediaType(manifest.mediaType)) {
    const index = parsed as ImageIndex
    return { descriptors: index.manifests.filter((m) => m.platform), annotations: index.annotations ?? {} }
  }
  const image = parsed
  const config = JSON.parse((await client.getBlob(repository, image.config.digest)).toString('utf8')) as ImageConfig & {
    variant?: string
  }
  if (!config.os || !config.architecture)
    throw new Error(`the leg ${repository}@${leg.digest} does not name its platform (os, architecture) in its config`)
  return {
    descriptors: [
      {
        mediaType: manifest.mediaType,
        digest: manifest.digest,
        size: manifest.size,
        platform: {
          os: config.os,
          architecture: config.architecture,
          ...(config.variant ? { variant: config.variant } : {}),
        },
      },
    ],
    annotations: image.annotations ?? {},
  }
}

/**
 * Assembles one OCI image index per repository from the legs' digests (each platform once, in platform order, with
 * the legs' shared annotations), and pushes it by digest, untagged. The same legs give the same index digest, so a
 * re-run finds it in place.
 */
export async function mergeLegs(
  client: RegistryClient,
  groups: ReadonlyMap<string, PlanImage[]>,
  logger: Logger,
): Promise<MergedImage[]> {
  const merged: MergedImage[] = []
  for (const [repository, legs] of groups) {
    const descriptors: Descriptor[] = []
    let annotations: Record<string, string> | undefined
    for (const leg of legs) {
      const found = await legDescriptors(client, repository, leg)
      for (const descriptor of found.descriptors) {
        const key = platformKey(descriptor.platform)
        if (descriptors.some((d) => platformKey(d.platform) === key))
          throw new Error(`two legs of ${repository} build the platform ${key}: each leg builds its own platforms`)
        descriptors.push(descriptor)
      }
      // The annotations every leg agrees on (source, version, revision, created) describe the index too.
      annotations =
        annotations === undefined
          ? { ...found.annotations }
          : Object.fromEntries(Object.entries(annotations).filter(([k, v]) => found.annotations[k] === v))
    }
    descriptors.sort((a, b) => platformKey(a.platform).localeCompare(platformKey(b.platform)))
    const index: ImageIndex = {
      schemaVersion: 2,
      mediaType: MediaType.ociIndex,
      manifests: descriptors.map((d) => ({
        mediaType: d.mediaType,
        digest: d.digest,
        size: d.size,
        ...(d.platform ? { platform: d.platform } : {}),
      })),
      ...(annotations && Object.keys(annotations).length > 0 ? { annotations } : {}),
    }
    const bytes = Buffer.from(JSON.stringify(index))
    const digest = digestOf(bytes)
    const exists = await client.headManifest(repository, digest)
    if (!exists) await client.putManifest(repository, digest, bytes, MediaType.ociIndex)
    logger.info(
      `${exists ? 'found' : 'pushed'} the index ${client.registry}/${repository}@${digest}: ` +
        descriptors.map((d) => `${platformKey(d.platform)} ${d.digest}`).join(', '),
    )
    const first = legs[0] as PlanImage
    merged.push({
      repository,
      digest,
      mediaType: MediaType.ociIndex,
      size: bytes.length + legs.reduce((sum, leg) => sum + leg.size, 0),
      platforms: descriptors.map((d) => platformKey(d.platform)),
      tags: first.tags,
      pushed: !exists,
      legs: legs.map((leg) => leg.digest),
    })
  }
  return merged
}
