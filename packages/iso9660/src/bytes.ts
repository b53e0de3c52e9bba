// Field encodings of ECMA-119 §7: numbers recorded in both byte orders, and the two date formats.

/** §7.2.3: a 16-bit number recorded little-endian then big-endian (4 bytes). */
export function both16(buffer: Buffer, offset: number, value: number): void {
  buffer.writeUInt16LE(value, offset)
  buffer.writeUInt16BE(value, offset + 2)
}

/** §7.3.3: a 32-bit number recorded little-endian then big-endian (8 bytes). */
export function both32(buffer: Buffer, offset: number, value: number): void {
  buffer.writeUInt32LE(value, offset)
  buffer.writeUInt32BE(value, offset + 4)
}

/** §9.1.5: the 7-byte recording date of a directory record, in UTC (offset 0). Years 1900–2155 only. */
export function recordDate(buffer: Buffer, offset: number, epochSeconds: number): void {
  const date = new Date(clampSeconds(epochSeconds) * 1000)
  buffer[offset] = date.getUTCFullYear() - 1900
  buffer[offset + 1] = date.getUTCMonth() + 1
  buffer[offset + 2] = date.getUTCDate()
  buffer[offset + 3] = date.getUTCHours()
  buffer[offset + 4] = date.getUTCMinutes()
  buffer[offset + 5] = date.getUTCSeconds()
  buffer[offset + 6] = 0
}

export function shortDate(epochSeconds: number): Buffer {
  const buffer = Buffer.alloc(7)
  recordDate(buffer, 0, epochSeconds)
  return buffer
}

/** §8.4.26.1: the 17-byte volume descriptor date "YYYYMMDDHHMMSScc" + GMT offset, or "not specified" (all '0'). */
export function volumeDate(buffer: Buffer, offset: number, epochSeconds: number | undefined): void {
  if (epochSeconds === undefined) {
    buffer.write('0'.repeat(16), offset, 'ascii')
    buffer[offset + 16] = 0
    return
  }
  const d = new Date(clampSeconds(epochSeconds) * 1000)
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  const text =
    pad(d.getUTCFullYear(), 4) +
    pad(d.getUTCMonth() + 1) +
    pad(d.getUTCDate()) +
    pad(d.getUTCHours()) +
    pad(d.getUTCMinutes()) +
    pad(d.getUTCSeconds()) +
    '00'
  buffer.write(text, offset, 'ascii')
  buffer[offset + 16] = 0
}

const MIN_SECONDS = Date.UTC(1900, 0, 1) / 1000
const MAX_SECONDS = Date.UTC(2155, 11, 31, 23, 59, 59) / 1000

/** The 7-byte form counts years from 1900 in one byte: times outside 1900–2155 are clamped, not wrapped. */
function clampSeconds(seconds: number): number {
  return Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, Math.floor(seconds)))
}

/** Writes `text` padded with spaces to `length` bytes (ECMA-119 §7.4.3: identifiers are padded with SPACE). */
export function padded(buffer: Buffer, offset: number, length: number, text: string): void {
  buffer.fill(0x20, offset, offset + length)
  buffer.write(text.slice(0, length), offset, 'ascii')
}

/** Joliet: identifiers in UCS-2 big-endian, padded with U+0020. */
export function paddedUcs2(buffer: Buffer, offset: number, length: number, text: string): void {
  for (let i = 0; i + 1 < length; i += 2) buffer.writeUInt16BE(0x20, offset + i)
  const units = ucs2(text).subarray(0, length - (length % 2))
  units.copy(buffer, offset)
}

/** UCS-2 big-endian bytes of a string whose characters are all in the Basic Multilingual Plane. */
export function ucs2(text: string): Buffer {
  const buffer = Buffer.alloc(text.length * 2)
  for (let i = 0; i < text.length; i++) buffer.writeUInt16BE(text.charCodeAt(i), i * 2)
  return buffer
}
