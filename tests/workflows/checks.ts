// The rules every workflow of this repository keeps (the examples users copy and the reusable workflows they call),
// as pure functions over parsed workflow files, so the rules themselves can be tested on bad snippets.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { ActionMetadata } from '@slipway/cli'
import { parse } from 'yaml'

/** The owner in `uses: <owner>/slipway/...@v1` everywhere in this repository. */
export const OWNER = 'slipway-dev'
export const MAJOR_REF = 'v1'

type Permissions = string | Record<string, string> | null

export interface Step {
  id?: string
  name?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
}

export interface Job {
  name?: string
  needs?: string | string[]
  permissions?: Permissions
  outputs?: Record<string, string>
  steps?: Step[]
  uses?: string
  with?: Record<string, unknown>
  secrets?: 'inherit' | Record<string, string>
  'timeout-minutes'?: number | string
  concurrency?: string | { group?: string; 'cancel-in-progress'?: boolean | string }
}

interface WorkflowCall {
  inputs?: Record<string, { required?: boolean; default?: unknown; type?: string } | null>
  secrets?: Record<string, { required?: boolean } | null>
  outputs?: Record<string, { value?: string } | null>
}

export interface Workflow {
  name?: string
  on?: string | string[] | Record<string, unknown>
  permissions?: Permissions
  concurrency?: Job['concurrency']
  jobs?: Record<string, Job>
}

export interface WorkflowFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string
  text: string
  doc: Workflow
}

export function parseWorkflow(file: string, text: string): WorkflowFile {
  return { path: file, text, doc: (parse(text) ?? {}) as Workflow }
}

/**
 * The workflow files of a checkout: `.github/workflows/*.yml` and the examples, which sit one level down in
 * `workflows-examples/<pipeline>/*.yml` (deeper folders hold the examples' fixtures, not workflows).
 */
export function listWorkflowFiles(root: string): string[] {
  const files: string[] = []
  const yaml = (name: string) => /\.ya?ml$/.test(name)
  const own = path.join(root, '.github', 'workflows')
  if (existsSync(own))
    files.push(
      ...readdirSync(own)
        .filter(yaml)
        .map((f) => `.github/workflows/${f}`),
    )
  const examples = path.join(root, 'workflows-examples')
  if (existsSync(examples)) {
    for (const entry of readdirSync(examples, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue
      for (const f of readdirSync(path.join(examples, entry.name)).filter(yaml))
        files.push(`workflows-examples/${entry.name}/${f}`)
    }
  }
  return files.sort()
}

export function loadWorkflow(root: string, file: string): WorkflowFile {
  return parseWorkflow(file, readFileSync(path.join(root, file), 'utf8'))
}

const jobsOf = (wf: WorkflowFile): [string, Job][] => Object.entries(wf.doc.jobs ?? {})
const needsOf = (job: Job): string[] => (job.needs === undefined ? [] : [job.needs].flat())

/** Every string inside a YAML value, depth first. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn)
  return []
}

/** The bodies of the `${{ ... }}` expressions in a string. */
export function expressionsIn(text: string): string[] {
  return [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((m) => m[1]!.trim())
}

// ---------------------------------------------------------------------------------------------------------------------
// Policy

/** Contexts an attacker can write (a PR title, a branch name, a dispatch input): never expanded into a script. */
const UNTRUSTED = /\bgithub\s*(?:\.\s*(?:event|head_ref)\b|\[\s*['"](?:event|head_ref)['"])|\binputs\s*[.[]/

/** Which slipway action or shell command justifies a write scope on a job. */
const WRITE_JUSTIFICATIONS: Record<string, { actions: string[]; command?: RegExp; uses?: RegExp }> = {
  packages: { actions: ['ghcr-publish', 'attest-image'] },
  contents: { actions: ['release-notes'], command: /\bgit\s+push\b/ },
  // Sigstore signs with the workflow's OIDC token; the attestations API stores the bundle.
  'id-token': { actions: ['attest-image'] },
  attestations: { actions: ['attest-image'] },
  // A scanner's SARIF goes to code scanning.
  'security-events': { actions: [], uses: /^github\/codeql-action\/upload-sarif@/ },
}

function writeScopes(permissions: Permissions | undefined): string[] {
  if (permissions === undefined || permissions === null) return []
  if (typeof permissions === 'string') return permissions === 'write-all' ? ['*'] : []
  return Object.entries(permissions)
    .filter(([, level]) => level === 'write')
    .map(([scope]) => scope)
}

/** The slipway action id a `uses:` names, for `./actions/<id>` and `<OWNER>/slipway/actions/<id>@ref`. */
export function slipwayActionId(uses: string): string | undefined {
  const local = /^\.\/actions\/([a-z0-9-]+)\/?$/.exec(uses)
  if (local) return local[1]
  const remote = new RegExp(`^${OWNER}/slipway/actions/([a-z0-9-]+)@`).exec(uses)
  return remote?.[1]
}

/** The repository-relative file of a reusable workflow call that lives in this repository, else undefined. */
export function localWorkflowPath(uses: string): string | undefined {
  const local = /^\.\/(\.github\/workflows\/[\w.-]+\.ya?ml)$/.exec(uses)
  if (local) return local[1]
  const remote = new RegExp(`^${OWNER}/slipway/(\\.github/workflows/[\\w.-]+\\.ya?ml)@`).exec(uses)
  return remote?.[1]
}

export interface Context {
  /** The metadata of `actions/<id>` in the checkout, or undefined when the folder is not there. */
  action(id: string): ActionMetadata | undefined
  /** A workflow of the checkout by repository-relative path, or undefined. */
  workflow(file: string): WorkflowFile | undefined
}

function jobJustifies(job: Job, scope: string, ctx: Context): boolean {
  if (job.uses !== undefined) {
    const callee = localWorkflowPath(job.uses)
    const wf = callee === undefined ? undefined : ctx.workflow(callee)
    return (
      wf !== undefined && jobsOf(wf).some(([, j]) => writeScopes(j.permissions ?? wf.doc.permissions).includes(scope))
    )
  }
  const rule = WRITE_JUSTIFICATIONS[scope]
  if (!rule) return false
  return (job.steps ?? []).some((step) => {
    const id = step.uses === undefined ? undefined : slipwayActionId(step.uses)
    return (
      (id !== undefined && rule.actions.includes(id)) ||
      (rule.command?.test(step.run ?? '') ?? false) ||
      (step.uses !== undefined && (rule.uses?.test(step.uses) ?? false))
    )
  })
}

function pushesTags(wf: WorkflowFile): boolean {
  const on = wf.doc.on
  if (on === undefined || typeof on === 'string' || Array.isArray(on)) return false
  const push = on.push as { tags?: unknown } | null | undefined
  return push?.tags !== undefined
}

/** The policy findings of one workflow file: least privilege, no script injection, pinned actions, time limits. */
export function policyProblems(wf: WorkflowFile, ctx: Context): string[] {
  const problems: string[] = []
  const top = wf.doc.permissions
  const say = (where: string, what: string) => problems.push(`${wf.path}: ${where}: ${what}`)

  if (typeof top === 'string') say('permissions', `'${top}' is not an explicit list of scopes`)
  if (writeScopes(top).length > 0)
    say('permissions', `write scopes (${writeScopes(top).join(', ')}) belong on the job that needs them`)

  let writes = false
  for (const [jobId, job] of jobsOf(wf)) {
    const where = `jobs.${jobId}`
    if (job.permissions === undefined && top === undefined)
      say(where, 'no permissions (set them on the workflow or the job)')
    if (typeof job.permissions === 'string')
      say(`${where}.permissions`, `'${job.permissions}' is not an explicit list of scopes`)
    const scopes = writeScopes(job.permissions ?? top)
    if (scopes.length > 0) writes = true
    for (const scope of scopes)
      if (!jobJustifies(job, scope, ctx))
        say(`${where}.permissions`, `'${scope}: write' is not needed by any step of the job`)

    if (job.uses !== undefined) {
      if (job.secrets === 'inherit')
        say(`${where}.secrets`, "'inherit' hands every secret over: pass the ones it declares")
      problems.push(...pinProblems(wf, where, job.uses))
      continue
    }
    if (job['timeout-minutes'] === undefined) say(where, 'no timeout-minutes')
    // A token with write scopes left in .git/config is within reach of every later step: only a job that pushes keeps it.
    const pushes = (job.steps ?? []).some((step) => /\bgit\s+push\b/.test(step.run ?? ''))
    if (scopes.length > 0 && !pushes)
      for (const step of job.steps ?? [])
        if (step.uses?.startsWith('actions/checkout@') === true && step.with?.['persist-credentials'] !== false)
          say(where, 'checks out with write scopes and keeps the token in .git/config: set persist-credentials: false')
    for (const [index, step] of (job.steps ?? []).entries()) {
      const stepWhere = `${where}.steps[${step.id ?? index}]`
      const scripts = [step.run ?? '']
      if (step.uses?.startsWith('actions/github-script@') === true) scripts.push(...stringsIn(step.with?.script))
      for (const expression of scripts.flatMap(expressionsIn))
        if (UNTRUSTED.test(expression))
          say(stepWhere, `\${{ ${expression} }} is expanded into a script: pass it through env: instead`)
      if (step.uses !== undefined) problems.push(...pinProblems(wf, stepWhere, step.uses))
    }
  }

  if (writes || pushesTags(wf)) {
    const cancels = (c: Job['concurrency']) => typeof c === 'object' && c['cancel-in-progress'] === true
    const writingJobs = jobsOf(wf).filter(([, job]) => writeScopes(job.permissions ?? top).length > 0)
    if (wf.doc.concurrency !== undefined) {
      if (cancels(wf.doc.concurrency))
        say('concurrency', 'a release must not be cancelled halfway (cancel-in-progress: true)')
    } else if (writingJobs.length === 0 || writingJobs.some(([, job]) => !jobSerialized(job, ctx))) {
      say('concurrency', 'a release workflow needs concurrency (on the workflow or on each job that writes)')
    }
    for (const [jobId, job] of writingJobs)
      if (cancels(job.concurrency)) say(`jobs.${jobId}.concurrency`, 'a release must not be cancelled halfway')
  }
  return problems
}

/** A job that writes runs one at a time: its own concurrency, or that of the reusable workflow it calls. */
function jobSerialized(job: Job, ctx: Context): boolean {
  if (job.concurrency !== undefined) return true
  const callee = job.uses === undefined ? undefined : localWorkflowPath(job.uses)
  const wf = callee === undefined ? undefined : ctx.workflow(callee)
  if (!wf) return false
  if (wf.doc.concurrency !== undefined) return true
  const writing = jobsOf(wf).filter(([, j]) => writeScopes(j.permissions ?? wf.doc.permissions).length > 0)
  return writing.length > 0 && writing.every(([, j]) => jobSerialized(j, ctx))
}

/** Local and first-party references are fine as they are; anything else is pinned to a commit, with its version. */
function pinProblems(wf: WorkflowFile, where: string, uses: string): string[] {
  if (uses.startsWith('./')) return []
  if (uses.startsWith(`${OWNER}/slipway/`)) {
    return uses.endsWith(`@${MAJOR_REF}`) ? [] : [`${wf.path}: ${where}: '${uses}' should follow @${MAJOR_REF}`]
  }
  if (uses.startsWith('docker://')) {
    return /@sha256:[0-9a-f]{64}$/.test(uses) ? [] : [`${wf.path}: ${where}: '${uses}' is not pinned to a digest`]
  }
  if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(uses)) {
    return [`${wf.path}: ${where}: '${uses}' is not pinned to a full commit SHA`]
  }
  const escaped = uses.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  const line = new RegExp(`uses:\\s*['"]?${escaped}['"]?[ \\t]+#[ \\t]*v\\d+(?:\\.\\d+)*\\b`)
  return line.test(wf.text)
    ? []
    : [`${wf.path}: ${where}: '${uses}' has no '# vX.Y.Z' comment saying which version it is`]
}

// ---------------------------------------------------------------------------------------------------------------------
// References

export interface ReferenceReport {
  problems: string[]
  /** References that could not be checked: third-party outputs, or actions not in this checkout (said so). */
  unchecked: string[]
}

/**
 * Output names a `run:` script writes to $GITHUB_OUTPUT: `echo "name=value" >> "$GITHUB_OUTPUT"`, and the lines of a
 * `{ echo 'name<<EOF'; ...; } >> "$GITHUB_OUTPUT"` group.
 */
export function runOutputs(script: string): string[] {
  const names = new Set<string>()
  const named = (line: string) => {
    for (const m of line.matchAll(/\b(?:echo|printf)\s+(?:-[a-z]+\s+)*["']?([A-Za-z_][\w-]*)(?:=|<<)/g))
      names.add(m[1]!)
  }
  let group: string[] | undefined
  for (const line of script.split('\n')) {
    if (group !== undefined) {
      if (/^\s*\}/.test(line)) {
        if (line.includes('GITHUB_OUTPUT')) group.forEach(named)
        group = undefined
      } else group.push(line)
    } else if (/^\s*\{\s*$/.test(line)) group = []
    else if (line.includes('GITHUB_OUTPUT')) named(line)
  }
  return [...names]
}

/**
 * Every `with:` key of a slipway action or a reusable workflow exists there (and required ones are given), every
 * `steps.<id>.outputs.<name>` is an output of that step, every `needs.<job>.outputs.<name>` an output of that job,
 * and every `jobs.<id>.outputs.<name>` of a reusable workflow's outputs exists.
 */
export function referenceProblems(wf: WorkflowFile, ctx: Context): ReferenceReport {
  const problems: string[] = []
  const unchecked: string[] = []
  const say = (where: string, what: string) => problems.push(`${wf.path}: ${where}: ${what}`)
  const jobs = new Map(jobsOf(wf))

  /** The outputs a job offers its dependents, or undefined when they cannot be known here. */
  const jobOutputs = (job: Job): string[] | undefined => {
    if (job.uses === undefined) return Object.keys(job.outputs ?? {})
    const callee = localWorkflowPath(job.uses)
    const target = callee === undefined ? undefined : ctx.workflow(callee)
    return target === undefined ? undefined : Object.keys(workflowCall(target)?.outputs ?? {})
  }

  for (const [jobId, job] of jobs) {
    const where = `jobs.${jobId}`
    const needs = needsOf(job)
    for (const expression of stringsIn(job).flatMap(expressionsIn)) {
      for (const m of expression.matchAll(/\bneeds\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const [, need, output] = m as unknown as [string, string, string]
        const needed = jobs.get(need)
        if (!needs.includes(need) || !needed) {
          say(where, `needs.${need}.outputs.${output}: '${need}' is not in this job's needs`)
          continue
        }
        const outputs = jobOutputs(needed)
        if (outputs === undefined) unchecked.push(`${wf.path}: ${where}: needs.${need}.outputs.${output}`)
        else if (!outputs.includes(output))
          say(where, `needs.${need}.outputs.${output}: '${need}' has no output '${output}' (it has ${list(outputs)})`)
      }
    }

    if (job.uses !== undefined) {
      problems.push(...callProblems(wf, where, job, ctx))
      continue
    }

    const steps = job.steps ?? []
    const byId = new Map(steps.filter((s) => s.id !== undefined).map((s) => [s.id!, s]))
    for (const step of steps) {
      const id = step.uses === undefined ? undefined : slipwayActionId(step.uses)
      if (id === undefined) continue
      const stepWhere = `${where}.steps[${step.id ?? step.uses}]`
      const metadata = ctx.action(id)
      if (!metadata) {
        unchecked.push(`${wf.path}: ${stepWhere}: inputs of actions/${id} (actions/${id}, not in this checkout)`)
        continue
      }
      const inputs = metadata.inputs.map((i) => i.name)
      for (const key of Object.keys(step.with ?? {}))
        if (!inputs.includes(key)) say(stepWhere, `actions/${id} has no input '${key}' (it has ${list(inputs)})`)
      for (const input of metadata.inputs)
        if (input.required && input.default === undefined && !(input.name in (step.with ?? {})))
          say(stepWhere, `actions/${id} requires input '${input.name}'`)
    }

    for (const expression of stringsIn(job).flatMap(expressionsIn)) {
      for (const m of expression.matchAll(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const [, stepId, output] = m as unknown as [string, string, string]
        const step = byId.get(stepId)
        if (!step) {
          say(where, `steps.${stepId}.outputs.${output}: no step has id '${stepId}'`)
          continue
        }
        let outputs: string[] | undefined
        let why = 'a third-party action'
        if (step.run !== undefined) outputs = runOutputs(step.run)
        else if (step.uses !== undefined) {
          const id = slipwayActionId(step.uses)
          const metadata = id === undefined ? undefined : ctx.action(id)
          if (id !== undefined) why = `actions/${id}, not in this checkout`
          outputs = metadata?.outputs.map((o) => o.name)
        }
        if (outputs === undefined) unchecked.push(`${wf.path}: ${where}: steps.${stepId}.outputs.${output} (${why})`)
        else if (!outputs.includes(output))
          say(
            where,
            `steps.${stepId}.outputs.${output}: step '${stepId}' has no output '${output}' (it has ${list(outputs)})`,
          )
      }
    }
  }

  const call = workflowCall(wf)
  for (const [name, spec] of Object.entries(call?.outputs ?? {})) {
    for (const m of (spec?.value ?? '').matchAll(/\bjobs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const [, jobId, output] = m as unknown as [string, string, string]
      const job = jobs.get(jobId)
      const outputs = job === undefined ? undefined : jobOutputs(job)
      if (!job) say(`outputs.${name}`, `no job '${jobId}'`)
      else if (outputs !== undefined && !outputs.includes(output))
        say(`outputs.${name}`, `job '${jobId}' has no output '${output}'`)
    }
  }
  return { problems, unchecked }
}

function workflowCall(wf: WorkflowFile): WorkflowCall | undefined {
  const on = wf.doc.on
  if (on === undefined || typeof on === 'string' || Array.isArray(on)) return undefined
  const call = on.workflow_call as WorkflowCall | null | undefined
  return call ?? undefined
}

function callProblems(wf: WorkflowFile, where: string, job: Job, ctx: Context): string[] {
  const problems: string[] = []
  const callee = localWorkflowPath(job.uses!)
  if (callee === undefined) return problems
  const target = ctx.workflow(callee)
  const call = target === undefined ? undefined : workflowCall(target)
  if (!target || !call) return [`${wf.path}: ${where}: ${job.uses!} is not a reusable workflow of this repository`]
  const inputs = call.inputs ?? {}
  for (const key of Object.keys(job.with ?? {}))
    if (!(key in inputs))
      problems.push(`${wf.path}: ${where}: ${callee} has no input '${key}' (it has ${list(Object.keys(inputs))})`)
  for (const [name, spec] of Object.entries(inputs))
    if (spec?.required === true && !(name in (job.with ?? {})))
      problems.push(`${wf.path}: ${where}: ${callee} requires input '${name}'`)
  const secrets = call.secrets ?? {}
  const given = typeof job.secrets === 'object' ? job.secrets : {}
  for (const key of Object.keys(given))
    if (!(key in secrets)) problems.push(`${wf.path}: ${where}: ${callee} has no secret '${key}'`)
  for (const [name, spec] of Object.entries(secrets))
    if (spec?.required === true && job.secrets !== 'inherit' && !(name in given))
      problems.push(`${wf.path}: ${where}: ${callee} requires secret '${name}'`)
  return problems
}

const list = (names: string[]) => (names.length === 0 ? 'none' : names.map((n) => `'${n}'`).join(', '))

// ---------------------------------------------------------------------------------------------------------------------
// Examples

/** A step of an example that runs a slipway action, with the `with:` values that hold no expression. */
export interface ExampleStep {
  where: string
  job: string
  action: string
  inputs: Record<string, string>
}

export function exampleSteps(wf: WorkflowFile): ExampleStep[] {
  return jobsOf(wf).flatMap(([jobId, job]) =>
    (job.steps ?? []).flatMap((step, index) => {
      const action = step.uses === undefined ? undefined : slipwayActionId(step.uses)
      if (action === undefined) return []
      const inputs: Record<string, string> = {}
      for (const [key, value] of Object.entries(step.with ?? {}))
        if (!String(value).includes('${{')) inputs[key] = String(value)
      return [{ where: `${wf.path}: jobs.${jobId}.steps[${step.id ?? index}]`, job: jobId, action, inputs }]
    }),
  )
}

/** The `matrix.<key>` names the jobs fanning out on `needs.<planJob>.outputs.matrix` read. */
export function matrixKeysReadFrom(wf: WorkflowFile, planJob: string): string[] {
  const keys = new Set<string>()
  for (const [, job] of jobsOf(wf)) {
    const strategy = (job as { strategy?: { matrix?: unknown } }).strategy
    if (!stringsIn(strategy?.matrix).some((s) => s.includes(`needs.${planJob}.outputs.matrix`))) continue
    for (const expression of stringsIn(job).flatMap(expressionsIn))
      for (const m of expression.matchAll(/\bmatrix\.([\w-]+)/g)) keys.add(m[1]!)
  }
  return [...keys].sort()
}

const lines = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))

/**
 * The files and folders an example step names, relative to the example's folder (its repository root): what must be
 * there for the example to run. Outputs of earlier jobs (`out/`) are not among them.
 */
export function namedPaths(step: ExampleStep): string[] {
  const { action, inputs } = step
  const paths: string[] = []
  if (action === 'version-check') {
    paths.push(inputs['version-file'] ?? 'version')
    for (const rule of lines(inputs.files)) {
      const file = /^(.*?)(?:#[\w.-]+|:\/.*\/\w*)$/.exec(rule)?.[1] ?? rule
      if (!/[*?[]/.test(file)) paths.push(file)
    }
  }
  if (action === 'iso-build') {
    if (inputs.source !== undefined) paths.push(inputs.source)
    for (const mapping of lines(inputs.files)) paths.push(mapping.split('=>')[0]!.trim())
    if (inputs['version-file'] !== undefined) paths.push(inputs['version-file'])
  }
  if (action === 'ghcr-publish') {
    const images = inputs.images === undefined ? [] : (parse(inputs.images) as { context?: string; file?: string }[])
    for (const image of [...images, ...(inputs.images === undefined ? [inputs] : [])]) {
      if (image.context !== undefined) paths.push(image.context)
      if (image.file !== undefined) paths.push(image.file)
    }
  }
  if (action === 'packer-matrix' && inputs.path !== undefined) paths.push(inputs.path)
  if (action === 'packer-build') {
    for (const key of ['template', 'var-file']) if (inputs[key] !== undefined) paths.push(inputs[key])
  }
  return paths
}
