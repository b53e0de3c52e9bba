import { createHash, randomBytes } from 'node:crypto'
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { HttpClient, HttpPolicyError, StallError, bindCredential, sendBuffered } from '../src/index.js'
import { LoopbackProxy, selfSignedCertificate } from '../src/test-proxy.js'

type Handler = (req: IncomingMessage, res: ServerResponse) => void

interface Seen {
  method: string
  url: string
  host: string | undefined
  authorization: string | undefined
}

/** A loopback server (http or https) that records every request and answers with the handler of the test. */
async function serve(handler: Handler, tls?: { cert: string; key: string }) {
  const seen: Seen[] = []
  const sockets = new Set<Socket>()
  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    seen.push({
      method: req.method ?? '',
      url: req.url ?? '',
      host: req.headers.host,
      authorization: req.headers.authorization,
    })
    handler(req, res)
  }
  const server: Server = tls ? createHttpsServer(tls, listener) : createHttpServer(listener)
  let connections = 0
  server.on('connection', (s: Socket) => {
    connections++
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  server.on('secureConnection', (s: Socket) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    seen,
    port,
    /** TCP connections accepted so far. */
    connections: () => connections,
    stop: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

const servers: { stop: () => Promise<void> }[] = []
const clients: HttpClient[] = []
async function track<T extends { stop: () => Promise<void> }>(made: Promise<T>): Promise<T> {
  const value = await made
  servers.push(value)
  return value
}
function client(options: Partial<ConstructorParameters<typeof HttpClient>[0]> = {}): HttpClient {
  const made = new HttpClient({ env: {}, ...options })
  clients.push(made)
  return made
}
afterEach(async () => {
  for (const c of clients.splice(0)) c.close()
  for (const s of servers.splice(0)) await s.stop()
})

const fast = { minDelayMs: 1, maxDelayMs: 5 }

describe('stall limit', () => {
  test('a server that never answers once, then answers: the stall is retried like a reset', async () => {
    let calls = 0
    const server = await track(
      serve((_req, res) => {
        if (calls++ === 0) return // no answer at all
        res.end('ok')
      }),
    )
    const response = await sendBuffered(
      client({ stallMs: 300 }),
      { url: `http://127.0.0.1:${server.port}/v2/` },
      { retry: { ...fast, attempts: 3 } },
    )
    expect(response.body.toString()).toBe('ok')
    expect(server.seen).toHaveLength(2)
  })

  test('the final error names method, URL without credentials or query, what happened and the attempts', async () => {
    const server = await track(serve(() => undefined))
    const url = `http://robot:secret@127.0.0.1:${server.port}/v2/x/blobs/uploads/abc?_state=signed`
    const failure = sendBuffered(
      client({ stallMs: 200 }),
      { method: 'PUT', url, body: 'x' },
      { retry: { ...fast, attempts: 3 } },
    )
    await expect(failure).rejects.toThrow(
      `PUT http://127.0.0.1:${server.port}/v2/x/blobs/uploads/abc?…: no response for 0.2 s (stalled), 3 attempts`,
    )
    await expect(failure).rejects.toBeInstanceOf(StallError)
    expect(server.seen).toHaveLength(3)
  })

  test('a body that stops midway is a stall, named with the bytes that arrived', async () => {
    const server = await track(
      serve((_req, res) => {
        res.writeHead(200, { 'content-length': '100' })
        res.write('0123456789')
      }),
    )
    const response = await client({ stallMs: 200 }).request({ url: `http://127.0.0.1:${server.port}/big.iso` })
    await expect(response.buffer()).rejects.toThrow(
      `GET http://127.0.0.1:${server.port}/big.iso: the body stalled, no bytes for 0.2 s after 10 bytes (stalled)`,
    )
  })

  test('a slow body that keeps moving is not a stall', async () => {
    const server = await track(
      serve((_req, res) => {
        let n = 0
        const tick = setInterval(() => {
          res.write('x')
          if (++n === 6) {
            clearInterval(tick)
            res.end()
          }
        }, 80)
      }),
    )
    const response = await client({ stallMs: 200 }).request({ url: `http://127.0.0.1:${server.port}/` })
    expect((await response.text()).length).toBe(6)
  })

  test('a total time limit is apart from the stall limit and not retried', async () => {
    const server = await track(
      serve((_req, res) => {
        const tick = setInterval(() => res.write('x'), 50)
        res.on('close', () => clearInterval(tick))
      }),
    )
    const response = await client({ stallMs: 1000 }).request({
      url: `http://127.0.0.1:${server.port}/`,
      timeoutMs: 300,
    })
    await expect(response.buffer()).rejects.toThrow(`not done within 0.3 s (the request's total time limit)`)
  })
})

describe('credentials stay with their origin', () => {
  test('a redirect to another origin (another port) arrives without Authorization; the same origin keeps it', async () => {
    const other = await track(serve((_req, res) => res.end('there')))
    const first = await track(
      serve((req, res) => {
        if (req.url === '/same') res.writeHead(302, { location: '/other' }).end()
        else if (req.url === '/other') res.writeHead(307, { location: `http://127.0.0.1:${other.port}/blob` }).end()
      }),
    )
    const http = client()
    const credential = bindCredential(`http://127.0.0.1:${first.port}`, 'Basic cm9ib3Q6c2VjcmV0')
    const response = await http.request({ url: `http://127.0.0.1:${first.port}/same`, credential })
    expect(await response.text()).toBe('there')
    expect(first.seen.map((s) => s.authorization)).toEqual(['Basic cm9ib3Q6c2VjcmV0', 'Basic cm9ib3Q6c2VjcmV0'])
    expect(other.seen.map((s) => s.authorization)).toEqual([undefined])
  })

  test('an Authorization header given directly is bound to the URL it was given with', async () => {
    const other = await track(serve((_req, res) => res.end('there')))
    const first = await track(
      serve((_req, res) => res.writeHead(301, { location: `http://localhost:${other.port}/x` }).end()),
    )
    const response = await client().request({
      url: `http://127.0.0.1:${first.port}/`,
      headers: { Authorization: 'token ghs_secret' },
    })
    await response.text()
    expect(first.seen[0]?.authorization).toBe('token ghs_secret')
    expect(other.seen[0]?.authorization).toBeUndefined()
  })

  test('a request to another origin than the credential’s goes without it (an upload Location elsewhere)', async () => {
    const elsewhere = await track(serve((_req, res) => res.writeHead(201).end()))
    const credential = bindCredential('http://127.0.0.1:1', 'Basic cm9ib3Q6c2VjcmV0')
    const response = await client().request({
      method: 'PUT',
      url: `http://127.0.0.1:${elsewhere.port}/upload`,
      credential,
    })
    response.cancel()
    expect(elsewhere.seen[0]?.authorization).toBeUndefined()
  })

  test('a redirect from https to http is refused, naming both', async () => {
    const pair = selfSignedCertificate(['localhost'])
    const plain = await track(serve((_req, res) => res.end('clear text')))
    const secure = await track(
      serve((_req, res) => res.writeHead(302, { location: `http://127.0.0.1:${plain.port}/asset?sig=1` }).end(), pair),
    )
    const failure = client({ ca: pair.cert }).request({ url: `https://localhost:${secure.port}/asset` })
    await expect(failure).rejects.toBeInstanceOf(HttpPolicyError)
    await expect(failure).rejects.toThrow(
      `GET https://localhost:${secure.port}/asset: redirected to http://127.0.0.1:${plain.port}/asset?…, a downgrade from https to plain http: refused`,
    )
    expect(plain.seen).toEqual([])
  })

  test('an https credential is never sent over plain http, even to the same host', async () => {
    const plain = await track(serve((_req, res) => res.writeHead(202).end()))
    const credential = bindCredential('https://127.0.0.1', 'Bearer token')
    const failure = client().request({ method: 'PATCH', url: `http://127.0.0.1:${plain.port}/upload`, credential })
    await expect(failure).rejects.toThrow('plain http for credentials given over https (a downgrade): refused')
    expect(plain.seen).toEqual([])
  })
})

describe('through the runner proxy', () => {
  let proxy: LoopbackProxy
  beforeEach(async () => {
    proxy = await LoopbackProxy.start({ credentials: 'robot:p@ss' })
  })
  afterEach(async () => {
    await proxy.stop()
  })
  const proxyAuth = `Basic ${Buffer.from('robot:p@ss').toString('base64')}`

  test('https: a CONNECT tunnel to a name only the proxy resolves; TLS inside; the proxy sees no Authorization', async () => {
    const pair = selfSignedCertificate(['registry.test'])
    const target = await track(serve((_req, res) => res.end('through'), pair))
    const env = { HTTPS_PROXY: `http://robot:p%40ss@127.0.0.1:${proxy.port}` }
    const url = `https://registry.test:${target.port}/v2/`
    const credential = bindCredential(url, 'Bearer tok')
    // Directly, the name does not resolve.
    await expect(client({ ca: pair.cert }).request({ url })).rejects.toThrow(/registry\.test/)
    const response = await client({ env, ca: pair.cert }).request({ url, credential })
    expect(await response.text()).toBe('through')
    expect(proxy.calls).toEqual([
      {
        method: 'CONNECT',
        target: `registry.test:${target.port}`,
        proxyAuthorization: proxyAuth,
        authorization: undefined,
      },
    ])
    expect(target.seen).toEqual([
      { method: 'GET', url: '/v2/', host: `registry.test:${target.port}`, authorization: 'Bearer tok' },
    ])
  })

  test('http: forwarded with the whole URL as target, Proxy-Authorization to the proxy only', async () => {
    const target = await track(serve((_req, res) => res.end('forwarded')))
    const env = { http_proxy: `http://robot:p%40ss@127.0.0.1:${proxy.port}`, NO_PROXY: 'example.com' }
    const response = await client({ env }).request({ url: `http://downloads.test:${target.port}/a.iso?x=1` })
    expect(await response.text()).toBe('forwarded')
    expect(proxy.calls).toEqual([
      {
        method: 'GET',
        target: `GET http://downloads.test:${target.port}/a.iso?x=1`,
        proxyAuthorization: proxyAuth,
        authorization: undefined,
      },
    ])
    expect(target.seen[0]?.host).toBe(`downloads.test:${target.port}`)
  })

  test('no_proxy and loopback targets go direct', async () => {
    const target = await track(serve((_req, res) => res.end('direct')))
    const env = { HTTP_PROXY: proxy.url, NO_PROXY: 'downloads.test' }
    expect(await (await client({ env }).request({ url: `http://127.0.0.1:${target.port}/` })).text()).toBe('direct')
    expect(proxy.calls).toEqual([])
  })

  test('a proxy that refuses the credentials is one clear error, not retried', async () => {
    const env = { HTTPS_PROXY: `http://robot:wrong@127.0.0.1:${proxy.port}` }
    const failure = sendBuffered(client({ env }), { url: 'https://registry.test:5000/v2/' }, { retry: fast })
    await expect(failure).rejects.toThrow(
      `GET https://registry.test:5000/v2/: the proxy 127.0.0.1:${proxy.port} answered CONNECT registry.test:5000 with HTTP 407`,
    )
    expect(proxy.calls).toHaveLength(1)
  })

  test('a proxy that never opens the tunnel is a stall', async () => {
    const hanging = await LoopbackProxy.start({ hangOnConnect: true })
    try {
      const env = { HTTPS_PROXY: hanging.url }
      const failure = client({ env, stallMs: 200 }).request({ url: 'https://registry.test:5000/v2/' })
      await expect(failure).rejects.toThrow(/GET https:\/\/registry\.test:5000\/v2\/: .*\(stalled\)/)
      await expect(failure).rejects.toMatchObject({ name: expect.stringMatching(/StallError|ProxyError/) as unknown })
    } finally {
      await hanging.stop()
    }
  })
})

describe('request bodies from files', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'slipway-http-body-'))
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true })
  })
  const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

  /** A server that hashes each request body; `hold` keeps the body unread until the test lets it go. */
  async function hashing(hold?: { received: number; until: Promise<void>; reached: () => void; at: number }) {
    return track(
      serve((req, res) => {
        const hash = createHash('sha256')
        let length = 0
        let paused = false
        req.on('data', (chunk: Buffer) => {
          hash.update(chunk)
          length += chunk.length
          if (hold && !paused && length >= hold.at) {
            paused = true
            req.pause()
            hold.received = length
            hold.reached()
            void hold.until.then(() => req.resume())
          }
        })
        req.on('end', () => res.end(JSON.stringify({ length, sha256: hash.digest('hex') })))
      }),
    )
  }

  test('a file body is read while it is sent, as the socket takes it, never whole up front', async () => {
    // Half of a 64 MiB file exists when the request starts; the server stops reading after 1 MiB; the rest of the
    // file is written only then. A client that read the file up front would find 32 MiB and fail; one that reads
    // as the socket drains has read only its socket buffers ahead, and sends all 64 MiB.
    const file = path.join(scratch, 'growing.bin')
    const halves = [randomBytes(32 * 1024 * 1024), randomBytes(32 * 1024 * 1024)] as const
    writeFileSync(file, halves[0])
    let release = (): void => undefined
    let reached = (): void => undefined
    const hold = {
      received: 0,
      at: 1024 * 1024,
      until: new Promise<void>((resolve) => (release = resolve)),
      reached: () => reached(),
    }
    const paused = new Promise<void>((resolve) => (reached = resolve))
    const server = await hashing(hold)
    const sending = client().request({
      method: 'PUT',
      url: `http://127.0.0.1:${server.port}/upload`,
      body: { file, length: 64 * 1024 * 1024 },
    })
    await paused
    await new Promise((resolve) => setTimeout(resolve, 200)) // the client fills the socket buffers and waits
    appendFileSync(file, halves[1])
    release()
    const answer = JSON.parse(await (await sending).text()) as { length: number; sha256: string }
    expect(hold.received).toBeLessThan(32 * 1024 * 1024)
    expect(answer).toEqual({ length: 64 * 1024 * 1024, sha256: sha256(Buffer.concat(halves)) })
  })

  test('a range of a file is sent from its offset, with its length as Content-Length', async () => {
    const file = path.join(scratch, 'range.bin')
    const bytes = randomBytes(3 * 1024 * 1024 + 17)
    writeFileSync(file, bytes)
    const server = await hashing()
    const response = await client().request({
      method: 'PATCH',
      url: `http://127.0.0.1:${server.port}/chunk`,
      body: { file, offset: 1000, length: 2 * 1024 * 1024 },
    })
    expect(JSON.parse(await response.text())).toEqual({
      length: 2 * 1024 * 1024,
      sha256: sha256(bytes.subarray(1000, 1000 + 2 * 1024 * 1024)),
    })
  })

  test('a 307 sends the file body again, read from the start', async () => {
    const file = path.join(scratch, 'redirected.bin')
    const bytes = randomBytes(600 * 1024)
    writeFileSync(file, bytes)
    const target = await hashing()
    const first = await track(
      serve((req, res) => {
        req.resume()
        req.on('end', () => res.writeHead(307, { location: `http://127.0.0.1:${target.port}/there` }).end())
      }),
    )
    const response = await client().request({
      method: 'PUT',
      url: `http://127.0.0.1:${first.port}/here`,
      body: { file, length: bytes.length },
    })
    expect(JSON.parse(await response.text())).toEqual({ length: bytes.length, sha256: sha256(bytes) })
  })

  test('a file shorter than the length promised fails the request, naming the file; not retried', async () => {
    const file = path.join(scratch, 'short.bin')
    writeFileSync(file, randomBytes(1000))
    const server = await hashing()
    const failure = sendBuffered(
      client(),
      { method: 'PUT', url: `http://127.0.0.1:${server.port}/upload`, body: { file, length: 5000 } },
      { retry: { ...fast, attempts: 3 } },
    )
    await expect(failure).rejects.toThrow(`${file} ended at byte 1000; 5000 bytes from 0 expected`)
    expect(server.seen).toHaveLength(1)
  })
})

describe('connections', () => {
  test('a response that arrived whole and is cancelled (HEAD, a short answer) leaves its connection for the next', async () => {
    const server = await track(serve((_req, res) => res.writeHead(200, { 'content-length': '2' }).end('ok')))
    const http = client()
    const url = `http://127.0.0.1:${server.port}/v2/`
    for (const method of ['HEAD', 'HEAD', 'GET', 'GET']) {
      const response = await http.request({ method, url })
      await new Promise((resolve) => setImmediate(resolve)) // the short body has been parsed
      response.cancel()
      await new Promise((resolve) => setImmediate(resolve)) // the drained response has ended
    }
    expect(server.seen).toHaveLength(4)
    expect(server.connections()).toBe(1)
  })

  test('a body still arriving when cancelled is cut with its connection', async () => {
    const server = await track(
      serve((req, res) => {
        if (req.method === 'HEAD') return res.end()
        res.writeHead(200, { 'content-length': String(64 * 1024 * 1024) })
        res.write(Buffer.alloc(1024))
      }),
    )
    const http = client()
    const url = `http://127.0.0.1:${server.port}/big.iso`
    ;(await http.request({ url })).cancel()
    ;(await http.request({ method: 'HEAD', url })).cancel()
    expect(server.connections()).toBe(2)
  })
})

describe('large bodies (largeBody: read from the socket into one reused buffer)', () => {
  const body = randomBytes(8 * 1024 * 1024 + 5)
  const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')
  /** Serves `body` with a Content-Length, in 1 MiB writes. */
  const sending = (req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(200, { 'content-length': String(body.length) })
    let offset = 0
    const pump = (): void => {
      while (offset < body.length) {
        const slice = body.subarray(offset, offset + 1024 * 1024)
        offset += slice.length
        if (offset >= body.length) return void res.end(slice)
        if (!res.write(slice)) return void res.once('drain', pump)
      }
    }
    if (req.method === 'HEAD') res.end()
    else pump()
  }

  /** Reads a body with consume, hashing each part after a pause now and then (the reading must wait for it). */
  async function read(response: Awaited<ReturnType<HttpClient['request']>>) {
    const hash = createHash('sha256')
    let largest = 0
    let parts = 0
    await response.consume((chunk) => {
      largest = Math.max(largest, chunk.length)
      if (++parts % 7 !== 0) {
        hash.update(chunk)
        return undefined
      }
      // The view is hashed only after the wait: it must not have been read into meanwhile.
      return new Promise<void>((resolve) =>
        setTimeout(() => {
          hash.update(chunk)
          resolve()
        }, 5),
      )
    })
    return { sha256: hash.digest('hex'), largest }
  }

  test('plain http: the whole body, in reads larger than node’s 64 KiB ones, valid while the callback waits', async () => {
    const server = await track(serve(sending))
    const response = await client().request({ url: `http://127.0.0.1:${server.port}/os.iso`, largeBody: true })
    const { sha256: digest, largest } = await read(response)
    expect(digest).toBe(sha256(body))
    expect(largest).toBeGreaterThan(64 * 1024)
  })

  test('https: the same over TLS to the target', async () => {
    const pair = selfSignedCertificate(['localhost'])
    const server = await track(serve(sending, pair))
    const response = await client({ ca: pair.cert }).request({
      url: `https://localhost:${server.port}/os.iso`,
      largeBody: true,
    })
    expect((await read(response)).sha256).toBe(sha256(body))
  })

  test('https: a certificate for another name is refused, as on the ordinary path', async () => {
    const pair = selfSignedCertificate(['registry.test'])
    const server = await track(serve(sending, pair))
    const failure = client({ ca: pair.cert }).request({
      url: `https://localhost:${server.port}/os.iso`,
      largeBody: true,
    })
    await expect(failure).rejects.toThrow(/localhost/)
    await expect(failure).rejects.toMatchObject({ cause: { code: 'ERR_TLS_CERT_ALTNAME_INVALID' } })
    expect(server.seen).toEqual([])
  })

  test('through the runner proxy: forwarded plain http is read directly; a CONNECT tunnel the ordinary way', async () => {
    const proxy = await LoopbackProxy.start()
    try {
      const plain = await track(serve(sending))
      const viaProxy = await client({ env: { http_proxy: proxy.url } }).request({
        url: `http://mirror.test:${plain.port}/os.iso`,
        largeBody: true,
      })
      expect(await read(viaProxy)).toEqual({ sha256: sha256(body), largest: expect.any(Number) as unknown })
      const pair = selfSignedCertificate(['mirror.test'])
      const secure = await track(serve(sending, pair))
      const tunnelled = await client({ env: { https_proxy: proxy.url }, ca: pair.cert }).request({
        url: `https://mirror.test:${secure.port}/os.iso`,
        largeBody: true,
      })
      expect((await read(tunnelled)).sha256).toBe(sha256(body))
      expect(proxy.calls.map((c) => c.method)).toEqual(['GET', 'CONNECT'])
    } finally {
      await proxy.stop()
    }
  })

  test('answers without a Content-Length body go the ordinary way: a redirect, a chunked body, an error page', async () => {
    const server = await track(
      serve((req, res) => {
        if (req.url === '/moved') return void res.writeHead(302, { location: '/chunked' }).end('see /chunked')
        if (req.url === '/chunked') {
          res.writeHead(200) // no length: chunked
          res.write(body.subarray(0, 100_000))
          return void res.end(body.subarray(100_000, 300_000))
        }
        res.writeHead(404, { 'content-type': 'text/plain' }).end('no such file')
      }),
    )
    const http = client()
    const chunked = await http.request({ url: `http://127.0.0.1:${server.port}/moved`, largeBody: true })
    expect(chunked.status).toBe(200)
    expect(sha256(await chunked.buffer())).toBe(sha256(body.subarray(0, 300_000)))
    const missing = await http.request({ url: `http://127.0.0.1:${server.port}/gone`, largeBody: true })
    expect([missing.status, await missing.text()]).toEqual([404, 'no such file'])
  })

  test('a body that stops is a stall naming the bytes that came; one cut short is a retryable reset', async () => {
    const server = await track(
      serve((req, res) => {
        res.writeHead(200, { 'content-length': String(body.length) })
        res.write(body.subarray(0, 3 * 1024 * 1024))
        if (req.url === '/cut') setTimeout(() => res.socket?.end(), 50)
      }),
    )
    const http = client({ stallMs: 300 })
    const stalled = await http.request({ url: `http://127.0.0.1:${server.port}/stall`, largeBody: true })
    const stall = stalled.consume(() => undefined)
    await expect(stall).rejects.toBeInstanceOf(StallError)
    await expect(stall).rejects.toThrow(
      `GET http://127.0.0.1:${server.port}/stall: the body stalled, no bytes for 0.3 s after ${3 * 1024 * 1024} bytes (stalled)`,
    )
    const cut = await http.request({ url: `http://127.0.0.1:${server.port}/cut`, largeBody: true })
    await expect(cut.consume(() => undefined)).rejects.toMatchObject({
      name: 'NetworkError',
      code: 'ECONNRESET',
      message: `GET http://127.0.0.1:${server.port}/cut: the connection closed before the response ended`,
    })
  })

  test.each([false, true])(
    'a connection that ends while the body waits for consume (tls: %s) fails it once the bytes that came are read',
    async (secure) => {
      const pair = selfSignedCertificate(['localhost'])
      const server = await track(
        serve(
          (_req, res) => {
            res.writeHead(200, { 'content-length': String(body.length) })
            res.end(body.subarray(0, 200_000)) // the rest never comes: the connection closes
            res.socket?.end()
          },
          secure ? pair : undefined,
        ),
      )
      const response = await client({ ca: pair.cert }).request({
        url: `${secure ? 'https' : 'http'}://localhost:${server.port}/os.iso`,
        largeBody: true,
      })
      await new Promise((resolve) => setTimeout(resolve, 200)) // the close arrives before the body is read
      let received = 0
      await expect(
        response.consume((chunk) => {
          received += chunk.length
          return undefined
        }),
      ).rejects.toMatchObject({ code: 'ECONNRESET' })
      expect(received).toBe(200_000)
    },
  )

  test('an error of the callback (a full disk) goes on as it is, and the connection is dropped', async () => {
    const server = await track(serve(sending))
    const response = await client().request({ url: `http://127.0.0.1:${server.port}/os.iso`, largeBody: true })
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
    await expect(response.consume(() => Promise.reject(full))).rejects.toBe(full)
  })
})
