// `${{ }}` expressions evaluated by GitHub's own evaluator (@actions/expressions): the contexts are plain values turned
// into its data types, and the status functions (success(), failure(), always(), cancelled()) and hashFiles() are the
// runner's, given here because they depend on the job being run.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { data, Evaluator, Lexer, Parser } from '@actions/expressions'

/** A JSON-like value, as contexts and evaluated template values are. */
export type Value = string | number | boolean | null | Value[] | { [key: string]: Value }

/** The contexts an expression can read, by name (github, env, vars, inputs, secrets, matrix, needs, steps, ...). */
export type Contexts = Record<string, Value>

/** What the status functions answer for the job or step being decided. */
export interface Status {
  /** success(): every earlier step succeeded (for a job: every job it needs). */
  success: boolean
  /** failure(): some earlier step failed (for a job: some job it needs, or one of theirs). */
  failure: boolean
  cancelled: boolean
}

export interface Scope {
  contexts: Contexts
  status?: Status
  /** Where hashFiles() looks (the job's workspace). */
  workspace?: string
}

export class ExpressionError extends Error {
  override name = 'ExpressionError'
}

function toData(value: Value | undefined): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData
}

export function fromData(value: data.ExpressionData): Value {
  return JSON.parse(JSON.stringify(value, data.replacer)) as Value
}

const STATUS_FUNCTIONS = ['success', 'failure', 'always', 'cancelled']

function functionsFor(scope: Scope) {
  const status = scope.status ?? { success: true, failure: false, cancelled: false }
  const bool = (value: boolean) => () => new data.BooleanData(value)
  const defs = [
    { name: 'success', minArgs: 0, maxArgs: 0, call: bool(status.success && !status.cancelled) },
    { name: 'failure', minArgs: 0, maxArgs: 0, call: bool(status.failure && !status.cancelled) },
    { name: 'always', minArgs: 0, maxArgs: 0, call: bool(true) },
    { name: 'cancelled', minArgs: 0, maxArgs: 0, call: bool(status.cancelled) },
    {
      name: 'hashFiles',
      minArgs: 1,
      maxArgs: 255,
      call: (...patterns: data.ExpressionData[]) =>
        new data.StringData(
          hashFiles(
            scope.workspace ?? process.cwd(),
            patterns.map((p) => p.coerceString()),
          ),
        ),
    },
  ]
  return defs
}

/** Evaluates one expression (the text between `${{` and `}}`) and returns its value. */
export function evaluate(expression: string, scope: Scope): Value {
  const functions = functionsFor(scope)
  try {
    const lexed = new Lexer(expression).lex()
    const parsed = new Parser(lexed.tokens, Object.keys(scope.contexts), functions).parse()
    const context = new data.Dictionary(
      ...Object.entries(scope.contexts).map(([key, value]) => ({ key, value: toData(value) })),
    )
    const result = new Evaluator(parsed, context, new Map(functions.map((f) => [f.name.toLowerCase(), f]))).evaluate()
    return fromData(result)
  } catch (error) {
    throw new ExpressionError(`\${{ ${expression.trim()} }}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** The runner's truthiness of an expression's result (an `if:`). */
export function truthy(value: Value): boolean {
  if (value === null || value === false || value === '' || value === 0) return false
  if (typeof value === 'number' && Number.isNaN(value)) return false
  return true
}

/** Whether an `if:` expression names one of the status functions (else the runner puts `success() &&` before it). */
export function hasStatusFunction(expression: string): boolean {
  return STATUS_FUNCTIONS.some((name) => new RegExp(`\\b${name}\\s*\\(`, 'i').test(expression))
}

/** A value as the runner passes it to an input or an env variable: strings as they are, the rest as JSON. */
export function asString(value: Value): string {
  if (typeof value === 'string') return value
  if (value === null) return ''
  if (typeof value === 'boolean' || typeof value === 'number') return String(value)
  return JSON.stringify(value, null, 2)
}

/**
 * A string with `${{ }}` parts (an action.yml default, say), each part evaluated. A string that is one expression and
 * nothing else keeps the expression's type.
 */
export function interpolate(text: string, scope: Scope): Value {
  const parts: (string | { expression: string })[] = []
  let rest = text
  for (;;) {
    const open = rest.indexOf('${{')
    if (open < 0) break
    const close = findClose(rest, open + 3)
    if (close < 0) throw new ExpressionError(`${text}: '\${{' without a closing '}}'`)
    if (open > 0) parts.push(rest.slice(0, open))
    parts.push({ expression: rest.slice(open + 3, close) })
    rest = rest.slice(close + 2)
  }
  if (rest !== '') parts.push(rest)
  const only = parts.length === 1 ? parts[0] : undefined
  if (only !== undefined && typeof only !== 'string') return evaluate(only.expression, scope)
  return parts.map((part) => (typeof part === 'string' ? part : asString(evaluate(part.expression, scope)))).join('')
}

/** The `}}` that closes an expression, skipping string literals (`'}}'` is text). */
function findClose(text: string, from: number): number {
  let inString = false
  for (let i = from; i < text.length; i++) {
    if (text[i] === "'") inString = !inString
    else if (!inString && text.startsWith('}}', i)) return i
  }
  return -1
}

/** hashFiles(): SHA-256 over the SHA-256 of each matching file, in path order, as the runner computes it. */
function hashFiles(workspace: string, patterns: string[]): string {
  const files: string[] = []
  const include = patterns.filter((p) => !p.startsWith('!')).map((p) => globRegExp(p))
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => globRegExp(p.slice(1)))
  const walk = (dir: string) => {
    let entries: string[]
    try {
      entries = readdirNames(dir)
    } catch {
      return
    }
    for (const name of entries) {
      if (name === '.git') continue
      const full = path.join(dir, name)
      const relative = path.relative(workspace, full)
      const stat = statSync(full)
      if (stat.isDirectory()) walk(full)
      else if (include.some((re) => re.test(relative)) && !exclude.some((re) => re.test(relative))) files.push(full)
    }
  }
  walk(workspace)
  if (files.length === 0) return ''
  const outer = createHash('sha256')
  for (const file of files.sort()) outer.update(createHash('sha256').update(readFileSync(file)).digest())
  return outer.digest('hex')
}

function readdirNames(dir: string): string[] {
  return readdirSync(dir).sort()
}

function globRegExp(pattern: string): RegExp {
  let re = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? ''
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*'
      i++
      if (pattern[i + 1] === '/') i++
    } else if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}
