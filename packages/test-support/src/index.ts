import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runStep, type RunOptions, type RunResult } from '@slipway/cli'
import { assertBundleCurrent } from './bundle-guard.js'

/** The slipway checkout these tests run in. */
export const suiteRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

/** A temp folder removed by `cleanup()` (call it in afterEach/afterAll). */
export function tempDir(prefix = 'slipway-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

export interface CommitSpec {
  message: string
  files?: Record<string, string | null>
  /** ISO date; the default is a fixed date, one minute later for each commit, so histories are reproducible. */
  date?: string
  author?: { name: string; email: string }
  tag?: string | string[]
  /** Annotated tag message, for tags made on this commit. */
  tagMessage?: string
}

/**
 * A real git repository in a temp dir, with commits at fixed dates. Tests build exactly the history they need.
 */
export class TestRepo {
  private clock = Date.parse('2024-01-01T00:00:00Z')
  constructor(readonly dir: string) {}

  static create(dir?: string, branch = 'main'): TestRepo {
    const where = dir ?? mkdtempSync(path.join(os.tmpdir(), 'slipway-repo-'))
    mkdirSync(where, { recursive: true })
    const repo = new TestRepo(where)
    repo.git('init', '-q', '-b', branch)
    repo.git('config', 'user.name', 'Test Author')
    repo.git('config', 'user.email', 'author@example.com')
    repo.git('config', 'commit.gpgsign', 'false')
    repo.git('config', 'tag.gpgsign', 'false')
    return repo
  }

  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_TERMINAL_PROMPT: '0',
        GIT_AUTHOR_DATE: this.dateEnv(),
        GIT_COMMITTER_DATE: this.dateEnv(),
      },
      maxBuffer: 256 * 1024 * 1024,
    }).replace(/\n$/, '')
  }

  private dateEnv(): string {
    return new Date(this.clock).toISOString()
  }

  write(file: string, content: string): void {
    const full = path.join(this.dir, file)
    mkdirSync(path.dirname(full), { recursive: true })
    writeFileSync(full, content)
  }

  commit(spec: CommitSpec | string): string {
    const s = typeof spec === 'string' ? { message: spec } : spec
    this.clock = s.date ? Date.parse(s.date) : this.clock + 60_000
    for (const [file, content] of Object.entries(s.files ?? {})) {
      if (content === null) this.git('rm', '-q', file)
      else this.write(file, content)
    }
    this.git('add', '-A')
    const args = ['commit', '-q', '--allow-empty', '-m', s.message]
    if (s.author) args.push(`--author=${s.author.name} <${s.author.email}>`)
    this.git(...args)
    for (const tag of [s.tag ?? []].flat()) this.tag(tag, s.tagMessage)
    return this.head()
  }

  tag(name: string, message?: string, revision = 'HEAD'): void {
    if (message) this.git('tag', '-a', name, '-m', message, revision)
    else this.git('tag', name, revision)
  }

  head(): string {
    return this.git('rev-parse', 'HEAD')
  }

  /** A shallow clone (depth 1, no tags), as actions/checkout makes by default. */
  shallowClone(into: string, branch = 'main'): TestRepo {
    execFileSync('git', ['clone', '-q', '--depth', '1', '--no-tags', '--branch', branch, `file://${this.dir}`, into])
    return new TestRepo(into)
  }
}

/** Runs an action's built bundle as the runner would (see `slipway run`). */
export function runBundle(options: Omit<RunOptions, 'root'>): Promise<RunResult> {
  assertBundleCurrent(suiteRoot, options.action)
  return runStep({ root: suiteRoot, ...options })
}
export * from './bundle-guard.js'
export * from './fault-proxy.js'
export * from './iso-mirror.js'
export * from './pipelines.js'
export * from './workflow-run.js'
export * from './tiny-vm.js'
