import { execFileSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { readActionMetadata, type ActionMetadata } from './action-metadata.js'
import { parseAnnotations, parseCommandFile, type Annotation } from './runner-files.js'
import { asString, interpolate, type Contexts } from './workflow/expressions.js'

export interface RunOptions {
  /** The slipway checkout that holds actions/ and dist/. */
  root: string
  /** The action's folder name (`version-check`). */
  action: string
  /** `with:` values; action.yml defaults fill the rest. */
  inputs?: Record<string, string>
  /** The repository the step runs in (GITHUB_WORKSPACE). Default: the current directory. */
  workspace?: string
  event?: string
  /** The webhook payload; default: a minimal payload for the event, as the runner would write. */
  payload?: Record<string, unknown>
  ref?: string
  sha?: string
  repository?: string
  actor?: string
  token?: string
  /** Extra environment for the step (`env:` in a workflow). */
  env?: Record<string, string>
  /** RUNNER_TEMP; default a fresh temp folder, removed afterwards unless keepTemp. */
  runnerTemp?: string
  keepTemp?: boolean
  /** Echo the action's stdout/stderr while it runs. */
  stream?: boolean
  /** Bundle file to run instead of the action.yml's runs.main (benchmarks of a stale build, say). */
  bundle?: string
  timeoutMs?: number
  /** Receives the action's output as it comes (instead of `stream`'s raw echo): a log renderer, say. */
  onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void
  /** Runner variables that differ in a workflow run (GITHUB_JOB, GITHUB_WORKFLOW, GITHUB_RUN_ID, ...). */
  runnerEnv?: Record<string, string>
  /** The contexts action.yml defaults are evaluated in (a workflow run's github and runner); default: this step's. */
  contexts?: Contexts
}

export interface RunResult {
  exitCode: number
  outputs: Record<string, string>
  /** Variables the step exported with GITHUB_ENV, for the steps after it. */
  exportedEnv: Record<string, string>
  /** Folders the step added with GITHUB_PATH, for the steps after it. */
  addedPaths: string[]
  state: Record<string, string>
  summary: string
  stdout: string
  stderr: string
  annotations: Annotation[]
  /** Where the step's temp files were (kept only with keepTemp). */
  runnerTemp: string
  /** Wall time of the main step's node process alone, from spawn to exit. */
  durationMs: number
}

/** What the runner sets for every JavaScript step, computed once per run. */
export interface StepContext {
  workspace: string
  event: string
  ref: string
  sha: string
  repository: string
  actor: string
  token: string
}

/**
 * Runs an action's bundle the way the GitHub runner does: `node <runs.main>` in the workspace, with INPUT_* variables
 * (defaults from action.yml, `${{ github.* }}` defaults evaluated), the GITHUB_* command files and the event payload;
 * then its `post` step, if any, with the STATE_* values the main step saved.
 */
export async function runStep(options: RunOptions): Promise<RunResult> {
  const metadata = readActionMetadata(options.root, options.action)
  const workspace = path.resolve(options.workspace ?? process.cwd())
  const context = stepContext(workspace, options)
  const runnerTemp = options.runnerTemp ?? (await mkdtemp(path.join(os.tmpdir(), 'slipway-runner-')))
  const files = path.join(runnerTemp, '_runner_file_commands')
  await mkdir(files, { recursive: true })
  const paths = {
    output: path.join(files, 'set_output'),
    env: path.join(files, 'set_env'),
    state: path.join(files, 'save_state'),
    path: path.join(files, 'add_path'),
    summary: path.join(files, 'step_summary'),
    event: path.join(runnerTemp, '_github_workflow', 'event.json'),
  }
  await mkdir(path.dirname(paths.event), { recursive: true })
  for (const file of [paths.output, paths.env, paths.state, paths.path, paths.summary]) await writeFile(file, '')
  await writeFile(paths.event, JSON.stringify(options.payload ?? defaultPayload(context), null, 2))

  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env)) {
    // A step sees only its own inputs and state, never those of the process that started it.
    if (!name.startsWith('INPUT_') && !name.startsWith('STATE_') && !name.startsWith('GITHUB_')) env[name] = value
  }
  Object.assign(env, runnerEnv(context, paths, runnerTemp, metadata), options.runnerEnv ?? {}, options.env ?? {})
  const contexts = options.contexts ?? defaultContexts(context, runnerTemp, env)
  const inputs = resolveInputs(metadata, options.inputs ?? {}, contexts, options.workspace)
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value

  const actionDir = path.join(options.root, 'actions', options.action)
  const main = options.bundle ?? path.resolve(actionDir, metadata.runs.main)
  if (!existsSync(main)) throw new Error(`${main} does not exist: run npm run build first`)
  const started = performance.now()
  let result = await runNode(main, workspace, env, options)
  const durationMs = performance.now() - started
  let stdout = result.stdout
  let stderr = result.stderr
  const state = parseCommandFile(await readFile(paths.state, 'utf8'))
  if (metadata.runs.post && (metadata.runs['post-if'] !== 'success()' || result.exitCode === 0)) {
    const postEnv = { ...env }
    for (const [name, value] of Object.entries(state)) postEnv[`STATE_${name}`] = value
    const post = await runNode(path.resolve(actionDir, metadata.runs.post), workspace, postEnv, options)
    stdout += post.stdout
    stderr += post.stderr
    if (result.exitCode === 0 && post.exitCode !== 0) result = post
  }
  const outcome: RunResult = {
    exitCode: result.exitCode,
    outputs: parseCommandFile(await readFile(paths.output, 'utf8')),
    exportedEnv: parseCommandFile(await readFile(paths.env, 'utf8')),
    addedPaths: (await readFile(paths.path, 'utf8')).split(/\r?\n/).filter((line) => line.trim() !== ''),
    state,
    summary: await readFile(paths.summary, 'utf8'),
    stdout,
    stderr,
    annotations: parseAnnotations(stdout),
    runnerTemp,
    durationMs,
  }
  if (!options.keepTemp && options.runnerTemp === undefined) await rm(runnerTemp, { recursive: true, force: true })
  return outcome
}

function runNode(
  script: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  options: RunOptions,
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      if (options.onOutput) options.onOutput(chunk, 'stdout')
      else if (options.stream) process.stdout.write(chunk)
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
      if (options.onOutput) options.onOutput(chunk, 'stderr')
      else if (options.stream) process.stderr.write(chunk)
    })
    child.on('error', reject)
    child.on('close', (code) => {
      if (timer) clearTimeout(timer)
      resolve({ exitCode: code ?? 1, stdout, stderr })
    })
  })
}

export function stepContext(workspace: string, options: Partial<RunOptions>): StepContext {
  const git = (...args: string[]): string | undefined => {
    try {
      return execFileSync('git', args, { cwd: workspace, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    } catch {
      return undefined
    }
  }
  const branch = git('symbolic-ref', '--short', '-q', 'HEAD')
  const ref = options.ref ?? (branch ? `refs/heads/${branch}` : 'refs/heads/main')
  return {
    workspace,
    event: options.event ?? 'push',
    ref,
    sha: options.sha ?? git('rev-parse', 'HEAD') ?? '0'.repeat(40),
    repository:
      options.repository ??
      repositoryFromRemote(git('remote', 'get-url', 'origin')) ??
      'local/' + path.basename(workspace),
    actor: options.actor ?? process.env.GITHUB_ACTOR ?? 'slipway-local',
    token: options.token ?? process.env.GITHUB_TOKEN ?? '',
  }
}

/** `owner/name` from an https or ssh remote URL of a GitHub-like host. */
export function repositoryFromRemote(url: string | undefined): string | undefined {
  if (!url) return undefined
  const match = /[:/]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url)
  return match ? `${match[1]}/${match[2]}` : undefined
}

function runnerEnv(
  context: StepContext,
  paths: { output: string; env: string; state: string; path: string; summary: string; event: string },
  runnerTemp: string,
  metadata: ActionMetadata,
): Record<string, string> {
  const refName = refNameOf(context.ref)
  const env: Record<string, string> = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: context.workspace,
    GITHUB_EVENT_NAME: context.event,
    GITHUB_EVENT_PATH: paths.event,
    GITHUB_REF: context.ref,
    GITHUB_REF_NAME: refName,
    GITHUB_REF_TYPE: refTypeOf(context.ref),
    GITHUB_SHA: context.sha,
    GITHUB_REPOSITORY: context.repository,
    GITHUB_REPOSITORY_OWNER: context.repository.split('/')[0] ?? '',
    GITHUB_ACTOR: context.actor,
    GITHUB_SERVER_URL: process.env.GITHUB_SERVER_URL ?? 'https://github.com',
    GITHUB_API_URL: process.env.GITHUB_API_URL ?? 'https://api.github.com',
    GITHUB_GRAPHQL_URL: process.env.GITHUB_GRAPHQL_URL ?? 'https://api.github.com/graphql',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'local',
    GITHUB_WORKFLOW: 'slipway run',
    GITHUB_ACTION: metadata.id,
    GITHUB_OUTPUT: paths.output,
    GITHUB_ENV: paths.env,
    GITHUB_STATE: paths.state,
    GITHUB_PATH: paths.path,
    GITHUB_STEP_SUMMARY: paths.summary,
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE ?? path.join(os.homedir(), '.cache', 'slipway', 'tool-cache'),
    RUNNER_OS: { linux: 'Linux', darwin: 'macOS', win32: 'Windows' }[process.platform as string] ?? 'Linux',
    RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
    RUNNER_ENVIRONMENT: 'self-hosted',
    SLIPWAY_LOCAL: 'true',
  }
  if (context.event.startsWith('pull_request')) {
    env.GITHUB_BASE_REF = process.env.GITHUB_BASE_REF ?? 'main'
    env.GITHUB_HEAD_REF = process.env.GITHUB_HEAD_REF ?? refName
  }
  return env
}

/** The github and runner contexts of a step run on its own (`slipway run`), for action.yml defaults. */
function defaultContexts(context: StepContext, runnerTemp: string, env: NodeJS.ProcessEnv): Contexts {
  return {
    github: {
      token: context.token,
      actor: context.actor,
      repository: context.repository,
      repository_owner: context.repository.split('/')[0] ?? '',
      workspace: context.workspace,
      ref: context.ref,
      sha: context.sha,
      event_name: context.event,
      server_url: env.GITHUB_SERVER_URL ?? 'https://github.com',
      api_url: env.GITHUB_API_URL ?? 'https://api.github.com',
    },
    runner: { temp: runnerTemp, os: env.RUNNER_OS ?? 'Linux', arch: env.RUNNER_ARCH ?? 'X64' },
    env: {},
  }
}

/** action.yml defaults, their `${{ }}` expressions evaluated as the runner does (GitHub's own evaluator). */
function resolveInputs(
  metadata: ActionMetadata,
  given: Record<string, string>,
  contexts: Contexts,
  workspace: string | undefined,
): Record<string, string> {
  const declared = new Set(metadata.inputs.map((input) => input.name))
  for (const name of Object.keys(given)) {
    if (!declared.has(name)) {
      throw new Error(`Action '${metadata.id}' has no input '${name}'; its inputs: ${[...declared].join(', ')}`)
    }
  }
  const values: Record<string, string> = {}
  for (const input of metadata.inputs) {
    const value =
      given[input.name] ??
      (input.default !== undefined
        ? asString(interpolate(input.default, { contexts, ...(workspace ? { workspace } : {}) }))
        : undefined)
    if (value !== undefined) values[input.name] = value
  }
  return values
}

/** A payload shaped like GitHub's for the common events, so actions that read it find what they look for. */
export function defaultPayload(context: StepContext): Record<string, unknown> {
  const [owner = '', name = ''] = context.repository.split('/')
  const repository = {
    name,
    full_name: context.repository,
    owner: { login: owner },
    default_branch: 'main',
    html_url: `https://github.com/${context.repository}`,
  }
  if (context.event === 'push') {
    return {
      ref: context.ref,
      after: context.sha,
      before: '0'.repeat(40),
      repository,
      sender: { login: context.actor },
    }
  }
  if (context.event.startsWith('pull_request')) {
    const number = Number(/^refs\/pull\/(\d+)\//.exec(context.ref)?.[1] ?? 1)
    return {
      action: 'synchronize',
      number,
      pull_request: {
        number,
        head: { ref: process.env.GITHUB_HEAD_REF ?? 'feature', sha: context.sha },
        base: { ref: process.env.GITHUB_BASE_REF ?? 'main', sha: '0'.repeat(40) },
      },
      repository,
      sender: { login: context.actor },
    }
  }
  return { repository, sender: { login: context.actor } }
}

/** `github.ref_name` as the runner gives it: the branch or tag name, `<number>/merge` for a pull request's merge ref. */
export function refNameOf(ref: string): string {
  return ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\/(\d+)\/merge$/, '$1/merge')
}

/** `github.ref_type`: `tag` for a tag's ref, else `branch`. */
export function refTypeOf(ref: string): 'tag' | 'branch' {
  return ref.startsWith('refs/tags/') ? 'tag' : 'branch'
}
