import { CommitParser } from 'conventional-commits-parser'
import { coAuthorsOf, type GitCommit, type Person } from './commits.js'

/** One line of the notes: a commit, a squash-merged pull request or a merge commit standing for its pull request. */
export interface Change {
  sha: string
  /** Conventional type (`feat`), or undefined for a commit that does not follow Conventional Commits. */
  type?: string
  scope?: string
  /** What the line says: the conventional subject, or the commit subject, without its `(#123)`. */
  title: string
  breaking: boolean
  /** BREAKING CHANGE footers (the `!` alone gives none: the title says it). */
  breakingNotes: readonly string[]
  pullRequest?: number
  /** Who wrote it; for a merge commit, the author of the branch it merged once that commit is read. */
  author: Person
  coAuthors: readonly Person[]
}

// Most commits have no note and no co-author: one shared empty list instead of two new arrays per commit.
const NONE: readonly never[] = Object.freeze([])

// The Conventional Commits 1.0.0 grammar, as the conventionalcommits preset of conventional-changelog configures it.
const parser = new CommitParser({
  headerPattern: /^(\w*)(?:\((.*)\))?!?: (.*)$/,
  breakingHeaderPattern: /^(\w*)(?:\((.*)\))?!: (.*)$/,
  headerCorrespondence: ['type', 'scope', 'subject'],
  noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
  revertPattern: /^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w*)\./i,
  revertCorrespondence: ['header', 'hash'],
  issuePrefixes: ['#'],
})

const HEADER = /^(\w*)(?:\((.*)\))?!?: (.*)$/
const NOTE_KEYWORD = /BREAKING[ -]CHANGE/

interface Parsed {
  type?: string | null
  scope?: string | null
  subject?: string | null
  notes: { title: string; text: string }[]
}

/**
 * conventional-commits-parser reads a whole message; most messages have no footer note, and for those the header
 * pattern alone gives the same type, scope and subject at a fraction of the cost (it matters at 100,000 commits).
 */
function parse(subject: string, rest: string): Parsed {
  if (!NOTE_KEYWORD.test(rest) && !subject.includes('!:')) {
    const match = HEADER.exec(subject)
    return { type: match?.[1] ?? null, scope: match?.[2] ?? null, subject: match?.[3] ?? null, notes: [] }
  }
  return parser.parse(rest.trim() === '' ? subject : `${subject}\n\n${rest.replace(/^\n+/, '')}`)
}

// GitHub's merge commit subject; the pull request's title is the first line of the body.
const MERGE_PR = /^Merge pull request #(\d+) from (\S+)/
// A squash merge (or a commit by hand) ending in the pull request number, as GitHub writes it.
const PR_SUFFIX = /\s*\(#(\d+)\)\s*$/

/**
 * A copy of a piece of a string that does not keep the whole alive. V8 makes a slice of a long string a view into
 * it, so a title kept from a git log record would keep the record, and the record the 64 KiB chunk it came in: on a
 * 100,000-commit release that is the whole log held twice. Joining forces a flat copy; slicing that copy keeps only it.
 */
function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1)
}

/**
 * Reads commits into changes, sharing what repeats: one Person per author (a release has few authors and many
 * commits) and one string per scope.
 */
export class ChangeReader {
  private readonly people = new Map<string, Person>()
  private readonly scopes = new Map<string, string>()

  read(commit: GitCommit): Change {
    const change = changeOf(commit)
    const key = `${change.author.email}\n${change.author.name}`
    let person = this.people.get(key)
    if (!person)
      this.people.set(key, (person = { name: detach(change.author.name), email: detach(change.author.email) }))
    change.author = person
    // A SHA is hex: a latin1 round trip gives the smallest flat copy.
    change.sha = Buffer.from(change.sha, 'latin1').toString('latin1')
    change.title = detach(change.title)
    if (change.scope !== undefined) {
      let scope = this.scopes.get(change.scope)
      if (scope === undefined) this.scopes.set(change.scope, (scope = detach(change.scope)))
      change.scope = scope
    }
    return change
  }
}

export function changeOf(commit: GitCommit): Change {
  // Most messages are one line: slicing at the first newline keeps a 100,000-commit range from allocating arrays.
  const newline = commit.message.indexOf('\n')
  let subject = (newline < 0 ? commit.message : commit.message.slice(0, newline)).trim()
  let rest = newline < 0 ? '' : commit.message.slice(newline + 1)
  let pullRequest: number | undefined
  const merge = MERGE_PR.exec(subject)
  if (merge) {
    pullRequest = Number(merge[1])
    const bodyLines = rest.split('\n')
    const titleIndex = bodyLines.findIndex((line) => line.trim() !== '')
    subject = titleIndex >= 0 ? (bodyLines[titleIndex] ?? '').trim() : `Merge ${merge[2] ?? ''}`
    rest = titleIndex >= 0 ? bodyLines.slice(titleIndex + 1).join('\n') : ''
  }
  const suffix = PR_SUFFIX.exec(subject)
  if (suffix) {
    pullRequest ??= Number(suffix[1])
    subject = subject.slice(0, suffix.index)
  }
  const parsed = parse(subject, rest)
  // `Lock: …` or `WIP: …` looks like a type but is not one: only the types the sections know are read as such.
  const candidate = parsed.type ? parsed.type.toLowerCase() : undefined
  const type = candidate !== undefined ? KNOWN_TYPES.get(candidate) : undefined
  const breakingNotes =
    parsed.notes.length === 0
      ? NONE
      : parsed.notes
          .filter((note) => /^BREAKING[ -]CHANGE$/.test(note.title))
          // A trailer block continues after the note (Co-authored-by, Signed-off-by): it is not part of what broke.
          .map((note) => note.text.replace(/\n[\w-]+: .*(\n|$)[\s\S]*$/, '').trim())
          // With `!`, the parser repeats the subject as a note: the line already says it.
          .filter((text) => text !== '' && text !== parsed.subject)
  const breaking = type !== undefined && (/^\w*(\(.*\))?!:/.test(subject) || breakingNotes.length > 0)
  const change: Change = {
    sha: commit.sha,
    title: type !== undefined && parsed.subject ? parsed.subject : subject,
    breaking: breaking || (type === undefined && breakingNotes.length > 0),
    breakingNotes,
    author: { name: commit.authorName, email: commit.authorEmail },
    coAuthors: newline < 0 || !/co-authored-by:/i.test(rest) ? NONE : coAuthorsOf(commit.message),
  }
  if (type !== undefined) change.type = type
  if (parsed.scope) change.scope = parsed.scope
  if (pullRequest !== undefined) change.pullRequest = pullRequest
  return change
}

export interface SectionSpec {
  title: string
  types: readonly string[]
}

/** The sections, in the order the notes show them; Breaking changes always come first, Other changes last. */
export const SECTIONS: readonly SectionSpec[] = [
  { title: 'Features', types: ['feat', 'feature'] },
  { title: 'Fixes', types: ['fix', 'bugfix'] },
  { title: 'Performance', types: ['perf'] },
  { title: 'Reverts', types: ['revert'] },
  { title: 'Documentation', types: ['docs'] },
  { title: 'Refactoring', types: ['refactor'] },
  { title: 'Tests', types: ['test', 'tests'] },
  { title: 'Build', types: ['build', 'deps'] },
  { title: 'CI', types: ['ci'] },
  { title: 'Styles', types: ['style'] },
  { title: 'Chores', types: ['chore'] },
]
// Each type maps to its own constant, so that a change keeps that string and not a lower-cased copy.
const KNOWN_TYPES = new Map(SECTIONS.flatMap((s) => s.types.map((type) => [type, type] as const)))
export const BREAKING_TITLE = 'Breaking changes'
export const OTHER_TITLE = 'Other changes'

export interface Section {
  title: string
  changes: Change[]
}

/**
 * Sorts changes into sections: breaking ones first, then one section per conventional type, then everything else.
 * `category` may claim a change first (release.yml categories by pull request label); it returns a section title,
 * `null` to drop the change (excluded), or undefined to let the conventional type decide.
 */
export function sectionize(
  changes: Iterable<Change>,
  category?: (change: Change) => string | null | undefined,
): Section[] {
  const byTitle = new Map<string, Change[]>()
  const categoryOrder: string[] = []
  const add = (title: string, change: Change) => {
    let list = byTitle.get(title)
    if (!list) byTitle.set(title, (list = []))
    list.push(change)
  }
  for (const change of changes) {
    const claimed = category?.(change)
    if (claimed === null) continue
    if (claimed !== undefined) {
      if (!categoryOrder.includes(claimed)) categoryOrder.push(claimed)
      add(claimed, change)
      continue
    }
    if (change.breaking) add(BREAKING_TITLE, change)
    else
      add(
        SECTIONS.find((s) => change.type !== undefined && s.types.includes(change.type))?.title ?? OTHER_TITLE,
        change,
      )
  }
  const order = [BREAKING_TITLE, ...categoryOrder, ...SECTIONS.map((s) => s.title), OTHER_TITLE]
  return [...new Set(order)]
    .filter((title) => byTitle.has(title))
    .map((title) => ({ title, changes: byTitle.get(title) ?? [] }))
}
