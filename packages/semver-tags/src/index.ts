/**
 * SemVer 2.0.0 versions of release tags, and the choices a release makes from them: which tag came before this one
 * (by version, not by date), and whether this is the highest stable version (GitHub's "latest" release).
 */
export interface SemVer {
  major: number
  minor: number
  patch: number
  /** Dot-separated prerelease identifiers (`beta.1` → ['beta', '1']); empty for a stable version. */
  prerelease: string[]
  build: string[]
}

// semver.org's recommended regular expression (numbers without leading zeros, identifiers of [0-9A-Za-z-]).
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/

export function parseSemVer(text: string): SemVer | undefined {
  const match = SEMVER.exec(text)
  if (!match) return undefined
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3]),
    prerelease: match[4] ? match[4].split('.') : [],
    build: match[5] ? match[5].split('.') : [],
  }
}

export function isPrerelease(version: SemVer): boolean {
  return version.prerelease.length > 0
}

/** SemVer precedence (§11): build metadata is ignored; a prerelease sorts below its release. */
export function compareSemVer(a: SemVer, b: SemVer): number {
  for (const key of ['major', 'minor', 'patch'] as const) {
    if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1
  }
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    return b.prerelease.length - a.prerelease.length === 0 ? 0 : a.prerelease.length === 0 ? 1 : -1
  }
  const length = Math.max(a.prerelease.length, b.prerelease.length)
  for (let i = 0; i < length; i++) {
    const x = a.prerelease[i]
    const y = b.prerelease[i]
    if (x === undefined) return -1
    if (y === undefined) return 1
    if (x === y) continue
    const xNumeric = /^\d+$/.test(x)
    const yNumeric = /^\d+$/.test(y)
    if (xNumeric && yNumeric) return Number(x) < Number(y) ? -1 : 1
    if (xNumeric) return -1
    if (yNumeric) return 1
    return x < y ? -1 : 1
  }
  return 0
}

export interface TagScheme {
  /** What comes before the version in a tag name: `v`, `server-v`, or ''. */
  prefix: string
  /** A glob the tag must match (`server-v*`), on top of the prefix; `*` matches any run of characters. */
  pattern?: string
}

export interface VersionTag {
  tag: string
  version: SemVer
}

/** The version a tag names under a scheme, or undefined when the tag is not a release tag of that scheme. */
export function versionOfTag(tag: string, scheme: TagScheme): SemVer | undefined {
  if (scheme.pattern !== undefined && !globMatch(scheme.pattern, tag)) return undefined
  if (!tag.startsWith(scheme.prefix)) return undefined
  return parseSemVer(tag.slice(scheme.prefix.length))
}

/** The release tags among `tags`, highest version first (ties: by name, so the order is stable). */
export function sortVersionTags(tags: Iterable<string>, scheme: TagScheme): VersionTag[] {
  const found: VersionTag[] = []
  for (const tag of tags) {
    const version = versionOfTag(tag, scheme)
    if (version) found.push({ tag, version })
  }
  return found.sort((a, b) => compareSemVer(b.version, a.version) || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0))
}

/**
 * The release before `current`: the highest version strictly below it. A stable release skips prereleases (the notes
 * of 1.3.0 run from 1.2.0, not from 1.3.0-rc.2); a prerelease counts them (1.3.0-rc.2 runs from 1.3.0-rc.1).
 */
export function previousVersionTag(tags: Iterable<string>, current: SemVer, scheme: TagScheme): VersionTag | undefined {
  const stable = !isPrerelease(current)
  return sortVersionTags(tags, scheme).find(
    (candidate) => compareSemVer(candidate.version, current) < 0 && !(stable && isPrerelease(candidate.version)),
  )
}

/** True when `current` is stable and no stable tag of the scheme is higher: the release GitHub should call latest. */
export function isHighestStable(tags: Iterable<string>, current: SemVer, scheme: TagScheme): boolean {
  if (isPrerelease(current)) return false
  return !sortVersionTags(tags, scheme).some(
    (candidate) => !isPrerelease(candidate.version) && compareSemVer(candidate.version, current) > 0,
  )
}

/**
 * A shell-like glob over a whole tag name: `*` any run of characters, `?` one character; nothing else is special.
 * Matched in O(pattern × text) with one backtrack point (the last `*`), not through a RegExp: `.*a.*a.*a…` backtracks
 * exponentially, so a tag pattern from a workflow could hang the step.
 */
export function globMatch(pattern: string, text: string): boolean {
  // UTF-16 units, as the RegExp (without the u flag) it replaces read them.
  const p = pattern
  const t = text
  let pi = 0
  let ti = 0
  let star = -1
  let resume = 0
  while (ti < t.length) {
    if (pi < p.length && (p[pi] === '?' || (p[pi] !== '*' && p[pi] === t[ti]))) {
      pi++
      ti++
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++
      resume = ti
    } else if (star >= 0) {
      pi = star + 1
      ti = ++resume
    } else return false
  }
  while (pi < p.length && p[pi] === '*') pi++
  return pi === p.length
}

export function formatSemVer(version: SemVer): string {
  let text = `${version.major}.${version.minor}.${version.patch}`
  if (version.prerelease.length > 0) text += `-${version.prerelease.join('.')}`
  if (version.build.length > 0) text += `+${version.build.join('.')}`
  return text
}
