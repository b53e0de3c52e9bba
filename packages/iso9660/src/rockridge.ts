// System Use Sharing Protocol (SUSP 1.12) and Rock Ridge Interchange Protocol (RRIP 1.10, "RRIP_1991A") entries.
import { both32, recordDate, shortDate } from './bytes.js'
import { encodeName, hasRawBytes } from './raw-names.js'

function entry(signature: string, body: Buffer): Buffer {
  // SUSP §4.1: signature (2), length (1), version (1), data.
  const out = Buffer.alloc(4 + body.length)
  out[0] = signature.charCodeAt(0)
  out[1] = signature.charCodeAt(1)
  out[2] = out.length
  out[3] = 1
  body.copy(out, 4)
  return out
}

/** SUSP §5.3: SP, first entry of the "." record of the root: check bytes BE EF, no bytes skipped. */
export function spEntry(): Buffer {
  return entry('SP', Buffer.from([0xbe, 0xef, 0]))
}

/** SUSP §5.1: CE points at a continuation area (block, offset, length), each recorded in both byte orders. */
export const CE_LENGTH = 28
export function ceEntry(block: number, offset: number, length: number): Buffer {
  const body = Buffer.alloc(24)
  both32(body, 0, block)
  both32(body, 8, offset)
  both32(body, 16, length)
  return entry('CE', body)
}

const ER_ID = 'RRIP_1991A'
const ER_DESCRIPTOR = 'THE ROCK RIDGE INTERCHANGE PROTOCOL PROVIDES SUPPORT FOR POSIX FILE SYSTEM SEMANTICS'
const ER_SOURCE =
  'PLEASE CONTACT DISC PUBLISHER FOR SPECIFICATION SOURCE.  SEE PUBLISHER IDENTIFIER IN PRIMARY VOLUME DESCRIPTOR FOR CONTACT INFORMATION.'

/** SUSP §5.5 with RRIP §5: ER names the extension in use, in the root's "." record (here in its continuation). */
export function erEntry(): Buffer {
  const head = Buffer.from([ER_ID.length, ER_DESCRIPTOR.length, ER_SOURCE.length, 1])
  return entry('ER', Buffer.concat([head, Buffer.from(ER_ID + ER_DESCRIPTOR + ER_SOURCE, 'ascii')]))
}

/** RRIP §4.1.1: PX, POSIX mode (with the file type bits), links, uid, gid. RRIP 1.10 has no serial number field. */
export function pxEntry(mode: number, links: number, uid: number, gid: number): Buffer {
  const body = Buffer.alloc(32)
  both32(body, 0, mode)
  both32(body, 8, links)
  both32(body, 16, uid)
  both32(body, 24, gid)
  return entry('PX', body)
}

/** RRIP §4.1.6: TF with modify, access and attribute-change times, 7-byte form (§9.1.5 of ECMA-119). */
export function tfEntry(seconds: number): Buffer {
  const date = shortDate(seconds)
  return entry('TF', Buffer.concat([Buffer.from([0x0e]), date, date, date]))
}

/**
 * RRIP §4.1.4: NM, the POSIX name as bytes (a name that is not UTF-8 keeps its exact bytes); names longer than one
 * entry holds are split with the CONTINUE flag (bit 0).
 */
export function nmEntries(name: string): Buffer[] {
  const bytes = encodeName(name)
  const entries: Buffer[] = []
  const max = 250
  for (let at = 0; at < bytes.length; at += max) {
    const piece = bytes.subarray(at, at + max)
    const more = at + max < bytes.length
    entries.push(entry('NM', Buffer.concat([Buffer.from([more ? 1 : 0]), piece])))
  }
  return entries
}

/**
 * RRIP §4.1.3: SL, the symlink target as component records (flags 0x02 ".", 0x04 "..", 0x08 root). The target is
 * stored as written, never resolved. A target longer than one entry spans several SL entries (entry flag 0x01
 * CONTINUE); each entry is filled up and the component at the boundary is split with the component CONTINUE flag
 * (0x01), because libarchive starts every SL entry as if it continued the previous component.
 */
export function slEntries(target: string): Buffer[] {
  const components: { flags: number; bytes?: Buffer }[] = []
  target.split('/').forEach((part, index) => {
    if (index === 0 && part === '' && target.startsWith('/')) components.push({ flags: 0x08 })
    else if (part === '')
      return // "a//b" and a trailing slash add nothing
    else if (part === '.') components.push({ flags: 0x02 })
    else if (part === '..') components.push({ flags: 0x04 })
    else components.push({ flags: 0, bytes: encodeName(part) })
  })
  let current: Buffer[] = []
  const entries: Buffer[][] = [current]
  const ROOM = 250 // an entry is at most 255 bytes: 4 of header, 1 of flags
  let room = ROOM
  const flush = () => {
    current = []
    entries.push(current)
    room = ROOM
  }
  for (const component of components) {
    if (component.bytes === undefined) {
      if (room < 2) flush()
      current.push(Buffer.from([component.flags, 0]))
      room -= 2
      continue
    }
    let bytes = component.bytes
    for (;;) {
      if (room < 3) flush()
      const take = Math.min(bytes.length, room - 2)
      const more = take < bytes.length
      current.push(Buffer.from([more ? 0x01 : 0, take]), bytes.subarray(0, take))
      room -= 2 + take
      bytes = bytes.subarray(take)
      if (!more) break
    }
  }
  return entries.map((list, index) =>
    entry('SL', Buffer.concat([Buffer.from([index < entries.length - 1 ? 1 : 0]), ...list])),
  )
}

// The usual entries of a record (PX, TF, NM), written in place into a directory extent: what pxEntry, tfEntry and
// nmEntries make, without a buffer per entry.
export const PX_LENGTH = 36
export const TF_LENGTH = 26

function header(buffer: Buffer, at: number, a: number, b: number, length: number): void {
  buffer[at] = a
  buffer[at + 1] = b
  buffer[at + 2] = length
  buffer[at + 3] = 1
}

/** Writes pxEntry(...) at `at`; returns the offset after it. */
export function writePx(buffer: Buffer, at: number, mode: number, links: number, uid: number, gid: number): number {
  header(buffer, at, 0x50, 0x58, PX_LENGTH) // "PX"
  both32(buffer, at + 4, mode)
  both32(buffer, at + 12, links)
  both32(buffer, at + 20, uid)
  both32(buffer, at + 28, gid)
  return at + PX_LENGTH
}

/** Writes tfEntry(seconds) at `at`; returns the offset after it. */
export function writeTf(buffer: Buffer, at: number, seconds: number): number {
  header(buffer, at, 0x54, 0x46, TF_LENGTH) // "TF"
  buffer[at + 4] = 0x0e
  recordDate(buffer, at + 5, seconds)
  buffer.copy(buffer, at + 12, at + 5, at + 12)
  buffer.copy(buffer, at + 19, at + 5, at + 12)
  return at + TF_LENGTH
}

/** The bytes nmEntries(name) takes. */
export function nmLength(name: string): number {
  const bytes = hasRawBytes(name) ? encodeName(name).length : Buffer.byteLength(name, 'utf8')
  return bytes === 0 ? 5 : bytes + 5 * Math.ceil(bytes / 250)
}

/** Writes a name that fits one NM entry (nmLength ≤ 255) at `at`; returns the offset after it. */
export function writeNm(buffer: Buffer, at: number, name: string): number {
  const length = hasRawBytes(name) ? encodeName(name).copy(buffer, at + 5) : buffer.write(name, at + 5, 'utf8')
  header(buffer, at, 0x4e, 0x4d, 5 + length) // "NM"
  buffer[at + 4] = 0
  return at + 5 + length
}
