import type { Change, Section } from './changes.js'
import { displayName, type Contributor } from './contributors.js'

/** GitHub rejects a release body longer than this (characters). */
export const BODY_LIMIT = 125_000

export interface NotesInput {
  /** https://github.com/owner/repo */
  repositoryUrl: string
  tag?: string
  previousTag?: string
  /** What `docker pull` lines pull: the version without the tag prefix. */
  version?: string
  stable: boolean
  images: readonly string[]
  sections: readonly Section[]
  contributors: readonly Contributor[]
}

/** The notes as blocks; a block boundary is where a long body may be cut. */
export function renderBlocks(input: NotesInput): string[] {
  const blocks: string[] = []
  if (input.images.length > 0 && input.version !== undefined) {
    const lines = input.images.flatMap((image) => [
      `docker pull ${image}:${input.version ?? ''}`,
      ...(input.stable ? [`docker pull ${image}:latest`] : []),
    ])
    blocks.push(`## Docker images\n\n\`\`\`sh\n${lines.join('\n')}\n\`\`\`\n`)
  }
  for (const section of input.sections) {
    const items = section.changes.map((change) => changeLine(change, input.repositoryUrl))
    blocks.push(`## ${section.title}\n\n${items.join('\n')}\n`)
  }
  if (input.sections.length === 0) blocks.push('## Changes\n\nNo changes since the previous release.\n')
  if (input.contributors.length > 0) {
    const names = input.contributors.map((c) => `${displayName(c)}${c.firstTime ? ' (first contribution 🎉)' : ''}`)
    blocks.push(`## Contributors\n\n${names.join(', ')}\n`)
  }
  return blocks
}

export function fullChangelogLine(input: NotesInput): string | undefined {
  if (input.tag === undefined) return undefined
  if (input.previousTag === undefined) return `**Full Changelog**: ${input.repositoryUrl}/commits/${input.tag}\n`
  return `**Full Changelog**: ${input.repositoryUrl}/compare/${input.previousTag}...${input.tag}\n`
}

function changeLine(change: Change, repositoryUrl: string): string {
  const scope = change.scope ? `**${escape(change.scope)}:** ` : ''
  const links: string[] = []
  if (change.pullRequest !== undefined)
    links.push(`[#${change.pullRequest}](${repositoryUrl}/pull/${change.pullRequest})`)
  links.push(`[\`${change.sha.slice(0, 7)}\`](${repositoryUrl}/commit/${change.sha})`)
  let line = `- ${scope}${escape(change.title)} (${links.join(', ')})`
  for (const note of change.breakingNotes) line += `\n  > ${note.split('\n').map(escape).join('\n  > ')}`
  return line
}

const NEEDS_ESCAPE = /[<@]/

// A commit subject is text, not Markdown: keep a stray `<tag>` from becoming HTML and `@name` from pinging people.
function escape(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text
  return text.replace(/</g, '&lt;').replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
}

export interface Body {
  /** The release body, at most `limit` characters. */
  body: string
  /** The notes in full (equal to body when nothing was cut). */
  full: string
  truncated: boolean
}

/**
 * Joins the blocks and, when that is longer than GitHub allows, cuts at the last block boundary that fits (or, when
 * even the first block is too long, at its last whole line), adds a note pointing at the attached CHANGELOG.md and
 * keeps the Full Changelog link.
 */
export function assembleBody(blocks: readonly string[], footer: string | undefined, limit = BODY_LIMIT): Body {
  const tail = footer ? `\n${footer}` : ''
  const full = blocks.join('\n') + tail
  if (full.length <= limit) return { body: full, full, truncated: false }
  const note = `\n> [!NOTE]\n> These notes are cut to fit GitHub's limit of ${limit.toLocaleString('en')} characters: the full notes are in the attached \`CHANGELOG.md\`.\n`
  const budget = limit - tail.length - note.length
  let body = ''
  for (const block of blocks) {
    const next = body === '' ? block : `${body}\n${block}`
    if (next.length > budget) break
    body = next
  }
  if (body === '') {
    const first = blocks[0] ?? ''
    body = first.slice(0, first.lastIndexOf('\n', budget) + 1)
  }
  const result = `${body}${note}${tail}`
  return { body: result, full, truncated: true }
}
