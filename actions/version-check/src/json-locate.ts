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
  const reader = new JsonReader(text)
  // A BOM is not JSON, but editors write it and Node's own package.json reader skips it.
  if (text.startsWith('\uFEFF')) reader.at = 1
  const root = reader.value()
  reader.space()
  if (reader.at < text.length) reader.fail(`unexpected ${describe(text, reader.at)} after the JSON value`)
  return root
}

/** A recursive descent over the text, one method per production; `at` is where the next character is read. */
class JsonReader {
  at = 0

  constructor(private readonly text: string) {}

  fail(message: string): never {
    throw new JsonSyntaxError(message, this.at)
  }

  space(): void {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at] ?? '')) this.at++
  }

  value(): JsonNode {
    this.space()
    const offset = this.at
    const char = this.text[this.at]
    if (char === '{') return this.object(offset)
    if (char === '[') return this.array(offset)
    if (char === '"') return { kind: 'scalar', offset, value: this.string() }
    for (const [word, literal] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length
        return { kind: 'scalar', offset, value: literal }
      }
    }
    const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
    number.lastIndex = this.at
    const match = number.exec(this.text)
    if (match) {
      this.at += match[0].length
      return { kind: 'scalar', offset, value: Number(match[0]) }
    }
    return this.fail(`expected a value but found ${describe(this.text, this.at)}`)
  }

  private object(offset: number): JsonNode {
    this.at++
    const entries = new Map<string, JsonNode>()
    this.space()
    if (this.text[this.at] === '}') {
      this.at++
      return { kind: 'object', offset, entries }
    }
    for (;;) {
      this.space()
      if (this.text[this.at] !== '"') this.fail(`expected a property name but found ${describe(this.text, this.at)}`)
      const key = this.string()
      this.space()
      this.expect(':')
      // Duplicate keys: the last one wins, as with JSON.parse and npm.
      entries.set(key, this.value())
      this.space()
      if (this.text[this.at] === ',') this.at++
      else if (this.text[this.at] === '}') {
        this.at++
        return { kind: 'object', offset, entries }
      } else this.fail(`expected ',' or '}' but found ${describe(this.text, this.at)}`)
    }
  }

  private array(offset: number): JsonNode {
    this.at++
    const items: JsonNode[] = []
    this.space()
    if (this.text[this.at] === ']') {
      this.at++
      return { kind: 'array', offset, items }
    }
    for (;;) {
      items.push(this.value())
      this.space()
      if (this.text[this.at] === ',') this.at++
      else if (this.text[this.at] === ']') {
        this.at++
        return { kind: 'array', offset, items }
      } else this.fail(`expected ',' or ']' but found ${describe(this.text, this.at)}`)
    }
  }

  private string(): string {
    const start = this.at
    this.at++
    for (;;) {
      const char = this.text[this.at]
      if (char === undefined) this.fail('unterminated string')
      else if (char === '"') break
      else if (char === '\\') this.at += 2
      else if (char < ' ') this.fail('control character in a string')
      else this.at++
    }
    this.at++
    try {
      return JSON.parse(this.text.slice(start, this.at)) as string
    } catch {
      this.at = start
      return this.fail('invalid escape in a string')
    }
  }

  private expect(char: string): void {
    if (this.text[this.at] !== char) this.fail(`expected '${char}' but found ${describe(this.text, this.at)}`)
    this.at++
  }
}

function describe(text: string, at: number): string {
  const char = text[at]
  return char === undefined ? 'the end of the file' : JSON.stringify(char)
}
