import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Logger } from '@slipway/action-kit'
import { Git } from '@slipway/git'
import { computeImageMeta, readBaseImage, readGitContext, type GitContext } from '@slipway/image-meta'
import type { ImageSpec } from './images.js'

/** The tag and label rules, in image-meta's (and docker/metadata-action's) syntax. */
export interface TagRules {
  tags: string[]
  flavor: string[]
  labels: string[]
}

export interface TagPlan {
  /** Tag names every image gets, in image-meta's order (`1.2.3`, `1.2`, `1`, `latest`). */
  tags: string[]
  version: string
  /** OCI labels per image repository (the base image labels differ from one Dockerfile to the next). */
  labels: Map<string, Record<string, string>>
  /** OCI annotations of each image manifest, per image repository (the same keys as the labels). */
  annotations: Map<string, Record<string, string>>
  /** Every timestamp in the images: the `created` label, in epoch seconds (commit time or SOURCE_DATE_EPOCH). */
  timestamp: number
  strategy: string
}

/** Reads the git context of the workflow run (event, ref, sha, the repository's tags). */
export function readContext(env: NodeJS.ProcessEnv, workspace: string, logger: Logger): Promise<GitContext> {
  return readGitContext(env, new Git(workspace), { logger })
}

/**
 * Tags and labels from image-meta, the same rules and zero-config release strategy as the oci-labels action: with
 * `tags` empty on a `vX.Y.Z` tag, `X.Y.Z`, `X.Y`, `X` and `latest` (only moving forward).
 */
export function planTags(
  rules: TagRules,
  images: readonly ImageSpec[],
  context: GitContext,
  options: { sourceDateEpoch?: number; logger: Logger },
): TagPlan {
  const labels = new Map<string, Record<string, string>>()
  const annotations = new Map<string, Record<string, string>>()
  let first: ReturnType<typeof computeImageMeta> | undefined
  for (const image of images) {
    const baseImage = image.target
      ? undefined
      : readBaseImage(readFileSync(image.file, 'utf8'), path.basename(image.file), options.logger)
    const meta = computeImageMeta(
      { images: [], tags: rules.tags, flavor: rules.flavor, labels: rules.labels, annotations: [] },
      context,
      {
        logger: options.logger,
        ...(options.sourceDateEpoch !== undefined ? { sourceDateEpoch: options.sourceDateEpoch } : {}),
        ...(baseImage ? { baseImage } : {}),
      },
    )
    first ??= meta
    labels.set(image.repository, meta.labels)
    annotations.set(image.repository, meta.annotations)
  }
  if (!first) throw new Error('planTags needs at least one image')
  return {
    tags: first.tagNames,
    version: first.version,
    labels,
    annotations,
    timestamp: Math.floor(Date.parse(first.created) / 1000),
    strategy: first.strategy,
  }
}
