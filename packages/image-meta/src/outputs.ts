import { code, markdownTable } from '@slipway/action-kit'
import type { ImageMeta } from './meta.js'

/** `key=value` lines, keys sorted (the `labels` output). */
export function labelLines(meta: ImageMeta): string[] {
  return Object.entries(meta.labels).map(([key, value]) => `${key}=${value}`)
}

/** `level:key=value` lines for each annotation level (DOCKER_METADATA_ANNOTATIONS_LEVELS, default `manifest`). */
export function annotationLines(meta: ImageMeta, levels: readonly string[] = ['manifest']): string[] {
  return levels.flatMap((level) => Object.entries(meta.annotations).map(([key, value]) => `${level}:${key}=${value}`))
}

/** The `json` output of metadata-action: tags, tag names, labels as an object, annotations as level-prefixed lines. */
export function jsonOutput(
  meta: ImageMeta,
  levels: readonly string[] = ['manifest'],
): { tags: string[]; 'tag-names': string[]; labels: Record<string, string>; annotations: string[] } {
  return {
    tags: meta.tags,
    'tag-names': meta.tagNames,
    labels: meta.labels,
    annotations: annotationLines(meta, levels),
  }
}

export type BakeKind = 'tags' | 'labels' | 'annotations' | 'tags-labels'

/**
 * A Bake definition (`docker buildx bake -f <file>`) with one target holding what `kind` asks for, as
 * metadata-action writes them: tags with the DOCKER_META_IMAGES/DOCKER_META_VERSION args, labels as an object,
 * annotations as level-prefixed lines; `tags-labels` is the deprecated `bake-file` (tags, labels and args).
 */
export function bakeDefinition(
  meta: ImageMeta,
  kind: BakeKind,
  target = 'docker-metadata-action',
  levels: readonly string[] = ['manifest'],
): { target: Record<string, Record<string, unknown>> } {
  const args = { DOCKER_META_IMAGES: meta.images.join(','), DOCKER_META_VERSION: meta.version }
  const body: Record<string, unknown> =
    kind === 'tags'
      ? { tags: meta.tags, args }
      : kind === 'labels'
        ? { labels: meta.labels }
        : kind === 'annotations'
          ? { annotations: annotationLines(meta, levels) }
          : { tags: meta.tags, labels: meta.labels, args }
  return { target: { [target]: body } }
}

/** The step summary: images × tags, then the labels. */
export function summaryMarkdown(meta: ImageMeta): string {
  const lines = ['### Image tags\n']
  if (meta.tagNames.length === 0) lines.push('No tag was generated: check the `tags` input and the event.\n')
  else if (meta.images.length === 0) {
    lines.push(
      markdownTable(
        ['tag'],
        meta.tagNames.map((name) => [code(name)]),
      ),
    )
  } else {
    lines.push(
      markdownTable(
        ['image', ...meta.tagNames.map(code)],
        meta.images.map((image) => [code(image), ...meta.tagNames.map(() => '✓')]),
      ),
    )
  }
  const strategy = meta.strategy === 'zero-config' ? ', zero-config release tags' : ''
  lines.push(
    `\nVersion ${code(meta.version || '(none)')}, latest: ${meta.latest ? 'yes' : 'no'} (${meta.latestMode}${strategy}).\n`,
  )
  if (meta.heldBack.length > 0) {
    lines.push(`\nMoving tags held back (they only move forward): ${meta.heldBack.map(code).join(', ')}.\n`)
  }
  lines.push('\n### Labels\n')
  lines.push(
    markdownTable(
      ['label', 'value'],
      Object.entries(meta.labels).map(([k, v]) => [code(k), literalText(v)]),
    ),
  )
  return lines.join('\n')
}

/**
 * A value shown as itself: in a code span, so that a repository description or a label given in the workflow cannot
 * add links, images, HTML or mentions to the summary. The fence is longer than any run of backticks in the value
 * (CommonMark code spans), and line breaks become spaces.
 */
export function literalText(value: string): string {
  const text = value.replace(/[\r\n]+/g, ' ')
  if (text === '') return ''
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}
