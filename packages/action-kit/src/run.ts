// The workflow commands without @actions/core's OIDC client and its HTTP stack (see workflow-commands.ts).
import * as core from './workflow-commands.js'
import { ConfigError, InputError } from './errors.js'
import { annotationAt, type AnnotationProperties, type Logger } from './logger.js'
import { readRunnerContext, type RunnerContext } from './context.js'

export type ActionMain = (ctx: RunnerContext) => Promise<void>

/**
 * The entry of every action. It reads the runner once into a RunnerContext and hands it to `main` (or, when the
 * runner runs the same bundle again as `runs.post`, to `post`). Whatever they throw fails the step: a user mistake
 * (InputError, ConfigError) as one clear `::error` line pointing at the input or the file line; anything else as a
 * bug, with its stack under debug; a throw that is not even an Error (a string, undefined) fails too instead of
 * passing green.
 */
export async function runAction(main: ActionMain, post?: ActionMain): Promise<void> {
  try {
    const ctx = readRunnerContext()
    if (post && ctx.state.get(POST_MARK) === 'true') {
      await post(ctx)
      return
    }
    // The runner gives the post step the main step's saved state: this mark tells the two runs apart.
    if (post) ctx.state.save(POST_MARK, 'true')
    await main(ctx)
  } catch (error) {
    failFrom(error)
  }
}

const POST_MARK = 'isPost'

export function failFrom(error: unknown): void {
  process.exitCode = 1
  if (error instanceof InputError) {
    core.error(error.message, { title: `Invalid input: ${error.input}` })
    return
  }
  if (error instanceof ConfigError) {
    core.error(error.message, error.location ? annotationAt(error.location) : {})
    return
  }
  if (error instanceof Error) {
    core.error(error.message)
    if (error.stack) core.debug(error.stack)
    return
  }
  core.error(`The action failed with a value that is not an Error: ${describe(error)}`)
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value
  try {
    // JSON.stringify of undefined or of a function gives undefined, whatever its declared type says.
    const json: unknown = JSON.stringify(value)
    return typeof json === 'string' ? json : String(value)
  } catch {
    return String(value)
  }
}

/** The runner-backed Logger: annotations become `::warning file=…,line=…::` commands. */
export function coreLogger(): Logger {
  const props = (p?: AnnotationProperties): core.CommandAnnotation | undefined => p
  return {
    debug: (message) => core.debug(message),
    info: (message) => core.info(message),
    notice: (message, p) => core.notice(message, props(p)),
    warning: (message, p) => core.warning(message, props(p)),
    error: (message, p) => core.error(message, props(p)),
    group: (name, body) => core.group(name, body),
  }
}

export type OutputValue = string | number | boolean | object | null | undefined

/**
 * Sets every output at once. Objects and arrays become JSON, booleans `true`/`false`, undefined an empty string, so
 * a workflow can always `fromJSON` a structured output and compare a flag with `== 'true'`.
 */
export function setOutputs(outputs: Record<string, OutputValue>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, formatOutput(value))
}

export function formatOutput(value: OutputValue): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}
