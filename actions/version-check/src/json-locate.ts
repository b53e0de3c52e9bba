/**
 * A strict JSON (RFC 8259) reader that keeps where each value starts, so a mismatch can be annotated on its line.
 * JSON.parse gives values without positions; this gives both, for the one path asked for.
 */

export type JsonNode =
  | { kind: 'object'; offset: number; entries: Map<string, JsonNode> }
  | { kind: 'array'; offset: number; items: JsonNode[] }
  | { kind: 'scalar'; offset: number; value: string | number | boolean | null }

export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError'
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message)
  }
}

export function parseJson(text: string): JsonNode {
  let at = 0
  const fail = (message: string): never => {
    throw new JsonSyntaxError(message, at)
  }
  const space = (): void => {
    while (at < text.length && ' \t\n\r'.includes(text[at] ?? '')) at++
  }
  const expect = (char: string): void => {
    if (text[at] !== char) fail(`expected '${char}' but found ${describe(text, at)}`)
    at++
  }
  const string = (): string => {
    const start = at
    at++
    for (;;) {
      const char = text[at]
      if (char === undefined) fail('unterminated string')
      else if (char === '"') break
      else if (char === '\\') at += 2
      else if (char < ' ') fail('control character in a string')
      else at++
    }
    at++
    try {
      return JSON.parse(text.slice(start, at)) as string
    } catch {
      at = start
      return fail('invalid escape in a string')
    }
  }
  const value = (): JsonNode => {
    space()
    const offset = at
    const char = text[at]
    if (char === '{') {
      at++
      const entries = new Map<string, JsonNode>()
      space()
      if (text[at] === '}') {
        at++
        return { kind: 'object', offset, entries }
      }
      for (;;) {
        space()
        if (text[at] !== '"') fail(`expected a property name but found ${describe(text, at)}`)
        const key = string()
        space()
        expect(':')
        // Duplicate keys: the last one wins, as with JSON.parse and npm.
        entries.set(key, value())
        space()
        if (text[at] === ',') at++
        else if (text[at] === '}') {
          at++
          return { kind: 'object', offset, entries }
        } else fail(`expected ',' or '}' but found ${describe(text, at)}`)
      }
    }
    if (char === '[') {
      at++
      const items: JsonNode[] = []
      space()
      if (text[at] === ']') {
        at++
        return { kind: 'array', offset, items }
      }
      for (;;) {
        items.push(value())
        space()
        if (text[at] === ',') at++
        else if (text[at] === ']') {
          at++
          return { kind: 'array', offset, items }
        } else fail(`expected ',' or ']' but found ${describe(text, at)}`)
      }
    }
    if (char === '"') return { kind: 'scalar', offset, value: string() }
    for (const [word, literal] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, at)) {
        at += word.length
        return { kind: 'scalar', offset, value: literal }
      }
    }
    const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
    number.lastIndex = at
    const match = number.exec(text)
    if (match) {
      at += match[0].length
      return { kind: 'scalar', offset, value: Number(match[0]) }
    }
    return fail(`expected a value but found ${describe(text, at)}`)
  }
  // A BOM is not JSON, but editors write it and Node's own package.json reader skips it.
  if (text.startsWith('\uFEFF')) at = 1
  const root = value()
  space()
  if (at < text.length) fail(`unexpected ${describe(text, at)} after the JSON value`)
  return root
}

function describe(text: string, at: number): string {
  const char = text[at]
  return char === undefined ? 'the end of the file' : JSON.stringify(char)
}
