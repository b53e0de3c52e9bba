import {
  RetryableError,
  isRetryableStatus,
  isTransientNetworkError,
  parseRetryAfter,
  retry,
  silentLogger,
  type Logger,
  type RetryOptions,
} from '@slipway/action-kit'
import { HttpClient, bindCredential, type BoundCredential, type FileBody, type ProxyEnvironment } from '@slipway/http'
import { digestOf, isDigest, verifyDigest, DigestMismatchError } from './digest.js'
import { RegistryAuthError, RegistryError, registryErrorsOf } from './errors.js'
import { manifestMediaTypeOf, manifestMediaTypes } from './media-types.js'
import { parseWwwAuthenticate } from './www-authenticate.js'

export interface Credentials {
  username: string
  password: string
}

export interface RegistryClientOptions {
  /** Registry host, with a port when not 443: `ghcr.io`, `127.0.0.1:5000`. */
  registry: string
  credentials?: Credentials
  /** Speak plain HTTP. Allowed only for a loopback host, so credentials never cross a network in clear text. */
  insecure?: boolean
  logger?: Logger
  /** Backoff of each request (5xx, 429 with Retry-After, connection resets, stalls); bounded in attempts and time. */
  retry?: RetryOptions
  /**
   * The HTTP layer (the runner's proxy, stall limit, credential origin rules). Default: one made from `env` with
   * `stallMs`.
   */
  http?: HttpClient
  /** The step's environment (RunnerContext.env), for the proxy variables, when no `http` is given. */
  env?: ProxyEnvironment
  /** No bytes for this long fails an attempt, which is then retried. Default 30 s. */
  stallMs?: number
  /** A total limit for each request, apart from the stall limit. Default 10 min (a large chunk on a slow link). */
  requestTimeoutMs?: number
  /** Blobs larger than this are uploaded in PATCH chunks of this size; smaller ones in one PUT. Default 32 MiB: most
   * layers go in one request. A blob in a file is streamed from it, chunk or whole, never held in memory. */
  chunkSize?: number
}

export interface ManifestInfo {
  digest: string
  mediaType: string
  size: number
}

export interface Manifest extends ManifestInfo {
  bytes: Buffer
}

/** Where a blob's bytes come from: memory, or a file (streamed from it as it is sent, never read whole). */
export type BlobSource = { bytes: Uint8Array } | { file: string; size: number }

export interface UploadResult {
  /** Bytes sent in request bodies for this blob: 0 when the registry had it or mounted it. */
  bytesSent: number
  how: 'existing' | 'mounted' | 'uploaded'
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/

export function isLoopbackRegistry(registry: string): boolean {
  return LOOPBACK.test(registry)
}

const HOST_LABEL = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]{0,61}[a-zA-Z0-9])$/

/**
 * Why a registry host (`ghcr.io`, `127.0.0.1:5000`, `[::1]:5000`) is not one, or undefined when it is: a host name of
 * dot-separated labels (or an IPv6 literal in brackets) and an optional port from 1 to 65535, no scheme, no path.
 */
export function registryHostProblem(value: string): string | undefined {
  const match = /^(\[[0-9a-fA-F:]+\]|[^:/]+)(?::([^/]*))?$/.exec(value)
  if (!match) return 'it is not a host with an optional :port (no scheme, no path)'
  const [, host = '', port] = match
  if (!host.startsWith('[') && !host.split('.').every((label) => HOST_LABEL.test(label))) {
    return `${JSON.stringify(host)} is not a host name (letters, digits and -, labels of 1 to 63 characters, dot separated)`
  }
  if (port !== undefined && (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)) {
    return `the port ${JSON.stringify(port)} is not a number from 1 to 65535`
  }
  return undefined
}

/** The repository name grammar of the distribution spec (lowercase path components). */
export function isRepositoryName(name: string): boolean {
  return /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/.test(name)
}

interface SendOptions {
  method: string
  /** Path under /v2/ or an absolute URL (upload locations). */
  url: string
  /** Token scopes this request needs: `repository:owner/name:pull,push`. */
  scopes: string[]
  headers?: Record<string, string>
  body?: Uint8Array | FileBody
  /** Statuses that are an answer, not an error (404 for "not there"). */
  accept: number[]
}

interface Response {
  status: number
  headers: { get(name: string): string | null }
  body: Buffer
  url: string
}

/**
 * A client of the OCI distribution API (distribution-spec v1.1): the `/v2/` ping, Bearer token challenges with
 * a per-repository scope, and Basic auth; manifests and blobs by digest or tag. Everything read is checked against
 * its digest. Every request is retried on 5xx, 429 (honouring Retry-After), connection resets and stalls, with
 * backoff and jitter, bounded in attempts and time. The password is kept in memory only and never logged.
 *
 * Credentials are bound to their origin through `@slipway/http`: Basic credentials and bearer tokens go only to the
 * registry's own scheme, host and port (an upload `Location` or a redirect elsewhere, such as blob storage, gets
 * none; plain http for an https registry is refused); the token request sends Basic credentials to the realm the
 * registry named, as docker does, but only over https (or loopback).
 */
export class RegistryClient {
  readonly registry: string
  readonly base: string
  private readonly credentials: Credentials | undefined
  private readonly logger: Logger
  private readonly retryOptions: RetryOptions
  private readonly timeoutMs: number
  private readonly http: HttpClient
  /** The registry's origin: the only one its credentials and tokens are sent to. */
  private readonly origin: string
  readonly chunkSize: number
  /** Authorization header per scope set; `basic` once the registry asked for Basic auth. */
  private readonly tokens = new Map<string, string>()
  private scheme: 'unknown' | 'basic' | 'bearer' = 'unknown'
  private challengeParams: Record<string, string> = {}
  /** Scope sets the registry answered without a challenge: sent without credentials, nothing to learn. */
  private readonly unchallenged = new Set<string>()
  /** The request meeting the registry's challenge, per scope set ('' while the scheme is unknown): others wait. */
  private readonly learning = new Map<string, Promise<void>>()
  /** The ping under way or answered (see ping). */
  private pinged: Promise<void> | undefined
  /** Bytes sent in request bodies and received in response bodies, for the summary and the bench. */
  readonly traffic = { sent: 0, received: 0, requests: 0 }

  constructor(options: RegistryClientOptions) {
    this.registry = options.registry
    if (options.insecure && !isLoopbackRegistry(options.registry)) {
      throw new Error(
        `plain HTTP is allowed only for a loopback registry (localhost, 127.x.x.x), not ${options.registry}`,
      )
    }
    this.base = `${options.insecure ? 'http' : 'https'}://${options.registry}/v2/`
    this.credentials = options.credentials
    this.logger = options.logger ?? silentLogger
    this.retryOptions = options.retry ?? {}
    this.timeoutMs = options.requestTimeoutMs ?? 600_000
    this.origin = new URL(this.base).origin
    this.http =
      options.http ??
      new HttpClient({
        env: options.env ?? {},
        logger: this.logger,
        userAgent: 'slipway',
        ...(options.stallMs !== undefined ? { stallMs: options.stallMs } : {}),
      })
    this.chunkSize = options.chunkSize ?? 32 * 1024 * 1024
  }

  /**
   * `GET /v2/`: the registry is there and speaks the distribution API; authenticates when it asks to. Asked once
   * per client: the phases of a run that each check the registry first (the plan, then the publish) share the answer.
   * A failed ping is asked again next time.
   */
  ping(): Promise<void> {
    this.pinged ??= this.send({ method: 'GET', url: '', scopes: [], accept: [200] }).then(
      () => undefined,
      (error: unknown) => {
        this.pinged = undefined
        throw error
      },
    )
    return this.pinged
  }

  /** The manifest a tag or digest points at, without its body; undefined when there is none. */
  async headManifest(repository: string, reference: string): Promise<ManifestInfo | undefined> {
    const response = await this.send({
      method: 'HEAD',
      url: `${repository}/manifests/${reference}`,
      scopes: [pullScope(repository)],
      headers: { accept: manifestMediaTypes.join(', ') },
      accept: [200, 404],
    })
    if (response.status === 404) return undefined
    const digest = response.headers.get('docker-content-digest')
    const mediaType = mediaTypeOf(response.headers)
    const size = Number(response.headers.get('content-length') ?? '0')
    if (digest && isDigest(digest) && mediaType) return { digest, mediaType, size }
    // A registry need not send the digest on HEAD: read the manifest and compute it.
    return this.getManifest(repository, reference)
  }

  /** A manifest's bytes, verified against the digest asked for (or the one the registry announced for a tag). */
  async getManifest(repository: string, reference: string): Promise<Manifest | undefined> {
    const response = await this.send({
      method: 'GET',
      url: `${repository}/manifests/${reference}`,
      scopes: [pullScope(repository)],
      headers: { accept: manifestMediaTypes.join(', ') },
      accept: [200, 404],
    })
    if (response.status === 404) return undefined
    const what = `manifest ${repository}:${reference}`
    const announced = response.headers.get('docker-content-digest')
    const expected = isDigest(reference) ? reference : announced && isDigest(announced) ? announced : undefined
    if (expected) verifyDigest(what, response.body, expected)
    const digest = expected ?? digestOf(response.body)
    let parsed: unknown
    try {
      parsed = JSON.parse(response.body.toString('utf8'))
    } catch {
      throw new RegistryError(`${what} is not JSON`, response.status)
    }
    const mediaType = mediaTypeOf(response.headers) ?? manifestMediaTypeOf(parsed)
    return { digest, mediaType, size: response.body.length, bytes: response.body }
  }

  /** Puts a manifest under a tag or its digest; returns its digest, checked against what the registry computed. */
  async putManifest(repository: string, reference: string, bytes: Uint8Array, mediaType: string): Promise<string> {
    const digest = digestOf(bytes)
    if (isDigest(reference) && reference !== digest) {
      throw new DigestMismatchError(`manifest for ${repository}@${reference}`, reference, digest)
    }
    const response = await this.send({
      method: 'PUT',
      url: `${repository}/manifests/${reference}`,
      scopes: [pushScope(repository)],
      headers: { 'content-type': mediaType },
      body: bytes,
      accept: [201],
    })
    const stored = response.headers.get('docker-content-digest')
    if (stored && stored !== digest)
      throw new DigestMismatchError(`manifest ${repository}:${reference}`, digest, stored)
    return digest
  }

  /**
   * `DELETE /v2/<name>/manifests/<digest>`: true when the registry deleted it, false when it was not there. A
   * registry that does not allow deletes (405, `UNSUPPORTED`) throws a RegistryError with that status. Only a digest
   * is accepted: distribution removes every tag of a deleted manifest, so the caller checks the tags first.
   */
  async deleteManifest(repository: string, digest: string): Promise<boolean> {
    if (!isDigest(digest)) throw new Error(`deleteManifest takes a digest, not ${digest}`)
    const response = await this.send({
      method: 'DELETE',
      url: `${repository}/manifests/${digest}`,
      scopes: [deleteScope(repository)],
      accept: [200, 202, 404],
    })
    return response.status !== 404
  }

  /** Whether the repository holds a blob; its size when it does. */
  async headBlob(repository: string, digest: string): Promise<number | undefined> {
    const response = await this.send({
      method: 'HEAD',
      url: `${repository}/blobs/${digest}`,
      scopes: [pullScope(repository)],
      accept: [200, 404],
    })
    return response.status === 404 ? undefined : Number(response.headers.get('content-length') ?? '0')
  }

  /** A blob's bytes, verified against its digest. For configs and other small blobs. */
  async getBlob(repository: string, digest: string): Promise<Buffer> {
    const response = await this.send({
      method: 'GET',
      url: `${repository}/blobs/${digest}`,
      scopes: [pullScope(repository)],
      accept: [200],
    })
    verifyDigest(`blob ${repository}@${digest}`, response.body, digest)
    return response.body
  }

  /**
   * Every tag of a repository, from the registry's own list (`GET /v2/<name>/tags/list`), following the pagination
   * the distribution spec defines: a `Link: <…>; rel="next"` header, else `n` and `last` from the last tag seen. An
   * empty list when the repository does not exist yet (404).
   */
  async listTags(repository: string, options: { pageSize?: number } = {}): Promise<string[]> {
    const pageSize = options.pageSize ?? 1000
    const tags: string[] = []
    const seen = new Set<string>()
    let url = `${repository}/tags/list?n=${pageSize}`
    for (let page = 0; page < 10_000; page++) {
      const response = await this.send({ method: 'GET', url, scopes: [pullScope(repository)], accept: [200, 404] })
      if (response.status === 404) return tags
      let parsed: { tags?: unknown }
      try {
        parsed = JSON.parse(response.body.toString('utf8')) as { tags?: unknown }
      } catch {
        throw new RegistryError(`the tag list of ${repository} is not JSON`, response.status)
      }
      const pageTags = Array.isArray(parsed.tags) ? parsed.tags.filter((t): t is string => typeof t === 'string') : []
      const before = tags.length
      for (const tag of pageTags) {
        if (seen.has(tag)) continue
        seen.add(tag)
        tags.push(tag)
      }
      // A registry that ignores `n` (distribution before 2.8.2 lists everything at once) or repeats a page is done.
      if (pageTags.length > pageSize || tags.length === before) return tags
      const next = nextLink(response.headers.get('link'))
      if (next !== undefined) {
        // Relative to the request; the next page stays on this registry (credentials never follow it elsewhere).
        const resolved = new URL(next, new URL(url, this.base))
        if (resolved.origin !== new URL(this.base).origin) {
          throw new RegistryError(`the tag list of ${repository} points its next page at another host`, 200)
        }
        url = resolved.toString()
        continue
      }
      // No Link: a registry that cut the page at `n` is asked again from the last tag it gave.
      const last = pageTags.at(-1)
      if (pageTags.length < pageSize || last === undefined) return tags
      url = `${repository}/tags/list?n=${pageSize}&last=${encodeURIComponent(last)}`
    }
    throw new RegistryError(`the tag list of ${repository} did not end after 10,000 pages`, 200)
  }

  /**
   * Cross-repository mount (`POST /v2/<name>/blobs/uploads/?mount=<digest>&from=<repo>`): the registry links a blob
   * it holds in another repository, moving no bytes. `mounted: false` with the upload session the registry opened
   * instead (distribution answers 202 when `from` lacks the blob or the token may not read it).
   */
  async mountBlob(
    repository: string,
    digest: string,
    from: string,
  ): Promise<{ mounted: true } | { mounted: false; location: string | undefined }> {
    const mount = await this.send({
      method: 'POST',
      url: `${repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`,
      scopes: [pushScope(repository), pullScope(from)],
      headers: { 'content-length': '0' },
      accept: [201, 202],
    })
    if (mount.status === 201) return { mounted: true }
    return { mounted: false, location: mount.headers.get('location') ?? undefined }
  }

  /**
   * Makes sure the repository holds a blob: nothing is sent when it is there already; else a cross-repository
   * mount from `mountFrom` is tried (zero bytes); else the blob is uploaded, in one PUT or in PATCH chunks. A failed
   * upload starts over with a new upload session, within the retry budget.
   */
  async ensureBlob(
    repository: string,
    digest: string,
    source: BlobSource,
    options: { mountFrom?: string | readonly string[]; knownMissing?: boolean } = {},
  ): Promise<UploadResult> {
    if (!options.knownMissing && (await this.headBlob(repository, digest)) !== undefined) {
      return { bytesSent: 0, how: 'existing' }
    }
    let location: string | undefined
    const candidates = typeof options.mountFrom === 'string' ? [options.mountFrom] : (options.mountFrom ?? [])
    for (const from of candidates) {
      if (from === repository) continue
      const mount = await this.mountBlob(repository, digest, from)
      if (mount.mounted) return { bytesSent: 0, how: 'mounted' }
      // The session the failed mount opened carries the upload (no extra POST); a later one replaces it.
      location = mount.location ?? location
    }
    return { bytesSent: await this.uploadBlob(repository, digest, source, location), how: 'uploaded' }
  }

  /**
   * Uploads a blob: in one PUT when it is at most `chunkSize` (POST + PUT, two requests), else in PATCH chunks. A
   * failed upload starts over with a new session, within the retry budget.
   */
  async uploadBlob(repository: string, digest: string, source: BlobSource, location?: string): Promise<number> {
    const size = 'bytes' in source ? source.bytes.length : source.size
    return retry(
      async (attempt) => {
        const start = attempt === 1 && location !== undefined ? location : await this.startUpload(repository)
        return size > this.chunkSize
          ? this.uploadChunked(repository, digest, source, size, start)
          : this.uploadMonolithic(repository, digest, bodyOf(source, 0, size), start)
      },
      this.retryWith(`upload of ${digest} to ${repository}`),
    )
  }

  private async startUpload(repository: string): Promise<string> {
    const response = await this.send({
      method: 'POST',
      url: `${repository}/blobs/uploads/`,
      scopes: [pushScope(repository)],
      headers: { 'content-length': '0' },
      accept: [202],
    })
    const location = response.headers.get('location')
    if (!location) throw new RegistryError(`the registry started an upload to ${repository} without a Location`, 202)
    return location
  }

  private async uploadMonolithic(
    repository: string,
    digest: string,
    body: Uint8Array | FileBody,
    location: string,
  ): Promise<number> {
    await this.send({
      method: 'PUT',
      url: withDigest(new URL(location, this.base).toString(), digest),
      scopes: [pushScope(repository)],
      headers: { 'content-type': 'application/octet-stream' },
      body,
      accept: [201],
      once: true,
    })
    return body.length
  }

  private async uploadChunked(
    repository: string,
    digest: string,
    source: BlobSource,
    size: number,
    firstLocation: string,
  ): Promise<number> {
    let location = new URL(firstLocation, this.base).toString()
    let sent = 0
    for (let offset = 0; offset < size; offset += this.chunkSize) {
      const chunk = bodyOf(source, offset, Math.min(this.chunkSize, size - offset))
      const response = await this.send({
        method: 'PATCH',
        url: location,
        scopes: [pushScope(repository)],
        headers: {
          'content-type': 'application/octet-stream',
          'content-range': `${offset}-${offset + chunk.length - 1}`,
        },
        body: chunk,
        accept: [202],
        once: true,
      })
      sent += chunk.length
      location = new URL(response.headers.get('location') ?? location, this.base).toString()
    }
    await this.send({
      method: 'PUT',
      url: withDigest(location, digest),
      scopes: [pushScope(repository)],
      headers: { 'content-length': '0' },
      accept: [201],
      once: true,
    })
    return sent
  }

  private retryWith(what: string): RetryOptions {
    return {
      ...this.retryOptions,
      shouldRetry: (error) => error instanceof RetryableError || isTransientNetworkError(error),
      onRetry: ({ error, attempt, delayMs }) => {
        this.logger.info(`${what} failed (attempt ${attempt}: ${messageOf(error)}); retrying in ${delayMs} ms`)
        this.retryOptions.onRetry?.({ error, attempt, delayMs })
      },
    }
  }

  /** One request, retried (unless `once`: steps of an upload session, which is restarted as a whole instead). */
  private async send(options: SendOptions & { once?: boolean }): Promise<Response> {
    const what = `${options.method} ${this.describe(options.url)}`
    const attempt = async (): Promise<Response> => {
      const response = await this.authorized(options)
      if (options.accept.includes(response.status)) return response
      throw this.errorFor(what, response)
    }
    if (options.once) return attempt()
    return retry(attempt, this.retryWith(what))
  }

  private errorFor(what: string, response: Response): Error {
    const errors = registryErrorsOf(response.body.toString('utf8'))
    const detail = errors.map((e) => `${e.code}${e.message ? `: ${e.message}` : ''}`).join('; ')
    const message = `${what} failed: HTTP ${response.status}${detail ? ` (${detail})` : ''}`
    if (isRetryableStatus(response.status)) {
      return new RetryableError(message, parseRetryAfter(response.headers.get('retry-after')))
    }
    const codes = errors.map((e) => e.code)
    if (response.status === 401 || response.status === 403) {
      const user = this.credentials ? `user ${this.credentials.username}` : 'anonymous access'
      return new RegistryAuthError(`${message}: the registry ${this.registry} refused ${user}`, response.status, codes)
    }
    return new RegistryError(message, response.status, codes)
  }

  /**
   * Sends with the authorization this scope needs. Requests that know none yet for their scopes (the first of a
   * push, or the first with a new token scope) wait while one of them meets the registry's challenge: six blobs
   * pushed at once draw one 401 and one token request, not six of each (a body sent unauthorized is sent twice). They
   * go as soon as the authorization is known, beside the leading request's second try, not after it.
   */
  private async authorized(options: SendOptions): Promise<Response> {
    const key = options.scopes.join(' ')
    for (;;) {
      if (this.authorizationFor(key) !== undefined || this.unchallenged.has(key)) return this.challenged(options, key)
      // Until the scheme is known, every scope set learns it from the same first request.
      const lock = this.scheme === 'unknown' ? '' : key
      const pending = this.learning.get(lock)
      if (pending === undefined) {
        let release = (): void => undefined
        const learned = new Promise<void>((resolve) => (release = resolve))
        this.learning.set(lock, learned)
        const done = (): void => {
          if (this.learning.get(lock) === learned) this.learning.delete(lock)
          release()
        }
        // Released when the challenge is met (or was never made), and in any case when the request ends: then the
        // others go with what it learned, or in its place when it failed.
        try {
          return await this.challenged(options, key, done)
        } finally {
          done()
        }
      }
      await pending
    }
  }

  /**
   * Sends with the authorization known for these scopes, answering one 401 challenge (Bearer token or Basic).
   * `learned` is called once the authorization for `key` is known, before the request is sent again with it.
   */
  private async challenged(options: SendOptions, key: string, learned?: () => void): Promise<Response> {
    const authorization = this.authorizationFor(key)
    let response = await this.fetchOnce(options, authorization)
    if (response.status !== 401) {
      if (authorization === undefined) this.unchallenged.add(key)
      return response
    }
    const header = response.headers.get('www-authenticate') ?? ''
    const challenge = parseWwwAuthenticate(header).find((c) => /^(bearer|basic)$/i.test(c.scheme))
    if (!challenge) return response
    if (challenge.scheme.toLowerCase() === 'basic') {
      if (!this.credentials) return response
      this.scheme = 'basic'
    } else {
      this.scheme = 'bearer'
      this.challengeParams = challenge.params
      // The scope the challenge names joins ours: a registry may want one we did not think of.
      const scopes = mergeScopes([...options.scopes, ...(challenge.params.scope ?? '').split(' ')])
      this.tokens.set(key, `Bearer ${await this.fetchToken(scopes)}`)
    }
    learned?.()
    response = await this.fetchOnce(options, this.authorizationFor(key))
    return response
  }

  private authorizationFor(key: string): string | undefined {
    if (this.scheme === 'basic' && this.credentials) return basic(this.credentials)
    if (this.scheme === 'bearer') return this.tokens.get(key)
    return undefined
  }

  /** Distribution's token auth: GET <realm>?service=…&scope=… with Basic credentials, answered by a JSON token. */
  private async fetchToken(scopes: string[]): Promise<string> {
    const realm = this.challengeParams.realm
    if (!realm) throw new RegistryAuthError(`the registry ${this.registry} asked for a token without a realm`, 401)
    const url = new URL(realm)
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackRegistry(url.host))) {
      throw new RegistryAuthError(`the token realm ${url.origin} is not HTTPS: credentials are not sent there`, 401)
    }
    if (this.challengeParams.service) url.searchParams.set('service', this.challengeParams.service)
    for (const scope of scopes) url.searchParams.append('scope', scope)
    const what = `token request to ${url.origin}${url.pathname}`
    // Basic credentials go to the realm the registry named (docker does the same: GHCR's is on its own host, Docker
    // Hub's is not), bound to the realm's origin and only over https or loopback (checked above).
    const realmCredential = this.credentials ? bindCredential(url, basic(this.credentials)) : undefined
    const response = await retry(async () => {
      const answer = await this.fetchRaw(url.toString(), 'GET', {}, undefined, realmCredential, `GET ${what}`)
      if (answer.status === 200) return answer
      if (isRetryableStatus(answer.status)) {
        throw new RetryableError(
          `${what} failed: HTTP ${answer.status}`,
          parseRetryAfter(answer.headers.get('retry-after')),
        )
      }
      const user = this.credentials ? `user ${this.credentials.username}` : 'anonymous access'
      throw new RegistryAuthError(
        `${what} failed: HTTP ${answer.status}: the registry ${this.registry} refused ${user} for ${scopes.join(' ')}`,
        answer.status,
      )
    }, this.retryWith(what))
    const parsed = JSON.parse(response.body.toString('utf8')) as { token?: unknown; access_token?: unknown }
    const token = typeof parsed.token === 'string' ? parsed.token : parsed.access_token
    if (typeof token !== 'string' || token === '') throw new RegistryAuthError(`${what} answered without a token`, 200)
    return token
  }

  private fetchOnce(options: SendOptions, authorization: string | undefined): Promise<Response> {
    const url = new URL(options.url, this.base).toString()
    const headers: Record<string, string> = { ...(options.headers ?? {}) }
    // Bound to the registry's origin: an upload Location on another host or scheme, or a redirect to blob storage,
    // gets no credentials from the HTTP layer.
    const credential = authorization ? { origin: this.origin, authorization } : undefined
    return this.fetchRaw(url, options.method, headers, options.body, credential)
  }

  private async fetchRaw(
    url: string,
    method: string,
    headers: Record<string, string>,
    body?: Uint8Array | FileBody,
    credential?: BoundCredential,
    what = `${method} ${this.describe(url)}`,
  ): Promise<Response> {
    this.traffic.requests++
    if (body) this.traffic.sent += body.length
    const response = await this.http.request({
      method,
      url,
      headers,
      ...(body ? { body } : {}),
      ...(credential ? { credential } : {}),
      timeoutMs: this.timeoutMs,
      what,
    })
    let bytes: Buffer = Buffer.alloc(0)
    if (method === 'HEAD') response.cancel()
    else bytes = await response.buffer()
    this.traffic.received += bytes.length
    this.logger.debug(`${what} → ${response.status}`)
    const get = (name: string): string | null => response.header(name) ?? null
    return { status: response.status, headers: { get }, body: bytes, url: response.url }
  }

  /**
   * A URL for logs and errors: scheme, host and path, without the query (an upload session's signed state) and with
   * an upload session's id shortened to `…`.
   */
  private describe(url: string): string {
    const parsed = new URL(url, this.base)
    const path = parsed.pathname.replace(/(\/blobs\/uploads\/)[^/]+$/, '$1…')
    return `${parsed.protocol}//${parsed.host}${path}`
  }
}

export function pullScope(repository: string): string {
  return `repository:${repository}:pull`
}

export function pushScope(repository: string): string {
  return `repository:${repository}:pull,push`
}

export function deleteScope(repository: string): string {
  return `repository:${repository}:delete`
}

/**
 * Scopes (`type:name:action,action`, space-separated in a challenge) merged per resource, in first-seen order, with
 * the actions of each resource joined: one token request asks for each resource once.
 */
export function mergeScopes(scopes: readonly string[]): string[] {
  const merged = new Map<string, Set<string>>()
  for (const scope of scopes.flatMap((s) => s.split(' ')).filter(Boolean)) {
    const cut = scope.lastIndexOf(':')
    if (cut <= 0) continue
    const resource = scope.slice(0, cut)
    const actions = merged.get(resource) ?? new Set<string>()
    for (const action of scope.slice(cut + 1).split(',')) if (action) actions.add(action)
    merged.set(resource, actions)
  }
  const order = (a: string): number => (a === 'pull' ? 0 : a === 'push' ? 1 : 2)
  return [...merged].map(
    ([resource, actions]) => `${resource}:${[...actions].sort((a, b) => order(a) - order(b)).join(',')}`,
  )
}

/** The `rel="next"` target of an RFC 8288 Link header (`<url>; rel="next"`), if any. */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>\s*((?:;[^;]*)*)$/.exec(part)
    if (match && /;\s*rel="?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)/i.test(match[2] ?? '')) return match[1]
  }
  return undefined
}

function basic(credentials: Credentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
}

function mediaTypeOf(headers: Response['headers']): string | undefined {
  const value = headers.get('content-type')?.split(';')[0]?.trim()
  return value && value !== 'application/json' && value !== 'text/plain' ? value : undefined
}

function withDigest(location: string, digest: string): string {
  const url = new URL(location)
  url.searchParams.set('digest', digest)
  return url.toString()
}

/** The request body for a range of a blob: a view of its bytes, or the file range the HTTP layer streams. */
function bodyOf(source: BlobSource, offset: number, length: number): Uint8Array | FileBody {
  if ('bytes' in source) return source.bytes.subarray(offset, offset + length)
  return { file: source.file, offset, length }
}

function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause
    const code = typeof cause?.code === 'string' ? ` (${cause.code})` : ''
    return `${error.message}${code}`
  }
  return String(error)
}
