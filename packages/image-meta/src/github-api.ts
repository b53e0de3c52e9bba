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
  /** Time allowed for one answer (headers and body); default 5 s. */
  timeoutMs?: number
  retry?: RetryOptions
}

/**
 * GET /repos/{owner}/{repo}: name, html_url, description, license.spdx_id, default_branch. A failure (network, 4xx,
 * 5xx after retries) is a warning and gives undefined: labels never need the API, so the build goes on without it.
 * The call is on every run (the token defaults to the workflow's), so its budget is small: 5 s an attempt, 10 s in
 * all. The token goes to `apiUrl`'s origin only: fetch drops Authorization on a redirect to another origin.
 */
export async function fetchRepoInfo(request: RepoInfoRequest): Promise<RepoInfo | undefined> {
  if (!/^[\w.-]+\/[\w.-]+$/.test(request.repository) || /(^|\/)\.\.?($|\/)/.test(request.repository)) {
    request.logger.warning(
      `The repository ${JSON.stringify(request.repository)} is not owner/name: labels description and licenses are left empty.`,
    )
    return undefined
  }
  const url = `${request.apiUrl.replace(/\/+$/, '')}/repos/${request.repository}`
  const timeoutMs = request.timeoutMs ?? 5_000
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
            signal: AbortSignal.timeout(timeoutMs),
          })
        } catch (error) {
          throw networkError(error, url, timeoutMs)
        }
        if (!response.ok) {
          const message = `GET ${url} answered ${response.status} ${response.statusText}`
          await response.body?.cancel()
          if (isRetryableStatus(response.status)) {
            throw new RetryableError(message, parseRetryAfter(response.headers.get('retry-after')))
          }
          throw new Error(message)
        }
        try {
          const body: unknown = await response.json()
          return body
        } catch (error) {
          throw networkError(error, url, timeoutMs)
        }
      },
      {
        attempts: 3,
        minDelayMs: 300,
        maxElapsedMs: 10_000,
        onRetry: ({ error, delayMs }) =>
          request.logger.info(`${error instanceof Error ? error.message : String(error)}; retrying in ${delayMs} ms`),
        ...request.retry,
      },
    )
    return repoInfoFrom(body)
  } catch (error) {
    request.logger.warning(
      `Could not read the repository from the GitHub API (${error instanceof Error ? error.message : String(error)}): ` +
        'labels description and licenses are left empty.',
    )
    return undefined
  }
}

/** A stalled answer is retried like a reset connection; the error names the request and what happened. */
function networkError(error: unknown, url: string, timeoutMs: number): Error {
  // AbortSignal.timeout rejects with a DOMException named TimeoutError (not always an Error of this realm).
  if ((error as { name?: unknown } | null)?.name === 'TimeoutError') {
    return new RetryableError(`GET ${url}: no answer within ${timeoutMs / 1000} s`)
  }
  if (isTransientNetworkError(error)) return new RetryableError(`GET ${url}: ${String(error)}`)
  return error instanceof Error ? new Error(`GET ${url}: ${error.message}`, { cause: error }) : new Error(String(error))
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
