// A workflow file parsed and validated by GitHub's own parser (@actions/workflow-parser): the schema errors it reports
// are the ones github.com shows, with file and line. Jobs keep their parsed values (template tokens), evaluated only
// when the run reaches them, as the runner does.
import { readFileSync } from 'node:fs'
import {
  convertWorkflowTemplate,
  isMapping,
  isSequence,
  isString,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/mapping-token'
import { rawValue, tokenText } from './template.js'
import type { Value } from './expressions.js'

export interface StepDef {
  /** The step's id (`__actions_checkout` and the like when it has none, as the runner names them). */
  id: string
  /** The id written in the file, if any: only these are in the `steps` context. */
  ownId?: string
  /** The `if:` with `success() &&` put before it when it names no status function. */
  condition: string
  uses?: string
  run?: TemplateToken
  token: MappingToken
}

export interface JobDef {
  id: string
  needs: string[]
  /** The `if:` with its status function, as the runner evaluates it. */
  condition: string
  /** `uses:` of a reusable workflow call. */
  uses?: string
  steps: StepDef[]
  token: MappingToken
}

export interface LoadedWorkflow {
  /** The file as given (for messages). */
  file: string
  name: string
  /** `on:` as a plain value (no expressions are allowed there). */
  on: Record<string, Value>
  env?: TemplateToken
  defaults?: TemplateToken
  /** The workflow's `permissions:`, for the jobs that say none of their own. */
  permissions?: TemplateToken
  jobs: JobDef[]
}

export class WorkflowError extends Error {
  override name = 'WorkflowError'
}

/** A child of a mapping token by key, or undefined. */
export function field(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  if (token === undefined || !isMapping(token)) return undefined
  return token.find(key)
}

/** A scalar child as its source text (`uses:`, `shell:`), or undefined. */
export function text(token: TemplateToken | undefined, key: string): string | undefined {
  const child = field(token, key)
  return child === undefined ? undefined : tokenText(child)
}

export async function loadWorkflow(file: string, content = readFileSync(file, 'utf8')): Promise<LoadedWorkflow> {
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter())
  const errors = parsed.context.errors.getErrors().map((e) => e.message)
  if (errors.length > 0 || parsed.value === undefined || !isMapping(parsed.value)) {
    throw new WorkflowError(`${file} is not a valid workflow:\n  ${errors.join('\n  ')}`)
  }
  const root = parsed.value
  const template = await convertWorkflowTemplate(parsed.context, root)
  const converted = parsed.context.errors.getErrors().map((e) => e.message)
  if (converted.length > 0 || (template.errors?.length ?? 0) > 0) {
    const all = [...converted, ...(template.errors ?? []).map((e) => e.Message)]
    throw new WorkflowError(`${file} is not a valid workflow:\n  ${[...new Set(all)].join('\n  ')}`)
  }
  const jobsToken = field(root, 'jobs')
  const jobs: JobDef[] = template.jobs.map((job) => {
    const id = job.id.value
    const token = field(jobsToken, id)
    if (token === undefined || !isMapping(token)) throw new WorkflowError(`${file}: jobs.${id} is not a mapping`)
    const stepsToken = field(token, 'steps')
    const rawSteps = stepsToken !== undefined && isSequence(stepsToken) ? [...stepsToken] : []
    const steps: StepDef[] =
      job.type === 'job'
        ? job.steps.map((step, index) => {
            const raw = rawSteps[index]
            if (raw === undefined || !isMapping(raw))
              throw new WorkflowError(`${file}: jobs.${id}.steps[${index}] is not a mapping`)
            const ownId = text(raw, 'id')
            const def: StepDef = {
              id: step.id,
              condition: 'if' in step && step.if !== undefined ? step.if.expression : 'success()',
              token: raw,
            }
            if (ownId !== undefined) def.ownId = ownId
            const uses = text(raw, 'uses')
            if (uses !== undefined) def.uses = uses
            const run = field(raw, 'run')
            if (run !== undefined) def.run = run
            return def
          })
        : []
    const def: JobDef = {
      id,
      needs: (job.needs ?? []).map((n) => n.value),
      condition: job.if.expression,
      steps,
      token,
    }
    if (job.type === 'reusableWorkflowJob') def.uses = job.ref.value
    return def
  })
  const nameToken = field(root, 'name')
  const onToken = field(root, 'on')
  const on = normaliseOn(rawValue(onToken))
  const workflow: LoadedWorkflow = {
    file,
    name: nameToken !== undefined && isString(nameToken) ? nameToken.value : file,
    on,
    jobs,
  }
  const env = field(root, 'env')
  if (env !== undefined) workflow.env = env
  const defaults = field(root, 'defaults')
  if (defaults !== undefined) workflow.defaults = defaults
  const permissions = field(root, 'permissions')
  if (permissions !== undefined) workflow.permissions = permissions
  return workflow
}

/** `on: push`, `on: [push, pull_request]` and the mapping form, as one mapping. */
function normaliseOn(on: Value): Record<string, Value> {
  if (typeof on === 'string') return { [on]: null }
  if (Array.isArray(on))
    return Object.fromEntries(on.map((event) => [typeof event === 'string' ? event : JSON.stringify(event), null]))
  if (on !== null && typeof on === 'object') return on
  return {}
}

/** Jobs in an order that runs each after the jobs it needs (the order of the file where it is free). */
export function jobOrder(jobs: JobDef[]): JobDef[] {
  const byId = new Map(jobs.map((job) => [job.id, job]))
  const done = new Set<string>()
  const ordered: JobDef[] = []
  const visit = (job: JobDef, path: string[]) => {
    if (done.has(job.id)) return
    if (path.includes(job.id)) throw new WorkflowError(`jobs ${[...path, job.id].join(' → ')}: a cycle of needs`)
    for (const need of job.needs) {
      const needed = byId.get(need)
      if (!needed) throw new WorkflowError(`jobs.${job.id} needs '${need}', which is not a job of the workflow`)
      visit(needed, [...path, job.id])
    }
    done.add(job.id)
    ordered.push(job)
  }
  for (const job of jobs) visit(job, [])
  return ordered
}
