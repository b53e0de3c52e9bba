import type { IncomingHttpHeaders } from 'node:http'
import {
  RetryableError,
  isRetryableStatus,
  isTransientNetworkError,
  parseRetryAfter,
  retry,
  type Logger,
  type RetryOptions,
} from '@slipway/action-kit'
import type { HttpClient, HttpRequest } from './client.js'

export interface BufferedResponse {
  status: number
  statusText: string
  url: string
  headers: IncomingHttpHeaders
  header: (name: string) => string | undefined
  body: Buffer
  what: string
}

export interface SendOptions {
  retry?: RetryOptions
  /** Where each retry is announced. */
  logger?: Logger
}

/**
 * A request whose whole body is read, retried on stalls, resets, 408, 429 and 5xx (honouring Retry-After) within the
 * retry budget. Any other status is the answer. For small resources: API calls, checksum files, tokens.
 */
export async function sendBuffered(
  client: HttpClient,
  request: HttpRequest,
  options: SendOptions = {},
): Promise<BufferedResponse> {
  return retry(
    async () => {
      const response = await client.request(request)
      if (isRetryableStatus(response.status)) {
        response.cancel()
        throw new RetryableError(
          `${response.what}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
          parseRetryAfter(response.header('retry-after')),
        )
      }
      const body = await response.buffer()
      return {
        status: response.status,
        statusText: response.statusText,
        url: response.url,
        headers: response.headers,
        header: response.header,
        body,
        what: response.what,
      }
    },
    {
      ...options.retry,
      shouldRetry: (error, attempt) =>
        (error instanceof RetryableError || isTransientNetworkError(error)) &&
        (options.retry?.shouldRetry?.(error, attempt) ?? true),
      onRetry: (info) => {
        options.logger?.info(
          `${info.error instanceof Error ? info.error.message : String(info.error)}; retrying in ${(info.delayMs / 1000).toFixed(1)} s`,
        )
        options.retry?.onRetry?.(info)
      },
    },
  )
}
