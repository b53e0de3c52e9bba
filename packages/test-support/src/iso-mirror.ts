// Loopback stand-ins for download mirrors, in one place: LoopbackMirror serves files with Range support and injected
// faults (the download tests, packer-build's ISO and Packer downloads); startIsoMirror is one set up as the OS
// vendors' mirrors for the pipelines: every `*.iso` path serves a small installer image, and every other path a
// checksum file (BSD `SHA256 (name) = hex` lines) over the ISO names it was given, so packer-build downloads,
// verifies and caches as it does in CI. `slipway workflow --mirror <vendor prefix>=<base>` points a workflow's ISO
// URLs at it.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

/** What the fake mirror does with the next requests for a path: faults are used up in order, then it serves. */
export type MirrorFault =
  'status-503' | 'status-429' | 'close-mid-body' | 'reset-mid-body' | 'stall-mid-body' | 'ignore-range'

export interface Served {
  path: string
  range?: string
  status: number
  bytes: number
}

/**
 * A mirror on 127.0.0.1 serving in-memory files with Range support (RFC 9110 §14), plus injected faults. Every request
 * is recorded with the bytes of body sent, so tests can tell a resume from a restart and a cache hit from a download.
 */
export class LoopbackMirror {
  /** Files by path; a path without one is asked of `options.fallback`, else answered 404. */
  readonly files = new Map<string, Buffer>()
  readonly faults = new Map<string, MirrorFault[]>()
  readonly served: Served[] = []
  /** Paths answered with a 302 to another path (a mirror network's redirector). */
  readonly redirects = new Map<string, string>()
  private server?: Server

  constructor(
    private readonly options: {
      /** The body of a path that `files` does not hold, or undefined for a 404. */
      fallback?: (path: string) => Buffer | undefined
      /** Close a connection idle this long (none by default: a stall-mid-body fault keeps it silent on purpose). */
      idleTimeoutMs?: number
    } = {},
  ) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => this.handle(req, res))
    if (this.options.idleTimeoutMs !== undefined) this.server.setTimeout(this.options.idleTimeoutMs)
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    const { port } = this.server.address() as AddressInfo
    return `http://127.0.0.1:${port}`
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) => this.server?.close(() => resolve()))
  }

  bytesServed(path?: string): number {
    return this.served.filter((s) => path === undefined || s.path === path).reduce((sum, s) => sum + s.bytes, 0)
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const range = req.headers.range
    const record = (status: number, bytes: number): void => {
      this.served.push(range === undefined ? { path, status, bytes } : { path, range, status, bytes })
    }
    const location = this.redirects.get(path)
    if (location !== undefined) {
      record(302, 0)
      res.writeHead(302, { location }).end()
      return
    }
    const body = this.files.get(path) ?? this.options.fallback?.(path)
    if (!body) {
      record(404, 0)
      res.writeHead(404).end()
      return
    }
    const fault = this.faults.get(path)?.shift()
    if (fault === 'status-503' || fault === 'status-429') {
      const status = fault === 'status-503' ? 503 : 429
      record(status, 0)
      res.writeHead(status, { 'retry-after': '0' }).end()
      return
    }
    let start = 0
    const match = range && fault !== 'ignore-range' ? /^bytes=(\d+)-$/.exec(range) : null
    if (match) {
      start = Number(match[1])
      if (start >= body.length) {
        record(416, 0)
        res.writeHead(416, { 'content-range': `bytes */${body.length}` }).end()
        return
      }
    }
    const part = body.subarray(start)
    const headers: Record<string, string> = { 'content-length': String(part.length), 'accept-ranges': 'bytes' }
    if (match) headers['content-range'] = `bytes ${start}-${body.length - 1}/${body.length}`
    const status = match ? 206 : 200
    res.writeHead(status, headers)
    if (fault === 'stall-mid-body') {
      // Half the body, then nothing: the connection stays open and silent, as a wedged middlebox leaves it.
      const half = part.subarray(0, Math.floor(part.length / 2))
      record(status, half.length)
      res.write(half)
      return
    }
    if (fault === 'close-mid-body' || fault === 'reset-mid-body') {
      const half = part.subarray(0, Math.floor(part.length / 2))
      record(status, half.length)
      // close: a FIN after half the body, so every byte sent arrives; reset: a TCP RST, which may also drop bytes
      // still in flight, as a dying middlebox does.
      res.write(half, () =>
        setTimeout(() => (fault === 'close-mid-body' ? req.socket.end() : req.socket.resetAndDestroy()), 200),
      )
      return
    }
    record(status, part.length)
    res.end(part)
  }
}

export interface IsoMirror {
  /** `http://127.0.0.1:<port>` */
  base: string
  /** The image every ISO path serves, and its SHA-256. */
  iso: Buffer
  sha256: string
  /** ISO bytes served so far (a warm cache serves none). */
  isoBytes(): number
  /** Request paths, in order. */
  readonly requests: string[]
  stop(): Promise<void>
}

export async function startIsoMirror(
  options: { names?: string[]; size?: number; iso?: Buffer } = {},
): Promise<IsoMirror> {
  const iso = options.iso ?? Buffer.alloc(options.size ?? 2 * 1024 * 1024, 'slipway stand-in installer image\n')
  const sha256 = createHash('sha256').update(iso).digest('hex')
  const sums = Buffer.from((options.names ?? []).map((name) => `SHA256 (${name}) = ${sha256}\n`).join(''))
  const mirror = new LoopbackMirror({ fallback: (p) => (p.endsWith('.iso') ? iso : sums), idleTimeoutMs: 30_000 })
  const base = await mirror.start()
  return {
    base,
    iso,
    sha256,
    isoBytes: () => mirror.served.filter((s) => s.path.endsWith('.iso')).reduce((sum, s) => sum + s.bytes, 0),
    get requests() {
      return mirror.served.map((s) => s.path)
    },
    stop: () => mirror.stop(),
  }
}

/**
 * The vendors' ISO URLs of a template tree's var files (`iso_url = "https://..."`): their origins (what `--mirror`
 * replaces) and file names (what the mirror's checksum files list).
 */
export function isoUrlsOf(varFilesDir: string): { origins: string[]; names: string[] } {
  const urls: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith('.pkrvars.hcl'))
        for (const m of readFileSync(full, 'utf8').matchAll(/^\s*iso_url\s*=\s*"([^"]+)"/gm)) if (m[1]) urls.push(m[1])
    }
  }
  walk(varFilesDir)
  return {
    origins: [...new Set(urls.map((u) => new URL(u).origin))].sort(),
    names: [...new Set(urls.map((u) => path.posix.basename(new URL(u).pathname)))].sort(),
  }
}
