import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { Logger } from '@slipway/action-kit'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface GitHubClientOptions {
  token: string
  /** The REST root; default GITHUB_API_URL (GitHub Enterprise Server sets it), else api.github.com. */
  baseUrl?: string
  logger: Logger
  /** How many times a rate-limited request is sent again before the error reaches the caller. */
  rateLimitRetries?: number
}

/**
 * Octokit as `@actions/github` builds it (runner proxy settings, GITHUB_API_URL), plus two plugins GitHub recommends
 * for automation: retry (5xx and network errors, with backoff) and throttling (primary and secondary rate limits,
 * honouring `retry-after`, and one mutating request at a time).
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { logger, rateLimitRetries = 3 } = options
  const limited =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      if (retryCount < rateLimitRetries) {
        logger.warning(`GitHub ${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfter} s`)
        return true
      }
      logger.warning(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}: giving up after ${retryCount} retries`,
      )
      return false
    }
  return getOctokit(
    options.token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      log: {
        debug: (message: string) => logger.debug(message),
        info: (message: string) => logger.debug(message),
        warn: (message: string) => logger.warning(message),
        error: (message: string) => logger.debug(message),
      },
      throttle: { onRateLimit: limited('primary'), onSecondaryRateLimit: limited('secondary') },
      retry: { retries: 3 },
    },
    retry,
    throttling,
  )
}

/** The HTTP status of an Octokit request error, if it is one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}
