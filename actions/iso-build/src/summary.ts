import { code, details, markdownTable } from '@slipway/action-kit'
import type { BuiltImage } from './build.js'

const TREE_LIMIT = 50

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(1)} ${units[unit] ?? 'TiB'}`
}

/** The step summary: the image, its checksum, and its file tree (collapsed past 50 entries). */
export function renderSummary(image: BuiltImage, displayPath: string): string {
  const facts = markdownTable(
    ['image', 'volume id', 'size', 'files', 'sha256', 'SOURCE_DATE_EPOCH'],
    [
      [
        code(displayPath),
        code(image.volumeId),
        formatBytes(image.size),
        image.fileCount,
        image.sha256 === undefined ? 'not computed (checksum: none)' : code(image.sha256),
        `${image.epoch} (${new Date(image.epoch * 1000).toISOString()})`,
      ],
    ],
  )
  const rows = image.entries.map((e) => [
    code(e.path),
    e.size !== undefined ? formatBytes(e.size) : e.link !== undefined ? `→ ${code(e.link)}` : '',
  ])
  const tree = markdownTable(['path', 'size'], rows)
  const heading = image.remastered ? '### iso-build: remastered image\n\n' : '### iso-build\n\n'
  const listing =
    image.entryCount > TREE_LIMIT
      ? details(
          `${image.entryCount} entries ${image.remastered ? 'added' : 'in the image'}${image.entryCount > rows.length ? ` (the first ${rows.length} listed)` : ''}`,
          tree,
        )
      : `${image.remastered ? 'Added' : 'Contents'}:\n\n${tree}`
  return `${heading}${facts}\n${listing}`
}
