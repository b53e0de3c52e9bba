import { parseJson, JsonSyntaxError, type JsonNode } from './json-locate.js'
import { positionAt } from './problems.js'
import type { DocumentFormat } from './rules.js'

/** What a key path leads to in a document, and where. */
export type Lookup =
  | { kind: 'found'; value: unknown; line?: number; column?: number }
  /** The key holds a table, mapping or list instead of a value. */
  | { kind: 'container'; type: 'object' | 'array'; line?: number; column?: number }
  | { kind: 'missing'; /** The longest prefix of the path that exists. */ found: string[] }
  | { kind: 'syntax'; message: string; line?: number; column?: number }

const NAMES: Record<DocumentFormat, string> = { json: 'JSON', yaml: 'YAML', toml: 'TOML' }

/** Reads `key` out of a JSON, YAML or TOML text, with the line and column where its value is written. */
export async function lookup(text: string, format: DocumentFormat, key: readonly string[]): Promise<Lookup> {
  switch (format) {
    case 'json':
      return lookupJson(text, key)
    case 'yaml':
      return lookupYaml(text, key)
    case 'toml':
      return lookupToml(text, key)
  }
}

export function formatName(format: DocumentFormat): string {
  return NAMES[format]
}

function lookupJson(text: string, key: readonly string[]): Lookup {
  let node: JsonNode
  try {
    node = parseJson(text)
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error
    return { kind: 'syntax', message: error.message, ...positionAt(text, error.offset) }
  }
  for (const [index, segment] of key.entries()) {
    const next =
      node.kind === 'object'
        ? node.entries.get(segment)
        : node.kind === 'array' && /^\d+$/.test(segment)
          ? node.items[Number(segment)]
          : undefined
    if (next === undefined) return { kind: 'missing', found: key.slice(0, index) }
    node = next
  }
  const position = positionAt(text, node.offset)
  return node.kind === 'scalar'
    ? { kind: 'found', value: node.value, ...position }
    : { kind: 'container', type: node.kind, ...position }
}

// yaml and smol-toml load only when a rule needs them: most repositories check a package.json alone.
async function lookupYaml(text: string, key: readonly string[]): Promise<Lookup> {
  const { LineCounter, parseDocument, isMap, isScalar, isSeq } = await import('yaml')
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, prettyErrors: false })
  const error = document.errors[0]
  if (error) {
    const position = lineCounter.linePos(error.pos[0])
    return {
      kind: 'syntax',
      message: error.message.split('\n')[0] ?? error.code,
      line: position.line,
      column: position.col,
    }
  }
  let node: unknown = document.contents
  for (const [index, segment] of key.entries()) {
    let next: unknown
    if (isMap(node)) next = node.get(segment, true)
    else if (isSeq(node) && /^\d+$/.test(segment)) next = node.items[Number(segment)]
    if (next === undefined || next === null) return { kind: 'missing', found: key.slice(0, index) }
    node = next
  }
  const range = (node as { range?: [number, number, number] | null }).range
  const position = range ? lineCounter.linePos(range[0]) : undefined
  const where = { line: position?.line, column: position?.col }
  if (isScalar(node)) return { kind: 'found', value: node.value, ...where }
  return { kind: 'container', type: isSeq(node) ? 'array' : 'object', ...where }
}

async function lookupToml(text: string, key: readonly string[]): Promise<Lookup> {
  const { parse, TomlError } = await import('smol-toml')
  let value: unknown
  try {
    value = parse(text)
  } catch (error) {
    if (!(error instanceof TomlError)) throw error
    return {
      kind: 'syntax',
      message: error.message.split('\n')[0] ?? 'invalid TOML',
      line: error.line,
      column: error.column,
    }
  }
  for (const [index, segment] of key.entries()) {
    const next =
      Array.isArray(value) && /^\d+$/.test(segment)
        ? (value as unknown[])[Number(segment)]
        : typeof value === 'object' && value !== null && Object.hasOwn(value, segment)
          ? (value as Record<string, unknown>)[segment]
          : undefined
    if (next === undefined) return { kind: 'missing', found: key.slice(0, index) }
    value = next
  }
  const position = locateTomlKey(text, key, value)
  if (Array.isArray(value)) return { kind: 'container', type: 'array', ...position }
  // A TOML date-time is a Date object here: report it as the value it is, not as a table.
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    return { kind: 'container', type: 'object', ...position }
  }
  return { kind: 'found', value, ...position }
}

const BARE_OR_QUOTED = String.raw`(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')`
const DOTTED = new RegExp(String.raw`^(${BARE_OR_QUOTED}(?:\s*\.\s*${BARE_OR_QUOTED})*)\s*=\s*`)
const HEADER = new RegExp(String.raw`^\[\[?\s*(${BARE_OR_QUOTED}(?:\s*\.\s*${BARE_OR_QUOTED})*)\s*\]\]?`)

/**
 * Where a TOML key's value is written. smol-toml gives values without positions, so the lines are scanned for
 * `[table]` headers and `dotted.key = value` lines; a key inside an inline table falls back to where its value appears.
 */
export function locateTomlKey(
  text: string,
  key: readonly string[],
  value: unknown,
): { line?: number; column?: number } {
  const lines = text.split('\n')
  let table: string[] = []
  let openString: string | undefined
  for (const [index, raw] of lines.entries()) {
    if (openString !== undefined) {
      if (raw.includes(openString)) openString = undefined
      continue
    }
    const indent = raw.length - raw.trimStart().length
    const line = raw.trim()
    const header = HEADER.exec(line)
    if (header) {
      table = splitKey(header[1] ?? '')
      continue
    }
    const assignment = DOTTED.exec(line)
    if (!assignment) continue
    const rest = line.slice(assignment[0].length)
    const full = [...table, ...splitKey(assignment[1] ?? '')]
    if (full.length === key.length && full.every((segment, i) => segment === key[i])) {
      return { line: index + 1, column: indent + assignment[0].length + 1 }
    }
    for (const quotes of ['"""', "'''"]) {
      if (rest.startsWith(quotes) && !rest.slice(3).includes(quotes)) openString = quotes
    }
  }
  if (typeof value === 'string') {
    for (const literal of [JSON.stringify(value), `'${value}'`]) {
      const offset = text.indexOf(literal)
      if (offset !== -1) return positionAt(text, offset)
    }
  }
  return {}
}

function splitKey(dotted: string): string[] {
  const parts: string[] = []
  for (const match of dotted.matchAll(new RegExp(BARE_OR_QUOTED, 'g'))) {
    const part = match[0]
    parts.push(part.startsWith('"') ? (JSON.parse(part) as string) : part.startsWith("'") ? part.slice(1, -1) : part)
  }
  return parts
}
