import { code, heading, markdownTable } from '@slipway/action-kit'
import type { PublishedImage } from './publish.js'

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}

/** The step summary: one row per image with its digest, tags and size, and what this run changed. */
export function summaryMarkdown(images: readonly PublishedImage[], pushed: boolean): string {
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
  return (
    heading(pushed ? 'Published images' : 'Built images') +
    '\n' +
    markdownTable(['image', 'digest', 'tags', 'size', 'this run'], rows)
  )
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
