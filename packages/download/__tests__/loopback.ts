import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What the fake mirror does with the next requests for a path: faults are used up in order, then it serves. */
export type Fault =
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
  readonly files = new Map<string, Buffer>()
  readonly faults = new Map<string, Fault[]>()
  readonly served: Served[] = []
  /** Paths answered with a 302 to another path (a mirror network's redirector). */
  readonly redirects = new Map<string, string>()
  private server?: Server

  async start(): Promise<string> {
    this.server = createServer((req, res) => this.handle(req, res))
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
    const body = this.files.get(path)
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
