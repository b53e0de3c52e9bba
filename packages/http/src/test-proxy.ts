import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, request as forward, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'
import os from 'node:os'
import path from 'node:path'

/** What the proxy saw: a CONNECT (`registry.test:5000`) or a forwarded request (`GET http://host/path`). */
export interface ProxiedCall {
  method: string
  target: string
  /** The Proxy-Authorization header it got. */
  proxyAuthorization: string | undefined
  /** The Authorization header of a forwarded request (a CONNECT has none: it cannot see inside the tunnel). */
  authorization: string | undefined
}

export interface LoopbackProxyOptions {
  /**
   * Host names the proxy alone resolves, to 127.0.0.1: by default every name under `.test` (RFC 2606), which no
   * resolver on the machine knows, so a client that tries to connect directly fails and only the proxy gets through.
   */
  resolves?: (host: string) => boolean
  /** `user:password` the proxy requires (407 without it). */
  credentials?: string
  /** Answer nothing to CONNECT (a proxy that hangs). */
  hangOnConnect?: boolean
}

/**
 * A stand-in for a self-hosted runner's proxy, on loopback, for tests: answers CONNECT with a tunnel (as for TLS) and
 * forwards absolute-form http requests, each to 127.0.0.1 on the port asked, for the names it resolves. Records every
 * call, so a test can show a client went through it and what it sent.
 */
export class LoopbackProxy {
  readonly calls: ProxiedCall[] = []
  private readonly sockets = new Set<Socket>()
  private constructor(
    private readonly server: Server,
    private readonly options: LoopbackProxyOptions,
  ) {}

  static async start(options: LoopbackProxyOptions = {}): Promise<LoopbackProxy> {
    const holder: { proxy?: LoopbackProxy } = {}
    const server = createServer((req, res) => holder.proxy?.forward(req, res))
    const proxy = new LoopbackProxy(server, options)
    holder.proxy = proxy
    server.on('connection', (socket: Socket) => proxy.track(socket))
    server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => proxy.tunnel(req, client, head))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return proxy
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port
  }

  /** `http://127.0.0.1:<port>`, with the credentials when the proxy requires some. */
  get url(): string {
    return `http://${this.options.credentials ? `${this.options.credentials}@` : ''}127.0.0.1:${this.port}`
  }

  private resolves(host: string): boolean {
    const name = host.toLowerCase()
    return this.options.resolves ? this.options.resolves(name) : name.endsWith('.test') || name === '127.0.0.1'
  }

  private authorized(req: IncomingMessage): boolean {
    if (!this.options.credentials) return true
    const expected = `Basic ${Buffer.from(this.options.credentials).toString('base64')}`
    return req.headers['proxy-authorization'] === expected
  }

  private record(req: IncomingMessage, target: string): void {
    this.calls.push({
      method: req.method ?? '',
      target,
      proxyAuthorization: req.headers['proxy-authorization'],
      authorization: req.headers.authorization,
    })
  }

  private tunnel(req: IncomingMessage, client: Socket, head: Buffer): void {
    const target = req.url ?? ''
    this.record(req, target)
    client.on('error', () => client.destroy())
    if (this.options.hangOnConnect) return
    if (!this.authorized(req)) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\n\r\n')
      return
    }
    const cut = target.lastIndexOf(':')
    const host = target.slice(0, cut).replace(/^\[|\]$/g, '')
    if (!this.resolves(host)) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')
      return
    }
    const upstream = connect(Number(target.slice(cut + 1)), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    this.track(upstream)
    upstream.on('error', () => client.destroy())
    client.on('close', () => upstream.destroy())
  }

  private forward(req: IncomingMessage, res: ServerResponse): void {
    const target = req.url ?? ''
    this.record(req, `${req.method ?? ''} ${target}`)
    if (!this.authorized(req)) {
      res.writeHead(407, { 'proxy-authenticate': 'Basic realm="test"' }).end()
      return
    }
    let url: URL
    try {
      url = new URL(target)
    } catch {
      res.writeHead(400).end('absolute-form request target expected')
      return
    }
    if (!this.resolves(url.hostname)) {
      res.writeHead(502).end()
      return
    }
    const headers = { ...req.headers }
    delete headers['proxy-authorization']
    delete headers['proxy-connection']
    const upstream = forward(
      {
        host: '127.0.0.1',
        port: Number(url.port || 80),
        method: req.method,
        path: `${url.pathname}${url.search}`,
        headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  }

  private track(socket: Socket): void {
    this.sockets.add(socket)
    socket.on('close', () => this.sockets.delete(socket))
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}

/**
 * A self-signed certificate for test servers (made with openssl), valid for the names and 127.0.0.1. Clients trust it
 * through the HttpClient's `ca` option (it is its own CA).
 */
export function selfSignedCertificate(names: string[] = ['registry.test', 'localhost']): { cert: string; key: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'slipway-cert-'))
  try {
    const san = [...names.map((n) => `DNS:${n}`), 'IP:127.0.0.1'].join(',')
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '2',
        '-subj',
        `/CN=${names[0] ?? 'localhost'}`,
        '-addext',
        `subjectAltName=${san}`,
        '-addext',
        'basicConstraints=critical,CA:TRUE',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ],
      { stdio: 'pipe' },
    )
    return {
      cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8'),
      key: readFileSync(path.join(dir, 'key.pem'), 'utf8'),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Writes a certificate pair into a folder (for servers that read files: docker-registry). */
export function writeCertificate(dir: string, pair: { cert: string; key: string }): { cert: string; key: string } {
  const cert = path.join(dir, 'cert.pem')
  const key = path.join(dir, 'key.pem')
  writeFileSync(cert, pair.cert)
  writeFileSync(key, pair.key, { mode: 0o600 })
  return { cert, key }
}

/**
 * TLS in front of a plain loopback server (the GitHub fake, a test registry): so a test can reach it over https, by a
 * name in the certificate, through a CONNECT tunnel.
 */
export class TlsFront {
  private readonly sockets = new Set<Socket>()
  private constructor(private readonly server: import('node:tls').Server) {}

  static async start(targetPort: number, pair: { cert: string; key: string }): Promise<TlsFront> {
    const { createServer: createTlsServer } = await import('node:tls')
    const holder: { front?: TlsFront } = {}
    const server = createTlsServer(pair, (client) => {
      const upstream = connect(targetPort, '127.0.0.1')
      holder.front?.sockets.add(upstream)
      holder.front?.sockets.add(client)
      client.pipe(upstream).pipe(client)
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
      client.on('close', () => upstream.destroy())
    })
    const front = new TlsFront(server)
    holder.front = front
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return front
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}
