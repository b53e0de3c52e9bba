import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

interface WorkflowStep {
  id?: string
  uses?: string
  with?: Record<string, unknown>
}

interface WorkflowDoc {
  jobs?: Record<string, { steps?: WorkflowStep[] }>
}

/**
 * The `with:` of a slipway step of an example workflow, as a pipeline rehearsal runs it: the step is found by job and
 * action (the `n`th such step when the job has several), each `${{ <expression> }}` is replaced by `values[expression]`,
 * and `overrides` win over what the workflow writes (what differs on this machine: a loopback registry, a local
 * Dockerfile). An expression the rehearsal does not set is an error, so the rehearsal follows the workflow it names.
 */
export function workflowInputs(
  file: string,
  job: string,
  action: string,
  options: { values?: Record<string, string>; overrides?: Record<string, string | undefined>; nth?: number } = {},
): Record<string, string> {
  const doc = parse(readFileSync(file, 'utf8')) as WorkflowDoc
  const steps = (doc.jobs?.[job]?.steps ?? []).filter((s) => s.uses?.includes(`/actions/${action}@`) === true)
  const step = steps[options.nth ?? 0]
  if (!step) throw new Error(`${file}: jobs.${job} has no ${action} step`)
  const overrides = options.overrides ?? {}
  const inputs: Record<string, string> = {}
  for (const [key, value] of Object.entries(step.with ?? {})) {
    if (key in overrides) continue
    inputs[key] = String(value).replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (expression, name: string) => {
      const filled = options.values?.[name]
      if (filled === undefined) throw new Error(`${file}: jobs.${job} ${action} input ${key}: ${expression} is not set`)
      return filled
    })
  }
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined) inputs[key] = value
  return inputs
}

/**
 * A git repository in the rehearsal's scratch folder, with commits at fixed dates (one minute apart) so labels and
 * notes read the same on every run.
 */
export class ScratchRepo {
  private clock = Date.parse('2024-06-01T08:00:00Z')

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true })
    this.git('init', '-q', '-b', 'main')
    this.git('config', 'user.name', 'Rehearsal')
    this.git('config', 'user.email', 'rehearsal@example.com')
    this.git('config', 'commit.gpgsign', 'false')
    this.git('config', 'tag.gpgsign', 'false')
  }

  git(...args: string[]): string {
    const date = new Date(this.clock).toISOString()
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_TERMINAL_PROMPT: '0' },
    }).trim()
  }

  write(file: string, content: string): void {
    const full = path.join(this.dir, file)
    mkdirSync(path.dirname(full), { recursive: true })
    writeFileSync(full, content)
  }

  /** Commits everything in the folder (and `files`), optionally as `author`, and tags the commit. */
  commit(
    message: string,
    options: { files?: Record<string, string>; author?: { name: string; email: string }; tag?: string } = {},
  ): string {
    this.clock += 60_000
    for (const [file, content] of Object.entries(options.files ?? {})) this.write(file, content)
    this.git('add', '-A')
    const args = ['commit', '-q', '--allow-empty', '-m', message]
    if (options.author) args.push(`--author=${options.author.name} <${options.author.email}>`)
    this.git(...args)
    if (options.tag) this.git('tag', options.tag)
    return this.git('rev-parse', 'HEAD')
  }
}
