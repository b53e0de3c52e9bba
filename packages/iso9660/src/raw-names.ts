// File names are bytes on POSIX systems, and not always UTF-8 (a name written by an old tool in Latin-1, say). Such a
// name is carried through the tree as a JavaScript string in which each byte that is not part of valid UTF-8 is a
// lone low surrogate U+DC80–U+DCFF (Python's "surrogateescape"): valid UTF-8 never decodes to a lone surrogate, so the
// mapping is one to one, and the exact bytes come back for the file system and for Rock Ridge, which stores bytes.
import { isUtf8 } from 'node:buffer'

const ESCAPED = /[\udc80-\udcff]/

/** The name (or path) as a string: UTF-8 where it is valid, each other byte as U+DC00 + byte. */
export function decodeName(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString('utf8')
  let out = ''
  for (let i = 0; i < bytes.length;) {
    const length = sequenceLength(bytes, i)
    if (length === 0) {
      out += String.fromCharCode(0xdc00 + (bytes[i] ?? 0))
      i++
    } else {
      out += bytes.toString('utf8', i, i + length)
      i += length
    }
  }
  return out
}

/** The length of the valid UTF-8 sequence at `at` (RFC 3629 §4), or 0 when the byte there starts none. */
function sequenceLength(bytes: Buffer, at: number): number {
  const lead = bytes[at] ?? 0
  const next = (k: number) => bytes[at + k] ?? 0
  const cont = (k: number, low = 0x80, high = 0xbf) => at + k < bytes.length && next(k) >= low && next(k) <= high
  if (lead < 0x80) return 1
  if (lead >= 0xc2 && lead <= 0xdf) return cont(1) ? 2 : 0
  if (lead === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0
  if (lead === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0 // no UTF-16 surrogates
  if (lead >= 0xe1 && lead <= 0xef) return cont(1) && cont(2) ? 3 : 0
  if (lead === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
  if (lead >= 0xf1 && lead <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0
  if (lead === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0
  return 0
}

/** The bytes of a name decoded by decodeName (or any string: then simply its UTF-8). */
export function encodeName(name: string): Buffer {
  if (!ESCAPED.test(name)) return Buffer.from(name, 'utf8')
  const parts: Buffer[] = []
  let text = ''
  for (const char of name) {
    const code = char.charCodeAt(0)
    if (char.length === 1 && code >= 0xdc80 && code <= 0xdcff) {
      if (text) parts.push(Buffer.from(text, 'utf8'))
      text = ''
      parts.push(Buffer.from([code - 0xdc00]))
    } else text += char
  }
  if (text) parts.push(Buffer.from(text, 'utf8'))
  return Buffer.concat(parts)
}

/** What to hand to `fs`: the string itself, or its exact bytes when it holds escaped bytes. */
export function fsPath(file: string): string | Buffer {
  return ESCAPED.test(file) ? encodeName(file) : file
}

/** The name as a person reads it in a message: each byte that is not UTF-8 as \xNN. */
export function showName(name: string): string {
  return ESCAPED.test(name)
    ? name.replace(/[\udc80-\udcff]/g, (c) => `\\x${(c.charCodeAt(0) - 0xdc00).toString(16).toUpperCase()}`)
    : name
}

/** The name holds bytes that are not valid UTF-8. */
export function hasRawBytes(name: string): boolean {
  return ESCAPED.test(name)
}
