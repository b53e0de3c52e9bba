// Workflow values as the parser gives them (template tokens), evaluated in a scope. Loaded only by `slipway workflow`.
import { isBasicExpression, isBoolean, isMapping, isNumber, isSequence, isString } from '@actions/workflow-parser'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'
import { asString, evaluate, interpolate, type Scope, type Value } from './expressions.js'

/**
 * A parsed workflow value (a template token) as a plain value, each expression in it evaluated in `scope`. The
 * workflow parser has already turned `a ${{ x }} b` into one `format('a {0} b', x)` expression.
 */
export function evaluateToken(token: TemplateToken | undefined, scope: Scope): Value {
  if (token === undefined) return null
  if (isBasicExpression(token)) {
    const block = blockScalarValue(token)
    return block === undefined ? evaluate(token.expression, scope) : interpolate(block, scope)
  }
  if (isString(token)) return token.value
  if (isNumber(token)) return token.value
  if (isBoolean(token)) return token.value
  if (isSequence(token)) {
    const items: Value[] = []
    for (let i = 0; i < token.count; i++) items.push(evaluateToken(token.get(i), scope))
    return items
  }
  if (isMapping(token)) {
    const object: Record<string, Value> = {}
    for (const pair of token) object[asString(evaluateToken(pair.key, scope))] = evaluateToken(pair.value, scope)
    return object
  }
  return null
}

/** The source text of a token, for plans and logs: expressions shown as written. */
export function tokenText(token: TemplateToken | undefined): string {
  if (token === undefined) return ''
  if (isBasicExpression(token)) return token.source ?? `\${{ ${token.expression} }}`
  if (isString(token)) return token.value
  if (isNumber(token) || isBoolean(token)) return String(token.value)
  return JSON.stringify(token.toJSON())
}

/** A token as a plain value without evaluating anything: expressions stay as their `${{ }}` source. */
export function rawValue(token: TemplateToken | undefined): Value {
  if (token === undefined) return null
  if (isBasicExpression(token)) return tokenText(token)
  if (isString(token) || isNumber(token) || isBoolean(token)) return token.value
  if (isSequence(token)) return [...token].map((item) => rawValue(item))
  if (isMapping(token)) {
    const object: Record<string, Value> = {}
    for (const pair of token) object[asString(rawValue(pair.key))] = rawValue(pair.value)
    return object
  }
  return null
}

/**
 * The text of a block scalar (`with: { images: | ... }`) that holds expressions, as YAML reads it. The parser builds
 * the format() of such a value from the raw source lines, indentation and all; the runner evaluates the scalar's
 * value: the block's indentation (that of its first line with text) removed, then chomped as its header says.
 */
function blockScalarValue(token: {
  blockScalarHeader: string | undefined
  source: string | undefined
}): string | undefined {
  const header = token.blockScalarHeader
  if (header === undefined || token.source === undefined) return undefined
  const lines = token.source.split('\n')
  const first = lines.find((line) => line.trim() !== '') ?? ''
  const indent = first.length - first.trimStart().length
  let body = lines.map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length))).join('\n')
  if (header.startsWith('>')) body = body.replace(/([^\n])\n(?=[^\n\s])/g, '$1 ')
  const content = body.replace(/\n+$/, '')
  if (header.includes('-')) return content
  if (header.includes('+')) return body
  return `${content}\n`
}
