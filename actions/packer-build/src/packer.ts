import { spawn } from 'node:child_process'
import { constants } from 'node:fs'
import { access } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { ExecError, exec, retry, type Environment, type Logger } from '@slipway/action-kit'

export interface PackerTool {
  /** The command to run: `packer` from PATH, or the installed binary's full path. */
  command: string
  version: string
}

/** The version `packer version` prints (`Packer v1.6.6`), or undefined when packer cannot be started. */
export async function packerVersion(command: string, env: Environment): Promise<string | undefined> {
  try {
    const { stdout } = await exec(command, ['version'], { env: packerEnv(env) })
    return /v?(\d+\.\d+\.\d+)/.exec(stdout)?.[1]
  } catch {
    return undefined
  }
}

/** -1, 0 or 1 as version a is older, the same or newer than b (numeric dotted versions). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d !== 0) return Math.sign(d)
  }
  return 0
}

/** `packer init` came with 1.7.0; `packer plugins install` with 1.8.0. */
export const supportsInit = (version: string): boolean => compareVersions(version, '1.7.0') >= 0
export const supportsPluginsInstall = (version: string): boolean => compareVersions(version, '1.8.0') >= 0

/** The qemu accelerator: `kvm` when /dev/kvm can be opened for reading and writing, else `tcg` (software). */
export async function detectAccelerator(device = '/dev/kvm'): Promise<'kvm' | 'tcg'> {
  try {
    await access(device, constants.R_OK | constants.W_OK)
    return 'kvm'
  } catch {
    return 'tcg'
  }
}

/** The step's environment plus, for every packer run: no update check over the network, no colour codes in logs. */
export function packerEnv(base: Environment, token?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, CHECKPOINT_DISABLE: '1', PACKER_NO_COLOR: '1' }
  // Plugin downloads from GitHub are rate limited per IP without a token (packer init, plugins install).
  if (token) env.PACKER_GITHUB_API_TOKEN = token
  return env
}

export interface BuildPlan {
  template: string
  varFile?: string
  vars: [string, string][]
  only?: string
}

/** The argument list shared by `validate` and `build`: var file, -var pairs, -only, then the template. */
export function packerArgs(plan: BuildPlan): string[] {
  const args: string[] = []
  if (plan.varFile) args.push(`-var-file=${plan.varFile}`)
  for (const [name, value] of plan.vars) args.push('-var', `${name}=${value}`)
  if (plan.only) args.push(`-only=${plan.only}`)
  return args
}

export interface RunPackerOptions {
  tool: PackerTool
  plan: BuildPlan
  cwd: string
  /** The step's environment (ctx.env), handed to packer with its own variables. */
  env: Environment
  token?: string
  /** Skip `packer validate` (skip-validation). */
  skipValidation?: boolean
  logger: Logger
  timeoutMs: number
  attempts: number
  /** Injected in tests: the wait between attempts. */
  sleep?: (ms: number) => Promise<void>
}

/** `packer validate`, then `packer build` with a timeout and a bounded number of attempts. Returns the attempts used. */
export async function validateAndBuild(options: RunPackerOptions): Promise<number> {
  const { tool, plan, cwd, logger } = options
  const env = packerEnv(options.env, options.token)
  const common = packerArgs(plan)
  const stream = (line: string): void => logger.info(line)
  if (options.skipValidation) logger.notice('packer validate skipped (skip-validation: true)')
  else {
    await logger.group('packer validate', () =>
      exec(tool.command, ['validate', ...common, plan.template], { cwd, env, onStdoutLine: stream }),
    )
  }
  let attempts = 0
  await retry(
    async () => {
      attempts++
      await logger.group(`packer build (attempt ${attempts} of ${options.attempts})`, () =>
        runInGroup(tool.command, ['build', '-color=false', '-force', ...common, plan.template], {
          cwd,
          env,
          onLine: stream,
          timeoutMs: options.timeoutMs,
        }),
      )
    },
    {
      attempts: options.attempts,
      minDelayMs: 10_000,
      maxElapsedMs: Number.MAX_SAFE_INTEGER,
      // A build stopped by the timeout would only time out again; any other failure (a mirror hiccup, a VM that
      // did not boot) gets another attempt, up to the bound.
      shouldRetry: (error) => error instanceof ExecError,
      onRetry: ({ error, attempt, delayMs }) =>
        logger.warning(
          `packer build failed (attempt ${attempt}): ${firstLine(error)}; retrying in ${Math.round(delayMs / 1000)} s`,
        ),
      ...(options.sleep ? { sleep: options.sleep } : {}),
    },
  )
  return attempts
}

/** A build that ran past its time limit and was stopped. */
export class BuildTimeoutError extends Error {
  override readonly name = 'BuildTimeoutError'
}

/**
 * Runs packer as the leader of its own process group, so that a timeout stops the whole build: packer, its
 * provisioners' shells and a qemu it started (SIGTERM, then SIGKILL after a grace period). A cancelled step's
 * SIGTERM/SIGINT is passed on to the group too.
 */
export function runInGroup(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; onLine: (line: string) => void; timeoutMs: number; graceMs?: number },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    // The last lines of both streams: packer reports a failed build on stdout, not stderr.
    const tail: string[] = []
    const onLine = (line: string): void => {
      tail.push(line)
      if (tail.length > 10) tail.shift()
      options.onLine(line)
    }
    createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', onLine)
    createInterface({ input: child.stderr, crlfDelay: Infinity }).on('line', onLine)
    const signalGroup = (signal: NodeJS.Signals): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, signal)
      } catch {
        // the group is already gone
      }
    }
    let timedOut = false
    let killer: NodeJS.Timeout | undefined
    const timer = setTimeout(() => {
      timedOut = true
      signalGroup('SIGTERM')
      killer = setTimeout(() => signalGroup('SIGKILL'), options.graceMs ?? 15_000)
    }, options.timeoutMs)
    const forward = (signal: NodeJS.Signals): void => signalGroup(signal)
    process.once('SIGTERM', forward).once('SIGINT', forward)
    const done = (): void => {
      clearTimeout(timer)
      if (killer) clearTimeout(killer)
      process.off('SIGTERM', forward).off('SIGINT', forward)
    }
    child.on('error', (error) => {
      done()
      reject(error)
    })
    child.on('close', (code, signal) => {
      done()
      if (timedOut) {
        reject(
          new BuildTimeoutError(
            `packer build did not finish within ${formatMinutes(options.timeoutMs)} (timeout-minutes) and was stopped`,
          ),
        )
      } else if (code !== 0 || signal) reject(new ExecError(command, args, code, tail.join('\n'), signal))
      else resolve()
    })
  })
}

function formatMinutes(ms: number): string {
  const minutes = ms / 60_000
  return minutes >= 1 ? `${Math.round(minutes)} minute(s)` : `${Math.round(ms / 1000)} second(s)`
}

/** `packer init` (≥ 1.7) for templates that declare required_plugins, then `packer plugins install` (≥ 1.8). */
export async function preparePlugins(
  tool: PackerTool,
  template: string,
  plugins: { source: string; version: string }[],
  cwd: string,
  logger: Logger,
  baseEnv: Environment,
  token?: string,
): Promise<string[]> {
  const done: string[] = []
  const env = packerEnv(baseEnv, token)
  if (supportsInit(tool.version)) {
    await exec(tool.command, ['init', template], { cwd, env, onStdoutLine: (l) => logger.info(l) })
    done.push('packer init')
  } else logger.info(`packer ${tool.version} has no packer init (it came with 1.7.0): plugins are built in`)
  for (const plugin of plugins) {
    if (!supportsPluginsInstall(tool.version)) {
      logger.warning(
        `packer ${tool.version} cannot install plugins (packer plugins install came with 1.8.0): ${plugin.source} skipped`,
      )
      continue
    }
    await exec(tool.command, ['plugins', 'install', plugin.source, `v${plugin.version}`], {
      cwd,
      env,
      onStdoutLine: (l) => logger.info(l),
    })
    done.push(`${plugin.source} v${plugin.version}`)
  }
  return done
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''
}
