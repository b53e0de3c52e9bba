import type { Logger } from '@slipway/action-kit'
import type { GitHubClient } from '@slipway/github-api'
import { statusOf } from '@slipway/github-api/status'
import type { PullRequestFacts } from './release-config.js'

export interface Repository {
  owner: string
  repo: string
}

const PER_PAGE = 100

/**
 * Maps commit emails to GitHub accounts with the commit listings of the range (100 commits a request, the author's
 * account included): `compare` between two tags, or the commits up to the tag for a first release. Stops as soon as
 * every email is known, and after `maxPages` requests; emails left over stay names.
 */
export async function loginsByEmail(
  client: GitHubClient,
  where: Repository,
  range: { base?: string; head: string },
  emails: readonly string[],
  logger: Logger,
  maxPages = 10,
): Promise<Map<string, string>> {
  const wanted = new Set(emails.map((e) => e.toLowerCase()))
  const found = new Map<string, string>()
  try {
    for (let page = 1; page <= maxPages && found.size < wanted.size; page++) {
      const commits =
        range.base !== undefined
          ? (
              await client.rest.repos.compareCommitsWithBasehead({
                ...where,
                basehead: `${range.base}...${range.head}`,
                per_page: PER_PAGE,
                page,
              })
            ).data.commits
          : (await client.rest.repos.listCommits({ ...where, sha: range.head, per_page: PER_PAGE, page })).data
      for (const commit of commits) {
        const email = commit.commit.author?.email?.toLowerCase()
        const login = commit.author && 'login' in commit.author ? commit.author.login : undefined
        if (email && login && wanted.has(email)) found.set(email, login)
      }
      if (commits.length < PER_PAGE) break
    }
  } catch (error) {
    logger.warning(`Could not map contributors to GitHub accounts (${describe(error)}): showing names instead`)
  }
  return found
}

/**
 * Which of `emails` have a commit reachable from `base`, asked of the API: one commit listing filtered by author
 * (GitHub matches the email) per email, at most `maxRequests`. Undefined when the API cannot answer them all (more
 * emails than that, or an error): the caller then reads git instead.
 */
export async function authorsWithEarlierCommits(
  client: GitHubClient,
  where: Repository,
  base: string,
  emails: readonly string[],
  logger: Logger,
  maxRequests = 20,
): Promise<Set<string> | undefined> {
  if (emails.length > maxRequests) return undefined
  const seen = new Set<string>()
  try {
    for (const email of emails) {
      const { data } = await client.rest.repos.listCommits({ ...where, sha: base, author: email, per_page: 1 })
      if (data.length > 0) seen.add(email.toLowerCase())
    }
  } catch (error) {
    logger.debug(`Could not ask the API about earlier commits (${describe(error)}): reading the history instead`)
    return undefined
  }
  return seen
}

/**
 * Labels and authors of the pull requests the notes link, from the closed pull requests listed 100 a request,
 * most recently updated first, until every number is found or `maxPages` requests were made.
 */
export async function pullRequestFacts(
  client: GitHubClient,
  where: Repository,
  numbers: ReadonlySet<number>,
  logger: Logger,
  maxPages = 10,
): Promise<Map<number, PullRequestFacts> | undefined> {
  const facts = new Map<number, PullRequestFacts>()
  try {
    for (let page = 1; page <= maxPages && facts.size < numbers.size; page++) {
      const { data } = await client.rest.pulls.list({
        ...where,
        state: 'closed',
        sort: 'updated',
        direction: 'desc',
        per_page: PER_PAGE,
        page,
      })
      for (const pr of data) {
        if (!numbers.has(pr.number)) continue
        const entry: PullRequestFacts = { labels: pr.labels.map((label) => label.name) }
        if (pr.user) entry.author = pr.user.login
        facts.set(pr.number, entry)
      }
      if (data.length < PER_PAGE) break
    }
  } catch (error) {
    logger.warning(`Could not read pull request labels (${describe(error)}): sections follow commit types instead`)
    return undefined
  }
  return facts
}

export function describe(error: unknown): string {
  const status = statusOf(error)
  const message = error instanceof Error ? error.message : String(error)
  return status !== undefined ? `HTTP ${status}: ${message}` : message
}
