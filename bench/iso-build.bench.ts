// ISO build of 1 GiB in 2,000 files (generated once per run, in a temp dir): slipway's writer through the iso-build
// bundle, as a workflow runs it, against `genisoimage -J -R` and `xorriso -as mkisofs -J -R`, interleaved in the same
// run, medians of wall time and peak RSS (GNU time). Targets (DESIGN.md): ≤ 1.2 × genisoimage, ≤ xorriso, ≤ 64 MB.
// Two more rows say what the targets leave out: slipway also gives the image's SHA-256 (a script needs `sha256sum`
// after genisoimage for that), and a Node.js process holds about 40 MiB before it runs a line (the runtime's own
// pages), measured here with an empty script.
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { suiteRoot } from '@slipway/test-support'
import { fmtMiB, fmtMs, measure, median, withPeakRss, type Bench, type BenchRow } from './harness.js'

const FILES = 2000
const TOTAL = 1024 * 1024 * 1024
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

const bench: Bench = {
  name: 'iso-build',
  async run() {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'slipway-bench-iso-'))
    try {
      const source = path.join(scratch, 'source')
      generate(source)
      const out = path.join(scratch, 'out.iso')
      const tools: Record<string, [string, string[], NodeJS.ProcessEnv?]> = {
        slipway: [
          process.execPath,
          [path.join(suiteRoot, 'dist', 'iso-build', 'index.js')],
          {
            ...process.env,
            GITHUB_WORKSPACE: scratch,
            INPUT_SOURCE: 'source',
            INPUT_OUTPUT: 'out.iso',
            'INPUT_VOLUME-ID': 'BENCH',
            SOURCE_DATE_EPOCH: '1700000000',
          },
        ],
        genisoimage: ['genisoimage', ['-quiet', '-J', '-R', '-V', 'BENCH', '-o', out, source]],
        xorriso: ['xorriso', ['-as', 'mkisofs', '-quiet', '-J', '-R', '-V', 'BENCH', '-o', out, source]],
        'genisoimage + sha256sum': [
          'sh',
          ['-c', 'genisoimage -quiet -J -R -V BENCH -o "$1" "$2" && sha256sum "$1"', 'sh', out, source],
        ],
        'empty node': [process.execPath, ['-e', '']],
      }
      const times: Record<string, number[]> = Object.fromEntries(Object.keys(tools).map((name) => [name, []]))
      const rss: Record<string, number[]> = Object.fromEntries(Object.keys(tools).map((name) => [name, []]))
      // One warm-up of each fills the page cache the same way for all three.
      for (let run = -1; run < RUNS; run++) {
        for (const [name, [command, args, env]] of Object.entries(tools)) {
          rmSync(out, { force: true })
          const [timed, timedArgs] = withPeakRss(command, args)
          const result = await measure(timed, timedArgs, { cwd: scratch, ...(env ? { env } : {}) })
          if (result.exitCode !== 0) throw new Error(`${name} failed: ${result.stderr.slice(-500)}`)
          if (run < 0) continue
          times[name]!.push(result.ms)
          rss[name]!.push(result.maxRssBytes)
        }
      }
      const ms = (name: string) => median(times[name]!)
      const peak = (name: string) => median(rss[name]!)
      const rows: BenchRow[] = [
        {
          bench: 'iso-build',
          metric: `1 GiB / ${FILES} files, wall time vs genisoimage -J -R (median of ${RUNS})`,
          slipway: fmtMs(ms('slipway')),
          baseline: fmtMs(ms('genisoimage')),
          ratio: ms('slipway') / ms('genisoimage'),
          target: '≤ 1.2×',
          met: ms('slipway') <= 1.2 * ms('genisoimage'),
        },
        {
          bench: 'iso-build',
          metric: `1 GiB / ${FILES} files, wall time vs xorriso -as mkisofs -J -R (median of ${RUNS})`,
          slipway: fmtMs(ms('slipway')),
          baseline: fmtMs(ms('xorriso')),
          ratio: ms('slipway') / ms('xorriso'),
          target: '≤ 1.0×',
          met: ms('slipway') <= ms('xorriso'),
        },
        {
          bench: 'iso-build',
          metric: 'image and its SHA-256, vs genisoimage then sha256sum (what a script runs for both)',
          slipway: fmtMs(ms('slipway')),
          baseline: fmtMs(ms('genisoimage + sha256sum')),
          ratio: ms('slipway') / ms('genisoimage + sha256sum'),
          target: 'report',
          met: true,
        },
        {
          bench: 'iso-build',
          metric: 'peak RSS (whole node process) vs genisoimage / xorriso',
          slipway: fmtMiB(peak('slipway')),
          baseline: `${fmtMiB(peak('genisoimage'))} / ${fmtMiB(peak('xorriso'))}`,
          target: '≤ 64 MB',
          met: peak('slipway') > 0 && peak('slipway') <= 64 * 1024 * 1024,
        },
        {
          bench: 'iso-build',
          metric: 'peak RSS above an empty node process (the runtime alone)',
          slipway: fmtMiB(peak('slipway') - peak('empty node')),
          baseline: `${fmtMiB(peak('empty node'))} empty node`,
          target: 'report',
          met: true,
        },
      ]
      return rows
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
  },
}
export default bench
