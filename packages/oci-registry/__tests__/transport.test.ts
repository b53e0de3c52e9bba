// The registry client's transport through @slipway/http: credentials bound to the registry's origin (an upload
// Location elsewhere gets none; http for an https registry is refused), stalls retried, and the whole protocol
// through a CONNECT proxy to a registry only the proxy can reach. Against the real docker-registry on loopback.
import { randomBytes } from 'node:crypto'
import { createServer, request as forward, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { HttpClient } from '@slipway/http'
import { LoopbackProxy, TlsFront, selfSignedCertificate } from '@slipway/http/test-proxy'
import { RegistryAuthError, RegistryClient, digestOf } from '../src/index.js'
import { startLocalRegistry, type LocalRegistry } from '../src/local-registry.js'

const USER = { username: 'publisher', password: 'pa55-w0rd-secret' }
const fast = { minDelayMs: 5, maxDelayMs: 50, attempts: 3 }

interface Seen {
  method: string
  path: string
  authorization: string | undefined
}

/**
 * A loopback front to the registry that records what reaches it, and lets a test change an answer (rewrite a
 * header) or hold one back (a stall).
 */
async function front(
  registryPort: number,
  tweak: (req: IncomingMessage, headers: Record<string, string | string[] | undefined>) => 'hang' | undefined = () =>
    undefined,
): Promise<{ port: number; seen: Seen[]; stop(): Promise<void> }> {
  const seen: Seen[] = []
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    seen.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization })
    const upstream = forward(
      { host: '127.0.0.1', port: registryPort, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        const headers = { ...answer.headers }
        if (tweak(req, headers) === 'hang') {
          answer.resume()
          return
        }
        res.writeHead(answer.statusCode ?? 502, headers)
        answer.pipe(res)
      },
    )
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    stop: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

let registry: LocalRegistry
beforeAll(async () => {
  registry = await startLocalRegistry({ users: [USER], relativeUrls: true })
})
afterAll(async () => {
  await registry.stop()
})

test('an upload Location on another origin (another host and port) gets no credentials', async () => {
  const elsewhere = await front(registry.port)
  const main = await front(registry.port, (req, headers) => {
    if (req.method === 'POST' && /\/blobs\/uploads\/$/.test(req.url?.split('?')[0] ?? '') && headers.location) {
      const location = new URL(String(headers.location), 'http://x')
      headers.location = `http://localhost:${elsewhere.port}${location.pathname}${location.search}`
    }
    return undefined
  })
  try {
    const client = new RegistryClient({
      registry: `127.0.0.1:${main.port}`,
      insecure: true,
      credentials: USER,
      retry: fast,
    })
    const blob = randomBytes(512)
    const failure = client.ensureBlob('team/app', digestOf(blob), { bytes: blob })
    await expect(failure).rejects.toBeInstanceOf(RegistryAuthError)
    expect(main.seen.some((s) => s.authorization?.startsWith('Basic '))).toBe(true)
    expect(elsewhere.seen.length).toBeGreaterThan(0)
    expect(elsewhere.seen.map((s) => s.authorization)).toEqual(elsewhere.seen.map(() => undefined))
  } finally {
    await main.stop()
    await elsewhere.stop()
  }
})

test('a response that never comes is retried like a reset; the final error names the request', async () => {
  let held = 0
  const stalling = await front(registry.port, (req) =>
    req.method === 'HEAD' && /\/manifests\//.test(req.url ?? '') && held++ < 1 ? 'hang' : undefined,
  )
  try {
    const client = new RegistryClient({
      registry: `127.0.0.1:${stalling.port}`,
      insecure: true,
      credentials: USER,
      retry: fast,
      stallMs: 300,
    })
    expect(await client.headManifest('team/app', 'missing')).toBeUndefined()
    held = -100 // every later HEAD hangs
    await expect(client.headManifest('team/app', 'missing')).rejects.toThrow(
      `HEAD http://127.0.0.1:${stalling.port}/v2/team/app/manifests/missing: no response for 0.3 s (stalled), 3 attempts`,
    )
  } finally {
    await stalling.stop()
  }
})

describe('an https registry', () => {
  const pair = selfSignedCertificate(['registry.test', 'localhost'])

  test('through a CONNECT proxy, by a name only the proxy resolves: push and read back', async () => {
    const tls = await TlsFront.start(registry.port, pair)
    const proxy = await LoopbackProxy.start()
    try {
      const host = `registry.test:${tls.port}`
      const direct = new RegistryClient({
        registry: host,
        credentials: USER,
        retry: { ...fast, attempts: 1 },
        http: new HttpClient({ env: {}, ca: pair.cert }),
      })
      await expect(direct.ping()).rejects.toThrow(/registry\.test/)
      const env = { HTTPS_PROXY: proxy.url, NO_PROXY: 'example.com' }
      const client = new RegistryClient({
        registry: host,
        credentials: USER,
        retry: fast,
        http: new HttpClient({ env, ca: pair.cert }),
      })
      const blob = randomBytes(3000)
      expect(await client.ensureBlob('team/app', digestOf(blob), { bytes: blob })).toMatchObject({ how: 'uploaded' })
      expect(digestOf(await client.getBlob('team/app', digestOf(blob)))).toBe(digestOf(blob))
      expect(proxy.calls.length).toBeGreaterThan(0)
      expect(new Set(proxy.calls.map((c) => `${c.method} ${c.target}`))).toEqual(new Set([`CONNECT ${host}`]))
    } finally {
      await proxy.stop()
      await tls.stop()
    }
  })

  test('an upload Location on plain http is refused before anything is sent there', async () => {
    // This registry names its own plain http URL in Location (it cannot see the TLS in front of it).
    const plain = await startLocalRegistry({ users: [USER] })
    const tls = await TlsFront.start(plain.port, pair)
    try {
      const client = new RegistryClient({
        registry: `localhost:${tls.port}`,
        credentials: USER,
        retry: fast,
        http: new HttpClient({ env: {}, ca: pair.cert }),
      })
      const blob = randomBytes(100)
      await expect(client.ensureBlob('team/app', digestOf(blob), { bytes: blob })).rejects.toThrow(
        /asked to send to http:\/\/localhost:\d+\/v2\/team\/app\/blobs\/uploads\/.*plain http for credentials given over https \(a downgrade\): refused/,
      )
    } finally {
      await tls.stop()
      await plain.stop()
    }
  })
})
