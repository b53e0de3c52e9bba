import type { Change, Section } from './changes.js'
import type { Person } from './commits.js'
import type { Contributor } from './contributors.js'

/** GitHub refuses a release body longer than this (characters). */
export const BODY_LIMIT = 125_000
/** Longest title, scope and breaking-change note kept on a line; a commit subject is a line, not a document. */
export const TITLE_LIMIT = 500
export const NOTE_LIMIT = 1_000
export const NAME_LIMIT = 100
/** The Contributors section may take this much of a body that has to be cut. */
const CONTRIBUTORS_SHARE = 20_000

export interface NotesInput {
  /** https://github.com/owner/repo */
  repositoryUrl: string
  tag?: string
  previousTag?: string
  /** What `docker pull` lines pull: the version without the tag prefix. */
  version?: string
  /** `latest` points at this release (the highest stable version): the images get a `:latest` pull line too. */
  latest: boolean
  images: readonly string[]
  sections: readonly Section[]
  contributors: readonly Contributor[]
  /** Lower-cased logins resolved through the API: the only ones written as `@mentions`. */
  resolvedLogins: ReadonlySet<string>
  /**
   * Who wrote a change: its author's GitHub login when known, else undefined (the name is shown). It depends on the
   * change's author alone: it is asked once per author object, and the answer used for all of that author's lines.
   */
  loginOf(change: Change): string | undefined
}

/** A GitHub login (users and apps' `[bot]` accounts): the only text written as a mention. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/

/**
 * Text from commits and people (subjects, scopes, names) as Markdown that renders exactly as the text: no link,
 * image, HTML, emphasis, autolinked URL or @mention can come out of it. Balanced single-backtick code spans are kept
 * (inside one, everything is literal already); every other Markdown character is backslash-escaped; `@` before a
 * name, `://` and `www.` get a zero-width space, which GitHub's mention and autolink rules do not cross.
 */
export function plainText(text: string): string {
  // Most subjects and names hold none of what the rules below change: they are returned as they are, which on a
  // release of 100,000 commits saves five regular expression passes a line.
  if (!MAY_NEED_ESCAPES.test(text) && !BLOCK_START.test(text)) return text
  let out = ''
  let from = 0
  for (const match of text.matchAll(/`[^`\n]+`/g)) {
    out += escapeRun(text.slice(from, match.index))
    out += match[0]
    from = match.index + match[0].length
  }
  out += escapeRun(text.slice(from))
  // What starts a line would start a block (a heading, a list, a quote, a numbered list): escaped there.
  return out.replace(
    /^(\s*)(?:([#+=>-])|(\d+)([.)]))/gm,
    (_all, space: string, mark?: string, digits?: string, dot?: string) =>
      mark !== undefined ? `${space}\\${mark}` : `${space}${digits ?? ''}\\${dot ?? ''}`,
  )
}

/**
 * Whatever plainText or escapeRun could change, and more: a character they escape, a mention, an autolink, a line
 * terminator (after which a block could start). Text without any of them and without a block start comes out as it
 * went in.
 */
const MAY_NEED_ESCAPES = /[\\`*_[\]<>~|&!@\n\r\u2028\u2029]|:\/\/|www\./i
const BLOCK_START = /^\s*(?:[#+=>-]|\d+[.)])/

function escapeRun(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~|&!]/g, '\\$&')
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/\b(www)\./gi, '$1\u200b.')
}

/** At most `limit` characters, cut at a character boundary (never inside a surrogate pair), with an ellipsis. */
export function cut(text: string, limit: number): string {
  if (text.length <= limit) return text
  let end = limit - 1
  const code = text.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end--
  return `${text.slice(0, end)}…`
}

/** `@login` when the login was resolved through the API, else the name as plain text. */
export function personMarkdown(name: string, login: string | undefined, resolved: ReadonlySet<string>): string {
  if (login !== undefined && LOGIN.test(login) && resolved.has(login.toLowerCase())) return `@${login}`
  return plainText(cut(name, NAME_LIMIT))
}

export function changeLine(change: Change, input: NotesInput): string {
  return lineWriter(input)(change)
}

/**
 * changeLine for many changes: what repeats from line to line (an author's name or mention, a scope, the link
 * prefixes) is made once. `input.loginOf` is asked once per author (a release has few authors and many lines).
 */
function lineWriter(input: NotesInput): (change: Change) => string {
  const url = input.repositoryUrl
  const authors = new Map<Person, string>()
  const scopes = new Map<string, string>()
  return (change) => {
    const scope = change.scope
    let scopeText = ''
    if (scope) {
      const known = scopes.get(scope)
      if (known === undefined) scopes.set(scope, (scopeText = `**${plainText(cut(scope, NAME_LIMIT))}:** `))
      else scopeText = known
    }
    const person = change.author
    let author = authors.get(person)
    if (author === undefined) {
      author = personMarkdown(person.name, input.loginOf(change), input.resolvedLogins)
      authors.set(person, author)
    }
    const sha = change.sha
    const pullRequest = change.pullRequest
    const pull = pullRequest !== undefined ? `[#${pullRequest}](${url}/pull/${pullRequest}), ` : ''
    let line = `- ${scopeText}${plainText(cut(change.title, TITLE_LIMIT))} by ${author} (${pull}[\`${sha.slice(0, 7)}\`](${url}/commit/${sha}))`
    for (const note of change.breakingNotes) {
      line += `\n  > ${plainText(cut(note, NOTE_LIMIT)).split('\n').join('\n  > ')}`
    }
    return `${line}\n`
  }
}

/** An integer with thousands separators, as `toLocaleString('en')` writes it, without starting ICU for it. */
export function groupedNumber(value: number): string {
  const digits = String(Math.trunc(Math.abs(value)))
  let out = ''
  for (let end = digits.length; end > 0; end -= 3)
    out = `${end > 3 ? ',' : ''}${digits.slice(Math.max(0, end - 3), end)}${out}`
  return value < 0 ? `-${out}` : out
}

function contributorText(contributor: Contributor, resolved: ReadonlySet<string>): string {
  const who = personMarkdown(contributor.name, contributor.login, resolved)
  return `${who}${contributor.firstTime ? ' (first contribution 🎉)' : ''}`
}

function imagesBlock(input: NotesInput): string | undefined {
  if (input.images.length === 0 || input.version === undefined) return undefined
  const lines = input.images.flatMap((image) => [
    `docker pull ${image}:${input.version ?? ''}`,
    ...(input.latest ? [`docker pull ${image}:latest`] : []),
  ])
  return `## Docker images\n\n\`\`\`sh\n${lines.join('\n')}\n\`\`\`\n`
}

export function fullChangelogLine(input: Pick<NotesInput, 'tag' | 'previousTag' | 'repositoryUrl'>): string {
  if (input.tag === undefined) return ''
  if (input.previousTag === undefined) return `**Full Changelog**: ${input.repositoryUrl}/commits/${input.tag}\n`
  return `**Full Changelog**: ${input.repositoryUrl}/compare/${input.previousTag}...${input.tag}\n`
}

export interface RenderedNotes {
  /** The body, at most the limit. */
  body: string
  /** Length of the whole notes (as written to the sink). */
  fullLength: number
  truncated: boolean
}

/**
 * Writes the whole notes to `sink` (the CHANGELOG.md file), one piece at a time, and returns the body: the whole
 * notes when they fit in `limit`, else a body in which every section keeps its place — its heading, as many of its
 * lines as fit, and how many more the attached CHANGELOG.md holds —, the Contributors (cut to a share of the limit)
 * and the Full Changelog link. Nothing holds the notes twice: the lines are made again from the changes for the cut
 * body, which only a release past the limit needs.
 */
export function renderNotes(
  input: NotesInput,
  limit = BODY_LIMIT,
  sink: (text: string) => void = () => undefined,
): RenderedNotes {
  const images = imagesBlock(input)
  const footer = fullChangelogLine(input)
  const contributorsHead = '## Contributors\n\n'
  let length = 0
  let whole = '' as string | undefined
  const write = (text: string) => {
    sink(text)
    length += text.length
    if (whole !== undefined) whole = length <= limit ? whole + text : undefined
  }
  const blocks: (() => void)[] = []
  const line = lineWriter(input)
  if (images) blocks.push(() => write(images))
  for (const section of input.sections) {
    blocks.push(() => {
      write(`## ${section.title}\n\n`)
      for (const change of section.changes) write(line(change))
    })
  }
  if (input.sections.length === 0) blocks.push(() => write('## Changes\n\nNo changes since the previous release.\n'))
  if (input.contributors.length > 0) {
    blocks.push(() => {
      write(contributorsHead)
      input.contributors.forEach((c, i) => write(`${i > 0 ? ', ' : ''}${contributorText(c, input.resolvedLogins)}`))
      write('\n')
    })
  }
  blocks.forEach((block, i) => {
    if (i > 0) write('\n')
    block()
  })
  if (footer) write(`\n${footer}`)
  if (whole !== undefined) return { body: whole, fullLength: length, truncated: false }
  return { body: fitted(input, limit, images, footer), fullLength: length, truncated: true }
}

/** The notes within `limit`, every section in its place (see renderNotes). */
function fitted(input: NotesInput, limit: number, images: string | undefined, footer: string): string {
  const note = `\n> [!NOTE]\n> These notes are cut to fit GitHub's limit of ${groupedNumber(BODY_LIMIT)} characters: the full notes are in the attached \`CHANGELOG.md\`.\n`
  const more = (count: number) => `- … and ${groupedNumber(count)} more in \`CHANGELOG.md\`\n`
  const changeLine = lineWriter(input)
  const contributors = contributorsWithin(input, Math.min(CONTRIBUTORS_SHARE, Math.floor(limit / 5)))
  const heads = input.sections.map((s) => `## ${s.title}\n\n`)
  const fixed =
    (images ? images.length + 1 : 0) +
    heads.reduce((n, head) => n + head.length + 1, 0) +
    input.sections.reduce((n, s) => n + more(s.changes.length).length, 0) +
    (contributors ? contributors.length + 1 : 0) +
    note.length +
    (footer ? footer.length + 1 : 0)
  let budget = limit - fixed
  const parts: string[] = []
  if (images) parts.push(images)
  input.sections.forEach((section, i) => {
    let text = heads[i] ?? ''
    let shown = 0
    for (const change of section.changes) {
      const line = changeLine(change)
      if (line.length > budget) break
      text += line
      budget -= line.length
      shown++
    }
    if (shown < section.changes.length) text += more(section.changes.length - shown)
    parts.push(text)
  })
  if (contributors) parts.push(contributors)
  let body = parts.join('\n') + note
  if (footer) body += `\n${footer}`
  // The reserve was counted for the widest case, so this holds; a tiny limit (tests) keeps the last word anyway.
  return body.length <= limit ? body : body.slice(0, limit)
}

function contributorsWithin(input: NotesInput, share: number): string | undefined {
  if (input.contributors.length === 0) return undefined
  let text = '## Contributors\n\n'
  let shown = 0
  for (const contributor of input.contributors) {
    const piece = `${shown > 0 ? ', ' : ''}${contributorText(contributor, input.resolvedLogins)}`
    if (text.length + piece.length > share - 40) break
    text += piece
    shown++
  }
  const left = input.contributors.length - shown
  if (left > 0) text += `${shown > 0 ? ', ' : ''}and ${groupedNumber(left)} more`
  return `${text}\n`
}

/**
 * The hand-written text and the generated notes as one body: the text first, as written, then the notes (which
 * were fitted to what the text leaves of the limit).
 */
export function withIntro(intro: string | undefined, notes: string): string {
  if (intro === undefined) return notes
  if (notes === '') return `${intro}\n`
  return `${intro}\n\n${notes}`
}
