import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ConfigError } from './errors.js'
import * as commands from './workflow-commands.js'

/**
 * The runner's environment, read once by `runAction` and handed to the action's `main(ctx)`. Nothing else in an
 * action reads `process.env` (lint enforces it), so there is one strict parse of each variable, one place that knows
 * the runner's fallbacks, and tests build a context instead of patching the process.
 */
export interface RunnerContext {
  /** The environment as the step saw it, for child processes (builders, git, packer) that inherit it. */
  readonly env: Readonly<Record<string, string | undefined>>
  /** GITHUB_WORKSPACE, absolute; the current folder when not on a runner. */
  readonly workspace: string
  /** RUNNER_TEMP, absolute; the system temp folder when not on a runner. */
  readonly temp: string
  /** GITHUB_EVENT_NAME (`push`, `pull_request`, ...); empty when not on a runner. */
  readonly eventName: string
  /** The webhook payload from GITHUB_EVENT_PATH; `{}` when there is none. */
  readonly payload: Readonly<Record<string, unknown>>
  /** GITHUB_REF (`refs/heads/main`, `refs/tags/v1.2.3`, `refs/pull/7/merge`). */
  readonly ref: string
  readonly sha: string
  /** GITHUB_BASE_REF / GITHUB_HEAD_REF: the pull request's branches, on pull_request events; empty otherwise. */
  readonly baseRef: string
  readonly headRef: string
  /** `owner/name`. */
  readonly repository: string
  readonly serverUrl: string
  readonly apiUrl: string
  readonly graphqlUrl: string
  readonly runId: string
  readonly runAttempt: string
  readonly actor: string
  /** SOURCE_DATE_EPOCH as whole seconds, strictly parsed; undefined when unset. */
  readonly sourceDateEpoch: number | undefined
  /** Which runner services the job has (the cache service, the artifact service). */
  readonly services: { readonly cache: boolean; readonly artifacts: boolean }
  /** GITHUB_ACTIONS=true: running on a real runner (or `slipway run`, which sets it). */
  readonly onRunner: boolean
  /** RUNNER_OS (`Linux`, `macOS`, `Windows`), or this machine's when not on a runner. */
  readonly runnerOs: string
  /** RUNNER_DEBUG=1. */
  readonly debug: boolean
  /** Prepends a folder to PATH for this step (this process and its children) and the steps after it. */
  addPath(folder: string): void
  /** State shared by the main and the post step of one action. */
  readonly state: { get(name: string): string; save(name: string, value: string): void }
}

export type Environment = Readonly<Record<string, string | undefined>>

/**
 * The environment this process inherited, for code that runs without a RunnerContext (tests, the command line).
 * An action passes `ctx.env` instead; lint keeps every other `process.env` read in action-kit and inputs.ts.
 */
export function inheritedEnvironment(): Environment {
  return process.env
}

/** Builds the context from an environment: the process's own in `runAction`, a plain object in tests. */
export function readRunnerContext(env: Environment = process.env, cwd = process.cwd()): RunnerContext {
  const live = env === process.env
  const workspace = path.resolve(cwd, nonEmpty(env.GITHUB_WORKSPACE) ?? '.')
  const serverUrl = (nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/+$/, '')
  const apiUrl = (nonEmpty(env.GITHUB_API_URL) ?? defaultApiUrl(serverUrl)).replace(/\/+$/, '')
  return {
    env,
    workspace,
    temp: path.resolve(cwd, nonEmpty(env.RUNNER_TEMP) ?? os.tmpdir()),
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload: readEventPayload(nonEmpty(env.GITHUB_EVENT_PATH)),
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    baseRef: env.GITHUB_BASE_REF ?? '',
    headRef: env.GITHUB_HEAD_REF ?? '',
    repository: env.GITHUB_REPOSITORY ?? '',
    serverUrl,
    apiUrl,
    graphqlUrl: (nonEmpty(env.GITHUB_GRAPHQL_URL) ?? `${apiUrl}/graphql`).replace(/\/+$/, ''),
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    sourceDateEpoch: parseSourceDateEpoch(env.SOURCE_DATE_EPOCH),
    services: {
      // The cache service is announced by ACTIONS_CACHE_URL (v1) or ACTIONS_RESULTS_URL (v2), both with the token.
      cache: Boolean(env.ACTIONS_RUNTIME_TOKEN && (env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL)),
      artifacts: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL),
    },
    onRunner: env.GITHUB_ACTIONS === 'true',
    runnerOs: nonEmpty(env.RUNNER_OS) ?? localOs(),
    debug: env.RUNNER_DEBUG === '1',
    addPath: (folder) => {
      if (live) commands.addPath(folder)
      else throw new Error('addPath needs the live process environment')
    },
    state: {
      get: (name) => env[`STATE_${name}`] ?? '',
      save: (name, value) => {
        commands.saveState(name, value)
      },
    },
  }
}

/**
 * SOURCE_DATE_EPOCH as the reproducible-builds specification defines it: a decimal count of seconds since the Unix
 * epoch, ASCII digits only. Anything else is a mistake in the workflow, reported rather than replaced by the clock.
 */
export function parseSourceDateEpoch(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined
  const trimmed = value.trim()
  if (!/^\d{1,15}$/.test(trimmed)) {
    throw new ConfigError(
      `SOURCE_DATE_EPOCH is ${JSON.stringify(value)}: expected a whole number of seconds since 1970-01-01 UTC`,
    )
  }
  return Number(trimmed)
}

function readEventPayload(file: string | undefined): Record<string, unknown> {
  if (!file) return {}
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new ConfigError(`GITHUB_EVENT_PATH ${file} cannot be read: ${(error as Error).message}`)
  }
  try {
    const parsed: unknown = JSON.parse(text)
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
      return parsed as Record<string, unknown>
  } catch {
    // reported below
  }
  throw new ConfigError(`GITHUB_EVENT_PATH ${file} is not a JSON object (the event payload)`)
}

/** github.com's API lives on its own host; GitHub Enterprise Server's under /api/v3 of the server. */
function defaultApiUrl(serverUrl: string): string {
  return serverUrl === 'https://github.com' ? 'https://api.github.com' : `${serverUrl}/api/v3`
}

function localOs(): string {
  if (process.platform === 'darwin') return 'macOS'
  if (process.platform === 'win32') return 'Windows'
  return 'Linux'
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value
}
