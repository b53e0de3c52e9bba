import type { ChildProcessByStdio } from 'node:child_process'
import type { Readable } from 'node:stream'
import { ExecError, loadSpawn } from '@slipway/action-kit'
import type { Git } from './index.js'

/** One commit, as git gives it (one record of a streamed `git log`). */
export interface GitCommit {
  sha: string
  parents: string[]
  authorName: string
  authorEmail: string
  /** Author time, seconds since the epoch. */
  time: number
  /** The whole message: subject, body, trailers. */
  message: string
}

export interface LogRange {
  /** The release's commit (or any revision). */
  head: string
  /** Where the range starts (excluded); undefined for everything from the root. */
  base?: string
  /**
   * `all`: every commit of the range, merges included (the caller picks the mainline from the parents);
   * `first-parent`: only the mainline, as git walks it; `no-merges`: every commit but merge commits.
   */
  walk: 'all' | 'first-parent' | 'no-merges'
  /** Only commits touching these paths (monorepos). */
  paths?: readonly string[]
}

// ASCII record and unit separators cannot occur in a commit header and do not occur in ordinary messages; a record
// starts with RS so that a message that happens to hold US is still cut at the right place (the message is last).
const RS = '\x1e'
const US = '\x1f'
const FORMAT = `${RS}%H${US}%P${US}%aN${US}%aE${US}%at${US}%B`

export function logArguments(range: LogRange): string[] {
  const args = ['log', `--format=${FORMAT}`, '--no-color', '--no-show-signature']
  if (range.walk !== 'all') args.push(`--${range.walk}`)
  args.push(range.base ? `${range.base}..${range.head}` : range.head)
  if (range.paths && range.paths.length > 0) args.push('--', ...range.paths)
  return args
}

/**
 * Runs git and hands its output to `onRecord` one record at a time (records end where `separator` starts the next),
 * as soon as each is complete: memory stays flat however long the output is. `onRecord` returns `'stop'` when it has
 * seen enough: git is then stopped and the promise resolves as if git had finished. Resolves with the count of
 * records read.
 */
export function streamRecords(
  git: Git,
  args: readonly string[],
  separator: string,
  onRecord: (record: string) => 'stop' | undefined,
): Promise<number> {
  return openRecords(git, args, separator).read(onRecord)
}

/** A git process whose output is read later: see openRecords. */
export interface RecordStream {
  /** Reads the records (see streamRecords); once only. */
  read(onRecord: (record: string) => 'stop' | undefined): Promise<number>
  /** Stops git unless it was read to the end: for a stream that will not be read after all. */
  cancel(): void
}

/**
 * Starts git at once (as soon as node:child_process is loaded, see loadSpawn) and reads its output when `read` is
 * called. Until then git runs ahead only as far as the pipe and one stream buffer hold (some 80 KiB) and then waits,
 * so starting a walk early costs its start-up and no more: the process start, the repository's files opened and the
 * first commits read overlap with whatever the caller does in the meantime. A stream that is never read must be cancelled, or git waits on the pipe for ever.
 */
export function openRecords(git: Git, args: readonly string[], separator: string): RecordStream {
  const opened = loadSpawn().then((spawn) => startRecords(spawn, git, args))
  // Until read() or cancel(): a failure to start is remembered, not an unhandled rejection.
  opened.catch(() => undefined)
  let started = false
  let cancelled = false
  return {
    cancel() {
      if (started || cancelled) return
      cancelled = true
      void opened.then(
        ({ child }) => {
          child.stdout.destroy()
          child.kill()
        },
        () => undefined,
      )
    },
    async read(onRecord) {
      if (started || cancelled) throw new Error('This git output was read or cancelled already')
      started = true
      const { child, exited, hold, stderr } = await opened
      return readRecords(child, exited, hold, stderr, args, separator, onRecord)
    },
  }
}

type Exit = { code: number | null; signal: NodeJS.Signals | null; error?: Error }

function startRecords(
  spawn: typeof import('node:child_process').spawn,
  git: Git,
  args: readonly string[],
): {
  child: ChildProcessByStdio<null, Readable, Readable>
  exited: Promise<Exit>
  hold: () => void
  stderr: () => string
} {
  // Into a pipe, git log flushes its output after every commit unless GIT_FLUSH=0 (git(1)): a write for git and a
  // read, a wake-up and a callback here for each commit. Buffered, the same 100,000 commits come in some 4 KiB
  // writes, and git's own system time falls from 0.7 s to 0.1 s.
  const env = { ...git.env, GIT_FLUSH: '0' }
  const child = spawn('git', args, { cwd: git.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    if (stderr.length < 64 * 1024) stderr += chunk
  })
  // Until read() is called: an error or the exit is remembered, not lost.
  const exited = new Promise<Exit>((resolve) => {
    child.on('error', (error) => resolve({ code: null, signal: null, error }))
    child.on('close', (code, signal) => resolve({ code, signal }))
  })
  child.stdout.setEncoding('utf8')
  // A 'readable' listener that reads nothing holds the output until read(): with no listener at all, Node resumes
  // the stream of a child that exits, and the output git left unread (all of a short walk's) would be thrown away.
  const hold = () => undefined
  child.stdout.on('readable', hold)
  return { child, exited, hold, stderr: () => stderr }
}

function readRecords(
  child: ChildProcessByStdio<null, Readable, Readable>,
  exited: Promise<Exit>,
  hold: () => void,
  stderr: () => string,
  args: readonly string[],
  separator: string,
  onRecord: (record: string) => 'stop' | undefined,
): Promise<number> {
  return new Promise((resolve, reject) => {
    let pending = ''
    let count = 0
    // Set from the callbacks below: a holder, so that the checks after them see the updates.
    const state: { failed?: Error; stopped: boolean } = { stopped: false }
    const emit = (record: string) => {
      if (record === '' || state.stopped || state.failed) return
      try {
        count++
        if (onRecord(record) === 'stop') {
          state.stopped = true
          child.stdout.destroy()
          child.kill()
        }
      } catch (error) {
        state.failed = error instanceof Error ? error : new Error(String(error))
        child.kill()
      }
    }
    child.stdout.on('data', (chunk: string) => {
      if (state.stopped || state.failed) return
      let start = 0
      let at = chunk.indexOf(separator)
      // Most chunks hold many whole records: only the piece before the first separator joins the pending text.
      while (at >= 0) {
        emit(start === 0 ? pending + chunk.slice(0, at) : chunk.slice(start, at))
        if (start === 0) pending = ''
        start = at + separator.length
        at = chunk.indexOf(separator, start)
      }
      pending = start === 0 ? pending + chunk : chunk.slice(start)
    })
    // With a 'data' listener in place, removing the hold lets the output flow.
    child.stdout.removeListener('readable', hold)
    void exited.then(({ code, signal, error }) => {
      if (error) {
        reject(error)
        return
      }
      if (!state.failed && !state.stopped && code === 0 && !signal) emit(pending)
      if (state.failed) reject(state.failed)
      else if (state.stopped) resolve(count)
      else if (code !== 0 || signal) reject(new ExecError('git', args, code, stderr(), signal))
      else resolve(count)
    })
  })
}

/**
 * Streams the commits of a range from ONE `git log` process, newest first, calling `onCommit` for each as soon as
 * its record is complete. Resolves with the number of commits.
 */
export function streamCommits(git: Git, range: LogRange, onCommit: (commit: GitCommit) => void): Promise<number> {
  return streamRecords(git, logArguments(range), RS, (record) => {
    onCommit(parseRecord(record))
    return undefined
  })
}

function parseRecord(record: string): GitCommit {
  // Five unit separators end the five header fields; the message after them is kept whole, a US inside it included.
  const ends: number[] = []
  for (let from = 0; ends.length < 5;) {
    const at = record.indexOf(US, from)
    if (at < 0) throw new Error(`Unexpected git log record: ${JSON.stringify(record.slice(0, 200))}`)
    ends.push(at)
    from = at + 1
  }
  const [a = 0, b = 0, c = 0, d = 0, e = 0] = ends
  const parents = record.slice(a + 1, b)
  let end = record.length
  // git ends %B with a newline, and the record with another.
  while (end > e + 1 && record.charCodeAt(end - 1) === 10) end--
  return {
    sha: record.slice(0, a),
    parents: parents === '' ? [] : parents.split(' '),
    authorName: record.slice(b + 1, c),
    authorEmail: record.slice(c + 1, d),
    time: Number(record.slice(d + 1, e)),
    message: record.slice(e + 1, end),
  }
}

export interface Person {
  name: string
  email: string
}

/** `Co-authored-by: Name <email>` trailers (GitHub's convention; the key is matched case-insensitively). */
export function coAuthorsOf(message: string): Person[] {
  const people: Person[] = []
  for (const match of message.matchAll(/^co-authored-by:\s*(.+?)\s*<([^>\s]+)>\s*$/gim)) {
    people.push({ name: match[1] ?? '', email: match[2] ?? '' })
  }
  return people
}

/**
 * Which of `wanted` (lower-cased emails) authored or co-authored a commit reachable from `revision`. git walks the
 * history newest first and is stopped as soon as every wanted email has been seen, so the cost follows how far back
 * the answer lies, not how old the repository is: on an ordinary release every author has committed recently and
 * the walk ends after a few hundred commits. Only when someone is new does the walk go to the root (`limit` bounds
 * it; the emails not seen within it are reported as unknown rather than new).
 */
export async function authorsSeenFrom(
  git: Git,
  revision: string,
  wanted: ReadonlySet<string>,
  limit?: number,
): Promise<AuthorsSeen> {
  if (wanted.size === 0) return { seen: new Set(), complete: true, walked: 0 }
  return startAuthorWalk(git, revision, limit).seen(wanted)
}

export interface AuthorsSeen {
  seen: Set<string>
  /** Every wanted email was looked for in the whole history (false: `limit` ended the walk first). */
  complete: boolean
  walked: number
}

/** A walk for earlier authors, started before the caller knows whom it looks for: see startAuthorWalk. */
export interface AuthorWalk {
  /** authorsSeenFrom's answer for `wanted`; once only. */
  seen(wanted: ReadonlySet<string>): Promise<AuthorsSeen>
  /** Stops git when the answer is not wanted after all. */
  cancel(): void
}

/**
 * authorsSeenFrom in two steps: git starts now (while the caller still reads the release, which tells it whose
 * earlier commits to look for) and is read when `seen` is called. The start-up is what an early start saves: the
 * walk itself stops where it would have stopped.
 */
export function startAuthorWalk(git: Git, revision: string, limit?: number): AuthorWalk {
  // %aE alone is cheap for git; the trailers ask it to read each message's body, which a co-author needs.
  const args = ['log', `--format=%aE${US}%(trailers:key=Co-authored-by,valueonly,separator=%x1f)${RS}`, revision]
  if (limit !== undefined) args.splice(1, 0, `--max-count=${limit}`)
  const records = openRecords(git, args, RS)
  return {
    cancel: () => records.cancel(),
    async seen(wanted) {
      const seen = new Set<string>()
      if (wanted.size === 0) {
        records.cancel()
        return { seen, complete: true, walked: 0 }
      }
      const note = (email: string) => {
        const key = email.toLowerCase()
        if (wanted.has(key)) seen.add(key)
      }
      const walk = { stoppedEarly: false, walked: 0 }
      await records.read((record) => {
        const line = record.charCodeAt(0) === 10 ? record.slice(1) : record
        // What follows the last separator is git's final newline, not a commit.
        if (line === '') return undefined
        walk.walked++
        const [author = '', ...coAuthors] = line.split(US)
        note(author)
        for (const value of coAuthors) {
          const match = /<([^>\s]+)>\s*$/.exec(value)
          if (match?.[1]) note(match[1])
        }
        if (seen.size === wanted.size) {
          walk.stoppedEarly = true
          return 'stop'
        }
        return undefined
      })
      const { stoppedEarly, walked } = walk
      return { seen, complete: stoppedEarly || limit === undefined || walked < limit, walked }
    },
  }
}
