/**
 * Semantic Versioning 2.0.0 parsing, as strict as node-semver's `valid()` that metadata-action uses: one optional
 * leading `v`, no leading zeros in numeric identifiers, numbers within the safe integer range.
 */
export interface SemVer {
  /** The text as given (`v1.2.3-rc.1`). */
  raw: string
  /** The normalised version without `v` or build metadata' leading text (`1.2.3-rc.1`). */
  version: string
  major: number
  minor: number
  patch: number
  prerelease: (string | number)[]
  build: string[]
}

const NUMERIC = '0|[1-9]\\d*'
const PRE_ID = `(?:${NUMERIC}|\\d*[A-Za-z-][0-9A-Za-z-]*)`
const SEMVER = new RegExp(
  `^v?(${NUMERIC})\\.(${NUMERIC})\\.(${NUMERIC})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$`,
)

export function parseSemver(text: string): SemVer | undefined {
  const raw = text.trim()
  if (raw.length > 256) return undefined
  const match = SEMVER.exec(raw)
  if (!match) return undefined
  const [major, minor, patch] = [match[1], match[2], match[3]].map(Number) as [number, number, number]
  if (![major, minor, patch].every(Number.isSafeInteger)) return undefined
  const prerelease = match[4] ? match[4].split('.').map((id) => (/^\d+$/.test(id) ? Number(id) : id)) : []
  const build = match[5] ? match[5].split('.') : []
  const version = `${major}.${minor}.${patch}${prerelease.length ? `-${prerelease.join('.')}` : ''}`
  return { raw, version, major, minor, patch, prerelease, build }
}

export function isPrerelease(version: SemVer): boolean {
  return version.prerelease.length > 0
}

/** SemVer precedence (§11): build metadata is ignored. */
export function compareSemver(a: SemVer, b: SemVer): number {
  for (const key of ['major', 'minor', 'patch'] as const) {
    if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1
  }
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    return b.prerelease.length - a.prerelease.length === 0 ? 0 : a.prerelease.length === 0 ? 1 : -1
  }
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i]
    const y = b.prerelease[i]
    if (x === undefined) return -1
    if (y === undefined) return 1
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : 1
    if (typeof x === 'number') return -1
    if (typeof y === 'number') return 1
    return x < y ? -1 : 1
  }
  return 0
}
