import { closeSync, existsSync, openSync, writeSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Logger } from '@slipway/action-kit'
import { authorsSeenFrom, type Git } from '@slipway/git'
import { formatSemVer } from '@slipway/semver-tags'
import type { GitHubClient } from '@slipway/github-api'
import { ChangeReader, sectionize, type Change, type Section } from './changes.js'
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
  /** The notes again, fitted to a smaller limit (to append them to a body that is already there). */
  within(limit: number): string
}

/**
 * The notes of a range, in three phases: the walk (one streamed git log: changes and their authors), the lookups
 * (accounts, pull request labels, who contributed before — beside each other), and the writing (the whole notes to
 * the CHANGELOG file, the body within the limit).
 */
export async function buildNotes(git: Git, options: NotesOptions, logger: Logger): Promise<Notes> {
  const config = await readConfig(options.workspace, options.configPath)
  const walked = await walkRange(git, options)
  const lookups = await lookUp(git, options, walked, config, logger)
  const sections = sectionize(walked.changes, lookups.category)
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
  const { range } = options
  if (range.tag !== undefined) input.tag = range.tag
  if (range.previousTag !== undefined) input.previousTag = range.previousTag
  if (range.version !== undefined) input.version = formatSemVer(range.version)
  const rendered = writeChangelog(options.changelogFile, (sink) =>
    renderNotes(input, options.bodyLimit ?? BODY_LIMIT, sink),
  )
  return {
    body: rendered.body,
    truncated: rendered.truncated,
    fullLength: rendered.fullLength,
    changelogFile: options.changelogFile,
    sections,
    contributors,
    commitCount: walked.commitCount,
    within: (limit) => renderNotes(input, limit).body,
  }
}

interface Walked {
  changes: Change[]
  tally: ContributorTally
  commitCount: number
}

/**
 * One git log of the range. With the mainline only, a merge commit stands for its pull request, yet the people who
 * wrote the branch are contributors too: so the whole range is read and the mainline is found from the parents.
 * With paths, git's history simplification rewrites parents, so git itself walks the first parents instead.
 */
async function walkRange(git: Git, options: NotesOptions): Promise<Walked> {
  const { range } = options
  const walk = !options.firstParent ? 'no-merges' : options.includePaths.length > 0 ? 'first-parent' : 'all'
  const tally = new ContributorTally()
  const all: Change[] = []
  const chain = new Mainline(range.head)
  const reader = new ChangeReader()
  const commitCount = await streamCommits(
    git,
    { head: range.head, ...(range.base ? { base: range.base } : {}), walk, paths: options.includePaths },
    (commit) => {
      const change = reader.read(commit)
      if (walk === 'all') chain.add(change, commit.parents)
      else all.push(change)
      if (walk !== 'all' || commit.parents.length < 2) tally.add(change)
      else tally.addCoAuthors(change)
    },
  )
  return { changes: walk === 'all' ? chain.changes() : all, tally, commitCount }
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
  logger: Logger,
): Promise<Lookups> {
  const { client, range } = options
  const emails = walked.tally.emails()
  const [category, logins, earlier] = await Promise.all([
    categoryOf(options, walked.changes, config, logger),
    client
      ? loginsByEmail(client, options.repository, range, emails, logger)
      : Promise.resolve(new Map<string, string>()),
    range.base !== undefined ? earlierContributors(git, range.base, emails, client, options, logger) : undefined,
  ])
  if (!client) logger.warning('No token: contributors are shown by name, not by GitHub account')
  const lookups: Lookups = { logins }
  if (category) lookups.category = category
  if (earlier) lookups.earlier = earlier
  return lookups
}

async function categoryOf(
  options: NotesOptions,
  changes: readonly Change[],
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
  const numbers = new Set(changes.flatMap((c) => (c.pullRequest !== undefined ? [c.pullRequest] : [])))
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
 * reads on to the root.
 */
async function earlierContributors(
  git: Git,
  base: string,
  emails: readonly string[],
  client: GitHubClient | undefined,
  options: NotesOptions,
  logger: Logger,
): Promise<Set<string>> {
  const wanted = new Set(emails.map((e) => e.toLowerCase()))
  const first = await authorsSeenFrom(git, base, wanted, client ? LOOK_BACK : undefined)
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
 * the branch it merged (its second parent), as GitHub credits a pull request to its author.
 */
class Mainline {
  private readonly chain: Change[] = []
  private readonly aside = new Map<string, { change: Change; parent: string | undefined; index: number }>()
  private readonly positions: number[] = []
  /** Second parent → the merge commit waiting for its author. */
  private readonly branchTips = new Map<string, Change>()
  private count = 0

  constructor(private expected: string | undefined) {}

  add(change: Change, parents: readonly string[]): void {
    const index = this.count++
    const merge = this.branchTips.get(change.sha)
    if (merge) {
      this.branchTips.delete(change.sha)
      merge.author = change.author
    }
    const [firstParent, branch] = parents
    if (change.sha === this.expected) {
      this.chain.push(change)
      this.positions.push(index)
      this.expected = firstParent
      if (branch !== undefined) this.branchTips.set(branch, change)
    } else {
      this.aside.set(change.sha, { change, parent: firstParent, index })
    }
  }

  /** The chain, in the order git listed its commits. */
  changes(): Change[] {
    let reordered = false
    for (let next = this.lookAside(); next !== undefined; next = this.lookAside()) {
      this.chain.push(next.change)
      this.positions.push(next.index)
      this.expected = next.parent
      reordered = true
    }
    this.aside.clear()
    this.branchTips.clear()
    if (!reordered) return this.chain
    const order = this.chain.map((change, i) => ({ change, position: this.positions[i] ?? i }))
    return order.sort((a, b) => a.position - b.position).map((entry) => entry.change)
  }

  private lookAside() {
    if (this.expected === undefined) return undefined
    const next = this.aside.get(this.expected)
    this.aside.delete(this.expected)
    return next
  }
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
