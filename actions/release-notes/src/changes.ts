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
 * The changes of a range, kept compact: in blocks of BLOCK changes, each block's SHAs and titles in two buffers,
 * its types, scopes, authors and pull requests numbers in typed arrays; the rare breaking notes and co-authors
 * beside them. A release of 100,000 commits then takes some 7 MB and a handful of objects per block,
 * where a `Change` object, its SHA and its title took over 400 bytes and three heap objects each, which the garbage
 * collector copied and marked again and again while the log streamed in (and on a machine where touching new
 * memory is slow, every megabyte the heap grows costs time too). A change is read back as a `Change` through
 * `change(index)`, a view of two fields that reads the record when asked.
 */
export class ChangeStore {
  private count = 0
  private readonly blocks: ChangeBlock[] = []
  private readonly notes = new Map<number, readonly string[]>()
  private readonly coAuthorLists = new Map<number, readonly Person[]>()
  /** Pull request numbers that do not fit the block's array (0 and above 2^32 - 2). */
  private readonly oddPullRequests = new Map<number, number>()
  private readonly people: Person[] = []
  private readonly personIndex = new Map<string, number>()
  private lastPerson = 0
  private readonly scopeList: string[] = []
  private readonly scopeIndex = new Map<string, number>()

  get size(): number {
    return this.count
  }

  /**
   * Keeps a change and returns its index. The change's author and co-authors are replaced by the store's own copies
   * (one per person, not views into the git log record they were read from), so that whoever counts them next keeps
   * no record alive either.
   */
  add(change: Change): number {
    const index = this.count++
    const at = index % BLOCK
    if (at === 0) this.blocks.push(new ChangeBlock())
    const block = this.blocks[this.blocks.length - 1] as ChangeBlock
    block.add(change.sha, change.title)
    block.types[at] = change.type === undefined ? 0 : (TYPE_NUMBERS.get(change.type) ?? 0)
    block.scopes[at] = change.scope === undefined ? 0 : this.scopeNumber(change.scope)
    const pullRequest = change.pullRequest
    if (pullRequest === undefined) block.pullRequests[at] = 0
    else if (Number.isInteger(pullRequest) && pullRequest > 0 && pullRequest < 0xffffffff)
      block.pullRequests[at] = pullRequest
    else {
      block.pullRequests[at] = 0xffffffff
      this.oddPullRequests.set(index, pullRequest)
    }
    const author = this.personNumber(change.author)
    change.author = this.people[author] ?? change.author
    block.authors[at] = author
    block.breaking[at] = change.breaking ? 1 : 0
    if (change.breakingNotes.length > 0) this.notes.set(index, change.breakingNotes.map(detach))
    if (change.coAuthors.length > 0) {
      change.coAuthors = change.coAuthors.map((person) => this.people[this.personNumber(person)] ?? person)
      this.coAuthorLists.set(index, change.coAuthors)
    }
    return index
  }

  /** Seals the last block (see ChangeBlock.seal): the walk is over, and its strings need not keep log records alive. */
  seal(): void {
    this.blocks[this.blocks.length - 1]?.seal()
  }

  /** The change at `index`, as a view of its record. */
  change(index: number): Change {
    if (!Number.isInteger(index) || index < 0 || index >= this.count)
      throw new RangeError(`No change ${index} (${this.count} kept)`)
    return new StoredChange(this, index)
  }

  /** Credits the change at `index` to the author of the change at `from` (a merge to its branch's author). */
  creditTo(index: number, from: number): void {
    this.block(index).authors[index % BLOCK] = this.block(from).authors[from % BLOCK] ?? 0
  }

  shaOf(index: number): string {
    return this.block(index).sha(index % BLOCK)
  }

  titleOf(index: number): string {
    return this.block(index).title(index % BLOCK)
  }

  typeOf(index: number): string | undefined {
    const type = this.block(index).types[index % BLOCK] ?? 0
    return type === 0 ? undefined : TYPES[type - 1]
  }

  scopeOf(index: number): string | undefined {
    const scope = this.block(index).scopes[index % BLOCK] ?? 0
    return scope === 0 ? undefined : this.scopeList[scope - 1]
  }

  pullRequestOf(index: number): number | undefined {
    const number = this.block(index).pullRequests[index % BLOCK] ?? 0
    if (number === 0xffffffff) return this.oddPullRequests.get(index)
    return number === 0 ? undefined : number
  }

  breakingOf(index: number): boolean {
    return this.block(index).breaking[index % BLOCK] === 1
  }

  breakingNotesOf(index: number): readonly string[] {
    return this.notes.get(index) ?? NONE
  }

  authorOf(index: number): Person {
    return this.people[this.block(index).authors[index % BLOCK] ?? 0] ?? { name: '', email: '' }
  }

  setAuthorOf(index: number, author: Person): void {
    this.block(index).authors[index % BLOCK] = this.personNumber(author)
  }

  coAuthorsOf(index: number): readonly Person[] {
    return this.coAuthorLists.get(index) ?? NONE
  }

  private block(index: number): ChangeBlock {
    const block = this.blocks[Math.floor(index / BLOCK)]
    if (!block) throw new RangeError(`No change ${index} (${this.count} kept)`)
    return block
  }

  /** The number of the store's own copy of `person` (one per email and name), made on first sight. */
  private personNumber(person: Person): number {
    // Commits come in runs by one author: the last one found is checked before the map.
    const last = this.people[this.lastPerson]
    if (last && last.email === person.email && last.name === person.name) return this.lastPerson
    const key = `${person.email}\n${person.name}`
    let number = this.personIndex.get(key)
    if (number === undefined) {
      number = this.people.length
      const kept = { name: detach(person.name), email: detach(person.email) }
      this.personIndex.set(`${kept.email}\n${kept.name}`, number)
      this.people.push(kept)
    }
    this.lastPerson = number
    return number
  }

  private scopeNumber(scope: string): number {
    let number = this.scopeIndex.get(scope)
    if (number === undefined) {
      const kept = detach(scope)
      this.scopeList.push(kept)
      number = this.scopeList.length
      this.scopeIndex.set(kept, number)
    }
    return number
  }
}

/** Changes a block holds. Small enough that the strings waiting to be joined stay few, large enough to be few. */
const BLOCK = 1024

/**
 * BLOCK changes. Their SHAs and titles wait in lists until the block is full, and are then joined and copied out of
 * the JavaScript heap: the SHAs as bytes (hex decoded), the titles as Latin-1 (or UTF-16 when a title needs it),
 * with the titles' end offsets. What the heap keeps of a block is then a few small objects, so that keeping 100,000
 * changes neither slows the collector nor makes it grow the young generation, and no slice of a git log record is
 * kept. A title or SHA is decoded when read.
 */
class ChangeBlock {
  readonly types = new Uint8Array(BLOCK)
  readonly scopes = new Uint32Array(BLOCK)
  readonly pullRequests = new Uint32Array(BLOCK)
  readonly authors = new Uint32Array(BLOCK)
  readonly breaking = new Uint8Array(BLOCK)
  private readonly titleEnds = new Uint32Array(BLOCK)
  private shaList: string[] | undefined = []
  private titleList: string[] | undefined = []
  private shas: Buffer = Buffer.alloc(0)
  private shaEncoding: 'hex' | 'latin1' = 'hex'
  private titles: Buffer = Buffer.alloc(0)
  /** Bytes a UTF-16 unit of a title takes in `titles`: 1 (Latin-1) or 2 (UTF-16). */
  private titleWidth = 1
  /** SHAs are all as long as the first (40 hex digits, or 64 in a SHA-256 repository); else each end is kept. */
  private shaLength = -1
  private shaEnds: Uint32Array | undefined

  add(sha: string, title: string): void {
    const { shaList, titleList } = this
    if (!shaList || !titleList) throw new Error('A sealed block takes no more changes')
    const at = shaList.length
    if (this.shaLength < 0) this.shaLength = sha.length
    if (sha.length !== this.shaLength && !this.shaEnds) {
      this.shaEnds = new Uint32Array(BLOCK)
      for (let i = 0; i < at; i++) this.shaEnds[i] = (i + 1) * this.shaLength
    }
    if (this.shaEnds) this.shaEnds[at] = (at > 0 ? (this.shaEnds[at - 1] ?? 0) : 0) + sha.length
    this.titleEnds[at] = (at > 0 ? (this.titleEnds[at - 1] ?? 0) : 0) + title.length
    shaList.push(sha)
    titleList.push(title)
    if (shaList.length === BLOCK) this.seal()
  }

  /** Joins what the lists hold and copies it out of the heap; no change is added after this. */
  seal(): void {
    if (!this.shaList || !this.titleList) return
    const shas = this.shaList.join('')
    // Lower-case hex of even length (what git prints) goes in as bytes; anything else as it came.
    this.shaEncoding = !this.shaEnds && this.shaLength % 2 === 0 && /^[0-9a-f]*$/.test(shas) ? 'hex' : 'latin1'
    this.shas = Buffer.from(shas, this.shaEncoding)
    const titles = this.titleList.join('')
    this.titleWidth = /[\u0100-\uffff]/.test(titles) ? 2 : 1
    this.titles = Buffer.from(titles, this.titleWidth === 2 ? 'utf16le' : 'latin1')
    this.shaList = undefined
    this.titleList = undefined
  }

  sha(at: number): string {
    if (this.shaList) return this.shaList[at] ?? ''
    const [start, end] = this.shaEnds
      ? [at > 0 ? (this.shaEnds[at - 1] ?? 0) : 0, this.shaEnds[at] ?? 0]
      : [at * this.shaLength, (at + 1) * this.shaLength]
    const width = this.shaEncoding === 'hex' ? 0.5 : 1
    return this.shas.toString(this.shaEncoding, start * width, end * width)
  }

  title(at: number): string {
    if (this.titleList) return this.titleList[at] ?? ''
    const start = at > 0 ? (this.titleEnds[at - 1] ?? 0) : 0
    const end = this.titleEnds[at] ?? 0
    const width = this.titleWidth
    return this.titles.toString(width === 2 ? 'utf16le' : 'latin1', start * width, end * width)
  }
}

/** A change read back from a ChangeStore: each field comes from the record when read. */
class StoredChange implements Change {
  constructor(
    private readonly store: ChangeStore,
    private readonly index: number,
  ) {}

  get sha(): string {
    return this.store.shaOf(this.index)
  }
  get type(): string | undefined {
    return this.store.typeOf(this.index)
  }
  get scope(): string | undefined {
    return this.store.scopeOf(this.index)
  }
  get title(): string {
    return this.store.titleOf(this.index)
  }
  get breaking(): boolean {
    return this.store.breakingOf(this.index)
  }
  get breakingNotes(): readonly string[] {
    return this.store.breakingNotesOf(this.index)
  }
  get pullRequest(): number | undefined {
    return this.store.pullRequestOf(this.index)
  }
  get author(): Person {
    return this.store.authorOf(this.index)
  }
  set author(person: Person) {
    this.store.setAuthorOf(this.index, person)
  }
  get coAuthors(): readonly Person[] {
    return this.store.coAuthorsOf(this.index)
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
const TYPES = [...KNOWN_TYPES.keys()]
// The first section that lists a type takes it.
const SECTION_OF_TYPE = new Map(
  SECTIONS.toReversed().flatMap((section) => section.types.map((type) => [type, section.title] as const)),
)
const TYPE_NUMBERS = new Map(TYPES.map((type, i) => [type, i + 1]))
export const BREAKING_TITLE = 'Breaking changes'
export const OTHER_TITLE = 'Other changes'

/**
 * The changes of a section, in order: an array, or (in the notes of a range) the store's changes at a list of
 * indexes, each read as a view when it is reached, so that no object per change outlives its line.
 */
export interface ChangeList extends Iterable<Change> {
  readonly length: number
  map<T>(each: (change: Change, index: number) => T): T[]
}

export interface Section {
  title: string
  changes: ChangeList
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
  const sorter = new SectionSorter(category)
  const byTitle = new Map<string, Change[]>()
  for (const change of changes) {
    const title = sorter.titleOf(change)
    if (title === null) continue
    let list = byTitle.get(title)
    if (!list) byTitle.set(title, (list = []))
    list.push(change)
  }
  return sorter.order(byTitle.keys()).map((title) => ({ title, changes: byTitle.get(title) ?? [] }))
}

/** sectionize for the changes of a store at `indexes`: the sections list indexes, not objects. */
export function sectionizeStored(
  store: ChangeStore,
  indexes: Iterable<number>,
  category?: (change: Change) => string | null | undefined,
): Section[] {
  const sorter = new SectionSorter(category)
  const byTitle = new Map<string, { indexes: Uint32Array; length: number }>()
  for (const index of indexes) {
    const title = sorter.titleOf(store.change(index))
    if (title === null) continue
    let list = byTitle.get(title)
    if (!list) byTitle.set(title, (list = { indexes: new Uint32Array(256), length: 0 }))
    if (list.length === list.indexes.length) {
      const more = new Uint32Array(list.length * 2)
      more.set(list.indexes)
      list.indexes = more
    }
    list.indexes[list.length++] = index
  }
  return sorter.order(byTitle.keys()).map((title) => {
    const list = byTitle.get(title)
    return { title, changes: new StoredChangeList(store, list ? list.indexes.subarray(0, list.length) : []) }
  })
}

/** Which section a change goes to, and the order of the sections (see sectionize). */
class SectionSorter {
  private readonly categoryOrder: string[] = []

  constructor(private readonly category?: (change: Change) => string | null | undefined) {}

  titleOf(change: Change): string | null {
    const claimed = this.category?.(change)
    if (claimed === null) return null
    if (claimed !== undefined) {
      if (!this.categoryOrder.includes(claimed)) this.categoryOrder.push(claimed)
      return claimed
    }
    if (change.breaking) return BREAKING_TITLE
    const type = change.type
    return (type !== undefined ? SECTION_OF_TYPE.get(type) : undefined) ?? OTHER_TITLE
  }

  order(present: Iterable<string>): string[] {
    const titles = new Set(present)
    const order = [BREAKING_TITLE, ...this.categoryOrder, ...SECTIONS.map((s) => s.title), OTHER_TITLE]
    return [...new Set(order)].filter((title) => titles.has(title))
  }
}

class StoredChangeList implements ChangeList {
  constructor(
    private readonly store: ChangeStore,
    private readonly indexes: ArrayLike<number>,
  ) {}

  get length(): number {
    return this.indexes.length
  }

  *[Symbol.iterator](): Iterator<Change> {
    for (let i = 0; i < this.indexes.length; i++) yield this.store.change(this.indexes[i] ?? 0)
  }

  map<T>(each: (change: Change, index: number) => T): T[] {
    const out: T[] = []
    let i = 0
    for (const change of this) out.push(each(change, i++))
    return out
  }
}
