import type { HttpBody, HttpClient } from './client.js'

const NULL_BODY = new Set([101, 103, 204, 205, 304])

/**
 * A `fetch` for libraries that take one (Octokit), sending through the HttpClient: the runner's proxy, the stall
 * limit, credentials bound to the origin they were sent to (an `authorization` header stays off a redirect to
 * another origin) and no https to http redirects. Bodies are buffered on the way out (API requests and release
 * assets, not GiB streams); responses stream.
 */
export function fetchVia(client: HttpClient): typeof fetch {
  const viaClient = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const request = typeof input === 'string' || input instanceof URL ? undefined : input
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const headers: Record<string, string> = {}
    new Headers(request?.headers).forEach((value, name) => (headers[name] = value))
    new Headers(init.headers).forEach((value, name) => (headers[name] = value))
    const method = init.method ?? request?.method ?? 'GET'
    const body = await bodyOf(init.body ?? (request?.body ? await request.arrayBuffer() : undefined))
    const signal = init.signal ?? request?.signal ?? undefined
    const redirect = init.redirect ?? request?.redirect
    const response = await client.request({
      method,
      url,
      headers,
      ...(body !== undefined ? { body } : {}),
      ...(signal ? { signal } : {}),
      redirect: redirect === 'manual' ? 'manual' : 'follow',
    })
    const answer = new Headers()
    for (const [name, value] of Object.entries(response.headers)) {
      if (value === undefined) continue
      for (const one of Array.isArray(value) ? value : [value]) answer.append(name, one)
    }
    let stream: ReadableStream<Uint8Array> | null = null
    if (NULL_BODY.has(response.status) || method.toUpperCase() === 'HEAD') response.cancel()
    else {
      const chunks = response.chunks()[Symbol.asyncIterator]()
      stream = new ReadableStream<Uint8Array>({
        async pull(controller) {
          const next = await chunks.next()
          if (next.done === true) controller.close()
          else controller.enqueue(new Uint8Array(next.value.buffer, next.value.byteOffset, next.value.byteLength))
        },
        cancel() {
          response.cancel()
        },
      })
    }
    const result = new Response(stream, { status: response.status, statusText: response.statusText, headers: answer })
    // Response.url is a getter that a constructed Response leaves empty; Octokit reads it.
    Object.defineProperty(result, 'url', { value: response.url })
    Object.defineProperty(result, 'redirected', { value: response.url !== new URL(url).href })
    return result
  }
  return viaClient
}

async function bodyOf(body: RequestInit['body'] | ArrayBuffer | undefined): Promise<HttpBody | undefined> {
  if (body === null || body === undefined) return undefined
  if (typeof body === 'string') return body
  if (body instanceof ArrayBuffer) return new Uint8Array(body)
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength)
  if (body instanceof URLSearchParams) return body.toString()
  return new Uint8Array(await new Response(body).arrayBuffer())
}
