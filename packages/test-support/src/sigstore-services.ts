// Sigstore's services for the attest tests, on loopback: @sigstore/mock's Fulcio, Rekor and TSA handlers behind a
// TLS-terminating HTTPS proxy. @actions/attest names its hosts itself (fulcio.sigstore.dev, rekor.sigstore.dev for a
// public repository; fulcio.githubapp.com, timestamp.githubapp.com for a private one; the OIDC issuer
// token.actions.githubusercontent.com), so the bundle under test reaches them as any proxied runner does: through
// `https_proxy`, with a certificate for those names from a CA of this test (NODE_EXTRA_CA_CERTS). Nothing leaves the
// machine.
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import path from 'node:path'
import { TLSSocket } from 'node:tls'
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
  type HandlerFn,
} from '@sigstore/mock'
import type { FakeOidc } from '@slipway/github-fake'

export const HOSTS = [
  'fulcio.sigstore.dev',
  'rekor.sigstore.dev',
  'fulcio.githubapp.com',
  'timestamp.githubapp.com',
  'token.actions.githubusercontent.com',
]

export class SigstoreServices {
  /** `host path` of every request the services answered. */
  readonly requests: string[] = []
  private readonly sockets = new Set<Socket>()

  private constructor(
    private readonly proxy: Server,
    readonly caFile: string,
    /** Fulcio's root certificate (DER), to check the bundles' certificate chains. */
    readonly fulcioRoot: ArrayBufferView,
  ) {}

  get proxyUrl(): string {
    return `http://127.0.0.1:${(this.proxy.address() as AddressInfo).port}`
  }

  static async start(dir: string, oidc: FakeOidc): Promise<SigstoreServices> {
    const caFile = makeCertificates(dir)
    const key = readFileSync(path.join(dir, 'leaf.key'))
    const cert = readFileSync(path.join(dir, 'leaf.pem'))
    const keyPair = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    const ca = await initializeCA(keyPair(), await initializeCTLog(keyPair()))
    const routes = new Map<string, HandlerFn>()
    for (const host of ['fulcio.sigstore.dev', 'fulcio.githubapp.com']) {
      const fulcio = fulcioHandler(ca, { strict: true })
      routes.set(`${host} ${fulcio.path}`, fulcio.fn)
    }
    const rekor = rekorHandler(await initializeTLog('https://rekor.sigstore.dev', keyPair()), { strict: true })
    routes.set(`rekor.sigstore.dev ${rekor.path}`, rekor.fn)
    const tsa = tsaHandler(await initializeTSA(keyPair()), { strict: true })
    routes.set(`timestamp.githubapp.com ${tsa.path}`, tsa.fn)

    const holder: { services?: SigstoreServices } = {}
    const inner = createServer((req, res) => {
      const host = (req.headers.host ?? '').replace(/:443$/, '')
      const url = new URL(req.url ?? '/', `https://${host}`)
      holder.services?.requests.push(`${host} ${url.pathname}`)
      if (host === 'token.actions.githubusercontent.com') {
        // The issuer's discovery documents: served by the fake OIDC service.
        const forward = httpRequest(`${oidc.url}${url.pathname}${url.search}`, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(res)
        })
        forward.end()
        return
      }
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        const handler = routes.get(`${host} ${url.pathname}`)
        if (!handler) {
          res.writeHead(404).end()
          return
        }
        handler(Buffer.concat(chunks).toString('utf8')).then(
          (result) => {
            res.writeHead(result.statusCode, { 'content-type': result.contentType ?? 'application/json' })
            res.end(result.response)
          },
          (error: unknown) => {
            res.writeHead(500).end(String(error))
          },
        )
      })
    })
    const proxy = createServer((_req, res) => res.writeHead(405).end())
    proxy.on('connect', (req, socket: Socket) => {
      const [host] = (req.url ?? '').split(':')
      if (!HOSTS.includes(host ?? '')) {
        socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
        return
      }
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      const tls = new TLSSocket(socket, { isServer: true, key, cert })
      holder.services?.sockets.add(socket)
      socket.on('close', () => holder.services?.sockets.delete(socket))
      inner.emit('connection', tls)
    })
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
    const services = new SigstoreServices(proxy, caFile, ca.rootCertificate)
    holder.services = services
    return services
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => this.proxy.close(() => resolve()))
  }
}

/** A CA of this test and a certificate for the Sigstore and issuer hosts it signs (openssl). Returns the CA file. */
function makeCertificates(dir: string): string {
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' })
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=slipway test CA',
  )
  openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'leaf.key',
    '-out',
    'leaf.csr',
    '-subj',
    '/CN=sigstore services',
  )
  writeFileSync(
    path.join(dir, 'leaf.ext'),
    `subjectAltName=${HOSTS.map((h) => `DNS:${h}`).join(',')}\nextendedKeyUsage=serverAuth\n`,
  )
  openssl(
    'x509',
    '-req',
    '-in',
    'leaf.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'leaf.pem',
    '-days',
    '2',
    '-extfile',
    'leaf.ext',
  )
  return path.join(dir, 'ca.pem')
}
