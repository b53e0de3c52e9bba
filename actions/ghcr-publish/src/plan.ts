import path from 'node:path'
import type { Logger } from '@slipway/action-kit'
import { computeImageMeta, readBaseImage, type GitContext } from '@slipway/image-meta'
import type { ImageSpec } from './images.js'
import { movesBackwards } from './moving-tags.js'

/** The tag and label rules, in image-meta's (and docker/metadata-action's) syntax. */
export interface TagRules {
  tags: string[]
  flavor: string[]
  labels: string[]
}

/** Where the published versions that moving tags are checked against came from. */
export type VersionSource = { kind: 'registry' } | { kind: 'git'; why: string }

export interface PlanInput {
  images: readonly ImageSpec[]
  rules: TagRules
  /** Full references given in `tags`, per image repository (empty: the rules decide). */
  references: ReadonlyMap<string, readonly string[]>
  /** Extra manifest annotations over the computed ones. */
  annotations: Readonly<Record<string, string>>
  allowMovingTagsBackwards: boolean
  registry: string
  sourceDateEpoch?: number
}

/** What was read before planning: the git context, each image's Dockerfile, the registry's tags. */
export interface PlanFacts {
  context: GitContext
  dockerfiles: ReadonlyMap<string, string>
  /** The registry's tags per image repository; undefined when the registry could not be read (git decides). */
  registryTags: ReadonlyMap<string, readonly string[]> | undefined
  /** Why the registry could not be read. */
  registryProblem?: string
}

export interface ImagePlan {
  image: ImageSpec
  /** Tag names this image gets, release tags first as image-meta orders them. */
  tags: string[]
  labels: Record<string, string>
  annotations: Record<string, string>
  /** Moving tags left where they are, each with its reason (`latest stays: 1.3.0 is published`). */
  heldBack: string[]
  /** Tags moved below a higher release because allow-moving-tags-backwards is true. */
  movedBackwards: string[]
  /** Repositories of the same registry to mount blobs from (the Dockerfile's base image). */
  mountFrom: string[]
}

export interface PublishPlan {
  images: ImagePlan[]
  version: string
  /** Every timestamp in the images: the `created` label, in epoch seconds (commit time or SOURCE_DATE_EPOCH). */
  timestamp: number
  strategy: string
  versionSource: VersionSource
}

/**
 * The publishing plan, pure: tags, labels and annotations per image from image-meta (the same rules and zero-config
 * release strategy as oci-labels), or the full references given. Moving tags (`latest`, `X`, `X.Y`) are decided
 * against the versions the registry already has for that image, which a shallow checkout cannot hide; git's tags
 * stand in only when the registry could not be read. A moving tag never moves below a published higher release
 * unless allowMovingTagsBackwards says so.
 */
export function planPublish(input: PlanInput, facts: PlanFacts, logger: Logger): PublishPlan {
  const versionSource: VersionSource = facts.registryTags
    ? { kind: 'registry' }
    : { kind: 'git', why: facts.registryProblem ?? 'the registry was not read' }
  const images: ImagePlan[] = []
  let first: ReturnType<typeof computeImageMeta> | undefined
  for (const image of input.images) {
    const text = facts.dockerfiles.get(image.repository)
    const baseImage =
      image.target || text === undefined ? undefined : readBaseImage(text, path.basename(image.file), logger)
    const published = facts.registryTags?.get(image.repository) ?? (facts.registryTags ? [] : facts.context.repoTags)
    // image-meta's `latest=highest` reads the published versions from repoTags: the registry's, when it answered.
    const context: GitContext = input.allowMovingTagsBackwards
      ? { ...facts.context, repoTags: [], shallow: false }
      : facts.registryTags
        ? { ...facts.context, repoTags: [...(published ?? [])], shallow: false }
        : facts.context
    const meta = computeImageMeta(
      { images: [], tags: input.rules.tags, flavor: input.rules.flavor, labels: input.rules.labels, annotations: [] },
      context,
      {
        logger,
        ...(input.sourceDateEpoch !== undefined ? { sourceDateEpoch: input.sourceDateEpoch } : {}),
        ...(baseImage ? { baseImage } : {}),
      },
    )
    first ??= meta
    const given = input.references.get(image.repository)
    let tags = input.references.size > 0 ? [...(given ?? [])] : meta.tagNames
    const heldBack = meta.heldBack.map(describeHeld)
    const movedBackwards: string[] = []
    const backwards = movesBackwards(tags, meta.version, published ?? [])
    if (input.allowMovingTagsBackwards) {
      movedBackwards.push(...backwards.map((h) => `${h.tag} (${h.higher} is published)`))
    } else {
      const held = new Set(backwards.map((h) => h.tag))
      tags = tags.filter((tag) => !held.has(tag))
      heldBack.push(...backwards.map((h) => `${h.tag} stays: ${h.higher} is published, higher than ${meta.version}`))
    }
    images.push({
      image,
      tags,
      labels: meta.labels,
      annotations: { ...meta.annotations, ...input.annotations },
      heldBack,
      movedBackwards,
      mountFrom: baseImage ? sameRegistryRepository(baseImage.name, input.registry, image.repository) : [],
    })
  }
  if (!first) throw new Error('planPublish needs at least one image')
  return {
    images,
    version: first.version,
    timestamp: Math.floor(Date.parse(first.created) / 1000),
    strategy: input.references.size > 0 ? 'references' : first.strategy,
    versionSource,
  }
}

/** image-meta says `latest: 1.3.0 is higher`; the summary says what stays and why. */
function describeHeld(text: string): string {
  const [tag, why] = text.split(': ')
  return why ? `${tag} stays: ${why.replace(/ is higher$/, ' is published, higher than this release')}` : text
}

/** The base image's repository when it lives in the same registry (its layers can be mounted), else nothing. */
function sameRegistryRepository(name: string, registry: string, self: string): string[] {
  if (!name.startsWith(`${registry}/`)) return []
  const repository =
    name
      .slice(registry.length + 1)
      .split('@')[0]
      ?.replace(/:[^/]*$/, '') ?? ''
  return repository !== '' && repository !== self ? [repository.toLowerCase()] : []
}
