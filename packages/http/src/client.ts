import { open } from 'node:fs/promises'
import type { Agent, ClientRequest, IncomingHttpHeaders, IncomingMessage, RequestOptions } from 'node:http'
import type { Socket } from 'node:net'
import { silentLogger, type Logger } from '@slipway/action-kit'
import type { DirectBody } from './direct-body.js'
import { HttpPolicyError, HttpTimeoutError, StallError, describeFailure } from './errors.js'
import { credentialApplies, isDowngrade, redactUrl, type BoundCredential } from './origin.js'
import { proxyAuthorization, proxyFor, type ProxyEnvironment } from './proxy.js'

export interface HttpClientOptions {
  /** The environment the proxy variables are read from: the step's (RunnerContext.env), never read ad hoc. */
  env: ProxyEnvironment
  /** No bytes for this long (connecting, waiting for the headers, reading the body) fails the attempt. Default 30 s. */
  stallMs?: number
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number
  /** Sent unless the request sets its own. */
  userAgent?: string
  /** Extra certificate authorities trusted for https (a GHES with a private CA; tests). */
  ca?: string | Buffer | (string | Buffer)[]
  logger?: Logger
}

/**
 * A request body read from a file while it is sent (a blob upload, a release asset): never held whole in memory, so
 * six uploads of 500 MB layers cost six read buffers, not 3 GB. Re-read from the start when a redirect sends it again.
 */
export interface FileBody {
  file: string
  /** Where the body starts in the file. Default 0. */
  offset?: number
  /** Bytes sent from there (the Content-Length); a file that ends sooner fails the request. */
  length: number
}

export type HttpBody = Uint8Array | string | FileBody

export function isFileBody(body: HttpBody | undefined): body is FileBody {
  return typeof body === 'object' && 'file' in body
}

export interface HttpRequest {
  method?: string
  url: string | URL
  /** Header names in any case. An `authorization` header here is bound to the request URL's origin. */
  headers?: Record<string, string | number | undefined>
  body?: HttpBody
  /** Attached only to requests (this one, or a redirect) whose URL has the credential's origin. */
  credential?: BoundCredential
  /** `follow` (default): up to maxRedirects, with the credential rules; `manual`: the 3xx is the answer. */
  redirect?: 'follow' | 'manual'
  /** Overrides the client's stall limit for this request. */
  stallMs?: number
  /** A total limit for this request (headers and body), apart from the stall limit. Not retried when reached. */
  timeoutMs?: number
  signal?: AbortSignal
  /** How errors name the request; default `METHOD <url without credentials or query>`. */
  what?: string
  /**
   * The body is large (an ISO) and will be read once with `consume()` (or `buffer()`): a 200 or 206 with a
   * Content-Length is read from the socket into one reused 1 MiB buffer, past node's HTTP parser, about a third of
   * the CPU per GiB (see DirectBody). The connection is not kept alive. Not through a CONNECT tunnel (https through
   * a proxy), which takes the ordinary path.
   */
  largeBody?: boolean
}

export interface HttpResponse {
  status: number
  statusText: string
  /** The URL that answered, after redirects. */
  url: string
  headers: IncomingHttpHeaders
  /** A header's value (several joined by `, `), or undefined. */
  header: (name: string) => string | undefined
  /** The body, chunk by chunk; each chunk keeps the stall watch alive. Read it once (this, `consume` or `buffer`). */
  chunks(): AsyncIterable<Buffer>
  /**
   * The body through a callback: the fast path for large bodies (node's 'data' events, about half the CPU of async
   * iteration per GiB). When the callback returns a promise, reading pauses until it settles (back-pressure).
   */
  consume(onChunk: (chunk: Buffer) => Promise<void> | undefined): Promise<void>
  buffer(): Promise<Buffer>
  text(): Promise<string>
  /**
   * Drops the rest of the body. A response that has arrived whole (a HEAD, a 401 or 201 with its short body) is
   * drained, so its keep-alive connection serves the next request; one still arriving is cut with its connection.
   */
  cancel(): void
  /** The name of the request in errors: `GET https://host/path`. */
  readonly what: string
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])
/** Request bodies are written in slices this size, so a slow upload keeps the stall watch alive as it drains. */
const WRITE_SLICE = 256 * 1024
/** File bodies are read in slices this size: few reads per MiB, and at most this much is read ahead of the socket. */
const FILE_SLICE = 1024 * 1024

type HttpModule = typeof import('node:http')
type HttpsModule = typeof import('node:https')

/** Where a request goes and on what (see HttpClient.route). */
interface Route {
  module: HttpModule | HttpsModule
  options: RequestOptions & { ca?: HttpClientOptions['ca']; servername?: string }
  /** A large body's own connection, read past the parser. */
  direct: DirectBody | undefined
  proxy: URL | undefined
  https: boolean
}

/**
 * The one HTTP client of slipway's network code (registry, downloads, GitHub API, repository info). It goes through
 * the runner's proxy (CONNECT tunnels for https, absolute-form forwarding for http) as the environment says, watches
 * every phase of a request for stalls, binds credentials to their origin across redirects and refuses https to http
 * downgrades, and names the request (method, URL without credentials or query) in every error. Retries are the
 * caller's (action-kit `retry`); the errors it throws say which are worth one (`RetryableError`).
 *
 * Node's own http streams, not fetch: they move large bodies about twice as fast, and proxying needs no undici.
 */
export class HttpClient {
  readonly env: ProxyEnvironment
  readonly stallMs: number
  private readonly maxRedirects: number
  private readonly userAgent: string
  private readonly ca: HttpClientOptions['ca']
  private readonly logger: Logger
  private readonly agents = new Map<string, Agent>()

  constructor(options: HttpClientOptions) {
    this.env = options.env
    this.stallMs = options.stallMs ?? 30_000
    this.maxRedirects = options.maxRedirects ?? 5
    this.userAgent = options.userAgent ?? 'slipway'
    this.ca = options.ca
    this.logger = options.logger ?? silentLogger
  }

  /**
   * Sends one request (no retries) and resolves with the response once its headers arrived; the body is read from
   * `chunks()`, `buffer()` or `text()`, or dropped with `cancel()`.
   */
  async request(request: HttpRequest): Promise<HttpResponse> {
    let url = new URL(request.url)
    let method = (request.method ?? 'GET').toUpperCase()
    const what = request.what ?? `${method} ${redactUrl(url)}`
    const headers: Record<string, string> = { 'user-agent': this.userAgent }
    for (const [name, value] of Object.entries(request.headers ?? {}))
      if (value !== undefined) headers[name.toLowerCase()] = String(value)
    // An Authorization header given directly belongs to the URL it was given with, like one given as a credential.
    let credential = request.credential
    if (headers.authorization !== undefined) {
      credential ??= { origin: url.origin, authorization: headers.authorization }
      delete headers.authorization
    }
    let body = request.body
    const deadline = request.timeoutMs === undefined ? undefined : Date.now() + request.timeoutMs
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new HttpPolicyError(`${what}: unsupported URL scheme ${url.protocol}`)
      if (credential && isDowngrade(credential, url))
        throw new HttpPolicyError(
          `${what}: ${hop > 0 ? 'redirected to' : 'asked to send to'} ${redactUrl(url)}, plain http for credentials given over https (a downgrade): refused`,
        )
      const sent = { ...headers }
      if (credential && credentialApplies(credential, url)) sent.authorization = credential.authorization
      else if (credential) this.logger.debug(`${what}: ${url.origin} is not ${credential.origin}; no credentials sent`)
      const response = await this.send(what, method, url, sent, body, request, deadline)
      const location = response.header('location')
      if (request.redirect === 'manual' || !REDIRECTS.has(response.status) || location === undefined) return response
      response.cancel()
      if (hop >= this.maxRedirects) throw new HttpPolicyError(`${what}: more than ${this.maxRedirects} redirects`)
      const next = new URL(location, url)
      if (url.protocol === 'https:' && next.protocol === 'http:')
        throw new HttpPolicyError(
          `${what}: redirected to ${redactUrl(next)}, a downgrade from https to plain http: refused`,
        )
      if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
        method = method === 'HEAD' ? 'HEAD' : 'GET'
        body = undefined
        delete headers['content-type']
        delete headers['content-length']
      }
      if (next.origin !== url.origin) delete headers.cookie
      this.logger.debug(`${what}: ${response.status} to ${redactUrl(next)}`)
      url = next
    }
  }

  /** Closes idle keep-alive connections (a long-lived process calls it when done). */
  close(): void {
    for (const agent of this.agents.values()) agent.destroy()
    this.agents.clear()
  }

  private async send(
    what: string,
    method: string,
    url: URL,
    headers: Record<string, string>,
    body: HttpBody | undefined,
    request: HttpRequest,
    deadline: number | undefined,
  ): Promise<HttpResponse> {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body
    // A Uint8Array's length is its byte count, a FileBody's the bytes it sends from its file.
    if (bytes !== undefined) headers['content-length'] = String(bytes.length)
    else if (method === 'POST' || method === 'PUT' || method === 'PATCH') headers['content-length'] = '0'
    const route = await this.route(method, url, headers, request)
    return this.exchange(what, method, url, bytes, request, deadline, route)
  }

  /**
   * How a request reaches its URL: straight, through a CONNECT tunnel (https behind a proxy) or to a proxy that
   * forwards plain http; and for a large body, on a connection of its own whose body is read past the parser.
   */
  private async route(method: string, url: URL, headers: Record<string, string>, request: HttpRequest): Promise<Route> {
    const proxy = proxyFor(url, this.env)
    const https = url.protocol === 'https:'
    const options: Route['options'] = {
      method,
      headers,
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port === '' ? (https ? 443 : 80) : Number(url.port),
      path: `${url.pathname}${url.search}`,
    }
    let module: HttpModule | HttpsModule
    let direct: DirectBody | undefined
    if (request.largeBody === true && (proxy === undefined || !https)) {
      // Its own connection (no agent: it is not reused), to the target or to the proxy that forwards plain http.
      const to = proxy ?? url
      // Loaded on first use, as node:http and node:https are: an action that never downloads does not load node:tls.
      const { DirectBody } = await import('./direct-body.js')
      direct = new DirectBody({
        host: to.hostname.replace(/^\[|\]$/g, ''),
        port: to.port === '' ? (to.protocol === 'https:' ? 443 : 80) : Number(to.port),
        tls: to.protocol === 'https:',
        ...(this.ca !== undefined ? { ca: this.ca } : {}),
      })
    }
    if (proxy === undefined) {
      module = https ? await import('node:https') : await import('node:http')
      options.agent = await this.agentFor(https ? 'https' : 'http')
      if (https && this.ca !== undefined) options.ca = this.ca
    } else if (https) {
      // A CONNECT tunnel through the proxy, then TLS to the target inside it: the proxy sees only host and port.
      module = await import('node:https')
      options.agent = await this.agentFor('tunnel', proxy)
      if (this.ca !== undefined) options.ca = this.ca
    } else {
      // Plain http through a proxy: the request goes to the proxy with the whole URL as its target (RFC 9112 §3.2.2).
      module = proxy.protocol === 'https:' ? await import('node:https') : await import('node:http')
      options.host = proxy.hostname
      options.port = proxy.port === '' ? (proxy.protocol === 'https:' ? 443 : 80) : Number(proxy.port)
      options.path = `${url.origin}${url.pathname}${url.search}`
      options.headers = { ...headers, host: url.host, ...proxyAuthorization(proxy) }
      options.agent = await this.agentFor(proxy.protocol === 'https:' ? 'https' : 'http')
    }
    if (direct !== undefined) {
      const socket = direct.socket
      delete options.agent
      options.createConnection = () => socket
    }
    return { module, options, direct, proxy, https }
  }

  /** Sends the request on its route and resolves with the response's head; stalls, the deadline and aborts end it. */
  private exchange(
    what: string,
    method: string,
    url: URL,
    bytes: Uint8Array | FileBody | undefined,
    request: HttpRequest,
    deadline: number | undefined,
    { module, options, direct, proxy, https }: Route,
  ): Promise<HttpResponse> {
    const stallMs = request.stallMs ?? this.stallMs
    return new Promise<HttpResponse>((resolve, reject) => {
      let phase: 'connect' | 'response' | 'body' = 'connect'
      let received = 0
      let response: IncomingMessage | undefined
      let settled = false
      const fail = (error: unknown): void => {
        clearTimeout(stall)
        if (total) clearTimeout(total)
        if (!settled) {
          settled = true
          reject(describeFailure(what, error))
        }
      }
      const stall = setTimeout(() => {
        const seconds = `${Number((stallMs / 1000).toFixed(1))} s`
        const message =
          phase === 'connect'
            ? `${what}: no connection after ${seconds}${proxy ? ` (through the proxy ${proxy.host})` : ''} (stalled)`
            : phase === 'response'
              ? `${what}: no response for ${seconds} (stalled)`
              : `${what}: the body stalled, no bytes for ${seconds} after ${received} bytes (stalled)`
        const error = new StallError(message)
        if (response) response.destroy(error)
        else req.destroy(error)
      }, stallMs)
      const total =
        deadline === undefined
          ? undefined
          : setTimeout(
              () => {
                const error = new HttpTimeoutError(
                  `${what}: not done within ${Number(((request.timeoutMs ?? 0) / 1000).toFixed(1))} s (the request's total time limit)`,
                )
                if (response) response.destroy(error)
                else req.destroy(error)
              },
              Math.max(0, deadline - Date.now()),
            )
      const touch = (): void => {
        stall.refresh()
      }
      const req: ClientRequest = module.request(options, (res) => {
        response = res
        phase = 'body'
        touch()
        const done = (): void => {
          clearTimeout(stall)
          if (total) clearTimeout(total)
        }
        res.once('end', done)
        res.once('close', done)
        settled = true
        const large = direct?.take(res, method) === true ? direct : undefined
        // An answer read the ordinary way (a redirect, an error page) still needs its connection closed after it.
        if (direct !== undefined && large === undefined) res.once('close', () => direct.socket.destroy())
        resolve(wrapResponse(res, url, what, touch, (n) => (received += n), large))
      })
      req.on('socket', (socket: Socket) => {
        const connected = (): void => {
          if (phase === 'connect') phase = 'response'
          touch()
        }
        if (socket.connecting) socket.once(https && !proxy ? 'secureConnect' : 'connect', connected)
        else connected()
      })
      req.on('error', fail)
      if (request.signal) {
        const abort = (): void => {
          const reason: unknown = request.signal?.reason
          const error = reason instanceof Error ? reason : new Error('aborted')
          if (response) response.destroy(error)
          else req.destroy(error)
        }
        if (request.signal.aborted) abort()
        else request.signal.addEventListener('abort', abort, { once: true })
      }
      writeBody(req, bytes, touch)
    })
  }

  private async agentFor(kind: 'http' | 'https' | 'tunnel', proxy?: URL): Promise<Agent> {
    const key = proxy ? `${kind} ${proxy.href}` : kind
    let agent = this.agents.get(key)
    if (agent === undefined) {
      if (kind === 'http') agent = new (await import('node:http')).Agent({ keepAlive: true })
      else if (kind === 'https') agent = new (await import('node:https')).Agent({ keepAlive: true })
      else {
        const { createTunnelAgent } = await import('./tunnel.js')
        agent = createTunnelAgent(proxy as URL, { stallMs: this.stallMs, ca: this.ca })
      }
      this.agents.set(key, agent)
    }
    return agent
  }
}

function writeBody(req: ClientRequest, bytes: Uint8Array | FileBody | undefined, touch: () => void): void {
  if (isFileBody(bytes)) {
    streamFile(req, bytes, touch)
    return
  }
  if (bytes === undefined || bytes.length <= WRITE_SLICE) {
    req.end(bytes)
    return
  }
  let offset = 0
  const pump = (): void => {
    touch()
    while (offset < bytes.length) {
      const slice = bytes.subarray(offset, offset + WRITE_SLICE)
      offset += slice.length
      if (offset >= bytes.length) {
        req.end(slice)
        return
      }
      if (!req.write(slice)) {
        req.once('drain', pump)
        return
      }
    }
  }
  pump()
}

/**
 * Sends a file range as the body through two FILE_SLICE buffers, reused: one is read from the file while the other
 * is being written to the socket, and a buffer is read into again only once the socket has taken what it held
 * (back-pressure). Memory stays at two slices whatever the size, and no fresh buffer (and page faults, and garbage)
 * is made per slice. Each slice the socket takes keeps the stall watch alive, as a drained slice of an in-memory body
 * does. A file error, or a file shorter than the Content-Length promised, fails the request with that error, which
 * is not a network error and is not retried.
 */
function streamFile(req: ClientRequest, body: FileBody, touch: () => void): void {
  if (body.length === 0) {
    req.end()
    return
  }
  pumpFile(req, body, touch).catch((error: unknown) =>
    req.destroy(error instanceof Error ? error : new Error(String(error))),
  )
}

async function pumpFile(req: ClientRequest, body: FileBody, touch: () => void): Promise<void> {
  const start = body.offset ?? 0
  // An answer before the body is sent (a 401, a 413) or a failed request ends the reading; a write the socket will
  // never take must not hold the file open.
  let closed = false
  const isClosed = (): boolean => closed
  const gone = new Promise<void>((resolve) =>
    req.once('close', () => {
      closed = true
      resolve()
    }),
  )
  const handle = await open(body.file, 'r')
  try {
    const size = Math.min(FILE_SLICE, body.length)
    const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)] as const
    const taken: Promise<void>[] = [Promise.resolve(), Promise.resolve()]
    let sent = 0
    for (let turn = 0; sent < body.length; turn = 1 - turn) {
      await Promise.race([taken[turn], gone])
      if (isClosed()) return
      const buffer = buffers[turn] as Buffer
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, body.length - sent), start + sent)
      if (isClosed()) return
      if (bytesRead === 0)
        throw new Error(`${body.file} ended at byte ${start + sent}; ${body.length} bytes from ${start} expected`)
      sent += bytesRead
      taken[turn] = new Promise<void>((resolve) => {
        req.write(buffer.subarray(0, bytesRead), () => {
          touch()
          resolve()
        })
      })
    }
    // Both buffers stay untouched until the socket has taken them: end() only queues after them.
    req.end()
    await Promise.race([Promise.all(taken), gone])
  } finally {
    await handle.close()
  }
}

function wrapResponse(
  res: IncomingMessage,
  url: URL,
  what: string,
  touch: () => void,
  count: (n: number) => void,
  direct?: DirectBody,
): HttpResponse {
  let consumed = false
  const chunks = async function* (): AsyncGenerator<Buffer> {
    if (consumed) throw new Error(`${what}: the body was read already`)
    if (direct !== undefined) throw new Error(`${what}: a large body is read with consume() or buffer()`)
    consumed = true
    try {
      for await (const chunk of res as AsyncIterable<Buffer>) {
        touch()
        count(chunk.length)
        yield chunk
      }
    } catch (error) {
      throw describeFailure(what, error)
    }
    if (!res.complete) throw describeFailure(what, Object.assign(new Error('aborted'), { code: 'ECONNRESET' }))
  }
  const consume = (onChunk: (chunk: Buffer) => Promise<void> | undefined): Promise<void> => {
    if (consumed) return Promise.reject(new Error(`${what}: the body was read already`))
    consumed = true
    if (direct !== undefined)
      return direct.consume(onChunk, { touch, count, describe: (error) => describeFailure(what, error) })
    return new Promise<void>((resolve, reject) => {
      let failed = false
      // A network failure is named after the request; an error of the callback (a full disk) goes on as it is.
      const fail = (error: unknown, ofCallback = false): void => {
        if (failed) return
        failed = true
        res.destroy()
        reject(ofCallback ? (error instanceof Error ? error : new Error(String(error))) : describeFailure(what, error))
      }
      res.on('data', (chunk: Buffer) => {
        touch()
        count(chunk.length)
        let waiting: Promise<void> | undefined
        try {
          waiting = onChunk(chunk)
        } catch (error) {
          fail(error, true)
          return
        }
        if (waiting !== undefined) {
          res.pause()
          waiting.then(
            () => res.resume(),
            (error: unknown) => fail(error, true),
          )
        }
      })
      res.once('end', () => {
        if (!res.complete) fail(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }))
        else resolve()
      })
      res.once('error', fail)
      res.once('close', () => {
        if (!res.complete) fail(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }))
      })
    })
  }
  const buffer = async (): Promise<Buffer> => {
    const parts: Buffer[] = []
    await consume((chunk) => {
      // A large body's parts are views of one reused buffer.
      parts.push(direct !== undefined ? Buffer.from(chunk) : chunk)
      return undefined
    })
    return Buffer.concat(parts)
  }
  return {
    status: res.statusCode ?? 0,
    statusText: res.statusMessage ?? '',
    url: url.href,
    headers: res.headers,
    what,
    header: (name) => {
      const value = res.headers[name.toLowerCase()]
      return value === undefined ? undefined : Array.isArray(value) ? value.join(', ') : value
    },
    chunks,
    consume,
    buffer,
    text: async () => (await buffer()).toString('utf8'),
    cancel: () => {
      if (res.complete) res.resume()
      else res.destroy()
    },
  }
}
