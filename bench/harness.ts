import { spawn } from 'node:child_process'

/** One line of the bench table: what was measured, slipway's figure, the baseline's, and the target verdict. */
export interface BenchRow {
  bench: string
  metric: string
  slipway: string
  baseline?: string
  ratio?: number
  target: string
  met: boolean
}

export interface Bench {
  name: string
  run(): Promise<BenchRow[]>
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export interface Measured {
  ms: number
  /** Peak resident memory of the child, in bytes (from /usr/bin/time-like rusage). */
  maxRssBytes: number
  exitCode: number
  stdout: string
  stderr: string
}

/** Runs a command and measures its wall time and peak RSS (through Node's resource usage of children). */
export function measure(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    // /proc/self/status of the child is gone when it exits; wrapping in `node -e` would add its own start-up, so the
    // peak RSS comes from GNU time when present (Debian's `time` package), else 0.
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c))
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c))
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      const rss = /SLIPWAY_MAXRSS_KB=(\d+)/.exec(stderr)
      resolve({ ms, maxRssBytes: rss ? Number(rss[1]) * 1024 : 0, exitCode: code ?? 1, stdout, stderr })
    })
  })
}

/** Wraps a command so its peak RSS is reported by GNU time on stderr (read back by `measure`). */
export function withPeakRss(command: string, args: readonly string[]): [string, string[]] {
  return ['/usr/bin/time', ['-f', 'SLIPWAY_MAXRSS_KB=%M', command, ...args]]
}

export const fmtMs = (ms: number): string => `${ms.toFixed(ms < 10 ? 2 : 0)} ms`
export const fmtMiB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`
