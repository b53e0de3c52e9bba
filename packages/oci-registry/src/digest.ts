import { createHash } from 'node:crypto'

const DIGEST = /^(sha256):([a-f0-9]{64})$|^(sha512):([a-f0-9]{128})$/

/** True for a digest this client can verify (OCI image-spec descriptor digests: sha256 and sha512). */
export function isDigest(value: string): boolean {
  return DIGEST.test(value)
}

export function digestOf(bytes: Uint8Array, algorithm: 'sha256' | 'sha512' = 'sha256'): string {
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`
}

/** The content read does not match the digest it was asked for: a corrupted transfer or a lying server. */
export class DigestMismatchError extends Error {
  override readonly name = 'DigestMismatchError'
  constructor(
    readonly what: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`${what}: expected digest ${expected}, the content read has ${actual}`)
  }
}

export function verifyDigest(what: string, bytes: Uint8Array, expected: string): void {
  const match = DIGEST.exec(expected)
  if (!match) throw new DigestMismatchError(what, expected, 'an unsupported digest algorithm')
  const algorithm = (match[1] ?? match[3]) as 'sha256' | 'sha512'
  const actual = digestOf(bytes, algorithm)
  if (actual !== expected) throw new DigestMismatchError(what, expected, actual)
}
