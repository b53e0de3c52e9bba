import { code, heading, markdownTable } from '@slipway/action-kit'
import type { PublishPlan } from './plan.js'
import type { PublishedImage } from './publish.js'

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}

export interface SummaryContext {
  builder: string
  /** Why this builder (`auto: buildah is installed`). */
  reason: string
  plan?: PublishPlan
}

/**
 * The step summary: one row per image with its digest, tags and size, and what this run changed; then the builder
 * and why, and every moving tag left where it was, with the reason.
 */
export function summaryMarkdown(images: readonly PublishedImage[], pushed: boolean, context?: SummaryContext): string {
  const rows = images.map((image) => [
    code(image.name),
    code(image.digest),
    image.tags.map((t) => code(t.slice(image.name.length + 1))).join(' '),
    size(image.size),
    !pushed
      ? 'built, not pushed'
      : image.unchangedTags.length === image.tags.length
        ? 're-run: already published'
        : `pushed ${size(image.bytesSent)}`,
  ])
  let text =
    heading(pushed ? 'Published images' : 'Built images') +
    '\n' +
    markdownTable(['image', 'digest', 'tags', 'size', 'this run'], rows)
  if (!context) return text
  text += `\nBuilt with **${context.builder}**: ${context.reason}.\n`
  const plan = context.plan
  const moves = plan?.images.flatMap((image) => [
    ...image.heldBack.map((why) => [code(image.image.repository), why]),
    ...image.movedBackwards.map((why) => [code(image.image.repository), `${why}: moved backwards (allowed)`]),
  ])
  if (plan && moves && moves.length > 0) {
    const source =
      plan.versionSource.kind === 'registry'
        ? "the registry's own tag list"
        : `the repository's git tags, because ${plan.versionSource.why}`
    text += `\n### Moving tags\n\nDecided from ${source}.\n\n${markdownTable(['image', 'moving tag'], moves)}`
  }
  return text
}

/** The `images` output: one object per image. */
export function imagesOutput(images: readonly PublishedImage[]): object[] {
  return images.map((image) => ({
    name: image.name,
    digest: image.digest,
    reference: image.reference,
    tags: image.tags,
    size: image.size,
    platforms: image.platforms,
  }))
}
