import { closeSync, openSync, readSync } from 'node:fs'

/**
 * Cryptographically random bytes and UUIDs without node:crypto on the common path. node:crypto is not in node's
 * start-up snapshot: loading it costs an action's cold start about 8 ms, for the 16 bytes of a file command's
 * delimiter. The kernel's random device (the source node:crypto itself draws from) gives them for an open and a read.
 * Where there is none (Windows), Web Crypto's getRandomValues (node's global `crypto`, loaded then).
 */
export function randomBytes(count: number, device = '/dev/urandom'): Buffer {
  const bytes = Buffer.alloc(count)
  let fd: number | undefined
  try {
    fd = openSync(device, 'r')
    for (let got = 0; got < count;) {
      const read = readSync(fd, bytes, got, count - got, null)
      if (read <= 0) throw new Error(`${device} gave no more bytes`)
      got += read
    }
    return bytes
  } catch {
    // getRandomValues fills at most 64 KiB at a time.
    for (let at = 0; at < count; at += 65_536) globalThis.crypto.getRandomValues(bytes.subarray(at, at + 65_536))
    return bytes
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** A random (version 4) UUID, in the form of node:crypto's randomUUID. */
export function randomUUID(device?: string): string {
  const bytes = randomBytes(16, device)
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x40, 6)
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8)
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
