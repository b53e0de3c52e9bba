// `slipway workflow` run as a user runs it: the CLI bundle (dist/cli) in a child process, its log kept, its result
// read from the JSON it writes.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { assertBundlesCurrent } from './bundle-guard.js'

export interface WorkflowJobResult {
  key: string
  id: string
  result: 'success' | 'failure' | 'cancelled' | 'skipped'
  outputs: Record<string, string>
  steps: {
    name: string
    id?: string
    outcome: string
    conclusion: string
    outputs: Record<string, string>
    summary: string
    note?: string
  }[]
  reason?: string
}

export interface WorkflowCliResult {
  exitCode: number
  /** Everything printed, as a person sees it. */
  log: string
  jobs: WorkflowJobResult[]
  outputs: Record<string, string>
  /** A job (or matrix leg) by its key; throws when the run has none. */
  job(key: string): WorkflowJobResult
}

/** Runs `node dist/cli/index.js workflow <args>`; `write` also receives the log as it comes (npm start shows it). */
export async function runWorkflowCli(
  root: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; write?: (text: string) => void; timeoutMs?: number } = {},
): Promise<WorkflowCliResult> {
  // The CLI bundle runs the bundle of every slipway action the workflow uses: none may be older than its sources.
  assertBundlesCurrent(root)
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'slipway-workflow-result-'))
  const resultFile = path.join(scratch, 'result.json')
  try {
    let log = ''
    const exitCode = await new Promise<number>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [path.join(root, 'dist', 'cli', 'index.js'), 'workflow', ...args, '--json', resultFile],
        {
          cwd: options.cwd ?? root,
          env: options.env ?? process.env,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      )
      const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 600_000)
      const take = (chunk: string) => {
        log += chunk
        options.write?.(chunk)
      }
      child.stdout.setEncoding('utf8').on('data', take)
      child.stderr.setEncoding('utf8').on('data', take)
      child.on('error', reject)
      child.on('close', (code) => {
        clearTimeout(timer)
        resolve(code ?? 1)
      })
    })
    let parsed: { jobs: WorkflowJobResult[]; outputs: Record<string, string> } = { jobs: [], outputs: {} }
    try {
      parsed = JSON.parse(readFileSync(resultFile, 'utf8')) as typeof parsed
    } catch {
      // No result: the run stopped before its jobs (a usage error); the log says why.
    }
    return {
      exitCode,
      log,
      jobs: parsed.jobs,
      outputs: parsed.outputs,
      job(key) {
        const found = parsed.jobs.find((j) => j.key === key)
        if (!found)
          throw new Error(`the run has no job '${key}'; it has ${parsed.jobs.map((j) => j.key).join(', ')}\n${log}`)
        return found
      },
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
