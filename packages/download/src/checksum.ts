import path from 'node:path'

export const ALGORITHMS = ['sha256', 'sha512', 'sha1', 'md5'] as const
export type Algorithm = (typeof ALGORITHMS)[number]

const HEX_LENGTH: Record<Algorithm, number> = { md5: 32, sha1: 40, sha256: 64, sha512: 128 }

export interface Digest {
  algorithm: Algorithm
  hex: string
}

/**
 * Packer's `iso_checksum` forms: `<type>:<hex>`, a bare `<hex>` (the type told by its length), `file:<url or path>`
 * of a checksum file (GNU `sha256sum` or BSD `SHA256 (name) = hex` lines), `<type>:file:<url>`, and `none`.
 */
export type ChecksumSpec =
  ({ kind: 'digest' } & Digest) | { kind: 'file'; url: string; algorithm?: Algorithm } | { kind: 'none' }

/** Parses an `iso_checksum` value; returns a message saying what is expected when it is not one of Packer's forms. */
export function parseChecksumSpec(text: string): ChecksumSpec | { error: string } {
  const value = text.trim()
  if (value === 'none') return { kind: 'none' }
  const typed = /^(sha256|sha512|sha1|md5):(.*)$/i.exec(value)
  const algorithm = typed ? asAlgorithm(typed[1] ?? '') : undefined
  const rest = typed ? (typed[2] ?? '') : value
  if (rest.startsWith('file:')) {
    const url = rest.slice('file:'.length)
    if (url === '') return { error: 'file: needs the URL or path of a checksum file' }
    return algorithm ? { kind: 'file', url, algorithm } : { kind: 'file', url }
  }
  if (!/^[0-9a-fA-F]+$/.test(rest)) {
    return { error: 'sha256:<hex>, sha512:<hex>, sha1:<hex>, md5:<hex>, file:<url of a checksum file> or none' }
  }
  const hex = rest.toLowerCase()
  const byLength = ALGORITHMS.find((a) => HEX_LENGTH[a] === hex.length)
  const chosen = algorithm ?? byLength
  if (chosen === undefined || HEX_LENGTH[chosen] !== hex.length) {
    return {
      error: `a ${chosen ?? 'md5, sha1, sha256 or sha512'} digest of ${chosen ? HEX_LENGTH[chosen] : '32, 40, 64 or 128'} hex digits`,
    }
  }
  return { kind: 'digest', algorithm: chosen, hex }
}

/**
 * Finds the digest of `fileName` in a checksum file: GNU coreutils lines (`<hex>  name`, `<hex> *name`) or BSD tagged
 * lines (`SHA256 (name) = <hex>`, as AlmaLinux, Rocky Linux, CentOS Stream and Fedora publish). Undefined when the
 * file names it nowhere.
 */
export function findInChecksumFile(text: string, fileName: string, algorithm?: Algorithm): Digest | undefined {
  const base = path.posix.basename(fileName)
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const bsd = /^(SHA256|SHA512|SHA1|MD5)\s*\((.+)\)\s*=\s*([0-9a-fA-F]+)$/i.exec(line)
    if (bsd) {
      const [, tag = '', name = '', digest = ''] = bsd
      const a = asAlgorithm(tag)
      if (a && path.posix.basename(name) === base && (!algorithm || algorithm === a))
        return { algorithm: a, hex: digest.toLowerCase() }
      continue
    }
    const gnu = /^([0-9a-fA-F]+)\s+\*?(.+)$/.exec(line)
    const [, digest = '', name = ''] = gnu ?? []
    if (gnu && path.posix.basename(name.replace(/^\.\//, '')) === base) {
      const hex = digest.toLowerCase()
      const a = algorithm ?? ALGORITHMS.find((x) => HEX_LENGTH[x] === hex.length)
      if (a && HEX_LENGTH[a] === hex.length) return { algorithm: a, hex }
    }
  }
  return undefined
}

function asAlgorithm(text: string): Algorithm | undefined {
  const lower = text.toLowerCase()
  return ALGORITHMS.find((a) => a === lower)
}

/** A checksum that does not match: both digests, so the log says what was expected and what arrived. */
export class ChecksumMismatchError extends Error {
  override readonly name = 'ChecksumMismatchError'
  constructor(
    readonly source: string,
    readonly expected: Digest,
    readonly actual: string,
  ) {
    super(
      `${expected.algorithm} checksum mismatch for ${source}: expected ${expected.hex}, got ${actual}; the file was deleted and not cached`,
    )
  }
}

/** The cache key of an ISO: its digest, so any mirror of the same bytes shares one entry. */
export function cacheKeyOf(digest: Digest): string {
  return `iso-${digest.algorithm}-${digest.hex}`
}
