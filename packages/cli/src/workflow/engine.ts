// Runs a workflow file as the runner does: jobs in `needs` order, `if:` with the status functions, matrix legs,
// env and defaults, step and job outputs, continue-on-error, timeouts, `run:` steps in bash, slipway's actions from
// their bundles (as `slipway run` runs them), stand-ins for third-party actions, and reusable workflow calls.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isMapping } from '@actions/workflow-parser'
import { LogRenderer } from '../log.js'
import { defaultPayload, refNameOf, refTypeOf, runStep } from '../runner.js'
import { parseCommandFile } from '../runner-files.js'
import { asString, interpolate, truthy, type Contexts, type Scope, type Status, type Value } from './expressions.js'
import { field, jobOrder, loadWorkflow, text, type JobDef, type LoadedWorkflow, type StepDef } from './load.js'
import { expandMatrix, legName, type Combination } from './matrix.js'
import { startArtifactService } from './artifact-service.js'
import { standInFor } from './stand-ins.js'
import { evaluateToken } from './template.js'

export type Result = 'success' | 'failure' | 'cancelled' | 'skipped'

export interface Replacements {
  /** `ghcr.io` → `127.0.0.1:5000`: registry hosts in slipway steps' inputs (a loopback one gets `insecure: true`). */
  registries: [from: string, to: string][]
  /** URL prefixes in slipway steps' inputs: the vendors' ISO mirrors → a loopback mirror. */
  mirrors: [from: string, to: string][]
  /** GITHUB_API_URL for every step: the GitHub fake. */
  githubApi?: string
  /** `job.step.input=value`: what differs on this machine (a Packer source, no plugins), said in the log. */
  overrides: { job: string; step: string; input: string; value: string }[]
  /** `job.step`: steps not run here (a runner setup script that needs sudo), said in the log. */
  skipSteps: string[]
}

export interface WorkflowOptions {
  /** The workflow file. */
  file: string
  /** The repository the workflow runs on (checkout clones it; `./.github/workflows/x.yml` calls are read from it). */
  repo: string
  /** The slipway checkout whose dist/ bundles run slipway's actions. */
  root: string
  event: string
  ref: string
  sha: string
  repository: string
  actor: string
  token: string
  payload?: Record<string, unknown>
  inputs: Record<string, string>
  secrets: Record<string, string>
  vars: Record<string, string>
  /** Run only these jobs (and those they need). */
  jobs?: string[]
  /** Run only the matrix legs with these values. */
  matrix?: Record<string, string>
  strict?: boolean
  raw?: boolean
  debug?: boolean
  replacements: Replacements
  /**
   * The OIDC token service the runner gives jobs with `id-token: write` (ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN):
   * taken from slipway's own environment, given to those jobs only (a fake one in tests).
   */
  idToken?: { url: string; token: string }
  /** The run's folder: workspaces, artifacts, step summaries. */
  runDir: string
  write(text: string): void
}

export interface StepRecord {
  name: string
  id?: string
  outcome: Result
  conclusion: Result
  outputs: Record<string, string>
  summary: string
  note?: string
  durationMs: number
}

export interface JobRecord {
  /** `build (almalinux, 9)`, `call/plan`: the job as the log names it. */
  key: string
  id: string
  result: Result
  outputs: Record<string, string>
  steps: StepRecord[]
  matrix?: Combination
  reason?: string
}

export interface WorkflowResult {
  result: Result
  exitCode: number
  jobs: JobRecord[]
  /** A reusable workflow's `on.workflow_call.outputs`. */
  outputs: Record<string, string>
}

interface RunState {
  options: WorkflowOptions
  records: JobRecord[]
  github: Record<string, Value>
  runId: string
  masks: string[]
  /** ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN of the local artifact service, for JavaScript actions. */
  artifactEnv: Record<string, string>
}

// Variables the runner sets for each step: never inherited from the process that started the run.
const RUNNER_OWNED_ENV = /^(INPUT_|STATE_|GITHUB_|RUNNER_|ACTIONS_)/

/** Runs a workflow file; reusable workflow calls run inside it. */
export async function runWorkflow(options: WorkflowOptions): Promise<WorkflowResult> {
  const workflow = await loadWorkflow(options.file)
  mkdirSync(path.join(options.runDir, 'artifacts'), { recursive: true })
  const payload = options.payload ?? eventPayload(options)
  const refName = refNameOf(options.ref)
  // Every mistake in the inputs or --job is reported before the artifact service listens, and the service stops
  // whatever happens after: a server left listening keeps the process (a test worker, say) alive.
  const inputs = workflowInputs(workflow, options.event, options.inputs)
  selectJobs(workflow, options.jobs)
  const service = await startArtifactService(path.join(options.runDir, 'artifacts'))
  try {
    const state: RunState = {
      options,
      artifactEnv: service.env,
      records: [],
      runId: String(Date.now()),
      masks: [
        options.token,
        service.env.ACTIONS_RUNTIME_TOKEN ?? '',
        options.idToken?.token ?? '',
        ...Object.values(options.secrets),
      ].filter((s) => s !== ''),
      github: {
        event_name: options.event,
        event: payload as Value,
        ref: options.ref,
        ref_name: refName,
        ref_type: refTypeOf(options.ref),
        sha: options.sha,
        repository: options.repository,
        repository_owner: options.repository.split('/')[0] ?? '',
        actor: options.actor,
        triggering_actor: options.actor,
        token: options.token,
        server_url: 'https://github.com',
        api_url: options.replacements.githubApi ?? 'https://api.github.com',
        graphql_url: `${options.replacements.githubApi ?? 'https://api.github.com'}/graphql`,
        workflow: workflow.name,
        run_number: '1',
        run_attempt: '1',
        retention_days: '90',
        base_ref: options.event.startsWith('pull_request') ? 'main' : '',
        head_ref: options.event.startsWith('pull_request') ? refName : '',
      },
    }
    state.github.run_id = state.runId
    const secrets = { GITHUB_TOKEN: options.token, ...options.secrets }
    const run = await runJobs(state, workflow, { inputs, secrets, prefix: '', idToken: true })
    printTables(state)
    return { result: run.result, exitCode: run.result === 'failure' ? 1 : 0, jobs: state.records, outputs: run.outputs }
  } finally {
    await service.stop()
  }
}

/** `inputs` of a workflow_dispatch or workflow_call run: the given values, typed, with the declared defaults. */
function workflowInputs(workflow: LoadedWorkflow, event: string, given: Record<string, string>): Record<string, Value> {
  // A reusable workflow run on its own takes the inputs it declares for its callers; github.event_name stays the
  // event given (in a called workflow it is the caller's event).
  const callOnly = workflow.on.workflow_call !== undefined && workflow.on[event] === undefined
  // Other events have no inputs (the `inputs` context is empty on a push).
  const trigger =
    event === 'workflow_call' || callOnly
      ? workflow.on.workflow_call
      : event === 'workflow_dispatch'
        ? workflow.on.workflow_dispatch
        : undefined
  const declared =
    trigger !== null && typeof trigger === 'object' && !Array.isArray(trigger) && isObject(trigger.inputs)
      ? trigger.inputs
      : {}
  const values: Record<string, Value> = {}
  for (const [name, spec] of Object.entries(declared)) {
    const s = isObject(spec) ? spec : {}
    const raw = given[name] ?? (s.default === undefined || s.default === null ? undefined : s.default)
    if (raw === undefined) {
      if (s.required === true) throw new Error(`input '${name}' is required (--input ${name}=...)`)
      values[name] = s.type === 'boolean' ? false : s.type === 'number' ? 0 : ''
      continue
    }
    values[name] = typed(raw, typeof s.type === 'string' ? s.type : 'string', name)
  }
  for (const name of Object.keys(given))
    if (!(name in declared))
      throw new Error(
        `the workflow declares no input '${name}'; its inputs: ${Object.keys(declared).join(', ') || 'none'}`,
      )
  return values
}

function typed(raw: Value, type: string, name: string): Value {
  if (type === 'boolean') {
    if (raw === true || raw === 'true') return true
    if (raw === false || raw === 'false') return false
    throw new Error(`input '${name}': ${JSON.stringify(raw)} is not a boolean (true or false)`)
  }
  if (type === 'number') {
    const n = Number(raw)
    if (typeof raw === 'boolean' || Number.isNaN(n))
      throw new Error(`input '${name}': ${JSON.stringify(raw)} is not a number`)
    return n
  }
  return typeof raw === 'string' ? raw : asString(raw)
}

const isObject = (v: Value | undefined): v is Record<string, Value> =>
  v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v)

function eventPayload(options: WorkflowOptions): Record<string, unknown> {
  const base = defaultPayload({
    workspace: options.repo,
    event: options.event,
    ref: options.ref,
    sha: options.sha,
    repository: options.repository,
    actor: options.actor,
    token: options.token,
  })
  if (options.event === 'workflow_dispatch') return { ...base, ref: options.ref, inputs: options.inputs }
  return base
}

interface CallScope {
  inputs: Record<string, Value>
  secrets: Record<string, string>
  /** `call/` for jobs of a called workflow. */
  prefix: string
  /** The caller's job grants `id-token: write` (a called workflow's jobs cannot have more than their caller). */
  idToken: boolean
}

async function runJobs(
  state: RunState,
  workflow: LoadedWorkflow,
  scope: CallScope,
): Promise<{ result: Result; outputs: Record<string, string> }> {
  const { options } = state
  const selected = selectJobs(workflow, scope.prefix === '' ? options.jobs : undefined)
  const results = new Map<string, { result: Result; outputs: Record<string, string> }>()
  for (const job of jobOrder(workflow.jobs)) {
    if (!selected.has(job.id)) continue
    const needs: Record<string, Value> = {}
    for (const need of job.needs) {
      const r = results.get(need) ?? { result: 'skipped' as Result, outputs: {} }
      needs[need] = { result: r.result, outputs: r.outputs }
    }
    const needResults = job.needs.map((n) => results.get(n)?.result ?? 'skipped')
    // As on GitHub, failure() of a job looks at every job before it in the chain of needs, not only the direct ones:
    // a job after a skipped job whose own need failed still sees the failure.
    const ancestorFailed = ancestorsOf(workflow, job).some((id) => results.get(id)?.result === 'failure')
    const status: Status = {
      success: needResults.every((r) => r === 'success'),
      failure: ancestorFailed,
      cancelled: false,
    }
    const contexts: Contexts = {
      github: state.github,
      inputs: scope.inputs,
      vars: options.vars,
      needs,
      secrets: scope.secrets,
    }
    const key = `${scope.prefix}${job.id}`
    let run: boolean
    try {
      run = truthy(evaluateCondition(job.condition, { contexts, status }))
    } catch (error) {
      options.write(`\n━━ ${key}: if: ${message(error)}\n`)
      results.set(job.id, { result: 'failure', outputs: {} })
      state.records.push({ key, id: job.id, result: 'failure', outputs: {}, steps: [], reason: message(error) })
      continue
    }
    if (!run) {
      const why = `if: ${job.condition} is false`
      options.write(`\n━━ ${key}: skipped (${why})\n`)
      results.set(job.id, { result: 'skipped', outputs: {} })
      state.records.push({ key, id: job.id, result: 'skipped', outputs: {}, steps: [], reason: why })
      continue
    }
    const outcome =
      job.uses !== undefined
        ? await runCall(state, workflow, job, contexts, scope)
        : await runMatrixJob(state, workflow, job, contexts, scope)
    results.set(job.id, outcome)
  }
  const failed = [...results.values()].some((r) => r.result === 'failure')
  const result: Result = failed ? 'failure' : 'success'
  // A called workflow's outputs: on.workflow_call.outputs.<name>.value over the jobs context.
  const outputs: Record<string, string> = {}
  const call = workflow.on.workflow_call
  if (scope.prefix !== '' && isObject(call) && isObject(call.outputs)) {
    const jobs = Object.fromEntries([...results].map(([id, r]) => [id, { result: r.result, outputs: r.outputs }]))
    for (const [name, spec] of Object.entries(call.outputs)) {
      const value = isObject(spec) && typeof spec.value === 'string' ? spec.value : ''
      outputs[name] = asString(
        interpolateValue(value, { contexts: { github: state.github, inputs: scope.inputs, jobs } }),
      )
    }
  }
  return { result, outputs }
}

/** Every job a job needs, directly or through the jobs it needs. */
function ancestorsOf(workflow: LoadedWorkflow, job: JobDef): string[] {
  const byId = new Map(workflow.jobs.map((j) => [j.id, j]))
  const seen = new Set<string>()
  const visit = (id: string) => {
    if (seen.has(id)) return
    seen.add(id)
    for (const need of byId.get(id)?.needs ?? []) visit(need)
  }
  job.needs.forEach(visit)
  return [...seen]
}

function selectJobs(workflow: LoadedWorkflow, only: string[] | undefined): Set<string> {
  if (only === undefined || only.length === 0) return new Set(workflow.jobs.map((j) => j.id))
  const byId = new Map(workflow.jobs.map((j) => [j.id, j]))
  const chosen = new Set<string>()
  const add = (id: string) => {
    const job = byId.get(id)
    if (!job) throw new Error(`--job ${id}: the workflow has no such job; its jobs: ${[...byId.keys()].join(', ')}`)
    if (chosen.has(id)) return
    chosen.add(id)
    job.needs.forEach(add)
  }
  only.forEach(add)
  return chosen
}

function evaluateCondition(condition: string, scope: Scope): Value {
  return interpolateValue(`\${{ ${condition} }}`, scope)
}

const interpolateValue = (text: string, scope: Scope): Value => interpolate(text, scope)

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** Whether a job's permissions (else its workflow's) grant `id-token: write`; the default token has no id-token. */
function grantsIdToken(workflow: LoadedWorkflow, job: JobDef, contexts: Contexts): boolean {
  const token = field(job.token, 'permissions') ?? workflow.permissions
  if (token === undefined) return false
  const value = evaluateToken(token, { contexts })
  if (value === 'write-all') return true
  return isObject(value) && value['id-token'] === 'write'
}

/** A job's legs, one after the other (fail-fast cancels the legs not yet run when one fails). */
async function runMatrixJob(
  state: RunState,
  workflow: LoadedWorkflow,
  job: JobDef,
  contexts: Contexts,
  scope: CallScope,
): Promise<{ result: Result; outputs: Record<string, string> }> {
  const { options } = state
  const strategyToken = field(job.token, 'strategy')
  const strategy = strategyToken === undefined ? {} : evaluateToken(strategyToken, { contexts })
  const strategyObject = isObject(strategy) ? strategy : {}
  let legs: Combination[] = [{}]
  if (strategyObject.matrix !== undefined) {
    legs = expandMatrix(strategyObject.matrix)
    if (legs.length === 0) legs = [{}]
  }
  const filter = scope.prefix === '' ? options.matrix : undefined
  if (filter !== undefined && Object.keys(filter).length > 0) {
    const all = legs.length
    legs = legs.filter((leg) => Object.entries(filter).every(([k, v]) => k in leg && asString(leg[k] ?? null) === v))
    options.write(`\n━━ ${scope.prefix}${job.id}: --matrix keeps ${legs.length} of ${all} legs\n`)
  }
  const failFast = strategyObject['fail-fast'] !== false
  let result: Result = legs.length === 0 ? 'skipped' : 'success'
  let outputs: Record<string, string> = {}
  let stop = false
  for (const [index, leg] of legs.entries()) {
    const key = `${scope.prefix}${job.id}${legName(leg) ? ` ${legName(leg)}` : ''}`
    if (stop) {
      options.write(`\n━━ ${key}: cancelled (fail-fast: an earlier leg failed)\n`)
      state.records.push({ key, id: job.id, result: 'cancelled', outputs: {}, steps: [], matrix: leg })
      continue
    }
    const legContexts: Contexts = {
      ...contexts,
      matrix: leg,
      strategy: {
        'fail-fast': failFast,
        'job-index': index,
        'job-total': legs.length,
        'max-parallel': 1,
      },
    }
    const idToken = scope.idToken && grantsIdToken(workflow, job, legContexts)
    const record = await runJob(
      state,
      workflow,
      job,
      legContexts,
      key,
      leg,
      idToken,
      legs.length > 1 ? index + 1 : undefined,
    )
    state.records.push(record)
    if (record.result === 'failure') {
      result = 'failure'
      if (failFast && legs.length > 1) stop = true
    } else if (record.result === 'skipped' && legs.length === 1) result = 'skipped'
    // As on GitHub, the outputs of a matrix job are those of the leg that finished last.
    if (Object.keys(record.outputs).length > 0) outputs = record.outputs
  }
  const continueOnError = evaluateToken(field(job.token, 'continue-on-error'), { contexts })
  if (result === 'failure' && truthy(continueOnError)) {
    options.write(`  ${job.id} failed; continue-on-error lets the workflow go on\n`)
    return { result: 'success', outputs }
  }
  return { result, outputs }
}

interface StepEnvFiles {
  output: string
  env: string
  path: string
  summary: string
  state: string
}

/** One job (one leg of a matrix): its steps in order in a fresh workspace. */
async function runJob(
  state: RunState,
  workflow: LoadedWorkflow,
  job: JobDef,
  contexts: Contexts,
  key: string,
  leg: Combination,
  idToken: boolean,
  legNumber?: number,
): Promise<JobRecord> {
  const setup = prepareJob(state, workflow, job, contexts, key, legNumber)
  const progress: JobProgress = {
    steps: [],
    stepsContext: {},
    exported: {},
    paths: [],
    failed: false,
    cancelled: false,
  }
  for (const [index, step] of job.steps.entries()) {
    const record = await runJobStep(state, job, setup, progress, step, index, idToken)
    progress.steps.push(record)
    if (step.ownId !== undefined) {
      progress.stepsContext[step.ownId] = {
        outputs: record.outputs,
        outcome: record.outcome,
        conclusion: record.conclusion,
      }
    }
  }
  const { failed, cancelled, skipRest, steps } = progress
  let result: Result = cancelled ? 'cancelled' : failed ? 'failure' : 'success'
  if (!failed && !cancelled && skipRest !== undefined && steps.every((s) => s.outcome !== 'failure')) result = 'success'
  const outputs = jobOutputs(state, job, { ...setup.base, steps: progress.stepsContext, matrix: leg })
  const record: JobRecord = { key, id: job.id, result, outputs, steps }
  if (Object.keys(leg).length > 0) record.matrix = leg
  if (skipRest !== undefined) record.reason = skipRest
  state.options.write(`  ${key}: ${result}${skipRest !== undefined ? ` (${skipRest})` : ''}\n`)
  return record
}

/** What a job's steps share: its folders, contexts, env, `defaults.run`, deadline and command files. */
interface JobSetup {
  key: string
  /** The job's folder name under jobs/ and summaries/. */
  slug: string
  workspace: string
  temp: string
  base: Contexts
  jobEnv: Record<string, string>
  defaults: { shell?: string; 'working-directory'?: string }
  timeoutMinutes: number
  deadline: number
  files: StepEnvFiles
}

/** Where a job is between its steps: what they recorded, exported and added to PATH, and whether one failed. */
interface JobProgress {
  steps: StepRecord[]
  stepsContext: Record<string, Value>
  exported: Record<string, string>
  paths: string[]
  failed: boolean
  cancelled: boolean
  /** Set by a step that ends the job early (a stand-in that cannot run here): why the rest is skipped. */
  skipRest?: string
}

/** A clean workspace and temp folder for the job, its name printed, and its contexts, env and defaults evaluated. */
function prepareJob(
  state: RunState,
  workflow: LoadedWorkflow,
  job: JobDef,
  contexts: Contexts,
  key: string,
  legNumber: number | undefined,
): JobSetup {
  const { options } = state
  // Folders by job id and leg number: the leg's values can be long (a whole include entry).
  const slug = `${key.split(' ')[0] ?? job.id}${legNumber !== undefined ? `-${legNumber}` : ''}`.replace(
    /[^\w.-]+/g,
    '_',
  )
  const folder = path.join(options.runDir, 'jobs', slug)
  const workspace = path.join(folder, 'workspace')
  const temp = path.join(folder, 'temp')
  execFileSync('rm', ['-rf', '--', folder])
  mkdirSync(workspace, { recursive: true })
  mkdirSync(temp, { recursive: true })
  const nameToken = field(job.token, 'name')
  const displayName = nameToken === undefined ? key : asString(evaluateToken(nameToken, { contexts }))
  options.write(`\n━━ ${key}${displayName !== key ? ` — ${displayName}` : ''}\n`)

  const github = { ...state.github, job: job.id, workspace }
  const runner = {
    os: 'Linux',
    arch: process.arch === 'arm64' ? 'ARM64' : 'X64',
    name: 'slipway-local',
    environment: 'self-hosted',
    temp,
    tool_cache: process.env.RUNNER_TOOL_CACHE ?? path.join(os.homedir(), '.cache', 'slipway', 'tool-cache'),
    debug: options.debug ? '1' : '',
  }
  const base: Contexts = { ...contexts, github, runner, job: { status: 'success' } }
  const jobEnv: Record<string, string> = {}
  for (const token of [workflow.env, field(job.token, 'env')]) {
    if (token === undefined) continue
    const values = evaluateToken(token, { contexts: { ...base, env: jobEnv } })
    if (isObject(values)) for (const [k, v] of Object.entries(values)) jobEnv[k] = asString(v)
  }
  const defaults: { shell?: string; 'working-directory'?: string } = {}
  for (const token of [field(workflow.defaults, 'run'), field(field(job.token, 'defaults'), 'run')]) {
    if (token === undefined) continue
    const values = evaluateToken(token, { contexts: base })
    if (isObject(values)) {
      if (typeof values.shell === 'string') defaults.shell = values.shell
      if (typeof values['working-directory'] === 'string') defaults['working-directory'] = values['working-directory']
    }
  }
  const timeoutMinutes = Number(asString(evaluateToken(field(job.token, 'timeout-minutes'), { contexts: base })) || 360)
  const files: StepEnvFiles = {
    output: path.join(temp, '_runner_file_commands', 'set_output'),
    env: path.join(temp, '_runner_file_commands', 'set_env'),
    path: path.join(temp, '_runner_file_commands', 'add_path'),
    summary: path.join(temp, '_runner_file_commands', 'step_summary'),
    state: path.join(temp, '_runner_file_commands', 'save_state'),
  }
  mkdirSync(path.dirname(files.output), { recursive: true })
  return {
    key,
    slug,
    workspace,
    temp,
    base,
    jobEnv,
    defaults,
    timeoutMinutes,
    deadline: Date.now() + timeoutMinutes * 60_000,
    files,
  }
}

/** One step of a job: decided (skips, `if:`, the deadline), run, and its record, outputs and summary written. */
async function runJobStep(
  state: RunState,
  job: JobDef,
  setup: JobSetup,
  progress: JobProgress,
  step: StepDef,
  index: number,
  idToken: boolean,
): Promise<StepRecord> {
  const { options } = state
  const stepEnvBase = { ...setup.jobEnv, ...progress.exported }
  const stepContexts: Contexts = {
    ...setup.base,
    env: stepEnvBase,
    steps: progress.stepsContext,
    job: { status: progress.failed ? 'failure' : 'success' },
  }
  const name = stepName(step, stepContexts)
  const record: StepRecord = {
    name,
    outcome: 'success',
    conclusion: 'success',
    outputs: {},
    summary: '',
    durationMs: 0,
  }
  if (step.ownId !== undefined) record.id = step.ownId
  const gate = stepGate(state, job, setup, progress, step, name, stepContexts)
  if (gate !== undefined) {
    record.outcome = record.conclusion = gate.outcome
    if (gate.note !== undefined) record.note = gate.note
    options.write(gate.line)
    return record
  }
  options.write(`  ▶ ${name}\n`)
  const started = performance.now()
  let stepResult: StepOutcome
  try {
    // The step's env: the job's, what earlier steps exported, then its own `env:` (which may read the others).
    const own = evaluateToken(field(step.token, 'env'), { contexts: stepContexts, workspace: setup.workspace })
    const stepEnv = { ...stepEnvBase }
    if (isObject(own)) for (const [k, v] of Object.entries(own)) stepEnv[k] = asString(v)
    const evalContexts: Contexts = { ...stepContexts, env: stepEnv }
    const stepTimeout = Number(
      asString(evaluateToken(field(step.token, 'timeout-minutes'), { contexts: evalContexts })) || 0,
    )
    const timeoutMs = Math.max(
      1000,
      Math.min(setup.deadline - Date.now(), stepTimeout > 0 ? stepTimeout * 60_000 : Infinity),
    )
    const run: StepRun = {
      state,
      job,
      step,
      name,
      workspace: setup.workspace,
      temp: setup.temp,
      files: setup.files,
      stepEnv,
      contexts: evalContexts,
      paths: progress.paths,
      timeoutMs,
      defaults: setup.defaults,
      key: setup.key,
      idToken,
    }
    stepResult = step.uses !== undefined ? await runUsesStep(run) : await runScriptStep(run)
  } catch (error) {
    stepResult = { outcome: 'failure', outputs: {}, summary: '', note: message(error) }
    options.write(`    ${message(error)}\n`)
  }
  record.durationMs = performance.now() - started
  record.outputs = stepResult.outputs
  record.summary = stepResult.summary
  if (stepResult.note !== undefined) record.note = stepResult.note
  record.outcome = stepResult.outcome
  record.conclusion = stepResult.outcome
  if (stepResult.skipJob !== undefined) progress.skipRest = stepResult.skipJob
  if (stepResult.outcome === 'failure') {
    const coe = truthy(evaluateToken(field(step.token, 'continue-on-error'), { contexts: stepContexts }))
    if (coe) {
      record.conclusion = 'success'
      options.write(`    failed; continue-on-error: the job goes on\n`)
    } else progress.failed = true
  }
  // What the step wrote to GITHUB_ENV and GITHUB_PATH reaches the steps after it.
  Object.assign(progress.exported, readCommandFile(setup.files.env))
  for (const p of readLines(setup.files.path)) progress.paths.unshift(p)
  writeFileSync(setup.files.env, '')
  writeFileSync(setup.files.path, '')
  reportStep(state, setup, step, index, record)
  return record
}

function stepName(step: StepDef, contexts: Contexts): string {
  const nameToken = field(step.token, 'name')
  try {
    if (nameToken !== undefined) return asString(evaluateToken(nameToken, { contexts }))
    if (step.uses !== undefined) return `Run ${step.uses}`
    return `Run ${firstLine(asString(evaluateToken(step.run, { contexts })))}`
  } catch {
    return step.ownId ?? step.id
  }
}

/**
 * Whether a step runs: undefined when it does, else how it ends without running (skipped after a step that ended the
 * job, by --skip-step or by its `if:`; failed by an `if:` that cannot be evaluated; cancelled past the deadline).
 */
function stepGate(
  state: RunState,
  job: JobDef,
  setup: JobSetup,
  progress: JobProgress,
  step: StepDef,
  name: string,
  contexts: Contexts,
): { outcome: Result; note?: string; line: string } | undefined {
  if (progress.skipRest !== undefined) {
    return { outcome: 'skipped', note: progress.skipRest, line: `  ○ ${name}: skipped (${progress.skipRest})\n` }
  }
  const skipKey = `${job.id}.${step.ownId ?? name}`
  if (state.options.replacements.skipSteps.includes(skipKey)) {
    return {
      outcome: 'skipped',
      note: `--skip-step ${skipKey}`,
      line: `  ○ ${name}: skipped (--skip-step ${skipKey}: not run on this machine)\n`,
    }
  }
  let go: boolean
  try {
    go = truthy(
      evaluateCondition(step.condition, {
        contexts,
        status: { success: !progress.failed, failure: progress.failed, cancelled: progress.cancelled },
        workspace: setup.workspace,
      }),
    )
  } catch (error) {
    progress.failed = true
    return { outcome: 'failure', note: message(error), line: `  ✗ ${name}: ${message(error)}\n` }
  }
  if (!go) return { outcome: 'skipped', line: `  ○ ${name}: skipped (if: ${step.condition})\n` }
  if (Date.now() > setup.deadline) {
    progress.cancelled = true
    const note = `the job's timeout-minutes (${setup.timeoutMinutes}) ran out`
    return { outcome: 'cancelled', note, line: `  ✗ ${name}: cancelled, ${note}\n` }
  }
  return undefined
}

/** The step's line in the log (masked), its outputs, and its summary kept under summaries/<job>/. */
function reportStep(state: RunState, setup: JobSetup, step: StepDef, index: number, record: StepRecord): void {
  const { options } = state
  const mark = record.outcome === 'success' ? '✓' : record.outcome === 'skipped' ? '○' : '✗'
  options.write(
    mask(
      state,
      `  ${mark} ${record.name} (${(record.durationMs / 1000).toFixed(1)} s)${record.note ? `: ${record.note}` : ''}\n`,
    ),
  )
  for (const [k, v] of Object.entries(record.outputs)) options.write(`      ${k} = ${oneLine(mask(state, v))}\n`)
  if (record.summary.trim() !== '') {
    const file = path.join(
      options.runDir,
      'summaries',
      setup.slug,
      `${index + 1}-${(step.ownId ?? 'step').replace(/[^\w.-]+/g, '_')}.md`,
    )
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, record.summary)
    options.write(`      summary: ${path.relative(process.cwd(), file)}\n`)
  }
}

/** The job's `outputs:`, evaluated over its steps; one that cannot be evaluated is left out, and the log says why. */
function jobOutputs(state: RunState, job: JobDef, contexts: Contexts): Record<string, string> {
  const outputs: Record<string, string> = {}
  const outputsToken = field(job.token, 'outputs')
  if (outputsToken === undefined || !isMapping(outputsToken)) return outputs
  for (const pair of outputsToken) {
    const name = asString(evaluateToken(pair.key, { contexts }))
    try {
      outputs[name] = asString(evaluateToken(pair.value, { contexts }))
    } catch (error) {
      state.options.write(`  outputs.${name}: ${message(error)}\n`)
    }
  }
  return outputs
}

interface StepRun {
  state: RunState
  job: JobDef
  step: StepDef
  name: string
  key: string
  workspace: string
  temp: string
  files: StepEnvFiles
  stepEnv: Record<string, string>
  contexts: Contexts
  paths: string[]
  timeoutMs: number
  defaults: { shell?: string; 'working-directory'?: string }
  /** The job grants `id-token: write`: its steps get the OIDC token service, if the run has one. */
  idToken: boolean
}

type StepOutcome = {
  outcome: Result
  outputs: Record<string, string>
  summary: string
  note?: string
  skipJob?: string
}

function runnerEnv(run: StepRun): Record<string, string> {
  const { state, workspace, temp, files } = run
  const github = run.contexts.github as Record<string, Value>
  const env: Record<string, string> = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: asString(github.event_name ?? ''),
    GITHUB_REF: asString(github.ref ?? ''),
    GITHUB_REF_NAME: asString(github.ref_name ?? ''),
    GITHUB_REF_TYPE: asString(github.ref_type ?? ''),
    GITHUB_SHA: asString(github.sha ?? ''),
    GITHUB_REPOSITORY: asString(github.repository ?? ''),
    GITHUB_REPOSITORY_OWNER: asString(github.repository_owner ?? ''),
    GITHUB_ACTOR: asString(github.actor ?? ''),
    GITHUB_SERVER_URL: asString(github.server_url ?? ''),
    GITHUB_API_URL: asString(github.api_url ?? ''),
    GITHUB_GRAPHQL_URL: asString(github.graphql_url ?? ''),
    GITHUB_RUN_ID: state.runId,
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: run.job.id,
    GITHUB_WORKFLOW: asString(github.workflow ?? ''),
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
    RUNNER_ENVIRONMENT: 'self-hosted',
    RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE ?? path.join(os.homedir(), '.cache', 'slipway', 'tool-cache'),
    SLIPWAY_LOCAL: 'true',
  }
  if (state.options.debug) env.RUNNER_DEBUG = '1'
  // As on GitHub: only a job with `id-token: write` can ask for an OIDC token; others get none, even when slipway's
  // own environment has a token service.
  env.ACTIONS_ID_TOKEN_REQUEST_URL = run.idToken ? (state.options.idToken?.url ?? '') : ''
  env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = run.idToken ? (state.options.idToken?.token ?? '') : ''
  if (asString(github.base_ref ?? '') !== '') env.GITHUB_BASE_REF = asString(github.base_ref ?? '')
  if (asString(github.head_ref ?? '') !== '') env.GITHUB_HEAD_REF = asString(github.head_ref ?? '')
  return env
}

function renderer(run: StepRun): LogRenderer {
  const { options } = run.state
  const log = new LogRenderer(
    (text) => {
      options.write(text)
    },
    {
      indent: '    ',
      secrets: run.state.masks,
      ...(options.raw ? { raw: true } : {}),
      ...(options.debug ? { debug: true } : {}),
    },
  )
  return log
}

/** The process environment a step starts from: this process's, less what belongs to the runner or another step. */
function baseEnv(run: StepRun): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env)) if (!RUNNER_OWNED_ENV.test(name)) env[name] = value
  if (run.paths.length > 0) env.PATH = [...run.paths, process.env.PATH ?? ''].join(path.delimiter)
  return env
}

/** A `run:` step: the script in a file, run by the step's shell (bash -e -o pipefail by default) in its folder. */
async function runScriptStep(run: StepRun): Promise<StepOutcome> {
  const { step, workspace, temp, files, contexts } = run
  const script = asString(evaluateToken(step.run, { contexts, workspace }))
  const shell = text(step.token, 'shell') ?? run.defaults.shell ?? 'bash'
  const dir = text(step.token, 'working-directory') ?? run.defaults['working-directory'] ?? '.'
  const cwd = path.resolve(workspace, asString(interpolate(dir, { contexts })))
  if (!existsSync(cwd))
    return { outcome: 'failure', outputs: {}, summary: '', note: `working-directory ${dir} does not exist` }
  const scriptFile = path.join(temp, `${step.id.replace(/[^\w.-]+/g, '_')}-${Date.now()}.sh`)
  writeFileSync(scriptFile, script)
  for (const f of [files.output, files.env, files.path, files.summary, files.state]) writeFileSync(f, '')
  const shells: Record<string, string> = {
    bash: 'bash --noprofile --norc -eo pipefail {0}',
    sh: 'sh -e {0}',
    python: 'python3 {0}',
  }
  const template = shells[shell] ?? (shell.includes('{0}') ? shell : `${shell} {0}`)
  const [command = 'bash', ...args] = template.split(/\s+/).map((part) => part.replace('{0}', scriptFile))
  const env = { ...baseEnv(run), ...runnerEnv(run), ...run.stepEnv }
  const log = renderer(run)
  const exitCode = await new Promise<number>((resolve, reject) => {
    // Its own process group, so a timeout ends the script and everything it started (a `sleep` holds the pipes).
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }, run.timeoutMs)
    child.stdout.setEncoding('utf8').on('data', (c: string) => log.chunk(c, 'stdout'))
    child.stderr.setEncoding('utf8').on('data', (c: string) => log.chunk(c, 'stderr'))
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve(signal === 'SIGKILL' ? 124 : (code ?? 1))
    })
  })
  log.flush()
  for (const m of maskedIn(log)) run.state.masks.push(m)
  const outputs = readCommandFile(files.output)
  const summary = readFileSync(files.summary, 'utf8')
  if (exitCode === 124) return { outcome: 'failure', outputs, summary, note: 'timed out (timeout-minutes)' }
  return exitCode === 0
    ? { outcome: 'success', outputs, summary }
    : { outcome: 'failure', outputs, summary, note: `exit ${exitCode}` }
}

function maskedIn(log: LogRenderer): string[] {
  return log.maskedValues()
}

/** The slipway action a `uses:` names: `./actions/x`, `<owner>/slipway/actions/x@ref`, or the root action. */
export function slipwayAction(uses: string): { id: string } | undefined {
  const local = /^\.\/actions\/([a-z0-9-]+)\/?$/.exec(uses)
  if (local?.[1] !== undefined) return { id: local[1] }
  const remote = /^[\w.-]+\/slipway\/actions\/([a-z0-9-]+)@[\w./-]+$/.exec(uses)
  if (remote?.[1] !== undefined) return { id: remote[1] }
  return undefined
}

/** A `uses:` step: a slipway action from its bundle, a stand-in, or a skip said in one line. */
async function runUsesStep(run: StepRun): Promise<StepOutcome> {
  const { state, step, workspace, contexts } = run
  const { options } = state
  const uses = step.uses ?? ''
  const withValue = evaluateToken(field(step.token, 'with'), { contexts, workspace })
  const inputs: Record<string, string> = {}
  if (isObject(withValue)) for (const [k, v] of Object.entries(withValue)) inputs[k] = asString(v)
  const slipway = slipwayAction(uses)
  if (slipway === undefined && uses !== './' && !/^[\w.-]+\/slipway@/.test(uses)) {
    const found = standInFor(uses)
    if (found === undefined) {
      const note = `${uses}: no local stand-in for this action`
      if (options.strict) return { outcome: 'failure', outputs: {}, summary: '', note: `${note} (--strict)` }
      return { outcome: 'skipped', outputs: {}, summary: '', note: `skipped, ${note} (--strict fails here)` }
    }
    const result = await found.standIn({
      repo: options.repo,
      repository: options.repository,
      ref: options.ref,
      sha: options.sha,
      workspace,
      artifacts: path.join(options.runDir, 'artifacts'),
      inputs,
      env: run.stepEnv,
      log: (line) => options.write(mask(state, `    ${line}\n`)),
    })
    return {
      outcome: result.outcome === 'skip-job' ? 'skipped' : result.outcome,
      outputs: result.outputs ?? {},
      summary: '',
      note: result.note,
      ...(result.outcome === 'skip-job' ? { skipJob: result.note } : {}),
    }
  }
  const id = slipway?.id ?? 'root'
  const actionRoot =
    existsSync(path.join(workspace, 'actions', id, 'action.yml')) && existsSync(path.join(workspace, 'dist', id))
      ? workspace
      : options.root
  applyReplacements(run, id, inputs)
  const log = renderer(run)
  const env = { ...runnerEnv(run), ...state.artifactEnv, ...run.stepEnv }
  if (run.paths.length > 0) env.PATH = [...run.paths, process.env.PATH ?? ''].join(path.delimiter)
  const result = await runStep({
    root: actionRoot,
    action: id,
    inputs,
    workspace,
    event: asString((contexts.github as Record<string, Value>).event_name ?? 'push'),
    payload: (contexts.github as Record<string, Value>).event as Record<string, unknown>,
    ref: options.ref,
    sha: options.sha,
    repository: options.repository,
    actor: options.actor,
    token: options.token,
    runnerTemp: run.temp,
    keepTemp: true,
    env,
    runnerEnv: { GITHUB_ACTION: step.ownId ?? step.id },
    contexts,
    timeoutMs: run.timeoutMs,
    onOutput: (chunk, stream) => log.chunk(chunk, stream),
  })
  log.flush()
  for (const m of maskedIn(log)) state.masks.push(m)
  // runStep keeps its own command files: what the step exported goes through the job's.
  writeFileSync(
    run.files.env,
    Object.entries(result.exportedEnv)
      .map(([k, v]) => `${k}<<_SLIPWAY_EOF_\n${v}\n_SLIPWAY_EOF_\n`)
      .join(''),
  )
  writeFileSync(run.files.path, result.addedPaths.map((p) => `${p}\n`).join(''))
  return result.exitCode === 0
    ? { outcome: 'success', outputs: result.outputs, summary: result.summary }
    : { outcome: 'failure', outputs: result.outputs, summary: result.summary, note: `exit ${result.exitCode}` }
}

/** What differs on this machine, applied to a slipway step's inputs and said in the log. */
function applyReplacements(run: StepRun, action: string, inputs: Record<string, string>): void {
  const { options } = run.state
  const { replacements } = options
  const say = (line: string) => options.write(`    ↪ ${line}\n`)
  for (const [key, value] of Object.entries(inputs)) {
    let next = value
    for (const [from, to] of replacements.mirrors) next = next.split(from).join(to)
    for (const [from, to] of replacements.registries)
      next = next.replace(
        new RegExp(`(^|[\\s/"'=:])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[\\s/:"'])`, 'gm'),
        `$1${to}`,
      )
    if (next !== value) {
      say(`${key}: ${oneLine(value)} → ${oneLine(next)}`)
      inputs[key] = next
    }
  }
  if (action === 'ghcr-publish') {
    const registry = inputs.registry ?? 'ghcr.io'
    const loopback = isLoopback(registry)
    if (loopback && replacements.registries.some(([, to]) => to === registry) && inputs.insecure !== 'true') {
      inputs.insecure = 'true'
      say(`insecure: true (plain HTTP to the loopback registry ${registry})`)
    }
  }
  if (action === 'attest-image' && inputs.insecure !== 'true') {
    // Its images name their registry (ghcr-publish's images output, after --registry): plain HTTP when every one is
    // a loopback registry this run was pointed at, as for ghcr-publish.
    const registries = registriesNamedBy(inputs.images ?? '')
    const targets = replacements.registries.map(([, to]) => to)
    if (registries.length > 0 && registries.every((r) => targets.includes(r) && isLoopback(r))) {
      inputs.insecure = 'true'
      say(`insecure: true (plain HTTP to the loopback registry ${[...new Set(registries)].join(', ')})`)
    }
  }
  for (const o of replacements.overrides) {
    if (o.job !== run.job.id || (o.step !== run.step.ownId && o.step !== run.name)) continue
    if (o.value === '') {
      inputs[o.input] = ''
      say(`${o.input}: empty (--with ${o.job}.${o.step}.${o.input}=)`)
    } else {
      say(`${o.input}: ${oneLine(inputs[o.input] ?? '(unset)')} → ${oneLine(o.value)} (--with)`)
      inputs[o.input] = o.value
    }
  }
}

const isLoopback = (registry: string) => /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(registry)

/** The registry hosts of attest-image's `images`: JSON objects with `name`, or `registry/owner/name@…` lines. */
function registriesNamedBy(images: string): string[] {
  let names: string[]
  try {
    const parsed = JSON.parse(images) as unknown
    names = Array.isArray(parsed)
      ? parsed.map((entry) => (isObject(entry as Value) ? asString((entry as Record<string, Value>).name ?? '') : ''))
      : []
  } catch {
    names = images.split('\n')
  }
  return names.map((name) => name.trim().split('/')[0] ?? '').filter((host) => host !== '')
}

/** A job that calls a reusable workflow: its jobs run here, with the call's inputs and secrets. */
async function runCall(
  state: RunState,
  caller: LoadedWorkflow,
  job: JobDef,
  contexts: Contexts,
  scope: CallScope,
): Promise<{ result: Result; outputs: Record<string, string> }> {
  const { options } = state
  const uses = job.uses ?? ''
  const file = calledWorkflowFile(uses, options)
  const key = `${scope.prefix}${job.id}`
  options.write(`\n━━ ${key}: calls ${uses}\n`)
  const called = await loadWorkflow(file)
  const withValue = evaluateToken(field(job.token, 'with'), { contexts })
  const given: Record<string, string> = {}
  if (isObject(withValue)) for (const [k, v] of Object.entries(withValue)) given[k] = asString(v)
  const inputs = workflowInputs(called, 'workflow_call', given)
  const secretsToken = field(job.token, 'secrets')
  let secrets: Record<string, string> = { GITHUB_TOKEN: options.token }
  if (secretsToken !== undefined) {
    const value = evaluateToken(secretsToken, { contexts })
    if (value === 'inherit') secrets = { ...scope.secrets }
    else if (isObject(value)) for (const [k, v] of Object.entries(value)) secrets[k] = asString(v)
  }
  const result = await runJobs(state, called, {
    inputs,
    secrets,
    prefix: `${key}/`,
    idToken: scope.idToken && grantsIdToken(caller, job, contexts),
  })
  state.records.push({ key, id: job.id, result: result.result, outputs: result.outputs, steps: [] })
  for (const [k, v] of Object.entries(result.outputs)) options.write(`      ${k} = ${oneLine(mask(state, v))}\n`)
  return result
}

/** `./.github/workflows/x.yml` from the repository; `<owner>/slipway/.github/workflows/x.yml@ref` from slipway. */
function calledWorkflowFile(uses: string, options: WorkflowOptions): string {
  const local = /^\.\/(\.github\/workflows\/[\w.-]+\.ya?ml)$/.exec(uses)
  if (local?.[1] !== undefined) return path.join(options.repo, local[1])
  const remote = /^[\w.-]+\/slipway\/(\.github\/workflows\/[\w.-]+\.ya?ml)@[\w./-]+$/.exec(uses)
  if (remote?.[1] !== undefined) return path.join(options.root, remote[1])
  throw new Error(`${uses}: only reusable workflows of this repository or of slipway can be called locally`)
}

function readCommandFile(file: string): Record<string, string> {
  return existsSync(file) ? parseCommandFile(readFileSync(file, 'utf8')) : {}
}

function readLines(file: string): string[] {
  return existsSync(file)
    ? readFileSync(file, 'utf8')
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '')
    : []
}

const firstLine = (s: string) => s.trim().split('\n')[0] ?? ''

function oneLine(value: string): string {
  const lines = value.split('\n')
  const first = lines[0] ?? ''
  const shown = lines.length > 1 ? `${first} … (${lines.length} lines)` : first
  return shown.length > 100 ? `${shown.slice(0, 99)}…` : shown
}

function mask(state: RunState, text: string): string {
  let result = text
  for (const secret of [...state.masks].sort((a, b) => b.length - a.length))
    if (secret.trim().length > 1) result = result.split(secret).join('***')
  return result
}

/** The final table: one row per job (and leg) with its result, then each step's. */
function printTables(state: RunState): void {
  const write = (text: string) => {
    state.options.write(text)
  }
  write('\nJobs\n')
  const width = Math.max(4, ...state.records.map((r) => r.key.length))
  write(`  ${'job'.padEnd(width)}  result     steps\n`)
  for (const record of state.records) {
    const counts = (['success', 'failure', 'skipped', 'cancelled'] as const)
      .map((r) => [r, record.steps.filter((s) => s.outcome === r).length] as const)
      .filter(([, n]) => n > 0)
      .map(([r, n]) => `${n} ${r}`)
      .join(', ')
    write(
      `  ${record.key.padEnd(width)}  ${record.result.padEnd(9)}  ${counts}${record.reason ? ` — ${record.reason}` : ''}\n`,
    )
  }
}
