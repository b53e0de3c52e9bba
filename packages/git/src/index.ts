import { exec, inheritedEnvironment, loadSpawn, type Environment, type ExecOptions } from '@slipway/action-kit'

import { committerTime, readCommitDirect, resolveHeadDirect } from './objects.js'

export * from './log.js'
export { committerTime, readCommitDirect, resolveHeadDirect } from './objects.js'

/**
 * Thin, typed access to the git CLI of one repository. Every call passes an argument array; no shell. `env` is the
 * environment git runs in (an action passes `ctx.env`); git's own settings for unattended use are added to it.
 */
export class Git {
  readonly env: Environment

  // The default is the process's environment for callers that have no RunnerContext (tests, the cli).
  constructor(
    readonly cwd: string,
    env: Environment = inheritedEnvironment(),
  ) {
    this.env = { ...env, ...gitEnv }
  }

  /** Runs git and returns stdout with the final newline removed. */
  async run(args: readonly string[], options: Omit<ExecOptions, 'cwd'> = {}): Promise<string> {
    const result = await exec('git', args, {
      ...(options.input === undefined ? { noStdin: true } : {}),
      ...options,
      cwd: this.cwd,
      env: { ...this.env, ...options.env },
    })
    return result.stdout.replace(/\n$/, '')
  }

  /**
   * Runs git and returns undefined instead of throwing when it exits non-zero. Git gets neither a standard input nor
   * a pipe for its messages, which nothing reads: two pipes fewer to set up for each of these short questions.
   */
  async tryRun(args: readonly string[]): Promise<string | undefined> {
    const result = await exec('git', args, {
      cwd: this.cwd,
      allowFailure: true,
      env: { ...this.env },
      noStdin: true,
      discardStderr: true,
    })
    return result.exitCode === 0 ? result.stdout.replace(/\n$/, '') : undefined
  }

  async isRepository(): Promise<boolean> {
    return (await this.tryRun(['rev-parse', '--git-dir'])) !== undefined
  }

  async isShallow(): Promise<boolean> {
    return (await this.tryRun(['rev-parse', '--is-shallow-repository'])) === 'true'
  }

  /** The full SHA of a revision, or undefined when it does not exist here. */
  async resolve(revision: string): Promise<string | undefined> {
    return this.tryRun(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`])
  }

  /**
   * resolve() and isShallow() in one git process: `git rev-parse` answers both at once, and on a busy machine the
   * process start is most of what either costs.
   */
  async resolveAndCheckShallow(revision: string): Promise<{ commit: string | undefined; shallow: boolean }> {
    // HEAD in a plain checkout: from the repository's files, without a git process (see resolveHeadDirect).
    const direct = revision === 'HEAD' ? await resolveHeadDirect(this.cwd, this.env) : undefined
    if (direct) return direct
    const result = await exec(
      'git',
      ['rev-parse', '--is-shallow-repository', '--verify', '--quiet', `${revision}^{commit}`],
      { cwd: this.cwd, allowFailure: true, env: { ...this.env }, noStdin: true, discardStderr: true },
    )
    // "true"/"false", then the commit when the revision resolves (exit 0); outside a repository, nothing.
    const [shallow = '', commit = ''] = result.stdout.split('\n')
    return { shallow: shallow === 'true', commit: result.exitCode === 0 && commit !== '' ? commit : undefined }
  }

  /**
   * Several objects in one git process (`git cat-file --batch`): each name (`HEAD^^{commit}`, `v1.2.0:./version`,
   * anything rev-parse understands) becomes its object, or undefined when it does not resolve. The whole answer is
   * undefined when the folder is not a git repository. Where a check asked "is this a repository, does that revision
   * exist, what did the file hold there", three processes become one, and each costs a fork and an exec.
   */
  async lookup(names: readonly string[]): Promise<(GitObject | undefined)[] | undefined> {
    for (const name of names)
      if (/[\r\n]/.test(name)) throw new Error(`git lookup: ${JSON.stringify(name)} has a line break`)
    const spawn = await loadSpawn()
    const { code, stdout } = await new Promise<{ code: number | null; stdout: Buffer }>((resolve, reject) => {
      // Nothing reads git's messages: they go to the null device rather than through a pipe.
      const child = spawn('git', ['cat-file', '--batch'], {
        cwd: this.cwd,
        env: this.env,
        stdio: ['pipe', 'pipe', 'ignore'],
      })
      const chunks: Buffer[] = []
      child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
      child.on('error', reject)
      child.on('close', (exitCode) => resolve({ code: exitCode, stdout: Buffer.concat(chunks) }))
      child.stdin.on('error', () => undefined)
      child.stdin.end(names.map((name) => `${name}\n`).join(''))
    })
    if (code !== 0) return undefined
    // Each answer is `<oid> <type> <size>\n<contents>\n`, or `<name> missing\n` (or `ambiguous`).
    const objects: (GitObject | undefined)[] = []
    let at = 0
    for (let i = 0; i < names.length; i++) {
      const end = stdout.indexOf(0x0a, at)
      if (end < 0) throw new Error(`git cat-file --batch: the answer for ${JSON.stringify(names[i])} is cut short`)
      const header = stdout.subarray(at, end).toString('utf8')
      const [, oid, type, length] = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(header) ?? []
      if (oid === undefined || type === undefined || length === undefined) {
        objects.push(undefined)
        at = end + 1
        continue
      }
      const size = Number(length)
      objects.push({ oid, type, content: stdout.subarray(end + 1, end + 1 + size) })
      at = end + 1 + size + 1
    }
    return objects
  }

  /** All tag names, optionally matching a glob (`v*`). */
  async tags(pattern?: string): Promise<string[]> {
    const out = await this.run(['tag', '--list', ...(pattern ? [pattern] : [])])
    return out === '' ? [] : out.split('\n')
  }

  /** Tags with the commit each points at (annotated tags peeled), in one call. */
  async tagCommits(pattern?: string): Promise<Map<string, string>> {
    const out = await this.run([
      'for-each-ref',
      '--format=%(refname:strip=2) %(objectname) %(*objectname)',
      pattern ? `refs/tags/${pattern}` : 'refs/tags',
    ])
    const map = new Map<string, string>()
    for (const line of out.split('\n')) {
      if (!line) continue
      const [name = '', object = '', peeled = ''] = line.split(' ')
      map.set(name, peeled || object)
    }
    return map
  }

  /**
   * Committer time of a revision, in seconds since the epoch. A full commit SHA or HEAD in a plain checkout is read
   * from the repository's files (readCommitDirect), without a git process; anything else is git's answer.
   */
  async commitTime(revision = 'HEAD'): Promise<number | undefined> {
    const commit = await readCommitDirect(this.cwd, this.env, revision)
    const seconds = commit && committerTime(commit)
    if (seconds !== undefined) return seconds
    const out = await this.tryRun(['show', '-s', '--format=%ct', revision])
    return out === undefined || out === '' ? undefined : Number(out)
  }

  /** A file's text at a revision, or undefined when the file or revision is not there. */
  async showFile(revision: string, file: string): Promise<string | undefined> {
    return this.tryRun(['show', `${revision}:${file}`])
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const result = await exec('git', ['merge-base', '--is-ancestor', ancestor, descendant], {
      cwd: this.cwd,
      allowFailure: true,
      env: { ...this.env },
      noStdin: true,
      discardStderr: true,
    })
    return result.exitCode === 0
  }

  /** Files changed between two revisions (names relative to the repository root). */
  async changedFiles(base: string, head: string): Promise<string[]> {
    const out = await this.run(['diff', '--name-only', '-z', base, head])
    return out.split('\0').filter((name) => name !== '')
  }

  async remoteUrl(remote = 'origin'): Promise<string | undefined> {
    return this.tryRun(['remote', 'get-url', remote])
  }
}

// Git must never stop to ask for credentials or open a pager in an action, and its messages are parsed in English.
/** One object from `Git.lookup`. */
export interface GitObject {
  oid: string
  /** commit, tree, blob or tag. */
  type: string
  content: Buffer
}

const gitEnv = { GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' }
