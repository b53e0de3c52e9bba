/**
 * The order `a.localeCompare(b)` gives label keys (metadata-action sorts its labels so, and oci-labels keeps that
 * order), without starting ICU's collator: its first use costs about 8 ms, most of a cold start's spare time.
 *
 * For label keys (`[A-Za-z0-9._/-]`) the default collation has no contractions or accents: punctuation first
 * (`_` `-` `.` `/`), then digits, then letters case-blind; only when two keys are equal so is case decided, lower
 * before upper at the first difference. Keys outside that alphabet go to localeCompare itself.
 */
const ORDER = '_-./0123456789abcdefghijklmnopqrstuvwxyz'

const PRIMARY = new Int8Array(128).fill(-1)
for (let i = 0; i < ORDER.length; i++) {
  PRIMARY[ORDER.charCodeAt(i)] = i
  PRIMARY[ORDER.toUpperCase().charCodeAt(i)] = i
}

function primaryOf(code: number): number {
  return code < 128 ? (PRIMARY[code] ?? -1) : -1
}

export function compareLabelKeys(a: string, b: string): number {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    const x = primaryOf(a.charCodeAt(i))
    const y = primaryOf(b.charCodeAt(i))
    if (x < 0 || y < 0) return a.localeCompare(b)
    if (x !== y) return x < y ? -1 : 1
  }
  for (const rest of [a.slice(length), b.slice(length)])
    for (let i = 0; i < rest.length; i++) if (primaryOf(rest.charCodeAt(i)) < 0) return a.localeCompare(b)
  if (a.length !== b.length) return a.length < b.length ? -1 : 1
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    // Same letter, other case: lower case (the higher code) comes first.
    if (x !== y) return x > y ? -1 : 1
  }
  return 0
}
