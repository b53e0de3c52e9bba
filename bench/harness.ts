import { execFile, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

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

export interface Timed {
  wallMs: number
  /** User + system time of the command and the children it waited for. */
  cpuMs: number
  maxRssBytes: number
  stdout: string
}

/** Runs a command under GNU time: wall, CPU (user + system) and peak RSS of the whole process. Throws on failure. */
export function timed(command: string, args: readonly string[], env?: NodeJS.ProcessEnv): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'SLIPWAY_TIME %e %U %S %M', command, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: env ?? process.env,
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c))
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c))
    child.on('error', reject)
    child.on('close', (code) => {
      const m = /SLIPWAY_TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(stderr)
      if (code !== 0 || !m) reject(new Error(`${command} ${args.join(' ')} failed: ${stderr}`))
      else
        resolve({
          wallMs: Number(m[1]) * 1000,
          cpuMs: (Number(m[2]) + Number(m[3])) * 1000,
          maxRssBytes: Number(m[4]) * 1024,
          stdout,
        })
    })
  })
}

/**
 * Bundles a bench driver (a TypeScript entry that runs one piece of slipway as a process of its own) with ncc, as
 * the actions are bundled, so it is timed as a whole process (node's start-up included), as its peer is. Returns
 * the path of the bundle, in a temp dir.
 */
export async function bundleDriver(entry: string): Promise<string> {
  const root = path.resolve(import.meta.dirname, '..')
  const out = mkdtempSync(path.join(os.tmpdir(), 'slipway-bench-driver-'))
  const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
  await promisify(execFile)(process.execPath, [ncc, 'build', entry, '-o', out, '--target', 'es2022', '-q'], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  })
  return path.join(out, 'index.js')
}
