// ISO download: 1 GiB from a loopback HTTP server, slipway's downloader (hash while receiving, verify, rename) against
// `curl -o` then `openssl dgst -sha256` (the floor DESIGN.md names), interleaved with the order rotated, a warm-up
// dropped, outputs deleted and `sync` before each run; and the warm ISO cache (a stamped entry) against a full re-hash.
// The downloader runs as a process of its own (bench/download-driver.ts bundled with ncc), timed whole by GNU time
// as curl and openssl are. SLIPWAY_BENCH_DOWNLOAD_BEFORE=<bundle> adds an older build of the driver to the same
// rounds, for before/after figures (copy bench/download-driver.ts into the older checkout and bundle it with ncc).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { silentLogger } from '@slipway/action-kit'
import { fetchIso, stampPath } from '@slipway/download'
import { HttpClient } from '@slipway/http'
import { bundleDriver, fmtMiB, fmtMs, median, timed as timedWhole, type Bench, type BenchRow } from './harness.js'

const GIB = 1024 * 1024 * 1024
const BLOCK = 4 * 1024 * 1024
const ROUNDS = 5 // the first is a warm-up, dropped

/** The body the server sends: one 4 MiB block repeated, so the server holds 4 MiB, not 1 GiB. */
function block(): Buffer {
  const b = Buffer.alloc(BLOCK)
  for (let i = 0; i < BLOCK; i += 4) b.writeUInt32LE((i * 2654435761) >>> 0, i)
  return b
}

/** A file server in its own process, so the downloader measured here does not share its event loop. */
async function startServer(): Promise<{ base: string; child: ChildProcess }> {
  const code = `
    const http = require('node:http')
    const block = Buffer.alloc(${BLOCK})
    for (let i = 0; i < ${BLOCK}; i += 4) block.writeUInt32LE((i * 2654435761) >>> 0, i)
    const server = http.createServer((req, res) => {
      res.writeHead(200, { 'content-length': String(${GIB}) })
      let left = ${GIB / BLOCK}
      const pump = () => {
        while (left > 0) {
          left--
          if (left === 0) return res.end(block)
          if (!res.write(block)) return res.once('drain', pump)
        }
      }
      pump()
    })
    server.listen(0, '127.0.0.1', () => console.log(server.address().port))
  `
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] })
  const port = await new Promise<string>((resolve) =>
    createInterface({ input: child.stdout }).once('line', (line) => resolve(line.trim())),
  )
  return { base: `http://127.0.0.1:${port}`, child }
}

interface Timed {
  wallMs: number
  cpuMs: number
  maxRssBytes?: number
}

async function timedInProcess(work: () => Promise<unknown>): Promise<Timed> {
  const cpu = process.cpuUsage()
  const started = process.hrtime.bigint()
  await work()
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6
  const used = process.cpuUsage(cpu)
  return { wallMs, cpuMs: (used.user + used.system) / 1000 }
}

const sync = (): void => {
  spawnSync('sync')
}

const bench: Bench = {
  name: 'download',
  async run() {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'slipway-bench-download-'))
    const rows: BenchRow[] = []
    const server = await startServer()
    const http = new HttpClient({ env: {} })
    const driver = await bundleDriver('bench/download-driver.ts')
    const before = process.env.SLIPWAY_BENCH_DOWNLOAD_BEFORE
    try {
      const one = block()
      const whole = createHash('sha256')
      for (let i = 0; i < GIB / BLOCK; i++) whole.update(one)
      const digest = { algorithm: 'sha256' as const, hex: whole.digest('hex') }
      const url = `${server.base}/boot.iso`

      const ours: Timed[] = []
      const earlier: Timed[] = []
      const floor: Timed[] = []
      const runBundle = (bundle: string) => async (): Promise<Timed> => {
        const dest = path.join(scratch, 'ours.iso')
        sync()
        const t = await timedWhole(process.execPath, [bundle, url, dest, digest.hex])
        rmSync(dest, { force: true })
        return t
      }
      const runOurs = runBundle(driver)
      const runFloor = async (): Promise<Timed> => {
        const dest = path.join(scratch, 'curl.iso')
        sync()
        const c = await timedWhole('curl', ['-sS', '-o', dest, url])
        const o = await timedWhole('openssl', ['dgst', '-sha256', dest])
        if (!o.stdout.includes(digest.hex)) throw new Error(`openssl digest differs: ${o.stdout}`)
        rmSync(dest, { force: true })
        return { wallMs: c.wallMs + o.wallMs, cpuMs: c.cpuMs + o.cpuMs }
      }
      const runs: { run: () => Promise<Timed>; into: Timed[] }[] = [
        { run: runOurs, into: ours },
        { run: runFloor, into: floor },
        ...(before ? [{ run: runBundle(before), into: earlier }] : []),
      ]
      for (let round = 0; round < ROUNDS; round++) {
        // Order rotated each round, so no side always runs on a warmer machine.
        for (let i = 0; i < runs.length; i++) {
          const { run, into } = runs[(i + round) % runs.length]!
          const t = await run()
          if (round > 0) into.push(t)
        }
      }
      const wall = median(ours.map((t) => t.wallMs))
      const floorWall = median(floor.map((t) => t.wallMs))
      const figures = (samples: Timed[]): string =>
        `${fmtMs(median(samples.map((t) => t.wallMs)))} (CPU ${fmtMs(median(samples.map((t) => t.cpuMs)))}, ${fmtMiB(
          median(samples.map((t) => t.maxRssBytes ?? 0)),
        )})`
      const floorFigures = `${fmtMs(floorWall)} curl -o + openssl dgst (CPU ${fmtMs(median(floor.map((t) => t.cpuMs)))})`
      rows.push({
        bench: 'download',
        metric: '1 GiB from loopback HTTP, SHA-256 verified, whole process (wall)',
        slipway: figures(ours),
        baseline: floorFigures,
        ratio: wall / floorWall,
        target: '≤ 1.1×',
        met: wall / floorWall <= 1.1,
      })
      if (before)
        rows.push({
          bench: 'download',
          metric: `1 GiB, before (${path.basename(path.dirname(before))}), whole process (wall)`,
          slipway: figures(earlier),
          baseline: floorFigures,
          ratio: median(earlier.map((t) => t.wallMs)) / floorWall,
          target: '(for comparison)',
          met: true,
        })

      // Warm ISO cache: a stamped entry against the same entry without its stamp (a full re-hash).
      const cacheDir = path.join(scratch, 'iso-cache')
      const request = {
        http,
        url,
        checksum: { kind: 'digest' as const, ...digest },
        cacheDir,
        logger: silentLogger,
      }
      const first = await fetchIso(request)
      const warm: number[] = []
      const rehash: number[] = []
      for (let round = 0; round < ROUNDS; round++) {
        const w = await timedInProcess(async () => {
          const hit = await fetchIso(request)
          if (!hit.cacheHit) throw new Error('warm run missed the cache')
        })
        rmSync(stampPath(first.path), { force: true })
        const r = await timedInProcess(() => fetchIso(request))
        if (round === 0) continue
        warm.push(w.wallMs)
        rehash.push(r.wallMs)
      }
      const warmMs = median(warm)
      rows.push({
        bench: 'download',
        metric: 'warm ISO cache, 1 GiB entry with a matching stamp',
        slipway: fmtMs(warmMs),
        baseline: `${fmtMs(median(rehash))} full re-hash (no stamp)`,
        ratio: warmMs / median(rehash),
        target: '≤ 50 ms',
        met: warmMs <= 50,
      })
    } finally {
      http.close()
      server.child.kill()
      rmSync(path.dirname(driver), { recursive: true, force: true })
      rmSync(scratch, { recursive: true, force: true })
    }
    return rows
  },
}
export default bench
