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
 * all, and it uses node:http(s) rather than fetch, whose first use costs more than the rest of the action.
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
        const response = await getJson(new URL(url), request.token, timeoutMs)
        if (response.status < 200 || response.status > 299) {
          const message = `GET ${url} answered ${response.status}`
          if (isRetryableStatus(response.status)) {
            throw new RetryableError(message, parseRetryAfter(response.retryAfter))
          }
          throw new Error(message)
        }
        try {
          const parsed: unknown = JSON.parse(response.body)
          return parsed
        } catch {
          throw new Error(`GET ${url} answered ${response.status} with a body that is not JSON`)
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

interface Answer {
  status: number
  body: string
  retryAfter: string | null
}

const MAX_BODY = 4 * 1024 * 1024
const MAX_REDIRECTS = 3

/**
 * One GET of a JSON document. A redirect is followed (301, 302, 307, 308; a renamed repository answers 301) with the
 * token only while it stays on the origin the token was given for (scheme, host and port); an https → http redirect is
 * refused. `timeoutMs` bounds the whole exchange, redirects included; a stall is a RetryableError naming the request.
 */
async function getJson(start: URL, token: string, timeoutMs: number): Promise<Answer> {
  const deadline = Date.now() + timeoutMs
  let target = start
  for (let hop = 0; ; hop++) {
    const sameOrigin = target.origin === start.origin
    const answer = await getOnce(target, sameOrigin ? token : undefined, deadline - Date.now(), timeoutMs)
    if (![301, 302, 307, 308].includes(answer.status) || !answer.location) return answer
    if (hop >= MAX_REDIRECTS) throw new Error(`GET ${start.href}: more than ${MAX_REDIRECTS} redirects`)
    const next = new URL(answer.location, target)
    if (target.protocol === 'https:' && next.protocol !== 'https:') {
      throw new Error(`GET ${target.href}: refused a redirect from https to ${next.protocol.replace(':', '')}`)
    }
    target = next
  }
}

async function getOnce(
  url: URL,
  token: string | undefined,
  remainingMs: number,
  timeoutMs: number,
): Promise<Answer & { location?: string }> {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`GET ${url.href}: not an http(s) URL`)
  // Loaded on first use: an action run without a token never pays for the TLS stack.
  const transport = url.protocol === 'https:' ? await import('node:https') : await import('node:http')
  const stalled = () => new RetryableError(`GET ${url.href}: no answer within ${timeoutMs / 1000} s`)
  if (remainingMs <= 0) throw stalled()
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'slipway-oci-labels',
    }
    if (token !== undefined) headers.authorization = `Bearer ${token}`
    const request = transport.get(url, { headers }, (response) => {
      const chunks: Buffer[] = []
      let size = 0
      response.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > MAX_BODY) request.destroy(new Error(`GET ${url.href}: the answer is larger than 4 MiB`))
        else chunks.push(chunk)
      })
      response.on('error', (error) => {
        clearTimeout(timer)
        reject(error instanceof RetryableError ? error : networkError(error, url.href))
      })
      response.on('end', () => {
        clearTimeout(timer)
        const location = response.headers.location
        resolve({
          status: response.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          retryAfter: typeof response.headers['retry-after'] === 'string' ? response.headers['retry-after'] : null,
          ...(location ? { location } : {}),
        })
      })
    })
    const timer = setTimeout(() => request.destroy(stalled()), remainingMs)
    request.on('error', (error) => {
      clearTimeout(timer)
      reject(error instanceof RetryableError ? error : networkError(error, url.href))
    })
  })
}

/** A reset or refused connection is retried; the error names the request and what happened. */
function networkError(error: Error, url: string): Error {
  if (isTransientNetworkError(error)) return new RetryableError(`GET ${url}: ${error.message}`)
  return new Error(`GET ${url}: ${error.message}`, { cause: error })
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
