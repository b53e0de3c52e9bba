// packer-matrix over 1,000 generated templates (target ≤ 300 ms for the whole step, DESIGN.md), ISO download
// throughput against curl on loopback, and the bytes a warm-cache re-run moves (target 0).
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { readRunnerContext, silentLogger } from '@slipway/action-kit'
import { downloadFile, fetchIso } from '@slipway/download'
import { HttpClient } from '@slipway/http'
import { runBundle } from '@slipway/test-support'
import { getInputs } from '../actions/packer-matrix/src/inputs.js'
import { planMatrix } from '../actions/packer-matrix/src/plan.js'
import { fmtMiB, fmtMs, measure, median, type Bench, type BenchRow } from './harness.js'

const RUNS = 5
const TEMPLATES = 1000
const ISO_BYTES = 256 * 1024 * 1024

/** 1,000 template directories, each a complete template with its variables' defaults, as a large monorepo has. */
function generateTree(root: string): void {
  for (let i = 0; i < TEMPLATES; i++) {
    const dir = path.join(root, `os${String(i).padStart(4, '0')}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      path.join(dir, 'template.pkr.hcl'),
      [
        `variable "os_name" {\n  type    = string\n  default = "os${i}"\n}`,
        `variable "os_version" {\n  default = "${i % 7}.${i % 3}"\n}`,
        `variable "os_arch" {\n  default = "${i % 2 ? 'aarch64' : 'x86_64'}"\n}`,
        `variable "iso_url" {\n  default = "https://mirror.example/os${i}/installer.iso"\n}`,
        `variable "iso_checksum" {\n  default = "sha256:${createHash('sha256').update(String(i)).digest('hex')}"\n}`,
        `source "file" "local" {\n  content = "\${var.os_name}"\n  target  = "out/\${var.os_name}.img"\n}`,
        `build {\n  sources = ["source.file.local"]\n  provisioner "shell-local" {\n    inline = ["echo \${var.os_name}"]\n  }\n}`,
        '',
      ].join('\n\n'),
    )
  }
}

/** A file server in its own process, so the downloader measured here does not share its event loop. */
async function startServer(): Promise<{ base: string; child: ChildProcess; bytes(): Promise<number> }> {
  const code = `
    const http = require('node:http')
    const body = Buffer.alloc(${ISO_BYTES}, 'slipway-bench-iso ')
    let served = 0
    const server = http.createServer((req, res) => {
      if (req.url === '/stats') return res.end(String(served))
      served += body.length
      res.writeHead(200, { 'content-length': String(body.length) }).end(body)
    })
    server.listen(0, '127.0.0.1', () => console.log(server.address().port))
  `
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] })
  const port = await new Promise<string>((resolve) =>
    createInterface({ input: child.stdout }).once('line', (line) => resolve(line.trim())),
  )
  const base = `http://127.0.0.1:${port}`
  return { base, child, bytes: async () => Number(await (await fetch(`${base}/stats`)).text()) }
}

const bench: Bench = {
  name: 'packer',
  async run() {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'slipway-bench-packer-'))
    const rows: BenchRow[] = []
    try {
      // 1. packer-matrix over 1,000 templates. GitHub allows 256 legs, so the filter keeps os1* (111); every template
      // is still discovered and parsed.
      const tree = path.join(scratch, 'tree')
      generateTree(tree)
      const inputs = { path: '.', 'os-filter': 'os1*' }
      const env: NodeJS.ProcessEnv = { GITHUB_WORKSPACE: tree, INPUT_PATH: '.', 'INPUT_OS-FILTER': 'os1*' }
      const planTimes: number[] = []
      let count = 0
      for (let i = 0; i < RUNS; i++) {
        const started = process.hrtime.bigint()
        const plan = await planMatrix(
          getInputs(readRunnerContext(env, tree)),
          { name: 'push', payload: {} },
          silentLogger,
        )
        planTimes.push(Number(process.hrtime.bigint() - started) / 1e6)
        count = plan.discovered.length
      }
      const stepTimes: number[] = []
      const floorTimes: number[] = []
      for (let i = 0; i < RUNS; i++) {
        const run = await runBundle({ action: 'packer-matrix', workspace: tree, inputs })
        if (run.exitCode !== 0) throw new Error(`packer-matrix failed: ${run.stdout}`)
        stepTimes.push(run.durationMs)
        floorTimes.push((await measure(process.execPath, ['-e', ''])).ms)
      }
      const step = median(stepTimes)
      const floor = median(floorTimes)
      rows.push({
        bench: 'packer',
        metric: `packer-matrix step over ${count} templates (bundle, cold start included)`,
        slipway: fmtMs(step),
        baseline: `${fmtMs(floor)} empty node`,
        ratio: step / floor,
        target: '≤ 300 ms',
        met: step <= 300,
      })
      rows.push({
        bench: 'packer',
        metric: `planning ${count} templates in process (discover, parse, filter)`,
        slipway: fmtMs(median(planTimes)),
        target: '≤ 300 ms',
        met: median(planTimes) <= 300,
      })

      // 2. Download throughput on loopback: slipway's downloader against curl, each writing to disk.
      const server = await startServer()
      const http = new HttpClient({ env: {} })
      try {
        const ours: number[] = []
        const curl: number[] = []
        for (let i = 0; i < 3; i++) {
          const dest = path.join(scratch, `dl-${i}.iso`)
          const started = process.hrtime.bigint()
          await downloadFile({ http, url: `${server.base}/big.iso`, dest, logger: silentLogger })
          ours.push(Number(process.hrtime.bigint() - started) / 1e6)
          rmSync(dest)
          const c = await measure('curl', ['-sS', '-o', path.join(scratch, `curl-${i}.iso`), `${server.base}/big.iso`])
          if (c.exitCode !== 0) throw new Error(`curl failed: ${c.stderr}`)
          curl.push(c.ms)
          rmSync(path.join(scratch, `curl-${i}.iso`))
        }
        const rate = (ms: number): string => `${(ISO_BYTES / 1024 / 1024 / (ms / 1000)).toFixed(0)} MiB/s`
        rows.push({
          bench: 'packer',
          metric: `download ${fmtMiB(ISO_BYTES)} on loopback`,
          slipway: `${fmtMs(median(ours))} (${rate(median(ours))})`,
          baseline: `${fmtMs(median(curl))} curl (${rate(median(curl))})`,
          ratio: median(ours) / median(curl),
          target: 'report',
          met: true,
        })

        // 3. A warm-cache re-run of an ISO fetch (digest verified each time) moves no bytes.
        const digest = {
          algorithm: 'sha256' as const,
          hex: createHash('sha256').update(Buffer.alloc(ISO_BYTES, 'slipway-bench-iso ')).digest('hex'),
        }
        const request = {
          http,
          url: `${server.base}/rocky/boot.iso`,
          checksum: { kind: 'digest' as const, ...digest },
          cacheDir: path.join(scratch, 'iso-cache'),
          logger: silentLogger,
        }
        await fetchIso(request)
        const before = await server.bytes()
        const warm = await fetchIso(request)
        const moved = (await server.bytes()) - before + warm.bytesTransferred
        rows.push({
          bench: 'packer',
          metric: 'warm-cache ISO re-run: bytes moved',
          slipway: `${moved} B (cache hit: ${warm.cacheHit})`,
          target: '0 B',
          met: moved === 0 && warm.cacheHit,
        })
      } finally {
        server.child.kill()
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
    return rows
  },
}
export default bench
