import {
  isRetryableStatus,
  isTransientNetworkError,
  parseRetryAfter,
  retry,
  RetryableError,
  type Logger,
  type RetryOptions,
} from '@slipway/action-kit'
import type { RepoInfo } from './meta.js'

export interface RepoInfoRequest {
  /** GITHUB_API_URL (`https://api.github.com`, or a GHES `/api/v3` base). */
  apiUrl: string
  /** `owner/name`. */
  repository: string
  token: string
  logger: Logger
  retry?: RetryOptions
}

/**
 * GET /repos/{owner}/{repo}: name, html_url, description, license.spdx_id, default_branch. A failure (network, 4xx,
 * 5xx after retries) is a warning and gives undefined: labels never need the API, so the build goes on without it.
 */
export async function fetchRepoInfo(request: RepoInfoRequest): Promise<RepoInfo | undefined> {
  const url = `${request.apiUrl.replace(/\/+$/, '')}/repos/${request.repository}`
  try {
    const body = await retry(
      async () => {
        let response: Response
        try {
          response = await fetch(url, {
            headers: {
              accept: 'application/vnd.github+json',
              authorization: `Bearer ${request.token}`,
              'x-github-api-version': '2022-11-28',
              'user-agent': 'slipway-oci-labels',
            },
            signal: AbortSignal.timeout(15_000),
          })
        } catch (error) {
          if (isTransientNetworkError(error)) throw new RetryableError(`GET ${url}: ${String(error)}`)
          throw error
        }
        if (!response.ok) {
          const message = `GET ${url} answered ${response.status} ${response.statusText}`
          await response.body?.cancel()
          if (isRetryableStatus(response.status)) {
            throw new RetryableError(message, parseRetryAfter(response.headers.get('retry-after')))
          }
          throw new Error(message)
        }
        const body: unknown = await response.json()
        return body
      },
      {
        attempts: 4,
        minDelayMs: 500,
        maxElapsedMs: 30_000,
        onRetry: ({ error, delayMs }) =>
          request.logger.info(`${error instanceof Error ? error.message : String(error)}; retrying in ${delayMs} ms`),
        ...request.retry,
      },
    )
    return repoInfoFrom(body)
  } catch (error) {
    request.logger.warning(
      `Could not read the repository from the GitHub API (${error instanceof Error ? error.message : String(error)}): ` +
        'labels description and licenses are left out.',
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
