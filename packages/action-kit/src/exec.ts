import type { Readable } from 'node:stream'

export interface ExecOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Written to the child's standard input, then closed. */
  input?: string | Buffer
  /** Return a non-zero exit instead of throwing. */
  allowFailure?: boolean
  /** Called with each line of standard error as it arrives (progress of long commands). */
  onStderrLine?: (line: string) => void
  /** Called with each line of standard output as it arrives; stdout is then not kept. */
  onStdoutLine?: (line: string) => void
  /** Kill the child after this long. */
  timeoutMs?: number
  /**
   * The child gets no standard input (it reads end-of-file from the null device) instead of an empty pipe, and
   * `input` may not be given: for programs that never read it. Each pipe is a socket to set up on the main thread.
   */
  noStdin?: boolean
  /** Standard error goes to the null device instead of a pipe, and the result's stderr is empty. */
  discardStderr?: boolean
}

export interface ExecResult {
  exitCode: number
  stdout: string
  stderr: string
}

/** A command that failed: the command line (never a shell string), its exit code and the end of its stderr. */
export class ExecError extends Error {
  override readonly name = 'ExecError'
  constructor(
    readonly command: string,
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
    readonly signal?: string | null,
  ) {
    const how = signal ? `was killed by ${signal}` : `exited with code ${String(exitCode)}`
    const tail = stderr.trim().split('\n').slice(-10).join('\n')
    super(`${[command, ...args].join(' ')} ${how}${tail ? `:\n${tail}` : ''}`)
  }
}

/**
 * node:child_process's spawn, loaded at the first call. node:child_process (with dgram) is not in node's start-up
 * snapshot: an action whose run starts no process does not pay for loading it.
 */
export async function loadSpawn(): Promise<typeof import('node:child_process').spawn> {
  return (await import('node:child_process')).spawn
}

/**
 * Runs a program with an argument array: no shell is involved, so no input can be interpreted as shell syntax.
 */
export async function exec(command: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
  if (options.noStdin && options.input !== undefined) throw new Error('exec: input with noStdin')
  const spawn = await loadSpawn()
  // Like node:child_process, node:readline is not in the start-up snapshot: loaded only for line callbacks.
  const { createInterface } =
    options.onStdoutLine || options.onStderrLine ? await import('node:readline') : { createInterface: undefined }
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: [options.noStdin ? 'ignore' : 'pipe', 'pipe', options.discardStderr ? 'ignore' : 'pipe'],
      shell: false,
    })
    // stdout is always a pipe; stdin and stderr are unless noStdin / discardStderr.
    const childStdout = child.stdout as Readable
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    let timer: NodeJS.Timeout | undefined
    if (options.timeoutMs !== undefined) {
      timer = setTimeout(() => child.kill('SIGTERM'), options.timeoutMs)
    }
    if (options.onStdoutLine && createInterface) {
      const onLine = options.onStdoutLine
      createInterface({ input: childStdout, crlfDelay: Infinity }).on('line', onLine)
    } else childStdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    if (child.stderr) {
      child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
      if (options.onStderrLine && createInterface) {
        createInterface({ input: child.stderr, crlfDelay: Infinity }).on('line', options.onStderrLine)
      }
    }
    child.on('error', (error) => {
      if (timer) clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer)
      const result = {
        exitCode: code ?? 128,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }
      if ((code !== 0 || signal) && !options.allowFailure) {
        reject(new ExecError(command, args, code, result.stderr, signal))
      } else resolve(result)
    })
    if (child.stdin) {
      child.stdin.on('error', () => undefined)
      child.stdin.end(options.input ?? '')
    }
  })
}

/** True when a program can be started from PATH. */
export async function isOnPath(command: string, versionArgs: readonly string[] = ['--version']): Promise<boolean> {
  try {
    await exec(command, versionArgs, { allowFailure: true })
    return true
  } catch {
    return false
  }
}
