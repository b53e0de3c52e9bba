import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http'
import type { Socket } from 'node:net'

/** A status answered instead of the server's, a connection cut, or the server's answer with one body byte flipped. */
export type Fault = { status: number; retryAfter?: string } | 'reset' | 'corrupt'

export interface FaultRule {
  /** Which requests fail: method and URL path (query excluded) tested against the request. */
  method?: string
  path: RegExp
  fault: Fault
  /** How many matching requests fail before the rule lets them through (default 1; Infinity for always). */
  times?: number
}

export interface ProxiedRequest {
  method: string
  path: string
  /** The status answered, or 'reset' when the connection was cut. */
  outcome: number | 'reset'
}

/**
 * A loopback HTTP proxy in front of a server (a registry, a download host) that fails chosen requests: a status
 * (500, 429 with Retry-After) or a connection reset. It records every request and counts the body bytes each way,
 * so a test can say what was retried and a bench how many bytes moved.
 */
export class FaultProxy {
  readonly requests: ProxiedRequest[] = []
  readonly bytes = { up: 0, down: 0 }
  private rules: (FaultRule & { left: number })[] = []
  private readonly sockets = new Set<Socket>()

  private constructor(
    private readonly server: Server,
    readonly port: number,
    readonly target: string,
  ) {}

  get host(): string {
    return `127.0.0.1:${this.port}`
  }

  /** Starts a proxy on a free loopback port forwarding to `target` (`127.0.0.1:5000`). */
  static async start(target: string): Promise<FaultProxy> {
    const [targetHost, targetPort] = target.split(':') as [string, string]
    const holder: { proxy?: FaultProxy } = {}
    const server = createServer((req, res) => {
      holder.proxy?.handle(req, res, targetHost, Number(targetPort))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    if (typeof address !== 'object' || !address) throw new Error('proxy has no address')
    const created = new FaultProxy(server, address.port, target)
    holder.proxy = created
    server.on('connection', (socket) => {
      created.sockets.add(socket)
      socket.on('close', () => created.sockets.delete(socket))
    })
    return created
  }

  inject(rule: FaultRule): void {
    this.rules.push({ ...rule, left: rule.times ?? 1 })
  }

  clearFaults(): void {
    this.rules = []
  }

  resetCounters(): void {
    this.requests.length = 0
    this.bytes.up = 0
    this.bytes.down = 0
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private handle(req: IncomingMessage, res: import('node:http').ServerResponse, host: string, port: number): void {
    const pathOnly = (req.url ?? '/').split('?')[0] ?? '/'
    const method = req.method ?? 'GET'
    const rule = this.rules.find((r) => r.left > 0 && (r.method ?? method) === method && r.path.test(pathOnly))
    if (rule && rule.fault !== 'corrupt') {
      const fault = rule.fault
      rule.left--
      // Drain the body first so the client sees the fault, not a write error.
      req.on('data', () => undefined)
      req.on('end', () => {
        if (fault === 'reset') {
          this.requests.push({ method, path: pathOnly, outcome: 'reset' })
          req.socket.destroy()
          return
        }
        this.requests.push({ method, path: pathOnly, outcome: fault.status })
        const headers: Record<string, string> = { 'content-type': 'application/json' }
        if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter
        res.writeHead(fault.status, headers)
        res.end(JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: 'injected fault' }] }))
      })
      return
    }
    let corrupt = false
    if (rule) {
      rule.left--
      corrupt = true
    }
    const upstream = httpRequest({ host, port, method, path: req.url, headers: req.headers }, (answer) => {
      this.requests.push({ method, path: pathOnly, outcome: answer.statusCode ?? 0 })
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      let first = true
      answer.on('data', (chunk: Buffer) => {
        this.bytes.down += chunk.length
        // Same length, one byte changed: only a digest check can tell.
        if (corrupt && first && chunk.length > 0) chunk[0] = (chunk[0] ?? 0) ^ 0xff
        first = false
        res.write(chunk)
      })
      answer.on('end', () => res.end())
    })
    upstream.on('error', () => req.socket.destroy())
    req.on('data', (chunk: Buffer) => (this.bytes.up += chunk.length))
    req.pipe(upstream)
  }
}
