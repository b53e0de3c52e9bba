import { Octokit } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { Logger } from '@slipway/action-kit'
import { HttpClient, fetchVia } from '@slipway/http'

export { statusOf } from './status.js'

/** The environment the client reads: GITHUB_API_URL, the proxy variables, ACTIONS_ORCHESTRATION_ID. */
export type GitHubEnvironment = Readonly<Record<string, string | undefined>>

const GitHub = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling)

export type GitHubClient = InstanceType<typeof GitHub>

export interface GitHubClientOptions {
  token: string
  /** The REST root; default GITHUB_API_URL (GitHub Enterprise Server sets it), else api.github.com. */
  baseUrl?: string
  logger: Logger
  /** How many times a rate-limited request is sent again before the error reaches the caller. */
  rateLimitRetries?: number
  /** Sent before Octokit's own user agent; the runner's orchestration id is added to it. Default `slipway`. */
  userAgent?: string
  /** The step's environment (RunnerContext.env): GITHUB_API_URL, the proxy variables, ACTIONS_ORCHESTRATION_ID. */
  env: GitHubEnvironment
  /** The HTTP layer to send through; default one made from `env` (the runner's proxy, a 30 s stall limit). */
  http?: HttpClient
}

/**
 * Octokit with the REST methods and pagination, plus two plugins GitHub recommends for automation: retry (5xx and
 * network errors, stalls included, with backoff) and throttling (primary and secondary rate limits, honouring
 * `retry-after`, and one mutating request at a time). Requests go through `@slipway/http`: the runner's proxy rules
 * (CONNECT for https), a stall limit on every request, the token only to the origin it was sent to (a redirect to
 * another host, such as a release asset's storage, goes without it) and no https to http redirects.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { logger, rateLimitRetries = 3, env } = options
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
  const baseUrl = (options.baseUrl ?? first(env.GITHUB_API_URL) ?? 'https://api.github.com').replace(/\/+$/, '')
  return new GitHub({
    auth: options.token,
    baseUrl,
    userAgent: withOrchestrationId(options.userAgent ?? 'slipway', env),
    request: { fetch: fetchVia(options.http ?? new HttpClient({ env, logger })) },
    log: {
      debug: (message: string) => logger.debug(message),
      info: (message: string) => logger.debug(message),
      warn: (message: string) => logger.warning(message),
      error: (message: string) => logger.debug(message),
    },
    throttle: { onRateLimit: limited('primary'), onSecondaryRateLimit: limited('secondary') },
    retry: { retries: 3 },
  })
}

/** The user agent tag the runner asks for (as `@actions/github` adds it), so GitHub can tie requests to the job. */
function withOrchestrationId(userAgent: string, env: GitHubEnvironment): string {
  const id = first(env.ACTIONS_ORCHESTRATION_ID)
  if (id === undefined) return userAgent
  const tag = `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}`
  return userAgent.includes(tag) ? userAgent : `${userAgent} ${tag}`
}

function first(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed === '' ? undefined : trimmed
}
