// ISO builds against the native tools, interleaved in one run (the order rotated each round, a warm-up round
// dropped, the output deleted and `sync` before every run), medians of wall time, CPU time (user + system) and peak
// RSS, all from GNU time. Two workloads, generated once per run in a temp dir:
//   - 1 GiB in 2,000 files: slipway's image alone (`checksum: none`) against genisoimage (CPU target ≤ 1.3×); the
//     image with its SHA-256 (the default) against `genisoimage` then `openssl dgst -sha256` (what a script runs for
//     an image and its checksum; target ≤ 0.8× the wall time), and against xorriso;
//   - 50,000 files of 1–4 KB in 500 folders: against genisoimage (target ≤ 1.2× wall), memory ≤ 1 KiB per file +
//     32 MiB above an empty node process.
// SLIPWAY_BENCH_ISO_BEFORE=<bundle> adds another build of the action (an older dist/iso-build/index.js) to the same
// rounds, for before/after figures. SLIPWAY_BENCH_ISO=1g or 50k runs one workload only.
import { spawnSync } from 'node:child_process'
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { suiteRoot } from '@slipway/test-support'
import { fmtMiB, fmtMs, measure, median, type Bench, type BenchRow } from './harness.js'

const FILES = 2000
const TOTAL = 1024 * 1024 * 1024
const SMALL_FILES = 50_000
const RUNS = 3

/** 2,000 files of varied sizes (a few large, many small) summing to 1 GiB, in 20 directories, deterministic bytes. */
function generate(dir: string): void {
  const weights = Array.from({ length: FILES }, (_, i) => 1 + ((i * 7919) % 97) + (i % 50 === 0 ? 2000 : 0))
  const sum = weights.reduce((a, b) => a + b, 0)
  const chunk = Buffer.alloc(1024 * 1024)
  for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 131 + (i >> 8)) & 0xff
  let written = 0
  weights.forEach((weight, i) => {
    const size = i === FILES - 1 ? TOTAL - written : Math.floor((weight / sum) * TOTAL)
    const sub = path.join(dir, `dir-${String(i % 20).padStart(2, '0')}`)
    mkdirSync(sub, { recursive: true })
    const fd = openSync(path.join(sub, `file-${String(i).padStart(4, '0')}.bin`), 'w')
    chunk[0] = i & 0xff // no two files alike
    for (let left = size; left > 0; left -= chunk.length) writeSync(fd, chunk, 0, Math.min(left, chunk.length))
    closeSync(fd)
    written += size
  })
}

/** 50,000 files of 1 to 4 KB in 500 directories, deterministic bytes. */
function generateSmall(dir: string): void {
  const chunk = Buffer.alloc(4096)
  for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 131 + (i >> 8)) & 0xff
  for (let i = 0; i < SMALL_FILES; i++) {
    const sub = path.join(dir, `dir-${String(i % 500).padStart(3, '0')}`)
    if (i < 500) mkdirSync(sub, { recursive: true })
    chunk[0] = i & 0xff
    writeFileSync(
      path.join(sub, `file-${String(i).padStart(5, '0')}.txt`),
      chunk.subarray(0, 1024 + ((i * 7919) % 3073)),
    )
  }
}

type Tool = [command: string, args: string[], env?: NodeJS.ProcessEnv]
interface Sample {
  ms: number
  cpuMs: number
  rss: number
}

/** Runs every tool RUNS + 1 times, interleaved and rotated, the first round dropped; returns the samples per tool. */
async function rounds(scratch: string, out: string, tools: Record<string, Tool>): Promise<Record<string, Sample[]>> {
  const names = Object.keys(tools)
  const samples: Record<string, Sample[]> = Object.fromEntries(names.map((name) => [name, []]))
  for (let run = -1; run < RUNS; run++) {
    const order = names.map((_, i) => names[(i + run + 1) % names.length]!)
    for (const name of order) {
      const [command, args, env] = tools[name]!
      rmSync(out, { force: true })
      spawnSync('sync')
      const result = await measure(
        '/usr/bin/time',
        ['-f', 'SLIPWAY_MAXRSS_KB=%M SLIPWAY_CPU_S=%U+%S', command, ...args],
        { cwd: scratch, ...(env ? { env } : {}) },
      )
      if (result.exitCode !== 0) throw new Error(`${name} failed: ${result.stderr.slice(-500)}`)
      if (run < 0) continue
      const cpu = /SLIPWAY_CPU_S=([\d.]+)\+([\d.]+)/.exec(result.stderr)
      samples[name]!.push({
        ms: result.ms,
        cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : 0,
        rss: result.maxRssBytes,
      })
    }
  }
  return samples
}

function slipwayTool(bundle: string, scratch: string, checksum = 'sha256'): Tool {
  return [
    process.execPath,
    [bundle],
    {
      ...process.env,
      GITHUB_WORKSPACE: scratch,
      INPUT_SOURCE: 'source',
      INPUT_OUTPUT: 'out.iso',
      'INPUT_VOLUME-ID': 'BENCH',
      INPUT_CHECKSUM: checksum,
      SOURCE_DATE_EPOCH: '1700000000',
    },
  ]
}

const stat = (samples: Record<string, Sample[]>, name: string, key: keyof Sample): number =>
  median((samples[name] ?? []).map((s) => s[key]))

async function largeFiles(before: string | undefined): Promise<BenchRow[]> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'slipway-bench-iso-'))
  try {
    const source = path.join(scratch, 'source')
    generate(source)
    const out = path.join(scratch, 'out.iso')
    const bundle = path.join(suiteRoot, 'dist', 'iso-build', 'index.js')
    const tools: Record<string, Tool> = {
      slipway: slipwayTool(bundle, scratch),
      'slipway image only': slipwayTool(bundle, scratch, 'none'),
      ...(before ? { 'slipway before': slipwayTool(before, scratch) } : {}),
      genisoimage: ['genisoimage', ['-quiet', '-J', '-R', '-V', 'BENCH', '-o', out, source]],
      'genisoimage + openssl': [
        'sh',
        ['-c', 'genisoimage -quiet -J -R -V BENCH -o "$1" "$2" && openssl dgst -sha256 "$1"', 'sh', out, source],
      ],
      xorriso: ['xorriso', ['-as', 'mkisofs', '-quiet', '-J', '-R', '-V', 'BENCH', '-o', out, source]],
    }
    const s = await rounds(scratch, out, tools)
    const workload = `1 GiB / ${FILES} files`
    const row = (metric: string, name: string, key: 'ms' | 'cpuMs', peer: string, target: number): BenchRow => ({
      bench: 'iso-build',
      metric: `${workload}, ${metric} (median of ${RUNS})`,
      slipway: `${fmtMs(stat(s, name, key))}${key === 'cpuMs' ? ' CPU' : ''} (wall ${fmtMs(stat(s, name, 'ms'))}, CPU ${fmtMs(stat(s, name, 'cpuMs'))})`,
      baseline: `${fmtMs(stat(s, peer, key))} (wall ${fmtMs(stat(s, peer, 'ms'))}, CPU ${fmtMs(stat(s, peer, 'cpuMs'))})`,
      ratio: stat(s, name, key) / stat(s, peer, key),
      target: `≤ ${target}×`,
      met: stat(s, name, key) <= target * stat(s, peer, key),
    })
    const rows: BenchRow[] = []
    for (const name of before ? ['slipway before', 'slipway'] : ['slipway']) {
      const who = name === 'slipway' ? '' : ' [before]'
      rows.push(
        ...(name === 'slipway'
          ? [
              row(
                'image alone (checksum: none), CPU vs genisoimage -J -R',
                'slipway image only',
                'cpuMs',
                'genisoimage',
                1.3,
              ),
            ]
          : [row(`image + SHA-256, CPU vs genisoimage -J -R${who}`, name, 'cpuMs', 'genisoimage', 1.3)]),
        {
          bench: 'iso-build',
          metric: `${workload}, image + SHA-256 CPU vs genisoimage + openssl dgst -sha256${who}`,
          slipway: fmtMs(stat(s, name, 'cpuMs')),
          baseline: fmtMs(stat(s, 'genisoimage + openssl', 'cpuMs')),
          ratio: stat(s, name, 'cpuMs') / stat(s, 'genisoimage + openssl', 'cpuMs'),
          target: 'report',
          met: true,
        },
        row(
          `image + SHA-256 wall vs genisoimage + openssl dgst -sha256${who}`,
          name,
          'ms',
          'genisoimage + openssl',
          0.8,
        ),
        row(`image wall vs xorriso -as mkisofs -J -R${who}`, name, 'ms', 'xorriso', 1.0),
        {
          bench: 'iso-build',
          metric: `${workload}, peak RSS vs genisoimage / xorriso${who}`,
          slipway: fmtMiB(stat(s, name, 'rss')),
          baseline: `${fmtMiB(stat(s, 'genisoimage', 'rss'))} / ${fmtMiB(stat(s, 'xorriso', 'rss'))}`,
          target: '≤ 64 MB',
          met: stat(s, name, 'rss') > 0 && stat(s, name, 'rss') <= 64 * 1024 * 1024,
        },
      )
    }
    return rows
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

async function smallFiles(before: string | undefined): Promise<BenchRow[]> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'slipway-bench-iso-small-'))
  try {
    const source = path.join(scratch, 'source')
    generateSmall(source)
    const out = path.join(scratch, 'out.iso')
    const tools: Record<string, Tool> = {
      slipway: slipwayTool(path.join(suiteRoot, 'dist', 'iso-build', 'index.js'), scratch),
      ...(before ? { 'slipway before': slipwayTool(before, scratch) } : {}),
      genisoimage: ['genisoimage', ['-quiet', '-J', '-R', '-V', 'BENCH', '-o', out, source]],
      'empty node': [process.execPath, ['-e', '']],
    }
    const s = await rounds(scratch, out, tools)
    const workload = `${SMALL_FILES.toLocaleString('en')} files of 1–4 KB`
    const budget = SMALL_FILES * 1024 + 32 * 1024 * 1024
    const rows: BenchRow[] = []
    for (const name of before ? ['slipway before', 'slipway'] : ['slipway']) {
      const who = name === 'slipway' ? '' : ' [before]'
      const above = stat(s, name, 'rss') - stat(s, 'empty node', 'rss')
      rows.push(
        {
          bench: 'iso-build',
          metric: `${workload}, wall vs genisoimage -J -R (median of ${RUNS})${who}`,
          slipway: `${fmtMs(stat(s, name, 'ms'))} (CPU ${fmtMs(stat(s, name, 'cpuMs'))})`,
          baseline: `${fmtMs(stat(s, 'genisoimage', 'ms'))} (CPU ${fmtMs(stat(s, 'genisoimage', 'cpuMs'))})`,
          ratio: stat(s, name, 'ms') / stat(s, 'genisoimage', 'ms'),
          target: '≤ 1.2×',
          met: stat(s, name, 'ms') <= 1.2 * stat(s, 'genisoimage', 'ms'),
        },
        {
          bench: 'iso-build',
          metric: `${workload}, CPU vs genisoimage${who}`,
          slipway: fmtMs(stat(s, name, 'cpuMs')),
          baseline: fmtMs(stat(s, 'genisoimage', 'cpuMs')),
          ratio: stat(s, name, 'cpuMs') / stat(s, 'genisoimage', 'cpuMs'),
          target: 'report',
          met: true,
        },
        {
          bench: 'iso-build',
          metric: `${workload}, peak RSS above an empty node (${fmtMiB(stat(s, 'empty node', 'rss'))})${who}`,
          slipway: fmtMiB(above),
          baseline: `genisoimage ${fmtMiB(stat(s, 'genisoimage', 'rss'))}`,
          target: `≤ 1 KiB/file + 32 MiB = ${fmtMiB(budget)}`,
          met: stat(s, name, 'rss') > 0 && above <= budget,
        },
      )
    }
    return rows
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

const bench: Bench = {
  name: 'iso-build',
  async run() {
    const { SLIPWAY_BENCH_ISO_BEFORE: before, SLIPWAY_BENCH_ISO: only } = process.env
    const rows: BenchRow[] = []
    if (only !== '50k') rows.push(...(await largeFiles(before)))
    if (only !== '1g') rows.push(...(await smallFiles(before)))
    return rows
  },
}
export default bench
