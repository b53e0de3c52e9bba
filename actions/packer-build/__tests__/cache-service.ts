import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

interface Entry {
  key: string
  version: string
  blob?: Buffer
  finalized: boolean
}

/**
 * The GitHub Actions cache service (v2) on 127.0.0.1, as `@actions/cache` 4+ speaks to it with
 * `ACTIONS_CACHE_SERVICE_V2` set: Twirp JSON RPCs under `<ACTIONS_RESULTS_URL>/twirp/
 * github.actions.results.api.v1.CacheService/<Method>` (CreateCacheEntry, FinalizeCacheEntryUpload,
 * GetCacheEntryDownloadURL; fields in proto names, `ok` and `message` in replies), plus the signed blob URLs they
 * hand out: the upload is an Azure Blob "Put Blob" (`PUT`, `x-ms-blob-type: BlockBlob`, 201) from the Azure storage
 * SDK, or Put Block / Put Block List for large archives; the download a plain `GET`. Requests must carry the runtime
 * token as a Bearer token. Entries are matched by key and version, as the service does.
 */
export class FakeCacheService {
  readonly entries = new Map<string, Entry>()
  readonly calls: string[] = []
  private readonly blocks = new Map<string, Map<string, Buffer>>()
  private server?: Server
  base = ''

  constructor(readonly token: string) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks)))
    })
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`
    return this.base
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) => this.server?.close(() => resolve()))
  }

  private handle(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const url = new URL(req.url ?? '/', this.base)
    const twirp = /^\/twirp\/github\.actions\.results\.api\.v1\.CacheService\/(\w+)$/.exec(url.pathname)
    if (twirp && req.method === 'POST') {
      const method = twirp[1] ?? ''
      this.calls.push(method)
      if (req.headers.authorization !== `Bearer ${this.token}`) {
        json(res, 401, { code: 'unauthenticated', msg: 'bad token' })
        return
      }
      const request = JSON.parse(body.toString('utf8')) as {
        key?: string
        version?: string
        size_bytes?: string | number
      }
      const key = request.key ?? ''
      const version = request.version ?? ''
      const id = `${key}@${version}`
      if (method === 'CreateCacheEntry') {
        if (this.entries.get(id)?.finalized) {
          json(res, 200, { ok: false, message: `cache entry ${key} already exists` })
          return
        }
        this.entries.set(id, { key, version, finalized: false })
        json(res, 200, { ok: true, signed_upload_url: `${this.base}blob/${encodeURIComponent(id)}?sig=upload` })
        return
      }
      if (method === 'FinalizeCacheEntryUpload') {
        const entry = this.entries.get(id)
        if (!entry?.blob || entry.blob.length !== Number(request.size_bytes)) {
          json(res, 200, { ok: false, message: 'upload incomplete' })
          return
        }
        entry.finalized = true
        json(res, 200, { ok: true, entry_id: String(this.entries.size) })
        return
      }
      if (method === 'GetCacheEntryDownloadURL') {
        const entry = this.entries.get(id)
        if (!entry?.finalized) {
          json(res, 200, { ok: false, signed_download_url: '', matched_key: '' })
          return
        }
        json(res, 200, {
          ok: true,
          signed_download_url: `${this.base}blob/${encodeURIComponent(id)}?sig=download`,
          matched_key: key,
        })
        return
      }
      json(res, 404, { code: 'bad_route', msg: `no method ${method}` })
      return
    }
    const blob = /^\/blob\/([^/]+)$/.exec(url.pathname)
    const entry = blob ? this.entries.get(decodeURIComponent(blob[1] ?? '')) : undefined
    if (!blob || !entry) {
      res.writeHead(404).end()
      return
    }
    const id = decodeURIComponent(blob[1] ?? '')
    if (req.method === 'PUT' && url.searchParams.get('sig') === 'upload') {
      const comp = url.searchParams.get('comp')
      this.calls.push(comp ? `PUT ${comp}` : 'PUT blob')
      if (comp === 'block') {
        const blocks = this.blocks.get(id) ?? new Map<string, Buffer>()
        blocks.set(url.searchParams.get('blockid') ?? '', body)
        this.blocks.set(id, blocks)
      } else if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)</g)].map(
          (m) => m[1] ?? '',
        )
        const blocks = this.blocks.get(id) ?? new Map<string, Buffer>()
        entry.blob = Buffer.concat(ids.map((b) => blocks.get(b) ?? Buffer.alloc(0)))
      } else {
        if (req.headers['x-ms-blob-type'] !== 'BlockBlob') {
          res.writeHead(400).end()
          return
        }
        entry.blob = body
      }
      res
        .writeHead(201, {
          etag: '"0x1"',
          'last-modified': new Date(0).toUTCString(),
          'x-ms-request-id': '1',
          'x-ms-version': '2024-11-04',
        })
        .end()
      return
    }
    if (req.method === 'GET' && url.searchParams.get('sig') === 'download' && entry.blob) {
      this.calls.push('GET blob')
      res
        .writeHead(200, { 'content-length': String(entry.blob.length), 'content-type': 'application/octet-stream' })
        .end(entry.blob)
      return
    }
    res.writeHead(403).end()
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
}
