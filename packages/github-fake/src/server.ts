import { createHash } from 'node:crypto'
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { fixture, requestSchema, responseSchema, validate } from './openapi.js'

export interface FakeCommit {
  sha: string
  email: string
  name: string
  /** The account GitHub links the commit to; undefined when the email belongs to none. */
  login?: string
}

export interface FakePullRequest {
  number: number
  labels: string[]
  login: string
}

export interface Fault {
  method: string
  /** Matched against the request path (no query). */
  path: RegExp
  /** How many requests this fault hits, then it is spent. */
  times: number
  status?: number
  headers?: Record<string, string>
  message?: string
  /** Read this many bytes of the request body, then cut the connection (an upload dying midway). */
  cutAfterBytes?: number
  /**
   * Carry the request out, then cut the connection instead of answering: the change is made, the client never
   * learns it (a create whose answer is lost on the way back).
   */
  loseResponse?: boolean
}

export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  /** The operation's path template in GitHub's OpenAPI description. */
  operation: string
  status: number
  body?: unknown
  /** The request headers as received (authorization, user-agent, ...). */
  headers: IncomingHttpHeaders
}

interface StoredAsset {
  data: Buffer
  record: Record<string, unknown> & { id: number; name: string }
}

interface StoredRelease {
  record: Record<string, unknown> & { id: number; tag_name: string; draft: boolean; body: string | null }
  assets: StoredAsset[]
}

export interface Route {
  method: string
  template: string
  pattern: RegExp
  handle(match: string[], request: ParsedRequest): Response | Promise<Response>
}

export interface ParsedRequest {
  query: URLSearchParams
  json: unknown
  raw: Buffer
  accept: string
}

export interface Response {
  status: number
  body?: unknown
  /** A binary answer (an asset's bytes), sent as is. */
  raw?: Buffer
  headers?: Record<string, string>
}

/**
 * A loopback stand-in for the parts of GitHub's REST API that releases use. Every route is an operation of GitHub's
 * OpenAPI description: JSON request bodies are validated against the operation's request schema (a violation is a
 * 422, as GitHub answers), and every JSON response against the response schema (a violation is recorded in
 * `violations` for the test to assert empty). Faults can be queued per route.
 */
export class GitHubFake {
  readonly requests: RecordedRequest[] = []
  readonly violations: string[] = []
  readonly releases: StoredRelease[] = []
  commits: FakeCommit[] = []
  pulls: FakePullRequest[] = []
  /**
   * False: answer as an older GitHub Enterprise Server does, whose release assets have no `digest` field (the
   * responses are checked against api.github.com's description first, then the field is left out).
   */
  assetDigests = true
  /** After every request that changed something: each release's asset names, to check what was visible when. */
  readonly assetTimeline: { request: string; assets: Record<string, string[]> }[] = []
  private readonly faults: Fault[] = []
  private readonly extraRoutes: Route[] = []
  private nextId = 1000
  private server?: Server
  url = ''

  constructor(
    readonly owner = 'octo-org',
    readonly repo = 'octo-repo',
  ) {}

  static async start(owner?: string, repo?: string): Promise<GitHubFake> {
    const fake = new GitHubFake(owner, repo)
    await fake.listen()
    return fake
  }

  private async listen(): Promise<void> {
    this.server = createServer((req, res) => void this.serve(req, res))
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    const server = this.server
    if (!server) return
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  /**
   * Adds a route outside the release routes (packages, attestations): `template` is its path in GitHub's OpenAPI
   * description, `pattern` is matched against the whole request path.
   */
  addRoute(method: string, template: string, pattern: RegExp, handle: Route['handle']): void {
    this.extraRoutes.push({ method, template, pattern, handle })
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault })
  }

  /** Adds a release as if made earlier (by a previous run or by hand). */
  seedRelease(fields: { tag_name: string; draft?: boolean; body?: string; prerelease?: boolean }): StoredRelease {
    const release = this.makeRelease({ ...fields, name: fields.tag_name })
    this.releases.push(release)
    return release
  }

  seedAsset(release: StoredRelease, name: string, data: Buffer, state: 'uploaded' | 'open' = 'uploaded'): void {
    release.assets.push(this.makeAsset(name, data, state))
  }

  assetData(tag: string, name: string): Buffer | undefined {
    return this.releases.find((r) => r.record.tag_name === tag)?.assets.find((a) => a.record.name === name)?.data
  }

  private get repoPath(): string {
    return `/repos/${this.owner}/${this.repo}`
  }

  private routes(): Route[] {
    const base = this.repoPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const route = (method: string, template: string, pattern: string, handle: Route['handle']): Route => ({
      method,
      template,
      pattern: new RegExp(`^${base}${pattern}$`),
      handle,
    })
    const release = (id: string) => this.releases.find((r) => r.record.id === Number(id))
    const notFound: Response = {
      status: 404,
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
    }
    return [
      route('GET', '/repos/{owner}/{repo}/releases/tags/{tag}', '/releases/tags/(.+)', ([tag]) => {
        // GitHub's by-tag lookup does not see drafts.
        const found = this.releases.find((r) => r.record.tag_name === decodeURIComponent(tag ?? '') && !r.record.draft)
        return found ? { status: 200, body: this.view(found) } : notFound
      }),
      route('GET', '/repos/{owner}/{repo}/releases', '/releases', (_m, { query }) => ({
        status: 200,
        body: this.page(
          [...this.releases].reverse().map((r) => this.view(r)),
          query,
        ),
      })),
      route('POST', '/repos/{owner}/{repo}/releases', '/releases', (_m, { json }) => {
        const body = json as Record<string, unknown> & { tag_name: string }
        const tooLong = releaseBodyTooLong(body)
        if (tooLong) return tooLong
        // As on github.com: a tag has at most one published release, but drafts for it may pile up (each POST of a
        // draft makes another one), which is how a blindly retried create duplicates a release.
        if (body.draft !== true && this.releases.some((r) => r.record.tag_name === body.tag_name && !r.record.draft)) {
          return {
            status: 422,
            body: {
              message: 'Validation Failed',
              errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
            },
          }
        }
        const created = this.makeRelease(body)
        this.releases.push(created)
        return { status: 201, body: this.view(created) }
      }),
      route('PATCH', '/repos/{owner}/{repo}/releases/{release_id}', '/releases/(\\d+)', ([id], { json }) => {
        const found = release(id ?? '')
        if (!found) return notFound
        const changes = json as Record<string, unknown>
        const tooLong = releaseBodyTooLong(changes)
        if (tooLong) return tooLong
        for (const key of [
          'name',
          'body',
          'draft',
          'prerelease',
          'tag_name',
          'target_commitish',
          'discussion_category_name',
        ] as const) {
          if (key in changes) (found.record as Record<string, unknown>)[key] = changes[key]
        }
        if ('make_latest' in changes) found.record.make_latest = changes.make_latest
        if (!found.record.draft && found.record.published_at === null)
          found.record.published_at = '2024-01-02T00:00:00Z'
        return { status: 200, body: this.view(found) }
      }),
      route(
        'GET',
        '/repos/{owner}/{repo}/releases/{release_id}/assets',
        '/releases/(\\d+)/assets',
        ([id], { query }) => {
          const found = release(id ?? '')
          return found
            ? {
                status: 200,
                body: this.page(
                  found.assets.map((a) => a.record),
                  query,
                ),
              }
            : notFound
        },
      ),
      route(
        'GET',
        '/repos/{owner}/{repo}/releases/assets/{asset_id}',
        '/releases/assets/(\\d+)',
        ([id], { accept }) => {
          const asset = this.findAsset(Number(id))
          if (!asset) return notFound
          // With `accept: application/octet-stream` GitHub answers with the bytes (through a redirect).
          if (accept.includes('application/octet-stream')) return { status: 200, raw: asset.data }
          return { status: 200, body: asset.record }
        },
      ),
      route(
        'PATCH',
        '/repos/{owner}/{repo}/releases/assets/{asset_id}',
        '/releases/assets/(\\d+)',
        ([id], { json }) => {
          const asset = this.findAsset(Number(id))
          if (!asset) return notFound
          const changes = json as { name?: string; label?: string }
          const owner = this.releases.find((r) => r.assets.includes(asset))
          if (changes.name !== undefined && owner?.assets.some((a) => a !== asset && a.record.name === changes.name)) {
            return {
              status: 422,
              body: {
                message: 'Validation Failed',
                errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
              },
            }
          }
          if (changes.name !== undefined) asset.record.name = changes.name
          if (changes.label !== undefined) asset.record.label = changes.label
          return { status: 200, body: asset.record }
        },
      ),
      route('DELETE', '/repos/{owner}/{repo}/releases/assets/{asset_id}', '/releases/assets/(\\d+)', ([id]) => {
        for (const r of this.releases) {
          const index = r.assets.findIndex((a) => a.record.id === Number(id))
          if (index >= 0) {
            r.assets.splice(index, 1)
            return { status: 204 }
          }
        }
        return notFound
      }),
      route(
        'POST',
        '/repos/{owner}/{repo}/releases/{release_id}/assets',
        '/releases/(\\d+)/assets',
        ([id], { query, raw }) => {
          const found = release(id ?? '')
          if (!found) return notFound
          const name = query.get('name')
          if (!name) return { status: 422, body: { message: 'name is required' } }
          if (found.assets.some((a) => a.record.name === name)) {
            return {
              status: 422,
              body: {
                message: 'Validation Failed',
                errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
              },
            }
          }
          const asset = this.makeAsset(name, raw, 'uploaded')
          found.assets.push(asset)
          return { status: 201, body: asset.record }
        },
      ),
      route('GET', '/repos/{owner}/{repo}/compare/{basehead}', '/compare/(.+)', ([basehead], { query }) => {
        const [baseRef = ''] = decodeURIComponent(basehead ?? '').split('...')
        const commits = this.page(
          this.commits.map((c) => this.commitView(c)),
          query,
        )
        const ahead = this.commits.length
        return {
          status: 200,
          body: fixture('commit-comparison', {
            status: 'ahead',
            ahead_by: ahead,
            behind_by: 0,
            total_commits: ahead,
            base_commit: this.commitView({ sha: baseRef, email: 'base@example.com', name: 'Base' }),
            merge_base_commit: this.commitView({ sha: baseRef, email: 'base@example.com', name: 'Base' }),
            commits,
            files: [],
          }),
        }
      }),
      route('GET', '/repos/{owner}/{repo}/commits', '/commits', (_m, { query }) => {
        // `author` filters by login or email, as GitHub does.
        const author = query.get('author')?.toLowerCase()
        const commits =
          author === undefined
            ? this.commits
            : this.commits.filter((c) => c.email.toLowerCase() === author || c.login?.toLowerCase() === author)
        return {
          status: 200,
          body: this.page(
            commits.map((c) => this.commitView(c)),
            query,
          ),
        }
      }),
      route('GET', '/repos/{owner}/{repo}/pulls', '/pulls', (_m, { query }) => ({
        status: 200,
        body: this.page(
          this.pulls.map((pr) =>
            fixture('pull-request-simple', {
              number: pr.number,
              id: pr.number,
              state: 'closed',
              title: `Pull request ${pr.number}`,
              user: this.user(pr.login),
              labels: pr.labels.map((name, i) => ({
                id: i + 1,
                node_id: `L${i}`,
                url: `${this.url}${this.repoPath}/labels/${name}`,
                name,
                description: '',
                color: 'ededed',
                default: false,
              })),
            }),
          ),
          query,
        ),
      })),
      ...this.extraRoutes,
    ]
  }

  private page<T>(items: T[], query: URLSearchParams): T[] {
    const perPage = Number(query.get('per_page') ?? 30)
    const page = Number(query.get('page') ?? 1)
    return items.slice((page - 1) * perPage, page * perPage)
  }

  private user(login: string): Record<string, unknown> {
    return fixture('simple-user', {
      login,
      id: login.length,
      type: 'User',
      html_url: `https://github.invalid/${login}`,
    })
  }

  private commitView(commit: FakeCommit): Record<string, unknown> {
    return fixture('commit', {
      sha: commit.sha,
      author: commit.login ? this.user(commit.login) : null,
      commit: {
        ...fixture<{ commit: Record<string, unknown> }>('commit', {}).commit,
        author: { name: commit.name, email: commit.email, date: '2024-01-01T00:00:00Z' },
        message: `commit ${commit.sha}`,
      },
    })
  }

  private makeRelease(fields: Record<string, unknown> & { tag_name: string }): StoredRelease {
    const id = this.nextId++
    const draft = fields.draft === true
    const record = fixture<StoredRelease['record']>('release', {
      id,
      node_id: `RE_${id}`,
      tag_name: fields.tag_name,
      target_commitish: typeof fields.target_commitish === 'string' ? fields.target_commitish : 'main',
      name: typeof fields.name === 'string' ? fields.name : fields.tag_name,
      body: typeof fields.body === 'string' ? fields.body : null,
      draft,
      prerelease: fields.prerelease === true,
      created_at: '2024-01-01T00:00:00Z',
      published_at: draft ? null : '2024-01-01T00:00:00Z',
      url: `${this.url}${this.repoPath}/releases/${id}`,
      html_url: `https://github.invalid/${this.owner}/${this.repo}/releases/tag/${fields.tag_name}`,
      assets_url: `${this.url}${this.repoPath}/releases/${id}/assets`,
      // Uploads go to the host this field names (uploads.github.com on github.com): here, the fake itself.
      upload_url: `${this.url}${this.repoPath}/releases/${id}/assets{?name,label}`,
      tarball_url: null,
      zipball_url: null,
      author: this.user('github-actions[bot]'),
      assets: [],
    })
    if (fields.make_latest !== undefined) record.make_latest = fields.make_latest
    if (typeof fields.discussion_category_name === 'string')
      record.discussion_category_name = fields.discussion_category_name
    return { record, assets: [] }
  }

  private findAsset(id: number): StoredAsset | undefined {
    for (const release of this.releases) {
      const found = release.assets.find((a) => a.record.id === id)
      if (found) return found
    }
    return undefined
  }

  private makeAsset(name: string, data: Buffer, state: string): StoredAsset {
    const id = this.nextId++
    const record = fixture<StoredAsset['record']>('release-asset', {
      id,
      node_id: `RA_${id}`,
      name,
      label: null,
      state,
      content_type: 'application/octet-stream',
      size: data.length,
      digest: `sha256:${createHash('sha256').update(data).digest('hex')}`,
      download_count: 0,
      url: `${this.url}${this.repoPath}/releases/assets/${id}`,
      browser_download_url: `https://github.invalid/${this.owner}/${this.repo}/releases/download/${name}`,
      uploader: null,
    })
    return { record, data }
  }

  private view(release: StoredRelease): Record<string, unknown> {
    const { make_latest: _latest, ...record } = release.record
    return { ...record, assets: release.assets.map((a) => a.record) }
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const method = req.method ?? 'GET'
    const fault = this.faults.find((f) => f.times > 0 && f.method === method && f.path.test(url.pathname))
    if (fault?.cutAfterBytes !== undefined) {
      fault.times--
      let received = 0
      req.on('data', (chunk: Buffer) => {
        received += chunk.length
        if (received >= (fault.cutAfterBytes ?? 0)) req.socket.destroy()
      })
      req.on('end', () => req.socket.destroy())
      this.requests.push({
        method,
        path: url.pathname,
        query: url.searchParams,
        operation: 'fault: cut',
        status: 0,
        headers: req.headers,
      })
      return
    }
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks)
    const route = this.routes().find((r) => r.method === method && r.pattern.test(url.pathname))
    const send = (response: Response, operation: string, body?: unknown) => {
      this.requests.push({
        method,
        path: url.pathname,
        query: url.searchParams,
        operation,
        status: response.status,
        body,
        headers: req.headers,
      })
      res.writeHead(response.status, { 'content-type': 'application/json; charset=utf-8', ...response.headers })
      res.end(response.body === undefined ? undefined : JSON.stringify(response.body))
    }
    if (req.headers.authorization === undefined) {
      send({ status: 401, body: { message: 'Requires authentication' } }, route?.template ?? 'unknown')
      return
    }
    const lost = fault?.loseResponse === true ? fault : undefined
    if (fault && !lost) {
      fault.times--
      send(
        {
          status: fault.status ?? 500,
          headers: fault.headers ?? {},
          body: { message: fault.message ?? 'Server Error' },
        },
        route?.template ?? 'unknown',
      )
      return
    }
    if (!route) {
      this.violations.push(`${method} ${url.pathname}: no such route in the fake (not an operation the suite covers)`)
      send({ status: 404, body: { message: 'Not Found' } }, 'unknown')
      return
    }
    let json: unknown
    const isJson = (req.headers['content-type'] ?? '').includes('json')
    if (raw.length > 0 && isJson) {
      json = JSON.parse(raw.toString('utf8'))
      const schema = requestSchema(method, route.template)
      const problems = schema ? validate(schema, json) : [`${route.template} takes no JSON body`]
      if (problems.length > 0) {
        this.violations.push(...problems.map((p) => `request ${method} ${route.template} ${p}`))
        send({ status: 422, body: { message: 'Invalid request', errors: problems } }, route.template, json)
        return
      }
    }
    const match = route.pattern.exec(url.pathname)?.slice(1) ?? []
    const response = await route.handle(match, {
      query: url.searchParams,
      json,
      raw,
      accept: req.headers.accept ?? '',
    })
    if (method !== 'GET') {
      this.assetTimeline.push({
        request: `${method} ${route.template} ${response.status}`,
        assets: Object.fromEntries(this.releases.map((r) => [String(r.record.id), r.assets.map((a) => a.record.name)])),
      })
    }
    if (response.body !== undefined && response.status < 300) {
      const schema = responseSchema(method, route.template, response.status)
      const problems = schema ? validate(schema, response.body) : [`no JSON response ${response.status} documented`]
      this.violations.push(...problems.map((p) => `response ${method} ${route.template} ${response.status} ${p}`))
      if (!this.assetDigests) response.body = withoutDigests(response.body)
    }
    if (lost) {
      lost.times--
      this.requests.push({
        method,
        path: url.pathname,
        query: url.searchParams,
        operation: `${route.template} (answer lost)`,
        status: 0,
        body: json,
        headers: req.headers,
      })
      req.socket.destroy()
      return
    }
    if (response.raw !== undefined) {
      this.requests.push({
        method,
        path: url.pathname,
        query: url.searchParams,
        operation: route.template,
        status: response.status,
        headers: req.headers,
      })
      res.writeHead(response.status, { 'content-type': 'application/octet-stream', ...response.headers })
      res.end(response.raw)
      return
    }
    send(response, route.template, json)
  }
}

/** The same answer without the asset `digest` field, as GitHub Enterprise Server before it had one gives it. */
function withoutDigests(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDigests)
  if (value === null || typeof value !== 'object') return value
  const copy: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(value)) if (key !== 'digest') copy[key] = withoutDigests(field)
  return copy
}

/** github.com's limit on a release body, in characters (Ruby's String#length: code points, not UTF-16 units). */
export const RELEASE_BODY_LIMIT = 125_000

/** The 422 github.com answers to a create or update whose body is over the limit, or undefined. */
function releaseBodyTooLong(fields: Record<string, unknown>) {
  const body = fields.body
  if (typeof body !== 'string') return undefined
  // Code points: UTF-16 units less one per surrogate pair.
  const characters = body.length - (body.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0)
  if (characters <= RELEASE_BODY_LIMIT) return undefined
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'Release',
          code: 'custom',
          field: 'body',
          message: `body is too long (maximum is ${RELEASE_BODY_LIMIT} characters)`,
        },
      ],
    },
  }
}
