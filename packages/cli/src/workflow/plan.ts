// `slipway workflow --dry-run`: what a run would do (jobs in order, matrix legs, steps and how each runs here) without
// running anything. Values that only a run can know (a matrix from an earlier job's output) are said to be so.
import path from 'node:path'
import { isMapping } from '@actions/workflow-parser'
import { asString, type Contexts, type Value } from './expressions.js'
import { field, jobOrder, loadWorkflow, text, type JobDef, type LoadedWorkflow } from './load.js'
import { expandMatrix, legName } from './matrix.js'
import { actionName, standInFor } from './stand-ins.js'
import { evaluateToken } from './template.js'
import { slipwayAction } from './engine.js'

export interface PlannedStep {
  name: string
  /** How the step runs here: `slipway <action>`, `stand-in <owner/name>`, `bash`, `skipped (no stand-in)`. */
  how: string
  if?: string
}

export interface PlannedJob {
  id: string
  name?: string
  needs: string[]
  if?: string
  /** The matrix legs, or a sentence saying when they are known. */
  legs: string[] | string
  steps: PlannedStep[]
  /** A reusable workflow call: the called file and its plan. */
  calls?: { uses: string; plan: Plan }
}

export interface Plan {
  workflow: string
  name: string
  jobs: PlannedJob[]
}

export interface PlanOptions {
  file: string
  repo: string
  root: string
  contexts: Contexts
  strict?: boolean
}

export async function planWorkflow(options: PlanOptions): Promise<Plan> {
  const workflow = await loadWorkflow(options.file)
  return planOf(workflow, options)
}

async function planOf(workflow: LoadedWorkflow, options: PlanOptions): Promise<Plan> {
  const jobs: PlannedJob[] = []
  for (const job of jobOrder(workflow.jobs)) jobs.push(await planJob(job, options))
  return { workflow: path.relative(options.repo, workflow.file), name: workflow.name, jobs }
}

async function planJob(job: JobDef, options: PlanOptions): Promise<PlannedJob> {
  const planned: PlannedJob = { id: job.id, needs: job.needs, legs: [], steps: [] }
  const name = field(job.token, 'name')
  if (name !== undefined) planned.name = tokenSource(name)
  if (job.condition !== 'success()') planned.if = job.condition
  if (job.uses !== undefined) {
    const file = calledFile(job.uses, options)
    planned.legs = []
    // A workflow of slipway (called `<owner>/slipway/...@v1`) is shown relative to slipway's checkout.
    const base =
      file !== undefined && !file.startsWith(options.repo + path.sep) ? { ...options, repo: options.root } : options
    if (file !== undefined) planned.calls = { uses: job.uses, plan: await planOf(await loadWorkflow(file), base) }
    else planned.calls = { uses: job.uses, plan: { workflow: job.uses, name: job.uses, jobs: [] } }
    return planned
  }
  const strategy = field(job.token, 'strategy')
  const matrix = field(strategy, 'matrix')
  if (matrix === undefined) planned.legs = []
  else {
    try {
      const legs = expandMatrix(evaluateToken(matrix, { contexts: options.contexts }))
      planned.legs = legs.map((leg) => legName(leg))
    } catch {
      planned.legs = `decided at run time: ${tokenSource(matrix)}`
    }
  }
  for (const step of job.steps) {
    const stepName = field(step.token, 'name')
    const label =
      stepName !== undefined
        ? tokenSource(stepName)
        : step.uses !== undefined
          ? step.uses
          : (tokenSource(step.run).trim().split('\n')[0] ?? '')
    const p: PlannedStep = {
      name: step.ownId !== undefined ? `${step.ownId}: ${label}` : label,
      how: howStep(step.uses, text(step.token, 'shell'), options),
    }
    if (step.condition !== 'success()') p.if = step.condition
    planned.steps.push(p)
  }
  return planned
}

function howStep(uses: string | undefined, shell: string | undefined, options: PlanOptions): string {
  if (uses === undefined) return shell ?? 'bash'
  const slipway = slipwayAction(uses)
  if (slipway !== undefined) return `slipway ${slipway.id} (dist/${slipway.id})`
  const standIn = standInFor(uses)
  if (standIn !== undefined) return `stand-in ${standIn.name}`
  const name = actionName(uses)
  return options.strict ? `fails: ${name} has no stand-in (--strict)` : `skipped: ${name} has no stand-in`
}

function calledFile(uses: string, options: PlanOptions): string | undefined {
  const local = /^\.\/(\.github\/workflows\/[\w.-]+\.ya?ml)$/.exec(uses)
  if (local?.[1] !== undefined) return path.join(options.repo, local[1])
  const remote = /^[\w.-]+\/slipway\/(\.github\/workflows\/[\w.-]+\.ya?ml)@[\w./-]+$/.exec(uses)
  if (remote?.[1] !== undefined) return path.join(options.root, remote[1])
  return undefined
}

function tokenSource(token: Parameters<typeof evaluateToken>[0]): string {
  if (token === undefined) return ''
  // A matrix whose vectors come from expressions: `leg: ${{ fromJSON(...) }}`.
  if (isMapping(token))
    return [...token].map((pair) => `${tokenSource(pair.key)}: ${tokenSource(pair.value)}`).join(', ')
  const t = token as { source?: string; expression?: string; value?: unknown }
  if (typeof t.source === 'string') return t.source
  if (typeof t.expression === 'string') return `\${{ ${t.expression} }}`
  return asString((t.value as Value | undefined) ?? '')
}

/** The plan as text, one job a block, steps indented, nested calls further in. */
export function formatPlan(plan: Plan, indent = ''): string {
  const lines: string[] = [`${indent}${plan.name} (${plan.workflow})`]
  for (const job of plan.jobs) {
    const needs = job.needs.length > 0 ? ` needs ${job.needs.join(', ')}` : ''
    lines.push(`${indent}  job ${job.id}${job.name ? ` — ${job.name}` : ''}${needs}${job.if ? ` if ${job.if}` : ''}`)
    if (typeof job.legs === 'string') lines.push(`${indent}    matrix: ${job.legs}`)
    else if (job.legs.length > 0) lines.push(`${indent}    matrix: ${job.legs.length} legs: ${job.legs.join(' ')}`)
    for (const step of job.steps)
      lines.push(`${indent}    - ${step.name} [${step.how}]${step.if ? ` if ${step.if}` : ''}`)
    if (job.calls) lines.push(`${indent}    calls ${job.calls.uses}:`, formatPlan(job.calls.plan, `${indent}      `))
  }
  return lines.join('\n')
}
