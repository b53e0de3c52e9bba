import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Logger } from '@slipway/action-kit'
import type { Git } from '@slipway/git'
import { formatSemVer } from '@slipway/semver-tags'
import type { GitHubClient } from '@slipway/github-api'
import { changeOf, sectionize, type Change, type Section } from './changes.js'
import { coAuthorsOf, streamCommits } from './commits.js'
import { ContributorTally, type Contributor } from './contributors.js'
import { loginsByEmail, pullRequestFacts, type Repository } from './lookups.js'
import { categorize, type ReleaseConfig } from './release-config.js'
import { assembleBody, fullChangelogLine, renderBlocks, type Body } from './render.js'
import type { ReleaseRange } from './range.js'

export interface NotesOptions {
  range: ReleaseRange
  firstParent: boolean
  includePaths: readonly string[]
  images: readonly string[]
  /** Workspace-relative path of the release.yml-compatible config (used when present). */
  configPath: string
  workspace: string
  repository: Repository
  serverUrl: string
  /** Without a client, contributors stay names and release.yml categories are not applied. */
  client?: GitHubClient
  bodyLimit?: number
}

export interface Notes extends Body {
  sections: Section[]
  contributors: Contributor[]
  commitCount: number
}

export async function buildNotes(git: Git, options: NotesOptions, logger: Logger): Promise<Notes> {
  const { range } = options
  const config = await readConfig(options.workspace, options.configPath)
  const tally = new ContributorTally()
  // With the mainline only, a merge commit stands for its pull request, yet the people who wrote the branch are
  // contributors too: so the whole range is read (still one git log) and the mainline is found from the parents.
  // With paths, git's history simplification rewrites parents, so git itself walks the first parents instead.
  const walk = !options.firstParent ? 'no-merges' : options.includePaths.length > 0 ? 'first-parent' : 'all'
  // The authors before the previous release (to mark first-time contributors) come from a second git log, run
  // beside the first rather than after it.
  const earlierPending = range.base !== undefined ? earlierEmails(git, range.base) : undefined
  earlierPending?.catch(() => undefined)
  const repositoryUrl = `${options.serverUrl}/${options.repository.owner}/${options.repository.repo}`
  const all: Change[] = []
  const chain = new Mainline(range.head)
  const commitCount = await streamCommits(
    git.cwd,
    { head: range.head, ...(range.base ? { base: range.base } : {}), walk, paths: options.includePaths },
    (commit) => {
      const change = changeOf(commit)
      if (walk === 'all') chain.add(change, commit.parents[0])
      else all.push(change)
      if (walk !== 'all' || commit.parents.length < 2) tally.add(change)
      else tally.addCoAuthors(change)
    },
  )
  const changes = walk === 'all' ? chain.changes() : all
  let category: ((change: Change) => string | null | undefined) | undefined
  if (config && config.categories.length + config.excludeLabels.length + config.excludeAuthors.length > 0) {
    const numbers = new Set(changes.flatMap((c) => (c.pullRequest !== undefined ? [c.pullRequest] : [])))
    if (!options.client) {
      logger.warning(
        `${options.configPath} needs pull request labels, which need a token: sections follow commit types instead`,
      )
    } else if (numbers.size > 0) {
      const facts = await pullRequestFacts(options.client, options.repository, numbers, logger)
      if (facts) {
        category = (change) => {
          const pr = change.pullRequest !== undefined ? facts.get(change.pullRequest) : undefined
          return pr ? categorize(config, pr) : undefined
        }
      }
    }
  }
  const sections = sectionize(changes, category)
  const logins = options.client
    ? await loginsByEmail(options.client, options.repository, range, tally.emails(), logger)
    : new Map<string, string>()
  if (!options.client) logger.warning('No token: contributors are shown by name, not by GitHub account')
  const earlier = await earlierPending
  const contributors = tally.contributors(logins, earlier)
  const notesInput = {
    repositoryUrl,
    ...(range.tag !== undefined ? { tag: range.tag } : {}),
    ...(range.previousTag !== undefined ? { previousTag: range.previousTag } : {}),
    ...(range.version !== undefined ? { version: formatSemVer(range.version) } : {}),
    stable: !range.prerelease,
    images: options.images,
    sections,
    contributors,
  }
  const body = assembleBody(renderBlocks(notesInput), fullChangelogLine(notesInput), options.bodyLimit)
  return { ...body, sections, contributors, commitCount }
}

/**
 * The first-parent chain from `head` within the range, newest first, found as the log streams. git lists a commit
 * before its parents, so the chain is followed by comparing each commit with the one the chain expects next: on a
 * 100,000-commit range that is a string comparison per commit, where a map of every commit's parent cost a hash
 * lookup or three. Commits off the chain (and, with skewed commit dates, chain commits that come early) are set
 * aside, and the chain continues through them at the end.
 */
class Mainline {
  private readonly chain: Change[] = []
  private readonly aside = new Map<string, { change: Change; parent: string | undefined; index: number }>()
  private readonly positions: number[] = []
  private count = 0

  constructor(private expected: string | undefined) {}

  add(change: Change, firstParent: string | undefined): void {
    const index = this.count++
    if (change.sha === this.expected) {
      this.chain.push(change)
      this.positions.push(index)
      this.expected = firstParent
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

/** Everyone who authored or co-authored a commit up to the previous release, lower-cased emails. */
async function earlierEmails(git: Git, base: string): Promise<Set<string>> {
  const emails = new Set<string>()
  // Only messages that name a co-author need their body: %aE alone is cheap for git to produce.
  const out = await git.run(['log', '--format=%aE%x1f%(trailers:key=Co-authored-by,valueonly,separator=%x1f)', base])
  for (const line of out.split('\n')) {
    const [author = '', ...coAuthors] = line.split('\x1f')
    if (author) emails.add(author.toLowerCase())
    for (const value of coAuthors)
      for (const person of coAuthorsOf(`Co-authored-by: ${value}`)) emails.add(person.email.toLowerCase())
  }
  return emails
}
