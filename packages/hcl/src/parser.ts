import { ConfigError } from '@slipway/action-kit'

/**
 * A parser for HCL2's native syntax (hashicorp/hcl `hclsyntax`, spec.md) as Packer templates and var files use it:
 * attributes, blocks with string or identifier labels, comments (`#`, `//`, `/* *\/`), numbers, booleans, null,
 * quoted templates with escapes, heredocs (`<<EOF`, `<<-EOF`), tuples and objects. Literal values are evaluated; any
 * other expression (a reference such as `var.x`, a function call, a conditional) is kept as its source text wrapped
 * as `${…}`, exactly as hcl2json (and so the `hcl2-parser` package) represents it. Errors carry file, line and column.
 */
export type HclValue = string | number | boolean | null | HclValue[] | { [key: string]: HclValue }

export interface HclAttribute {
  name: string
  value: HclValue
  /** The source text when the value is not a literal (a reference, a call, an operation). */
  expression?: string
  line: number
  column: number
}

export interface HclBlock {
  type: string
  labels: string[]
  body: HclBody
  line: number
}

export interface HclBody {
  attributes: Map<string, HclAttribute>
  blocks: HclBlock[]
}

const SIMPLE_ESCAPES = new Map([
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
  ['"', '"'],
  ['\\', '\\'],
])

// Character classes by code: these run for every character of every template, and a RegExp test per character costs
// several times more (packer-matrix reads a thousand templates per run in large repositories).
const isIdentStart = (c: string): boolean => {
  const code = c.charCodeAt(0)
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95
}
const isIdentChar = (c: string): boolean => {
  const code = c.charCodeAt(0)
  return isIdentStart(c) || (code >= 48 && code <= 57) || code === 45
}
const STRING_SPECIAL = new Set(['"', '\\', '\n', '$', '%'])
const IDENT_START = { test: isIdentStart }
const IDENT_CHAR = { test: isIdentChar }

class Parser {
  private pos = 0
  private line = 1
  private lineStart = 0

  constructor(
    private readonly src: string,
    private readonly file: string,
  ) {}

  fail(message: string, at = this.pos): never {
    // Line and column of `at` (it may lie behind the cursor), computed from the text.
    let line = 1
    let start = 0
    for (let i = 0; i < at && i < this.src.length; i++) {
      if (this.src[i] === '\n') {
        line++
        start = i + 1
      }
    }
    throw new ConfigError(message, { file: this.file, line, column: at - start + 1 })
  }

  private peek(offset = 0): string {
    return this.src[this.pos + offset] ?? ''
  }

  private advance(count = 1): void {
    for (let i = 0; i < count; i++) {
      if (this.src[this.pos] === '\n') {
        this.line++
        this.lineStart = this.pos + 1
      }
      this.pos++
    }
  }

  private column(): number {
    return this.pos - this.lineStart + 1
  }

  /** Skips spaces, tabs and comments; newlines too when `newlines` (inside brackets and between items). */
  private skip(newlines: boolean): void {
    for (;;) {
      const c = this.peek()
      if (c === ' ' || c === '\t' || c === '\r' || (newlines && c === '\n')) this.advance()
      else if (c === '#' || (c === '/' && this.peek(1) === '/')) {
        while (this.pos < this.src.length && this.peek() !== '\n') this.advance()
      } else if (c === '/' && this.peek(1) === '*') {
        const end = this.src.indexOf('*/', this.pos + 2)
        if (end < 0) this.fail('unterminated /* comment')
        this.advance(end + 2 - this.pos)
      } else return
    }
  }

  private identifier(): string {
    const start = this.pos
    if (!IDENT_START.test(this.peek())) this.fail(`expected a name, found ${describe(this.peek())}`)
    while (IDENT_CHAR.test(this.peek())) this.advance()
    return this.src.slice(start, this.pos)
  }

  parseBody(closing: '' | '}'): HclBody {
    const body: HclBody = { attributes: new Map(), blocks: [] }
    for (;;) {
      this.skip(true)
      const c = this.peek()
      if (c === '') {
        if (closing) this.fail('missing } to close the block')
        return body
      }
      if (c === '}' && closing) {
        this.advance()
        return body
      }
      const line = this.line
      const column = this.column()
      const start = this.pos
      const name = this.identifier()
      this.skip(false)
      if (this.peek() === '=' && this.peek(1) !== '=') {
        this.advance()
        this.skip(false)
        if (body.attributes.has(name)) this.fail(`attribute ${JSON.stringify(name)} is defined twice`, start)
        const { value, expression } = this.expression()
        body.attributes.set(
          name,
          expression === undefined ? { name, value, line, column } : { name, value, expression, line, column },
        )
        this.endOfItem()
        continue
      }
      const labels: string[] = []
      for (;;) {
        this.skip(false)
        const l = this.peek()
        if (l === '"') {
          const value = this.quoted()
          if (value.includes('${')) this.fail('a block label cannot contain an interpolation')
          labels.push(value)
        } else if (IDENT_START.test(l)) labels.push(this.identifier())
        else break
      }
      if (this.peek() !== '{')
        this.fail(`expected = or { after ${JSON.stringify(name)}, found ${describe(this.peek())}`)
      this.advance()
      const inner = this.parseBody('}')
      body.blocks.push({ type: name, labels, body: inner, line })
      this.endOfItem()
    }
  }

  /** An attribute or block ends at a newline, a comment, the end of the file or the closing brace of its block. */
  private endOfItem(): void {
    this.skip(false)
    const c = this.peek()
    if (c === '\n' || c === '' || c === '}') return
    this.fail(`expected a new line, found ${describe(c)}`)
  }

  expression(): { value: HclValue; expression?: string } {
    const start = this.pos
    const startLine = this.line
    const startLineStart = this.lineStart
    let literal: { value: HclValue; template?: boolean } | undefined
    try {
      literal = this.tryLiteral()
    } catch (error) {
      // A `for` expression in brackets is not a literal tuple or object: read it as an expression below.
      if (!(error instanceof ConfigError)) throw error
    }
    if (literal !== undefined) {
      const after = this.pos
      this.skip(false)
      const c = this.peek()
      if (c === '\n' || c === '' || c === ',' || c === '}' || c === ']' || c === ')') {
        if (typeof literal.value === 'string' && literal.value.includes('${') && literal.template) {
          return { value: literal.value, expression: this.src.slice(start, after) }
        }
        return { value: literal.value }
      }
    }
    // Not a plain literal: rewind and keep the expression's source text, as far as it reaches at bracket depth 0.
    this.pos = start
    this.line = startLine
    this.lineStart = startLineStart
    const raw = this.rawExpression()
    if (raw === '') this.fail(`expected an expression, found ${describe(this.peek())}`)
    return { value: `\${${raw}}`, expression: raw }
  }

  private tryLiteral(): { value: HclValue; template?: boolean } | undefined {
    const c = this.peek()
    if (c === '"') {
      const value = this.quoted()
      return { value, template: true }
    }
    if (c === '<' && this.peek(1) === '<') return { value: this.heredoc(), template: true }
    if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(this.peek(1)))) {
      const match = /^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.src.slice(this.pos, this.pos + 64))
      if (!match) return undefined
      this.advance(match[0].length)
      return { value: Number(match[0]) }
    }
    if (c === '[') return this.tuple()
    if (c === '{') return this.object()
    if (IDENT_START.test(c)) {
      const start = this.pos
      const word = this.identifier()
      if (word === 'true') return { value: true }
      if (word === 'false') return { value: false }
      if (word === 'null') return { value: null }
      this.pos = start
      return undefined
    }
    return undefined
  }

  private tuple(): { value: HclValue[] } | undefined {
    this.advance() // [
    const items: HclValue[] = []
    for (;;) {
      this.skip(true)
      if (this.peek() === ']') {
        this.advance()
        return { value: items }
      }
      if (this.peek() === '') this.fail('missing ] to close the list')
      items.push(this.expression().value)
      this.skip(true)
      if (this.peek() === ',') this.advance()
      else if (this.peek() !== ']') this.fail(`expected , or ] in a list, found ${describe(this.peek())}`)
    }
  }

  private object(): { value: { [key: string]: HclValue } } {
    this.advance() // {
    const value: { [key: string]: HclValue } = {}
    for (;;) {
      this.skip(true)
      if (this.peek() === '}') {
        this.advance()
        return { value }
      }
      if (this.peek() === '') this.fail('missing } to close the object')
      const key = this.peek() === '"' ? this.quoted() : this.identifier()
      this.skip(false)
      if (this.peek() !== '=' && this.peek() !== ':') this.fail(`expected = or : after key ${JSON.stringify(key)}`)
      this.advance()
      this.skip(false)
      value[key] = this.expression().value
      this.skip(false)
      if (this.peek() === ',') this.advance()
      else if (this.peek() !== '\n' && this.peek() !== '}') {
        this.fail(`expected , or a new line in an object, found ${describe(this.peek())}`)
      }
    }
  }

  /** A quoted template. Escapes are decoded; `${…}` and `%{…}` sequences are kept as written. */
  quoted(): string {
    const open = this.pos
    this.advance() // "
    let out = ''
    for (;;) {
      const c = this.peek()
      if (c === '' || c === '\n') this.fail('unterminated string', open)
      if (c === '"') {
        this.advance()
        return out
      }
      if (c === '\\') {
        const e = this.peek(1)
        const simple = SIMPLE_ESCAPES.get(e)
        if (simple !== undefined) {
          out += simple
          this.advance(2)
        } else if (e === 'u' || e === 'U') {
          const len = e === 'u' ? 4 : 8
          const hex = this.src.slice(this.pos + 2, this.pos + 2 + len)
          if (!new RegExp(`^[0-9A-Fa-f]{${len}}$`).test(hex)) this.fail(`invalid \\${e} escape`)
          out += String.fromCodePoint(parseInt(hex, 16))
          this.advance(2 + len)
        } else this.fail(`invalid escape \\${e}`)
        continue
      }
      if ((c === '$' || c === '%') && this.peek(1) === '{') {
        const start = this.pos
        this.advance(2)
        this.skipTemplateSequence(start)
        out += this.src.slice(start, this.pos)
        continue
      }
      if ((c === '$' || c === '%') && this.peek(1) === c && this.peek(2) === '{') {
        // `$${` and `%%{` are the literal text `${` and `%{` (HCL spec, template literals).
        out += `${c}{`
        this.advance(3)
        continue
      }
      // A run of ordinary characters at once (no new line can be in it, so the line count stays right).
      let end = this.pos + 1
      while (end < this.src.length && !STRING_SPECIAL.has(this.src[end] ?? '')) end++
      out += this.src.slice(this.pos, end)
      this.pos = end
    }
  }

  /** After `${`: up to the matching `}`, stepping over nested braces and quoted strings. */
  private skipTemplateSequence(start: number): void {
    let depth = 1
    while (depth > 0) {
      const c = this.peek()
      if (c === '') this.fail('unterminated ${ in a string', start)
      if (c === '"') {
        this.quoted()
        continue
      }
      if (c === '{') depth++
      if (c === '}') depth--
      this.advance()
    }
  }

  private heredoc(): string {
    const open = this.pos
    const header = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)\r?\n/.exec(this.src.slice(this.pos, this.pos + 256))
    if (!header) this.fail('expected a heredoc marker such as <<EOF followed by a new line')
    this.advance(header[0].length)
    const marker = header[2] ?? ''
    const lines: string[] = []
    for (;;) {
      if (this.pos >= this.src.length) this.fail(`heredoc is not closed by ${marker}`, open)
      const end = this.src.indexOf('\n', this.pos)
      const text = this.src.slice(this.pos, end < 0 ? this.src.length : end).replace(/\r$/, '')
      if (text.trim() === marker) {
        this.advance(text.length + (this.src[this.pos + text.length] === '\r' ? 1 : 0))
        break
      }
      lines.push(text)
      this.advance(end < 0 ? this.src.length - this.pos : end + 1 - this.pos)
    }
    if (header[1] === '-') {
      // <<- strips the smallest common leading white space of the lines that are not empty.
      const indents = lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length)
      const cut = indents.length ? Math.min(...indents) : 0
      return lines.map((l) => `${l.slice(cut)}\n`).join('')
    }
    return lines.map((l) => `${l}\n`).join('')
  }

  /** The source text of an expression up to a new line, comma or closing bracket at depth 0. */
  private rawExpression(): string {
    const start = this.pos
    let depth = 0
    for (;;) {
      const c = this.peek()
      if (c === '') break
      if (c === '"') {
        this.quoted()
        continue
      }
      if (c === '<' && this.peek(1) === '<' && /[A-Za-z-]/.test(this.peek(2))) {
        this.heredoc()
        continue
      }
      if (depth === 0 && (c === '\n' || c === ',' || c === '}' || c === ']' || c === ')')) break
      if (depth === 0 && c === '=' && !'=!<>'.includes(this.src[this.pos - 1] ?? '') && !'=>'.includes(this.peek(1))) {
        this.fail('unexpected "=": one attribute per line')
      }
      if (depth === 0 && (c === '#' || (c === '/' && (this.peek(1) === '/' || this.peek(1) === '*')))) break
      if (c === '(' || c === '[' || c === '{') depth++
      if (c === ')' || c === ']' || c === '}') depth--
      this.advance()
    }
    return this.src.slice(start, this.pos).trim()
  }
}

function describe(c: string): string {
  if (c === '') return 'the end of the file'
  if (c === '\n') return 'a new line'
  return JSON.stringify(c)
}

/** Parses HCL2 native syntax. Throws ConfigError with the file, line and column of the first mistake. */
export function parseHcl(text: string, file = '<input>'): HclBody {
  const source = text.startsWith('\ufeff') ? text.slice(1) : text
  return new Parser(source, file).parseBody('')
}

/**
 * The body in hcl2json's JSON shape (what `hcl2-parser` returns): attributes by name, blocks by type then by each
 * label, each level ending in a list of bodies.
 */
export function bodyToJson(body: HclBody): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [name, attribute] of body.attributes) out[name] = attribute.value
  for (const block of body.blocks) {
    let level = out
    const path = [block.type, ...block.labels]
    for (const key of path.slice(0, -1)) {
      const next = (level[key] ??= {}) as Record<string, unknown>
      level = next
    }
    const last = path[path.length - 1] ?? block.type
    const list = (level[last] ??= []) as unknown[]
    list.push(bodyToJson(block.body))
  }
  return out
}
