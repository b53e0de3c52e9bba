import type { Logger, RetryOptions } from '@slipway/action-kit'
import { HttpClient, sendBuffered, type ProxyEnvironment } from '@slipway/http'
import type { RepoInfo } from './meta.js'

export interface RepoInfoRequest {
  /** GITHUB_API_URL (`https://api.github.com`, or a GHES `/api/v3` base). */
  apiUrl: string
  /** `owner/name`. */
  repository: string
  token: string
  logger: Logger
  /** Time allowed for one answer (headers and body); default 5 s. */
  timeoutMs?: number
  retry?: RetryOptions
  /** The HTTP layer; default one made from `env`. */
  http?: HttpClient
  /** The step's environment (RunnerContext.env): the runner's proxy variables. */
  env?: ProxyEnvironment
}

/**
 * GET /repos/{owner}/{repo}: name, html_url, description, license.spdx_id, default_branch. A failure (network, 4xx,
 * 5xx after retries) is a warning and gives undefined: labels never need the API, so the build goes on without it.
 * The call is on every run (the token defaults to the workflow's), so its budget is small: 5 s an attempt, 10 s in
 * all, through the suite's HTTP layer on node:http(s) rather than fetch, whose first use costs more than the rest of
 * the action.
 */
export async function fetchRepoInfo(request: RepoInfoRequest): Promise<RepoInfo | undefined> {
  if (!/^[\w.-]+\/[\w.-]+$/.test(request.repository) || /(^|\/)\.\.?($|\/)/.test(request.repository)) {
    request.logger.warning(
      `The repository ${JSON.stringify(request.repository)} is not owner/name: labels description and licenses are left empty.`,
    )
    return undefined
  }
  const url = `${request.apiUrl.replace(/\/+$/, '')}/repos/${request.repository}`
  // Through the suite's HTTP layer: the runner's proxy (a CONNECT tunnel for https), a stall limit, and the token
  // bound to the API's origin (a redirect to another host goes without it).
  const http = request.http ?? new HttpClient({ env: request.env ?? {}, logger: request.logger })
  try {
    const response = await sendBuffered(
      http,
      {
        url,
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${request.token}`,
          'x-github-api-version': '2022-11-28',
          'user-agent': 'slipway-oci-labels',
        },
        // A stall ends an attempt (then retried); the whole call, retries included, has 10 s.
        stallMs: request.timeoutMs ?? 5_000,
        timeoutMs: 10_000,
      },
      { logger: request.logger, retry: { attempts: 3, minDelayMs: 300, maxElapsedMs: 10_000, ...request.retry } },
    )
    if (response.status < 200 || response.status > 299)
      throw new Error(`${response.what} answered ${response.status} ${response.statusText}`.trimEnd())
    return repoInfoFrom(JSON.parse(response.body.toString('utf8')))
  } catch (error) {
    request.logger.warning(
      `Could not read the repository from the GitHub API (${error instanceof Error ? error.message : String(error)}): ` +
        'labels description and licenses are left empty.',
    )
    return undefined
  }
}

function repoInfoFrom(body: unknown): RepoInfo {
  const repo = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined)
  const license = (typeof repo.license === 'object' && repo.license !== null ? repo.license : {}) as Record<
    string,
    unknown
  >
  const spdx = text(license.spdx_id)
  const info: RepoInfo = {}
  const name = text(repo.name)
  const htmlUrl = text(repo.html_url)
  const description = text(repo.description)
  const defaultBranch = text(repo.default_branch)
  if (name) info.name = name
  if (htmlUrl) info.htmlUrl = htmlUrl
  if (description) info.description = description
  // GitHub reports NOASSERTION when it found a license file it cannot classify: that is no license id.
  if (spdx && spdx !== 'NOASSERTION') info.license = spdx
  if (defaultBranch) info.defaultBranch = defaultBranch
  return info
}
