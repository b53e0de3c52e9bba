import { RetryableError } from '@slipway/action-kit'

/**
 * The network gave no bytes for the stall limit: no connection, no response headers, or a body that stopped. Retried
 * like a reset (a new connection usually gets through), unlike the total time limit.
 */
export class StallError extends RetryableError {
  override readonly name: string = 'StallError'
  readonly code = 'ESTALLED'
}

/** A connection that failed in a way a new one may not (reset, refused, DNS hiccup): retried. */
export class NetworkError extends RetryableError {
  override readonly name: string = 'NetworkError'
  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, undefined, options)
  }
}

/** A request that broke a credential rule: a downgrade from https to http, or too many redirects. Never retried. */
export class HttpPolicyError extends Error {
  override readonly name: string = 'HttpPolicyError'
}

/** The request, retries aside, took longer than its total time limit. Not retried: the budget is spent. */
export class HttpTimeoutError extends Error {
  override readonly name: string = 'HttpTimeoutError'
  readonly code = 'ETIMEOUT_TOTAL'
}

/** The proxy refused or failed a CONNECT; retried when its status says it may pass later (502, 503, 504). */
export class ProxyError extends RetryableError {
  override readonly name: string = 'ProxyError'
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message)
  }
}

/** Error codes of a connection that a new attempt may not meet again. */
export const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'ERR_STREAM_PREMATURE_CLOSE',
  'HPE_INVALID_CONSTANT',
])

const DESCRIBED: Record<string, string> = {
  ECONNRESET: 'the connection was reset',
  ECONNREFUSED: 'the connection was refused',
  EPIPE: 'the connection was closed while sending',
  ETIMEDOUT: 'the connection timed out',
  EAI_AGAIN: 'the host name could not be resolved (temporary DNS failure)',
  ENOTFOUND: 'the host name does not resolve',
  ECONNABORTED: 'the connection was aborted',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  ERR_STREAM_PREMATURE_CLOSE: 'the connection closed before the response ended',
}

/** Turns what node's http throws into an error that names the request; transient ones become retryable. */
export function describeFailure(what: string, error: unknown): Error {
  if (error instanceof StallError || error instanceof HttpPolicyError || error instanceof HttpTimeoutError) return error
  if (error instanceof ProxyError) {
    const wrapped = new ProxyError(`${what}: ${error.message}`, error.status)
    if (error.status !== undefined && ![502, 503, 504].includes(error.status)) return asFinal(wrapped)
    return wrapped
  }
  const code = codeOf(error)
  const message = error instanceof Error ? error.message : String(error)
  if (code === 'ECONNRESET' && /aborted/i.test(message)) {
    return new NetworkError(`${what}: the connection closed before the response ended`, code, { cause: error })
  }
  if (code !== undefined && TRANSIENT_CODES.has(code)) {
    return new NetworkError(`${what}: ${DESCRIBED[code] ?? message} (${code})`, code, { cause: error })
  }
  const detail = code !== undefined && DESCRIBED[code] ? `${DESCRIBED[code]} (${code})` : message
  return new Error(`${what}: ${detail}`, { cause: error })
}

function asFinal(error: ProxyError): Error {
  return new Error(error.message, { cause: error })
}

export function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}
