/**
 * PEP 440 version parsing and normalisation (the grammar of the `packaging` reference implementation, appendix B of
 * the PEP), for `type=pep440` rules: `1.2.3rc2`, `v1.0.0.post1`, `1!2.0.dev3+local.7`.
 */
export interface Pep440Version {
  raw: string
  epoch: number
  release: number[]
  pre?: { label: 'a' | 'b' | 'rc'; number: number }
  post?: number
  dev?: number
  local?: string
}

const PEP440 = new RegExp(
  '^\\s*v?' +
    '(?:(\\d+)!)?' + // epoch
    '(\\d+(?:\\.\\d+)*)' + // release
    '(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\\d+)?)?' + // pre-release
    '(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?' + // post-release
    '(?:[-_.]?(dev)[-_.]?(\\d+)?)?' + // dev release
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?' + // local version
    '\\s*$',
  'i',
)

const PRE_LABELS: Record<string, 'a' | 'b' | 'rc'> = {
  a: 'a',
  alpha: 'a',
  b: 'b',
  beta: 'b',
  c: 'rc',
  rc: 'rc',
  pre: 'rc',
  preview: 'rc',
}

export function parsePep440(text: string): Pep440Version | undefined {
  const match = PEP440.exec(text)
  if (!match) return undefined
  const version: Pep440Version = {
    raw: text,
    epoch: match[1] ? Number(match[1]) : 0,
    release: (match[2] ?? '').split('.').map(Number),
  }
  if (match[3]) version.pre = { label: PRE_LABELS[match[3].toLowerCase()] ?? 'rc', number: Number(match[4] ?? 0) }
  if (match[5] !== undefined) version.post = Number(match[5])
  else if (match[6]) version.post = Number(match[7] ?? 0)
  if (match[8]) version.dev = Number(match[9] ?? 0)
  if (match[10]) version.local = match[10].toLowerCase().replace(/[-_]/g, '.')
  return version
}

/** The canonical form PEP 440 prescribes: `V1.2.3-RC.2` → `1.2.3rc2`, `1.0-post` → `1.0.post0`. */
export function normalizePep440(version: Pep440Version): string {
  let out = version.epoch ? `${version.epoch}!` : ''
  out += version.release.join('.')
  if (version.pre) out += `${version.pre.label}${version.pre.number}`
  if (version.post !== undefined) out += `.post${version.post}`
  if (version.dev !== undefined) out += `.dev${version.dev}`
  if (version.local) out += `+${version.local}`
  return out
}

/** A pre-release, post-release or development release: metadata-action gives these only their own tag. */
export function isPep440Special(version: Pep440Version): boolean {
  return version.pre !== undefined || version.post !== undefined || version.dev !== undefined
}

export function pep440Part(version: Pep440Version, index: 0 | 1 | 2): number {
  return version.release[index] ?? 0
}
