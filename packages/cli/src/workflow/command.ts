// `slipway workflow <file>`: the command line of the workflow runner. Loaded on demand, so `slipway run` and
// `slipway list` never load the workflow parser.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { repositoryFromRemote } from '../runner.js'
import { runWorkflow, type Replacements, type WorkflowOptions, type WorkflowResult } from './engine.js'
import { formatPlan, planWorkflow, type Plan } from './plan.js'

function pairs(values: string[] | undefined, flag: string, fromEnv = false): Record<string, string> {
  const result: Record<string, string> = {}
  for (const pair of values ?? []) {
    const eq = pair.indexOf('=')
    if (eq < 0 && fromEnv) {
      const value = process.env[pair]
      if (value === undefined)
        throw new UsageError(`${flag} ${pair}: no value given and no environment variable ${pair}`)
      result[pair] = value
      continue
    }
    if (eq <= 0) throw new UsageError(`${flag} ${JSON.stringify(pair)}: expected name=value`)
    result[pair.slice(0, eq)] = pair.slice(eq + 1)
  }
  return result
}

export class UsageError extends Error {
  override name = 'UsageError'
}

function git(cwd: string, ...args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return undefined
  }
}

export interface WorkflowCommandResult {
  exitCode: number
  plan?: Plan
  result?: WorkflowResult
}

const OPTIONS = {
  event: { type: 'string' },
  ref: { type: 'string' },
  sha: { type: 'string' },
  repo: { type: 'string' },
  repository: { type: 'string' },
  payload: { type: 'string' },
  input: { type: 'string', multiple: true },
  secret: { type: 'string', multiple: true },
  var: { type: 'string', multiple: true },
  job: { type: 'string', multiple: true },
  matrix: { type: 'string', multiple: true },
  'dry-run': { type: 'boolean' },
  strict: { type: 'boolean' },
  raw: { type: 'boolean' },
  debug: { type: 'boolean' },
  registry: { type: 'string', multiple: true },
  mirror: { type: 'string', multiple: true },
  'github-api': { type: 'string' },
  with: { type: 'string', multiple: true },
  'skip-step': { type: 'string', multiple: true },
  actor: { type: 'string' },
  token: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'string' },
} as const

type Values = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof OPTIONS }>
>['values']

/** What the run is of: the workflow file, the checkout it is in, and the event, ref, sha and repository. */
interface Target {
  file: string
  repo: string
  event: string
  ref: string
  sha: string
  repository: string
}

/** Parses the command line and runs (or plans) the workflow; `write` receives everything printed. */
export async function workflowCommand(
  root: string,
  args: string[],
  write: (text: string) => void = (text) => process.stdout.write(text),
): Promise<WorkflowCommandResult> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: OPTIONS })
  const [file] = positionals
  if (file === undefined || positionals.length > 1)
    throw new UsageError('slipway workflow: name exactly one workflow file')
  const target = targetOf(path.resolve(file), values)
  const inputs = pairs(values.input, '--input')
  const replacements = replacementsOf(values)
  if (values['dry-run']) {
    const plan = await planWorkflow({
      file: target.file,
      repo: target.repo,
      root,
      strict: values.strict === true,
      contexts: {
        github: {
          event_name: target.event,
          ref: target.ref,
          sha: target.sha,
          repository: target.repository,
          repository_owner: target.repository.split('/')[0] ?? '',
        },
        inputs: inputs,
        vars: pairs(values.var, '--var'),
      },
    })
    write(`${formatPlan(plan)}\n`)
    if (values.json !== undefined) writeFileSync(values.json, `${JSON.stringify(plan, null, 2)}\n`)
    return { exitCode: 0, plan }
  }

  // The OIDC token service, as the runner gives it to a job with `id-token: write` (a fake one in tests).
  const idTokenUrl = process.env.ACTIONS_ID_TOKEN_REQUEST_URL ?? ''
  const idToken =
    idTokenUrl !== '' ? { url: idTokenUrl, token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '' } : undefined
  const runDir = path.resolve(values.out ?? mkdtempSync(path.join(os.tmpdir(), 'slipway-workflow-')))
  const options: WorkflowOptions = {
    ...target,
    root,
    actor: values.actor ?? process.env.GITHUB_ACTOR ?? 'slipway-local',
    token: values.token ?? process.env.GITHUB_TOKEN ?? '',
    inputs,
    secrets: pairs(values.secret, '--secret', true),
    vars: pairs(values.var, '--var'),
    replacements,
    runDir,
    write,
    ...(values.job ? { jobs: values.job } : {}),
    ...(values.matrix ? { matrix: pairs(values.matrix, '--matrix') } : {}),
    ...(values.strict ? { strict: true } : {}),
    ...(values.raw ? { raw: true } : {}),
    ...(values.debug ? { debug: true } : {}),
    ...(idToken ? { idToken } : {}),
    ...(values.payload ? { payload: JSON.parse(readFileSync(values.payload, 'utf8')) as Record<string, unknown> } : {}),
  }
  printHeader(options, write)
  const result = await runWorkflow(options)
  write(`\nThe workflow ${result.result === 'failure' ? 'failed' : 'succeeded'}.\n`)
  if (values.json !== undefined) writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`)
  return { exitCode: result.exitCode, result }
}

/** The checkout the file is in (or --repo), and what the run is of: flags first, else what git says, else defaults. */
function targetOf(file: string, values: Values): Target {
  const repo = path.resolve(
    values.repo ?? git(path.dirname(file), 'rev-parse', '--show-toplevel') ?? path.dirname(file),
  )
  const branch = git(repo, 'symbolic-ref', '--short', '-q', 'HEAD')
  const ref = values.ref ?? (branch ? `refs/heads/${branch}` : 'refs/heads/main')
  const sha =
    values.sha ??
    git(repo, 'rev-parse', '-q', '--verify', `${ref}^{commit}`) ??
    git(repo, 'rev-parse', 'HEAD') ??
    '0'.repeat(40)
  const repository =
    values.repository ??
    repositoryFromRemote(git(repo, 'remote', 'get-url', 'origin')) ??
    `local/${path.basename(repo)}`
  return { file, repo, event: values.event ?? 'push', ref, sha, repository }
}

/** --registry, --mirror, --with, --skip-step and --github-api: what differs on this machine, never silently. */
function replacementsOf(values: Values): Replacements {
  const replacements: Replacements = {
    registries: Object.entries(pairs(values.registry, '--registry')),
    mirrors: Object.entries(pairs(values.mirror, '--mirror')),
    overrides: (values.with ?? []).map((spec) => {
      const match = /^([\w-]+)\.(.+)\.([\w-]+)=(.*)$/s.exec(spec)
      if (!match) throw new UsageError(`--with ${JSON.stringify(spec)}: expected job.step.input=value`)
      const [, job = '', step = '', input = '', value = ''] = match
      return { job, step, input, value }
    }),
    skipSteps: values['skip-step'] ?? [],
  }
  if (values['github-api'] !== undefined) replacements.githubApi = values['github-api']
  return replacements
}

function printHeader(options: WorkflowOptions, write: (text: string) => void): void {
  const { file, event, ref, sha, repository, replacements, idToken } = options
  write(`${path.relative(process.cwd(), file) || file} on ${event} ${ref} (${sha.slice(0, 12)}) of ${repository}\n`)
  for (const [from, to] of replacements.registries) write(`  registry ${from} → ${to} (--registry)\n`)
  for (const [from, to] of replacements.mirrors) write(`  downloads ${from} → ${to} (--mirror)\n`)
  if (replacements.githubApi) write(`  GitHub API → ${replacements.githubApi} (--github-api)\n`)
  if (idToken)
    write(`  OIDC tokens → ${idToken.url} (ACTIONS_ID_TOKEN_REQUEST_URL, for the jobs with id-token: write)\n`)
  write(`  run folder: ${options.runDir}\n`)
}
