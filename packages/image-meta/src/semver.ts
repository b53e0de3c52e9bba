import { compareSemVer, formatSemVer, parseSemVer, type SemVer as BaseSemVer } from '@slipway/semver-tags'

/**
 * Semantic Versioning 2.0.0 as metadata-action reads a tag (node-semver's strict `valid()`): one optional leading
 * `v`, no leading zeros, numbers within the safe integer range. Parsing and precedence are @slipway/semver-tags', the
 * suite's one SemVer implementation; this adds the text forms the templates use.
 */
export interface SemVer extends BaseSemVer {
  /** The text as given (`v1.2.3-rc.1`). */
  raw: string
  /** The normalised version, without `v` and build metadata (`1.2.3-rc.1`). */
  version: string
}

export function parseSemver(text: string): SemVer | undefined {
  const raw = text.trim()
  if (raw.length > 256) return undefined
  const parsed = parseSemVer(raw.startsWith('v') ? raw.slice(1) : raw)
  if (!parsed || ![parsed.major, parsed.minor, parsed.patch].every(Number.isSafeInteger)) return undefined
  return { ...parsed, raw, version: formatSemVer({ ...parsed, build: [] }) }
}

export { isPrerelease } from '@slipway/semver-tags'

/** SemVer precedence (§11): build metadata is ignored. */
export function compareSemver(a: SemVer, b: SemVer): number {
  return compareSemVer(a, b)
}
