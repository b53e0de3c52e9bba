import { closeSync, existsSync, openSync, writeSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Logger } from '@slipway/action-kit'
import { authorsSeenFrom, startAuthorWalk, type AuthorWalk, type Git } from '@slipway/git'
import { formatSemVer } from '@slipway/semver-tags'
import type { GitHubClient } from '@slipway/github-api'
import { ChangeStore, changeOf, sectionizeStored, type Change, type Section } from './changes.js'
import { streamCommits } from './commits.js'
import { ContributorTally, loginFromNoreplyEmail, type Contributor } from './contributors.js'
import { authorsWithEarlierCommits, loginsByEmail, pullRequestFacts, type Repository } from './lookups.js'
import { categorize, type ReleaseConfig } from './release-config.js'
import { BODY_LIMIT, renderNotes, type NotesInput } from './render.js'
import type { ReleaseRange } from './range.js'

export interface NotesOptions {
  range: ReleaseRange
  firstParent: boolean
  includePaths: readonly string[]
  images: readonly string[]
  /** `latest` points at this release: the images get a `:latest` pull line. */
  latest: boolean
  /** Workspace-relative path of the release.yml-compatible config (used when present). */
  configPath: string
  workspace: string
  repository: Repository
  serverUrl: string
  /** Where the whole notes are written (CHANGELOG.md). */
  changelogFile: string
  /** Without a client, contributors stay names and release.yml categories are not applied. */
  client?: GitHubClient
  /** The most characters the notes may take (GitHub's limit less the hand-written text). */
  bodyLimit?: number
}

export interface Notes {
  /** The notes, at most `bodyLimit` characters. */
  body: string
  /** The whole notes were longer than the limit: `body` is cut, `changelogFile` holds them all. */
  truncated: boolean
  fullLength: number
  changelogFile: string
  sections: Section[]
  contributors: Contributor[]
  commitCount: number
  /**
   * The previous release's commit is an ancestor of this one, as the walk saw it (see walkShowsAncestry); undefined
   * when the walk cannot tell or there is no previous release.
   */
  baseIsAncestor?: boolean
  /** The notes again, fitted to a smaller limit (to append them to a body that is already there). */
  within(limit: number): string
}

/**
 * The notes of a range, in three phases: the walk (one streamed git log: changes and their authors), the lookups
 * (accounts, pull request labels, who contributed before — beside each other), and the writing (the whole notes to
 * the CHANGELOG file, the body within the limit).
 */
export async function buildNotes(git: Git, options: NotesOptions, logger: Logger): Promise<Notes> {
  const { range, client } = options
  const config = await readConfig(options.workspace, options.configPath)
  // git starts on the range first (it is what everything else waits for), then on the look back for first-time
  // contributors, which is read once the range has said whose earlier commits to look for (earlierContributors).
  const walking = walkRange(git, options)
  const lookBack =
    range.base !== undefined ? startAuthorWalk(git, range.base, client ? LOOK_BACK : undefined) : undefined
  let walked: Walked
  let lookups: Lookups
  try {
    walked = await walking
    lookups = await lookUp(git, options, walked, config, lookBack, logger)
  } finally {
    lookBack?.cancel()
  }
  const sections = sectionizeStored(walked.store, walked.kept, lookups.category)
  const contributors = walked.tally.contributors(lookups.logins, lookups.earlier)
  const input: NotesInput = {
    repositoryUrl: `${options.serverUrl}/${options.repository.owner}/${options.repository.repo}`,
    latest: options.latest,
    images: options.images,
    sections,
    contributors,
    resolvedLogins: new Set([...lookups.logins.values()].map((login) => login.toLowerCase())),
    loginOf: (change) => {
      const email = change.author.email.toLowerCase()
      return lookups.logins.get(email) ?? loginFromNoreplyEmail(email)
    },
  }
  if (range.tag !== undefined) input.tag = range.tag
  if (range.previousTag !== undefined) input.previousTag = range.previousTag
  if (range.version !== undefined) input.version = formatSemVer(range.version)
  const rendered = writeChangelog(options.changelogFile, (sink) =>
    renderNotes(input, options.bodyLimit ?? BODY_LIMIT, sink),
  )
  const notes: Notes = {
    body: rendered.body,
    truncated: rendered.truncated,
    fullLength: rendered.fullLength,
    changelogFile: options.changelogFile,
    sections,
    contributors,
    commitCount: walked.commitCount,
    within: (limit) => renderNotes(input, limit).body,
  }
  if (walked.baseIsAncestor !== undefined) notes.baseIsAncestor = walked.baseIsAncestor
  return notes
}

/**
 * Whether the walk of the range tells if the previous release is an ancestor, so that no `git merge-base` is
 * needed: only the walk of every commit with its true parents (first-parent notes without paths, the default) does.
 * git lists base..head; when base is an ancestor, the path from head down to it passes through a commit of the
 * range whose parent is base, and when it is not, no commit of the range has it as a parent (else base would be
 * reachable from head). Paths rewrite parents and the other walks skip commits, so those ask git.
 */
export function walkShowsAncestry(options: { firstParent: boolean; includePaths: readonly string[] }): boolean {
  return options.firstParent && options.includePaths.length === 0
}

interface Walked {
  /** Every commit read; `kept` says which are changes of the notes, in order. */
  store: ChangeStore
  kept: Uint32Array
  tally: ContributorTally
  commitCount: number
  /** See Notes.baseIsAncestor. */
  baseIsAncestor?: boolean
}

/**
 * One git log of the range. With the mainline only, a merge commit stands for its pull request, yet the people who
 * wrote the branch are contributors too: so the whole range is read and the mainline is found from the parents.
 * With paths, git's history simplification rewrites parents, so git itself walks the first parents instead. Each
 * commit is kept as one compact record (ChangeStore); the notes list the indexes of the records they show.
 */
async function walkRange(git: Git, options: NotesOptions): Promise<Walked> {
  const { range } = options
  const walk = !options.firstParent ? 'no-merges' : options.includePaths.length > 0 ? 'first-parent' : 'all'
  const tally = new ContributorTally()
  const store = new ChangeStore()
  const chain = walk === 'all' ? new Mainline(range.head, range.base, store) : undefined
  const { base } = range
  // See walkShowsAncestry; base..head is empty when base is head, and is-ancestor holds for a commit and itself.
  const ancestry = { seen: base === range.head }
  const commitCount = await streamCommits(
    git,
    { head: range.head, ...(base ? { base } : {}), walk, paths: options.includePaths },
    (commit) => {
      const change = changeOf(commit)
      const index = store.add(change)
      if (chain) chain.add(index, change.sha, commit.parents)
      if (!chain || commit.parents.length < 2) tally.add(change)
      else tally.addCoAuthors(change)
      if (!ancestry.seen && base !== undefined && commit.parents.includes(base)) ancestry.seen = true
    },
  )
  store.seal()
  const kept = chain ? chain.indexes() : Uint32Array.from({ length: store.size }, (_, i) => i)
  const walked: Walked = { store, kept, tally, commitCount }
  if (base !== undefined && walk === 'all' && walkShowsAncestry(options)) walked.baseIsAncestor = ancestry.seen
  return walked
}

interface Lookups {
  category?: (change: Change) => string | null | undefined
  /** Lower-cased email → login, as the API resolved them. */
  logins: Map<string, string>
  /** Lower-cased emails seen before this release; undefined for a first release. */
  earlier?: ReadonlySet<string>
}

/** The API lookups and the look back for first-time contributors, run beside each other. */
async function lookUp(
  git: Git,
  options: NotesOptions,
  walked: Walked,
  config: ReleaseConfig | undefined,
  lookBack: AuthorWalk | undefined,
  logger: Logger,
): Promise<Lookups> {
  const { client, range } = options
  const emails = walked.tally.emails()
  const [category, logins, earlier] = await Promise.all([
    categoryOf(options, walked, config, logger),
    client
      ? loginsByEmail(client, options.repository, range, emails, logger)
      : Promise.resolve(new Map<string, string>()),
    range.base !== undefined && lookBack
      ? earlierContributors(git, range.base, lookBack, emails, client, options, logger)
      : undefined,
  ])
  if (!client) logger.warning('No token: contributors are shown by name, not by GitHub account')
  const lookups: Lookups = { logins }
  if (category) lookups.category = category
  if (earlier) lookups.earlier = earlier
  return lookups
}

async function categoryOf(
  options: NotesOptions,
  walked: Walked,
  config: ReleaseConfig | undefined,
  logger: Logger,
): Promise<((change: Change) => string | null | undefined) | undefined> {
  if (!config || config.categories.length + config.excludeLabels.length + config.excludeAuthors.length === 0)
    return undefined
  if (!options.client) {
    logger.warning(
      `${options.configPath} needs pull request labels, which need a token: sections follow commit types instead`,
    )
    return undefined
  }
  const numbers = new Set<number>()
  for (const index of walked.kept) {
    const number = walked.store.pullRequestOf(index)
    if (number !== undefined) numbers.add(number)
  }
  if (numbers.size === 0) return undefined
  const facts = await pullRequestFacts(options.client, options.repository, numbers, logger)
  if (!facts) return undefined
  return (change) => {
    const pr = change.pullRequest !== undefined ? facts.get(change.pullRequest) : undefined
    return pr ? categorize(config, pr) : undefined
  }
}

/** How far back git looks for the authors of this release before the API is asked about the rest. */
const LOOK_BACK = 20_000

/**
 * Which of this release's authors contributed before it. git walks back from the previous release and stops as soon
 * as all of them have been seen, which on an ordinary release is a few hundred commits back, however old the
 * repository. Someone new keeps the walk going: with a token, only LOOK_BACK commits are read and the API answers
 * for whoever is still unseen (one commit listing by author each); without one, or when the API cannot answer, git
 * reads on to the root. The walk (`lookBack`) was started from `base` beside the walk of the range, so its start-up
 * is already paid.
 */
async function earlierContributors(
  git: Git,
  base: string,
  lookBack: AuthorWalk,
  emails: readonly string[],
  client: GitHubClient | undefined,
  options: NotesOptions,
  logger: Logger,
): Promise<Set<string>> {
  const wanted = new Set(emails.map((e) => e.toLowerCase()))
  const first = await lookBack.seen(wanted)
  if (first.complete) return first.seen
  const unseen = [...wanted].filter((email) => !first.seen.has(email))
  const answered = client
    ? await authorsWithEarlierCommits(client, options.repository, base, unseen, logger)
    : undefined
  if (answered) return new Set([...first.seen, ...answered])
  const rest = await authorsSeenFrom(git, base, new Set(unseen))
  return new Set([...first.seen, ...rest.seen])
}

/** Writes what `render` sends to its sink into `file`, in 64 KiB writes. */
function writeChangelog<T>(file: string, render: (sink: (text: string) => void) => T): T {
  const fd = openSync(file, 'w')
  try {
    let buffered: string[] = []
    let size = 0
    const flush = () => {
      if (buffered.length > 0) writeSync(fd, buffered.join(''))
      buffered = []
      size = 0
    }
    const result = render((text) => {
      buffered.push(text)
      size += text.length
      if (size >= 65_536) flush()
    })
    flush()
    return result
  } finally {
    closeSync(fd)
  }
}

/**
 * The first-parent chain from `head` within the range, newest first, found as the log streams. git lists a commit
 * before its parents, so the chain is followed by comparing each commit with the one the chain expects next: on a
 * 100,000-commit range that is a string comparison per commit, where a map of every commit's parent cost a hash
 * lookup or three. Commits off the chain (and, with skewed commit dates, chain commits that come early) are set
 * aside, and the chain continues through them at the end. A merge commit on the chain is credited to the author of
 * the branch it merged (its second parent), as GitHub credits a pull request to its author. The chain and the
 * commits set aside are indexes into the store, and the first parents of those set aside are kept as bytes: no
 * object per commit.
 */
class Mainline {
  private chain: Uint32Array = new Uint32Array(1024)
  private chainLength = 0
  private aside: Uint32Array = new Uint32Array(1024)
  private asideLength = 0
  /** The first parent of each commit set aside, as bytes (all zero for a root commit: no object has that name). */
  private asideParents: Buffer = Buffer.alloc(0)
  /** Second parent → the merge commit (its index) waiting for its author. */
  private readonly branchTips = new Map<string, number>()

  constructor(
    private expected: string | undefined,
    /** Where the range starts (excluded): a chain that reaches it is whole. */
    private readonly base: string | undefined,
    private readonly store: ChangeStore,
  ) {}

  add(index: number, sha: string, parents: readonly string[]): void {
    const merge = this.branchTips.get(sha)
    if (merge !== undefined) {
      this.branchTips.delete(sha)
      this.store.creditTo(merge, index)
    }
    const [firstParent, branch] = parents
    if (sha === this.expected) {
      this.chain = pushed(this.chain, this.chainLength++, index)
      this.expected = firstParent
      // A flat copy: the parent as sliced from the record would keep the whole log chunk alive until the tip is read.
      if (branch !== undefined) this.branchTips.set(Buffer.from(branch, 'latin1').toString('latin1'), index)
    } else {
      const at = this.asideLength * (sha.length >> 1)
      this.aside = pushed(this.aside, this.asideLength++, index)
      if (this.asideParents.length < at + (sha.length >> 1)) {
        const more = Buffer.alloc(Math.max(64 * 1024, this.asideParents.length * 2))
        this.asideParents.copy(more)
        this.asideParents = more
      }
      if (firstParent !== undefined) this.asideParents.write(firstParent, at, sha.length >> 1, 'hex')
    }
  }

  /** The chain's store indexes, in the order git listed its commits. */
  indexes(): Uint32Array {
    let reordered = false
    if (this.asideLength > 0 && this.expected !== undefined && this.expected !== this.base) {
      // Only now, and only when the chain stopped short of the range's start with commits set aside (every merged
      // branch's commits are): which of them the chain continues through.
      const bySha = new Map<string, number>()
      for (let i = 0; i < this.asideLength; i++) bySha.set(this.store.shaOf(this.aside[i] ?? 0), i)
      for (let next = bySha.get(this.expected); next !== undefined; next = bySha.get(this.expected)) {
        bySha.delete(this.expected)
        this.chain = pushed(this.chain, this.chainLength++, this.aside[next] ?? 0)
        const size = this.expected.length >> 1
        const parent = this.asideParents.subarray(next * size, (next + 1) * size)
        this.expected = parent.every((byte) => byte === 0) ? undefined : parent.toString('hex')
        reordered = true
        if (this.expected === undefined) break
      }
    }
    const found = this.chain.subarray(0, this.chainLength)
    if (reordered) found.sort()
    this.aside = new Uint32Array(0)
    this.asideParents = Buffer.alloc(0)
    this.branchTips.clear()
    return found
  }
}

function pushed(list: Uint32Array, at: number, value: number): Uint32Array {
  let target = list
  if (at === list.length) {
    target = new Uint32Array(list.length * 2)
    target.set(list)
  }
  target[at] = value
  return target
}

async function readConfig(workspace: string, configPath: string): Promise<ReleaseConfig | undefined> {
  const candidates = [configPath, configPath.replace(/\.yml$/, '.yaml')]
  for (const candidate of candidates) {
    const file = path.join(workspace, candidate)
    if (existsSync(file)) {
      const { parseReleaseConfig } = await import('./release-config-file.js')
      return parseReleaseConfig(await readFile(file, 'utf8'), candidate)
    }
  }
  return undefined
}
