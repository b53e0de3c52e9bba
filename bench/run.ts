import { readdirSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Bench, BenchRow } from './harness.js'

const dir = import.meta.dirname
// Every process the benches time runs in a GitHub-hosted runner's environment. A machine-wide NODE_EXTRA_CA_CERTS
// makes every node process parse that whole certificate file before it runs a line (about 50 ms per start on a
// 2-core machine with the system bundle): hosted runners do not set it, and the native peers never pay it. Kept with
// SLIPWAY_BENCH_KEEP_ENV=1, to measure a self-hosted runner that sets it.
if (process.env.NODE_EXTRA_CA_CERTS !== undefined && process.env.SLIPWAY_BENCH_KEEP_ENV !== '1') {
  process.stderr.write(
    `bench: NODE_EXTRA_CA_CERTS=${process.env.NODE_EXTRA_CA_CERTS} is not passed to the processes timed ` +
      '(hosted runners do not set it; SLIPWAY_BENCH_KEEP_ENV=1 keeps it)\n',
  )
  delete process.env.NODE_EXTRA_CA_CERTS
}
const only = process.argv.slice(2)
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()
const rows: BenchRow[] = []
for (const file of files) {
  const bench = ((await import(pathToFileURL(path.join(dir, file)).href)) as { default: Bench }).default
  if (only.length > 0 && !only.includes(bench.name)) continue
  process.stderr.write(`bench ${bench.name} …\n`)
  try {
    rows.push(...(await bench.run()))
  } catch (error) {
    rows.push({
      bench: bench.name,
      metric: 'error',
      slipway: String(error instanceof Error ? error.message : error),
      target: '',
      met: false,
    })
  }
}
const header = ['bench', 'metric', 'slipway', 'baseline', 'ratio', 'target', 'met']
const table = rows.map((r) => [
  r.bench,
  r.metric,
  r.slipway,
  r.baseline ?? '',
  r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
  r.target,
  r.met ? 'yes' : 'NO',
])
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)))
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')
console.log(line(header))
console.log(line(widths.map((w) => '-'.repeat(w))))
for (const row of table) console.log(line(row))
