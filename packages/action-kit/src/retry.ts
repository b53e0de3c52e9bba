/** An error that says whether another attempt may succeed, and how long the server asked us to wait. */
export class RetryableError extends Error {
  override readonly name: string = 'RetryableError'
  /** Set by `retry` when it gives up: how many attempts were made (and the message then says so). */
  attempts?: number
  constructor(
    message: string,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts?: number
  /** The first backoff; each later one doubles, up to maxDelayMs. */
  minDelayMs?: number
  maxDelayMs?: number
  /** No attempt starts after this much time has passed since the first one started. */
  maxElapsedMs?: number
  /** Which failures are worth another attempt. Default: RetryableError only. */
  shouldRetry?: (error: unknown, attempt: number) => boolean
  /** Called before each wait, to log progress. */
  onRetry?: (info: { error: unknown; attempt: number; delayMs: number }) => void
  /** Injected for tests: the clock, the wait, and the jitter source. */
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  random?: () => number
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs `attempt` until it succeeds, the error is not retryable, the attempts run out or the time budget would be
 * exceeded. Backoff is exponential with full jitter (AWS architecture blog, "Exponential Backoff And Jitter"), and a
 * server's Retry-After replaces the computed delay when it is longer.
 */
export async function retry<T>(attempt: (attemptNumber: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const {
    attempts = 5,
    minDelayMs = 500,
    maxDelayMs = 30_000,
    maxElapsedMs = 120_000,
    shouldRetry = (error: unknown) => error instanceof RetryableError,
    onRetry,
    now = Date.now,
    sleep: wait = sleep,
    random = Math.random,
  } = options
  const started = now()
  for (let number = 1; ; number++) {
    try {
      return await attempt(number)
    } catch (error) {
      if (!shouldRetry(error, number)) throw number > 1 ? gaveUp(error, number) : error
      if (number >= attempts) throw gaveUp(error, number)
      const backoff = Math.min(maxDelayMs, minDelayMs * 2 ** (number - 1))
      let delayMs = Math.round(backoff / 2 + (random() * backoff) / 2)
      const asked = retryAfterOf(error)
      if (asked !== undefined && asked > delayMs) delayMs = asked
      const left = maxElapsedMs - (now() - started)
      if (delayMs > left) {
        // Waiting would overrun the budget: fail now and say why, rather than sleep and fail anyway.
        const why =
          asked !== undefined && asked >= delayMs
            ? `the server asked to wait ${seconds(asked)} (Retry-After), more than the ${seconds(Math.max(0, left))} left of the retry budget`
            : `the next wait (${seconds(delayMs)}) would overrun the retry budget (${seconds(maxElapsedMs)})`
        throw gaveUp(error, number, why)
      }
      onRetry?.({ error, attempt: number, delayMs })
      await wait(delayMs)
    }
  }
}

/**
 * Marks a RetryableError that ended the retries: it says how many attempts were made (and why it stopped early). A
 * RetryableError is made fresh by each attempt, so writing to it is safe; an error that passed through an inner
 * `retry` keeps the count it already has. Other errors are passed on untouched.
 */
function gaveUp(error: unknown, attempts: number, why?: string): unknown {
  if (!(error instanceof RetryableError) || error.attempts !== undefined) return error
  error.attempts = attempts
  error.message = `${error.message}${why ? `; ${why}` : ''}, ${attempts} attempt${attempts === 1 ? '' : 's'}`
  return error
}

const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(ms < 10_000 ? 1 : 0))} s`

function retryAfterOf(error: unknown): number | undefined {
  if (error instanceof RetryableError) return error.retryAfterMs
  return undefined
}

/**
 * Parses an HTTP Retry-After header (RFC 9110 §10.2.3): either delay-seconds or an HTTP-date.
 * Returns milliseconds to wait, or undefined when the header is absent or malformed.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - now)
}

/** HTTP statuses worth another attempt: request timeout, too many requests, and server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599)
}

/** Network failures that a new connection may not hit again. */
export function isTransientNetworkError(error: unknown): boolean {
  const code =
    (error as { code?: unknown; cause?: { code?: unknown } } | null)?.code ??
    (error as { cause?: { code?: unknown } } | null)?.cause?.code
  return (
    typeof code === 'string' &&
    [
      'ECONNRESET',
      'ECONNREFUSED',
      'EPIPE',
      'ETIMEDOUT',
      'EAI_AGAIN',
      'UND_ERR_SOCKET',
      'ECONNABORTED',
      'UND_ERR_CLOSED',
    ].includes(code)
  )
}
