import { spawn } from 'node:child_process'
import { ExecError } from '@slipway/action-kit'

/** One commit of the range, as git gives it (one record of the streamed `git log`). */
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
  /** The previous release; undefined for a first release (everything from the root). */
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
 * Streams the commits of a range from ONE `git log` process, newest first, calling `onCommit` for each as soon as
 * its record is complete: memory stays flat however long the history is.
 */
export function streamCommits(cwd: string, range: LogRange, onCommit: (commit: GitCommit) => void): Promise<number> {
  const args = logArguments(range)
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let pending = ''
    let count = 0
    let failed: Error | undefined
    const emit = (record: string) => {
      if (record === '') return
      try {
        onCommit(parseRecord(record))
        count++
      } catch (error) {
        failed ??= error instanceof Error ? error : new Error('Unreadable git log record')
      }
    }
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      const records = (pending + chunk).split(RS)
      pending = records.pop() ?? ''
      for (const record of records) emit(record)
    })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      if (code !== 0 || signal) {
        reject(new ExecError('git', args, code, stderr, signal))
        return
      }
      emit(pending)
      if (failed !== undefined) reject(failed)
      else resolve(count)
    })
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
