// File identifiers of the two directory hierarchies: ECMA-119 Level 3 names for the primary one, Joliet names for
// the supplementary one. Rock Ridge NM entries keep the real name; these are what readers without extensions show.
import { createHash } from 'node:crypto'
import { encodeName } from './raw-names.js'

/** ECMA-119 §7.4.1: d-characters. */
const D_CHARACTERS = /^[A-Z0-9_]*$/
/** ECMA-119 §7.4.1: a-characters (d-characters plus space and some punctuation). */
const A_CHARACTERS = /^[A-Z0-9_ !"%&'()*+,\-./:;<=>?]*$/

export class IsoNameError extends Error {
  override readonly name = 'IsoNameError'
}

/**
 * ECMA-119 §8.4.6: the volume identifier is up to 32 d-characters. Lower-case letters are accepted and recorded in
 * upper case in the primary descriptor (the Joliet descriptor keeps the case as given, which is what `cidata` needs).
 */
export function validateVolumeId(volumeId: string): string | undefined {
  if (volumeId.length === 0) return 'a volume id of 1 to 32 characters'
  if (volumeId.length > 32) return 'at most 32 characters (ECMA-119 §8.4.6)'
  if (!D_CHARACTERS.test(volumeId.toUpperCase())) return 'only letters A-Z, digits and _ (ECMA-119 d-characters)'
  return undefined
}

/** ECMA-119 §8.4.20–8.4.22: publisher, preparer and application ids are a-characters, up to 128. */
export function validateAString(value: string, max = 128): string | undefined {
  if (value.length > max) return `at most ${max} characters`
  if (!A_CHARACTERS.test(value.toUpperCase())) return 'printable ASCII letters, digits, space and !"%&\'()*+,-./:;<=>?_'
  return undefined
}

function dChars(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9_]/g, '_')
}

/** Splits at the last dot; a leading dot (".profile") is part of the name, not an extension. */
export function splitExtension(name: string): [string, string] {
  const dot = name.lastIndexOf('.')
  if (dot <= 0) return [name, '']
  return [name.slice(0, dot), name.slice(dot + 1)]
}

/**
 * Level 2/3 identifiers (§7.5.1, §7.6.3): a file is NAME.EXT;1 with NAME + EXT ≤ 30 d-characters, a directory up to
 * 31 d-characters. `taken` holds the identifiers already given in the same directory: a clash (names that differ only
 * by case or by characters outside the d-set) gets a numbered suffix, in the directory's sorted order, so the result
 * depends on the tree alone.
 */
export function isoIdentifier(name: string, isDirectory: boolean, taken: Set<string>): string {
  if (isDirectory) {
    const base = dChars(name).slice(0, 31) || '_'
    return unique(base, '', taken, 31, (b) => b)
  }
  const [stem, extension] = splitExtension(name)
  const ext = dChars(extension).slice(0, 8)
  const limit = 30 - ext.length
  const base = dChars(stem).slice(0, limit) || (ext === '' ? '_' : '')
  return unique(base, ext, taken, limit, (b, e) => `${b}.${e};1`)
}

function unique(
  base: string,
  ext: string,
  taken: Set<string>,
  limit: number,
  format: (base: string, ext: string) => string,
): string {
  let candidate = format(base, ext)
  for (let n = 1; taken.has(candidate); n++) {
    const suffix = `_${n}`
    candidate = format(base.slice(0, limit - suffix.length) + suffix, ext)
  }
  taken.add(candidate)
  return candidate
}

/**
 * Joliet's specification allows 64 UCS-2 characters in an identifier; Windows, Linux and macOS read up to 103, the
 * most a directory record can hold (33 + 2 × 103 + 1 ≤ 255 bytes), which genisoimage and xorriso write with
 * `-joliet-long`. Names of 65 to 103 characters are kept whole, as there: shortening them mangled what Windows shows.
 */
export const JOLIET_MAX = 103
// eslint-disable-next-line no-control-regex -- control characters are what Joliet forbids
const JOLIET_FORBIDDEN = /[\u0000-\u001f*/:;?\\\ud800-\udfff]/
// eslint-disable-next-line no-control-regex -- as above
const JOLIET_REPLACED = /[\ud800-\udbff][\udc00-\udfff]|[\u0000-\u001f*/:;?\\\ud800-\udfff]/g

/**
 * The Joliet name: characters outside UCS-2 (astral code points), bytes that are not UTF-8 and forbidden characters
 * (* / : ; ? \ and control characters) become `_`; a name longer than 103 characters keeps its start and extension
 * and gets `~` plus 8 hex digits of the SHA-256 of the full name, so the short name is the same on every build and
 * differs between long names that share a prefix.
 */
export function jolietIdentifier(name: string, taken: Set<string>): string {
  // An astral character (a surrogate pair) becomes one _, as does every lone surrogate (a byte that is not UTF-8).
  const clean = JOLIET_FORBIDDEN.test(name) ? name.replace(JOLIET_REPLACED, '_') : name
  let candidate = clean
  if (clean.length > JOLIET_MAX) candidate = shortened(clean, hashOf(name))
  for (let n = 1; taken.has(candidate); n++) candidate = shortened(clean, `${hashOf(name)}${n}`, true)
  taken.add(candidate)
  return candidate
}

function hashOf(name: string): string {
  return createHash('sha256').update(encodeName(name)).digest('hex').slice(0, 8)
}

function shortened(name: string, tag: string, always = false): string {
  const [stem, extension] = splitExtension(name)
  const ext = extension !== '' && extension.length <= 16 ? `.${extension}` : ''
  const head = ext === '' ? name : stem
  const room = JOLIET_MAX - ext.length - tag.length - 1
  if (!always && name.length <= JOLIET_MAX) return name
  return `${head.slice(0, room)}~${tag}${ext}`
}

/**
 * ECMA-119 §9.3: records are ordered by file name, then extension (each compared as if padded with spaces), then
 * version in descending order. Directory identifiers have no extension.
 */
export function compareIsoIdentifiers(a: string, b: string): number {
  const [an, ae, av] = parts(a)
  const [bn, be, bv] = parts(b)
  return comparePadded(an, bn) || comparePadded(ae, be) || bv - av
}

function parts(identifier: string): [string, string, number] {
  const semi = identifier.indexOf(';')
  const body = semi < 0 ? identifier : identifier.slice(0, semi)
  const version = semi < 0 ? 0 : Number(identifier.slice(semi + 1))
  const dot = body.indexOf('.')
  return dot < 0 ? [body, '', version] : [body.slice(0, dot), body.slice(dot + 1), version]
}

function comparePadded(a: string, b: string): number {
  const length = Math.max(a.length, b.length)
  const x = a.padEnd(length, ' ')
  const y = b.padEnd(length, ' ')
  return x < y ? -1 : x > y ? 1 : 0
}

/** Joliet identifiers are ordered by their UCS-2 code units, as the primary hierarchy orders its bytes. */
export function compareJolietIdentifiers(a: string, b: string): number {
  const length = Math.max(a.length, b.length)
  for (let i = 0; i < length; i++) {
    const x = i < a.length ? a.charCodeAt(i) : 0x20
    const y = i < b.length ? b.charCodeAt(i) : 0x20
    if (x !== y) return x - y
  }
  return 0
}
