// The runner's artifact service, on loopback, for slipway's actions that upload an artifact themselves (iso-build's
// `upload-artifact`, packer-build's `artifact-name`): the Twirp calls of @actions/artifact (CreateArtifact,
// FinalizeArtifact) and the blob upload it makes (staged blocks, then the block list). Each artifact is unpacked into
// the run's artifacts folder, where the download-artifact stand-in finds it, as upload-artifact's stand-in leaves it.
// The cache service beside it keeps nothing: a lookup is a miss.
import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

export interface ArtifactService {
  /** ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN for the steps. */
  env: Record<string, string>
  stop(): Promise<void>
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/'

/** Starts the service on 127.0.0.1; artifacts land in `folder/<name>/`. */
export async function startArtifactService(folder: string): Promise<ArtifactService> {
  const state: ServiceState = { folder, base: '', uploads: new Map(), nextId: 1 }
  const server = createServer((req, res) => {
    void handle(state, req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ code: 'internal', msg: error instanceof Error ? error.message : String(error) }))
    })
  })
  // A stalled client never holds a step forever.
  server.setTimeout(60_000)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  state.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // @actions/artifact reads the run and job ids from the token's scope claim; nothing checks a signature here.
  const claims = { scp: `Actions.Results:${randomUUID()}:${randomUUID()}` }
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return {
    env: {
      ACTIONS_RESULTS_URL: `${state.base}/`,
      ACTIONS_RUNTIME_TOKEN: `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.local`,
    },
    async stop() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

interface ServiceState {
  folder: string
  /** `http://127.0.0.1:<port>`, once listening. */
  base: string
  /** Uploads by the key of their signed URL: the artifact's name and its staged blocks. */
  uploads: Map<string, { name: string; blocks: Map<string, Buffer> }>
  nextId: number
}

async function handle(state: ServiceState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req)
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  if (req.method === 'POST' && url.pathname.startsWith(SERVICE)) {
    twirpCall(state, url.pathname.slice(SERVICE.length), body, res)
    return
  }
  const blob = /^\/blob\/([\w-]+)$/.exec(url.pathname)
  const upload = blob?.[1] !== undefined ? state.uploads.get(blob[1]) : undefined
  if (req.method === 'PUT' && upload !== undefined) {
    blobPut(state, upload, url, body, res)
    return
  }
  // The cache service (v1 routes, which @actions/cache uses unless told otherwise) is not kept locally: every
  // lookup is a miss and every reservation is taken, which the cache client reports as such, not as a failure.
  if (url.pathname.includes('/_apis/artifactcache/')) {
    if (req.method === 'GET' && url.pathname.endsWith('/cache')) return void res.writeHead(204).end()
    if (req.method === 'POST' && url.pathname.endsWith('/caches')) {
      json(res, 409, { message: 'the local run keeps no cache' })
      return
    }
  }
  res.writeHead(404).end()
}

/** ListArtifacts, CreateArtifact and FinalizeArtifact of the results service's Twirp API. */
function twirpCall(state: ServiceState, method: string, body: Buffer, res: ServerResponse): void {
  const request = JSON.parse(body.toString('utf8') || '{}') as { name?: string; name_filter?: string }
  // iso-build asks first whether the artifact exists (a re-run replaces it).
  if (method === 'ListArtifacts') {
    const names = existsSync(state.folder) ? readdirSync(state.folder).filter((n) => !n.startsWith('.')) : []
    const artifacts = names
      .filter((n) => request.name_filter === undefined || n === request.name_filter)
      .map((n, index) => ({ name: n, database_id: String(index + 1), size: '0', created_at: new Date().toISOString() }))
    json(res, 200, { artifacts })
    return
  }
  const name = request.name ?? ''
  if (!/^[^/\\:*?"<>|\r\n]+$/.test(name) || name === '.' || name === '..') {
    json(res, 400, { msg: `bad name ${name}` })
    return
  }
  if (method === 'CreateArtifact') {
    const key = randomUUID()
    state.uploads.set(key, { name, blocks: new Map() })
    json(res, 200, { ok: true, signed_upload_url: `${state.base}/blob/${key}?sig=local` })
    return
  }
  if (method === 'FinalizeArtifact') {
    json(res, 200, { ok: true, artifact_id: String(state.nextId++) })
    return
  }
  json(res, 404, { msg: `${method} is not served by the local artifact service` })
}

/** The blob upload: a staged block, the block list that commits them, or the whole zip in one PUT. */
function blobPut(
  state: ServiceState,
  upload: { name: string; blocks: Map<string, Buffer> },
  url: URL,
  body: Buffer,
  res: ServerResponse,
): void {
  const comp = url.searchParams.get('comp')
  if (comp === 'block') upload.blocks.set(url.searchParams.get('blockid') ?? '', body)
  else if (comp === 'blocklist') {
    const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\//g)].map(
      (m) => m[1] ?? '',
    )
    unpack(state.folder, upload.name, Buffer.concat(ids.map((id) => upload.blocks.get(id) ?? Buffer.alloc(0))))
  } else unpack(state.folder, upload.name, body)
  res.writeHead(201, {
    etag: `"${randomUUID()}"`,
    'last-modified': new Date().toUTCString(),
    'x-ms-request-id': randomUUID(),
    'x-ms-version': '2024-11-04',
    'x-ms-request-server-encrypted': 'true',
    'content-length': '0',
  })
  res.end()
}

/** The artifact's zip unpacked into `folder/<name>/`, replacing an earlier upload of the same name. */
function unpack(folder: string, name: string, zip: Buffer): void {
  const target = path.join(folder, name)
  rmSync(target, { recursive: true, force: true })
  mkdirSync(target, { recursive: true })
  const file = path.join(folder, `.${name}.zip`)
  writeFileSync(file, zip)
  try {
    execFileSync('bsdtar', ['-xf', file, '-C', target], { stdio: ['ignore', 'ignore', 'pipe'] })
  } finally {
    rmSync(file, { force: true })
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function json(res: ServerResponse, status: number, value: object): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(value))
}
