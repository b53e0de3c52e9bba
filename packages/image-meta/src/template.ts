/**
 * The small part of Handlebars that metadata-action's rules use: `{{name}}`, `{{{name}}}` and helper calls with
 * quoted arguments and `key=value` hash arguments (`{{date 'YYYYMMDD' tz='Asia/Tokyo'}}`). Unknown names render as
 * an empty string, as Handlebars does. Values are not HTML-escaped: tags and labels are not HTML.
 */
/** A helper's arguments: quoted strings and literals as text; an unquoted name is looked up (undefined when unknown). */
export type TemplateHelper = (args: (string | undefined)[], hash: Record<string, string | undefined>) => string
export type TemplateValue = string | number | readonly (string | number)[] | TemplateHelper | undefined
export type TemplateScope = Record<string, TemplateValue>

/** A template the rules cannot render: an unclosed expression, a block helper, a bad argument. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError'
}

/** A helper argument as written: a literal (quoted string, number, boolean) or a name to look up, as in Handlebars. */
type Argument = { literal: string } | { path: string }

interface Expression {
  name: string
  args: Argument[]
  hash: Record<string, Argument>
}

type Part = string | Expression

const cache = new Map<string, Part[]>()

export function parseTemplate(template: string): Part[] {
  const cached = cache.get(template)
  if (cached) return cached
  const parts: Part[] = []
  let rest = template
  while (rest.length > 0) {
    const open = rest.indexOf('{{')
    if (open < 0) {
      parts.push(rest)
      break
    }
    if (open > 0) parts.push(rest.slice(0, open))
    const triple = rest.startsWith('{{{', open)
    const closer = triple ? '}}}' : '}}'
    const close = findClose(rest, open + (triple ? 3 : 2), closer)
    if (close < 0) throw new TemplateError(`unclosed expression in ${JSON.stringify(template)}`)
    parts.push(parseExpression(rest.slice(open + (triple ? 3 : 2), close).trim(), template))
    rest = rest.slice(close + closer.length)
  }
  cache.set(template, parts)
  return parts
}

function findClose(text: string, from: number, closer: string): number {
  let quote: string | undefined
  for (let i = from; i < text.length; i++) {
    const char = text[i]
    if (quote) {
      if (char === quote) quote = undefined
    } else if (char === '"' || char === "'") quote = char
    else if (text.startsWith(closer, i)) return i
  }
  return -1
}

function parseExpression(body: string, template: string): Expression {
  if (/^[#/^!>&]/.test(body)) {
    throw new TemplateError(`unsupported expression {{${body}}} in ${JSON.stringify(template)}`)
  }
  const tokens: string[] = []
  const tokenPattern = /\s*(?:([\w.-]+)=)?('(?:[^']*)'|"(?:[^"]*)"|[^\s'"=]+)/y
  let index = 0
  while (index < body.length) {
    tokenPattern.lastIndex = index
    const match = tokenPattern.exec(body)
    if (!match) {
      if (/^\s*$/.test(body.slice(index))) break
      throw new TemplateError(`cannot read {{${body}}} in ${JSON.stringify(template)}`)
    }
    tokens.push(match[0].trim())
    index = tokenPattern.lastIndex
  }
  const [name = '', ...rest] = tokens
  if (!/^[A-Za-z_][\w.]*$/.test(name))
    throw new TemplateError(`bad expression {{${body}}} in ${JSON.stringify(template)}`)
  const args: Argument[] = []
  const hash: Record<string, Argument> = {}
  for (const token of rest) {
    const pair = /^([\w.-]+)=(.*)$/s.exec(token)
    if (pair) hash[pair[1] ?? ''] = argument(pair[2] ?? '')
    else args.push(argument(token))
  }
  return { name, args, hash }
}

/**
 * Handlebars reads `'text'` and `"text"` as strings, numbers and true/false as literals, and anything else as a name
 * to look up: `{{commit_date YYYY-MM-DD}}` passes an unknown name (undefined), so the date gets its default format.
 */
function argument(token: string): Argument {
  if (token.length >= 2 && (token[0] === "'" || token[0] === '"') && token.endsWith(token[0])) {
    return { literal: token.slice(1, -1) }
  }
  if (/^-?\d+(\.\d+)?$/.test(token) || token === 'true' || token === 'false') return { literal: token }
  return { path: token }
}

function resolve(arg: Argument, scope: TemplateScope): string | undefined {
  if ('literal' in arg) return arg.literal
  const value = Object.prototype.hasOwnProperty.call(scope, arg.path) ? scope[arg.path] : undefined
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
}

export function renderTemplate(template: string, scope: TemplateScope): string {
  let out = ''
  for (const part of parseTemplate(template)) {
    if (typeof part === 'string') {
      out += part
      continue
    }
    const value = Object.prototype.hasOwnProperty.call(scope, part.name) ? scope[part.name] : undefined
    if (typeof value === 'function') {
      const hash: Record<string, string | undefined> = {}
      for (const [key, arg] of Object.entries(part.hash)) hash[key] = resolve(arg, scope)
      out += value(
        part.args.map((arg) => resolve(arg, scope)),
        hash,
      )
    } else if (Array.isArray(value)) out += value.join(',')
    else if (value !== undefined) out += String(value)
  }
  return out
}

/** The names a template refers to, in order (`{{major}}.{{minor}}` → major, minor). */
export function templateNames(template: string): string[] {
  return parseTemplate(template)
    .filter((part): part is Expression => typeof part !== 'string')
    .map((part) => part.name)
}

/** True when the template is exactly `{{raw}}`: metadata-action keeps a prerelease's raw tag for it. */
export function isRawStatement(template: string): boolean {
  try {
    const parts = parseTemplate(template)
    const only = parts[0]
    return parts.length === 1 && only !== undefined && typeof only !== 'string' && only.name === 'raw'
  } catch {
    return false
  }
}
