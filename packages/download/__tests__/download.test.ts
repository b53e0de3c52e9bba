import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { recordingLogger } from '@slipway/action-kit'
import { HttpClient } from '@slipway/http'
import { LoopbackProxy, TlsFront, selfSignedCertificate } from '@slipway/http/test-proxy'
import { LoopbackMirror, tempDir } from '@slipway/test-support'
import {
  ChecksumMismatchError,
  fetchIso,
  findInChecksumFile,
  parseChecksumSpec,
  type ChecksumSpec,
  type RemoteCache,
} from '../src/index.js'

const noWait = { sleep: () => Promise.resolve() }
const iso = randomBytes(3 * 1024 * 1024 + 17)
const sha256 = createHash('sha256').update(iso).digest('hex')
const sha512 = createHash('sha512').update(iso).digest('hex')
const md5 = createHash('md5').update(iso).digest('hex')
const sha1 = createHash('sha1').update(iso).digest('hex')

describe('parseChecksumSpec', () => {
  test.each([
    ['typed sha256', `sha256:${sha256}`, { kind: 'digest', algorithm: 'sha256', hex: sha256 }],
    ['typed upper-case sha512', `SHA512:${sha512.toUpperCase()}`, { kind: 'digest', algorithm: 'sha512', hex: sha512 }],
    ['bare md5', md5, { kind: 'digest', algorithm: 'md5', hex: md5 }],
    ['bare sha1', sha1, { kind: 'digest', algorithm: 'sha1', hex: sha1 }],
    ['checksum file URL', 'file:https://mirror/SHA256SUMS', { kind: 'file', url: 'https://mirror/SHA256SUMS' }],
    ['typed checksum file path', 'sha256:file:./sums.txt', { kind: 'file', url: './sums.txt', algorithm: 'sha256' }],
    ['none', 'none', { kind: 'none' }],
  ])('%s', (_name, text, expected) => {
    expect(parseChecksumSpec(text)).toEqual(expected)
  })

  test.each([['sha256:abc'], ['md5:<64 hex digits>'], ['xyz'], ['file:'], ['abcdef']])('rejects %s', (text) => {
    expect(parseChecksumSpec(text.replace('<64 hex digits>', sha256))).toHaveProperty('error')
  })
})

describe('findInChecksumFile', () => {
  const gnu = `${'1'.repeat(64)}  other.iso\n${sha256} *ubuntu-22.04.5-live-server-amd64.iso\n`
  const bsd = `# Rocky-9-latest-x86_64-boot.iso: 1 bytes\nSHA256 (Rocky-9-latest-x86_64-boot.iso) = ${sha256.toUpperCase()}\n`
  test.each([
    [gnu, 'https://releases.ubuntu.com/22.04.5/ubuntu-22.04.5-live-server-amd64.iso', sha256],
    [bsd, 'https://download.rockylinux.org/pub/rocky/9/isos/x86_64/Rocky-9-latest-x86_64-boot.iso', sha256],
    [`${md5}  ./a.iso\n`, 'a.iso', md5],
  ])('finds the line for the file name (%#)', (text, url, hex) => {
    expect(findInChecksumFile(text, path.posix.basename(new URL(url, 'http://x/').pathname))?.hex).toBe(hex)
  })
  test('undefined when the file is not listed', () => {
    expect(findInChecksumFile(gnu, 'missing.iso')).toBeUndefined()
  })
})

describe('fetchIso from a loopback mirror', () => {
  let mirror: LoopbackMirror
  let base: string
  let tmp: ReturnType<typeof tempDir>

  beforeEach(async () => {
    mirror = new LoopbackMirror()
    base = await mirror.start()
    tmp = tempDir('slipway-iso-')
    mirror.files.set('/os.iso', iso)
    mirror.files.set('/wrong.iso', Buffer.concat([iso.subarray(0, 100), Buffer.from('x'), iso.subarray(101)]))
    mirror.files.set('/SHA256SUMS', Buffer.from(`${'0'.repeat(64)}  other.iso\n${sha256}  os.iso\n`))
    mirror.files.set('/CHECKSUM', Buffer.from(`SHA512 (os.iso) = ${sha512}\n`))
  })
  afterEach(async () => {
    await mirror.stop()
    tmp.cleanup()
  })

  const digest = (): ChecksumSpec => ({ kind: 'digest', algorithm: 'sha256', hex: sha256 })
  const request = (file: string, checksum: ChecksumSpec = digest(), remote?: RemoteCache) => ({
    http: new HttpClient({ env: {} }),
    url: `${base}${file}`,
    checksum,
    cacheDir: path.join(tmp.dir, 'cache'),
    logger: recordingLogger(),
    retry: noWait,
    ...(remote ? { remote } : {}),
  })

  test('downloads, verifies and caches; a warm second run moves 0 bytes', async () => {
    const first = await fetchIso(request('/os.iso'))
    expect(first).toMatchObject({ source: 'download', cacheHit: false, bytesTransferred: iso.length, size: iso.length })
    expect(first.path).toBe(path.join(tmp.dir, 'cache', `iso-sha256-${sha256}`, 'os.iso'))
    expect(readFileSync(first.path).equals(iso)).toBe(true)
    const servedBefore = mirror.bytesServed()
    const second = await fetchIso(request('/os.iso'))
    expect(second).toMatchObject({ source: 'local-cache', cacheHit: true, bytesTransferred: 0, path: first.path })
    expect(mirror.bytesServed() - servedBefore).toBe(0)
  })

  test('a warm cache entry whose stamp matches is trusted without hashing; a changed mtime is hashed again', async () => {
    const first = await fetchIso(request('/os.iso'))
    expect(existsSync(`${first.path}.stamp.json`)).toBe(true)
    const warm = request('/os.iso')
    expect(await fetchIso(warm)).toMatchObject({ source: 'local-cache', cacheHit: true })
    expect(warm.logger.messages('debug').join('\n')).toContain('match its stamp; not hashed again')
    // Same bytes, another mtime (a restore from the remote cache, a copy): hashed in full, then stamped again.
    const { mtime } = statSync(first.path)
    utimesSync(first.path, mtime, new Date(mtime.getTime() - 60_000))
    const touched = request('/os.iso')
    expect(await fetchIso(touched)).toMatchObject({ source: 'local-cache', cacheHit: true })
    expect(touched.logger.messages('debug').join('\n')).not.toContain('not hashed again')
    const again = request('/os.iso')
    await fetchIso(again)
    expect(again.logger.messages('debug').join('\n')).toContain('not hashed again')
  })

  test('a body that stalls midway is retried and resumed (stall limit apart from the total budget)', async () => {
    mirror.faults.set('/os.iso', ['stall-mid-body'])
    const req = { ...request('/os.iso'), http: new HttpClient({ env: {}, stallMs: 300 }) }
    const result = await fetchIso(req)
    expect(readFileSync(result.path).equals(iso)).toBe(true)
    expect(mirror.served.map((s) => [s.status, s.range])).toEqual([
      [200, undefined],
      [206, `bytes=${Math.floor(iso.length / 2)}-`],
    ])
    expect(req.logger.messages('warning').join('\n')).toMatch(
      /GET http:\/\/127\.0\.0\.1:\d+\/os\.iso: the body stalled, no bytes for 0\.3 s after \d+ bytes \(stalled\) \(attempt 1\)/,
    )
  })

  test('through the runner proxy: a CONNECT tunnel to an https mirror only the proxy can reach', async () => {
    const pair = selfSignedCertificate(['mirror.test'])
    const front = await TlsFront.start(Number(new URL(base).port), pair)
    const proxy = await LoopbackProxy.start()
    try {
      const env = { https_proxy: proxy.url, no_proxy: 'example.com' }
      const url = `https://mirror.test:${front.port}/os.iso`
      // Directly, the name does not resolve.
      await expect(
        fetchIso({ ...request('/os.iso'), url, http: new HttpClient({ env: {}, ca: pair.cert }), attempts: 1 }),
      ).rejects.toThrow(/mirror\.test/)
      const checksumUrl = `https://mirror.test:${front.port}/SHA256SUMS`
      const result = await fetchIso({
        ...request('/os.iso', { kind: 'file', url: checksumUrl }),
        url,
        http: new HttpClient({ env, ca: pair.cert }),
      })
      expect(readFileSync(result.path).equals(iso)).toBe(true)
      expect(proxy.calls.map((c) => `${c.method} ${c.target}`)).toContain(`CONNECT mirror.test:${front.port}`)
      expect(mirror.served.map((s) => s.path)).toEqual(['/SHA256SUMS', '/os.iso'])
    } finally {
      await proxy.stop()
      await front.stop()
    }
  })

  test('503 then success: retried, Retry-After honoured', async () => {
    mirror.faults.set('/os.iso', ['status-503', 'status-429'])
    const req = request('/os.iso')
    const result = await fetchIso(req)
    expect(result.source).toBe('download')
    expect(mirror.served.map((s) => s.status)).toEqual([503, 429, 200])
    expect(req.logger.messages('warning').join('\n')).toMatch(/HTTP 503.*attempt 1/)
  })

  test('connection closed mid-body: the next attempt resumes with Range', async () => {
    mirror.faults.set('/os.iso', ['close-mid-body'])
    const req = request('/os.iso')
    const result = await fetchIso(req)
    const [broken, resumed] = mirror.served
    const half = Math.floor(iso.length / 2)
    expect(broken).toMatchObject({ status: 200, bytes: half })
    // The resume starts where the file ends: every byte the client took in before the break (the HTTP client may
    // drop the last chunks it had queued when the connection errors, so this is at most what was sent).
    const start = Number(/^bytes=(\d+)-$/.exec(resumed?.range ?? '')?.[1])
    expect(resumed?.status).toBe(206)
    expect(start).toBeGreaterThan(0)
    expect(start).toBeLessThanOrEqual(half)
    expect(resumed?.bytes).toBe(iso.length - start)
    expect(result.bytesTransferred).toBe(iso.length)
    expect(readFileSync(result.path).equals(iso)).toBe(true)
    expect(req.logger.messages('info').join('\n')).toContain(`Resuming ${base}/os.iso at byte`)
  })

  test('connection reset (RST) mid-body: retried until the file is whole and verified', async () => {
    mirror.faults.set('/os.iso', ['reset-mid-body', 'reset-mid-body'])
    const result = await fetchIso(request('/os.iso'))
    expect(mirror.served.length).toBeGreaterThanOrEqual(3)
    expect(mirror.served.at(-1)?.status).toBe(mirror.served.at(-1)?.range ? 206 : 200)
    expect(readFileSync(result.path).equals(iso)).toBe(true)
  })

  test('a server that ignores Range: the file starts over and is still right', async () => {
    mirror.faults.set('/os.iso', ['close-mid-body', 'ignore-range'])
    const result = await fetchIso(request('/os.iso'))
    expect(mirror.served.map((s) => s.status)).toEqual([200, 200])
    expect(readFileSync(result.path).equals(iso)).toBe(true)
  })

  test('wrong checksum: fails with both digests, the file is deleted and nothing is cached', async () => {
    const req = request('/wrong.iso')
    let caught: unknown
    try {
      await fetchIso(req)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ChecksumMismatchError)
    const message = (caught as Error).message
    expect(message).toContain(`expected ${sha256}`)
    expect(message).toMatch(/got [0-9a-f]{64}/)
    const entry = path.join(tmp.dir, 'cache', `iso-sha256-${sha256}`)
    expect(existsSync(entry) ? readdirSync(entry) : []).toEqual([])
    // one GET only: a mismatch is not retried
    expect(mirror.served).toHaveLength(1)
  })

  test.each([
    ['GNU SHA256SUMS', '/SHA256SUMS', 'sha256'],
    ['BSD CHECKSUM', '/CHECKSUM', 'sha512'],
  ])('checksum-file form (%s)', async (_name, sums, algorithm) => {
    const result = await fetchIso(request('/os.iso', { kind: 'file', url: `${base}${sums}` }))
    expect(result.digest?.algorithm).toBe(algorithm)
    expect(result.cacheKey).toBe(`iso-${algorithm}-${algorithm === 'sha256' ? sha256 : sha512}`)
    expect(result.source).toBe('download')
  })

  test('a damaged cache entry is deleted and downloaded again', async () => {
    const first = await fetchIso(request('/os.iso'))
    writeFileSync(first.path, 'damaged')
    const req = request('/os.iso')
    const second = await fetchIso(req)
    expect(second.source).toBe('download')
    expect(readFileSync(second.path).equals(iso)).toBe(true)
    expect(req.logger.messages('warning').join('\n')).toContain('does not match')
  })

  test('a remote cache is asked before the network and given the verified download', async () => {
    const store = new Map<string, Map<string, Buffer>>()
    const calls: string[] = []
    // An in-process stand-in with the RemoteCache contract (the @actions/cache adapter is tested in packer-build).
    const remote: RemoteCache = {
      name: 'test cache',
      async restore(folder, key) {
        calls.push(`restore ${key}`)
        const entry = store.get(key)
        if (!entry) return false
        for (const [name, bytes] of entry) {
          const { mkdirSync } = await import('node:fs')
          mkdirSync(folder, { recursive: true })
          writeFileSync(path.join(folder, name), bytes)
        }
        return true
      },
      save(folder, key) {
        calls.push(`save ${key}`)
        store.set(key, new Map(readdirSync(folder).map((n) => [n, readFileSync(path.join(folder, n))])))
        return Promise.resolve()
      },
    }
    await fetchIso(request('/os.iso', digest(), remote))
    tmp.cleanup() // a fresh runner: the local cache is gone
    const before = mirror.bytesServed()
    const again = await fetchIso(request('/os.iso', digest(), remote))
    expect(again).toMatchObject({ source: 'remote-cache', cacheHit: true, bytesTransferred: 0 })
    expect(mirror.bytesServed() - before).toBe(0)
    expect(calls).toEqual([`restore iso-sha256-${sha256}`, `save iso-sha256-${sha256}`, `restore iso-sha256-${sha256}`])
  })

  test('a redirect to a mirror is followed, and the file is named after the asked URL', async () => {
    mirror.redirects.set('/pub/os.iso', '/mirror-3/os.iso')
    mirror.files.set('/mirror-3/os.iso', iso)
    const result = await fetchIso(request('/pub/os.iso'))
    expect(mirror.served.map((s) => `${s.status} ${s.path}`)).toEqual(['302 /pub/os.iso', '200 /mirror-3/os.iso'])
    expect(path.basename(result.path)).toBe('os.iso')
    expect(readFileSync(result.path).equals(iso)).toBe(true)
  })

  test('404 is not retried', async () => {
    await expect(fetchIso(request('/missing.iso'))).rejects.toThrow(/HTTP 404/)
    expect(mirror.served).toHaveLength(1)
  })

  test('progress lines for a large download', async () => {
    // Large enough for a line each 10% when the body is read 1 MiB at a time (one line per read at most).
    const big = randomBytes(24 * 1024 * 1024)
    mirror.files.set('/big.iso', big)
    const req = request('/big.iso', {
      kind: 'digest',
      algorithm: 'sha256',
      hex: createHash('sha256').update(big).digest('hex'),
    })
    await fetchIso(req)
    expect(
      req.logger.messages('info').filter((m) => /MiB of 24\.0 MiB \(\d+%\)/.test(m)).length,
    ).toBeGreaterThanOrEqual(5)
  })
})
