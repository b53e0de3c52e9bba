// System Use Sharing Protocol (SUSP 1.12) and Rock Ridge Interchange Protocol (RRIP 1.10, "RRIP_1991A") entries.
import { both32, shortDate } from './bytes.js'
import { encodeName } from './raw-names.js'

function entry(signature: string, body: Buffer): Buffer {
  // SUSP §4.1: signature (2), length (1), version (1), data.
  const out = Buffer.alloc(4 + body.length)
  out.write(signature, 0, 'ascii')
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
