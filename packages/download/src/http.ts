import type { IncomingMessage } from 'node:http'

export interface HttpResponse {
  status: number
  statusText: string
  /** The final URL, after redirects. */
  url: string
  header(name: string): string | null
  body: IncomingMessage
  /** Drops the rest of the body and the connection. */
  cancel(): void
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])

/**
 * A GET with node's http/https streams, following up to `maxRedirects` redirects (mirror networks such as
 * download.fedoraproject.org answer with one). Node's own streams move bytes about twice as fast as fetch's web
 * streams for large bodies, which matters for multi-GiB ISOs.
 */
export async function httpGet(url: string, headers: Record<string, string>, maxRedirects = 5): Promise<HttpResponse> {
  const target = new URL(url)
  if (target.protocol !== 'https:' && target.protocol !== 'http:') {
    throw new Error(`unsupported URL scheme ${target.protocol} in ${url}`)
  }
  // Loaded on first use: TLS costs start-up time that packer-matrix, which shares this package, never needs.
  const { request: send } = target.protocol === 'https:' ? await import('node:https') : await import('node:http')
  return new Promise((resolve, reject) => {
    const req = send(target, { method: 'GET', headers: { 'user-agent': 'slipway', ...headers } }, (res) => {
      const status = res.statusCode ?? 0
      const location = res.headers.location
      if (REDIRECTS.has(status) && location) {
        res.resume()
        if (maxRedirects <= 0) {
          reject(new Error(`GET ${url}: too many redirects`))
          return
        }
        // A redirect to another host must not carry credentials meant for the first one.
        const next = new URL(location, target)
        const forwarded = next.host === target.host ? headers : withoutAuthorization(headers)
        httpGet(next.href, forwarded, maxRedirects - 1).then(resolve, reject)
        return
      }
      resolve({
        status,
        statusText: res.statusMessage ?? '',
        url,
        header: (name) => {
          const value = res.headers[name.toLowerCase()]
          return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
        },
        body: res,
        cancel: () => res.destroy(),
      })
    })
    req.on('error', reject)
    req.end()
  })
}

function withoutAuthorization(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'))
}
