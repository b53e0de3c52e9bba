import { formatSemVer, parseSemVer, type SemVer } from '@slipway/semver-tags'

/**
 * A version tag as metadata-action reads it (node-semver's strict `valid()`): one optional leading `v`, no leading
 * zeros, numbers within the safe integer range. Parsing and precedence are @slipway/semver-tags' (`parseSemVer`,
 * `compareSemVer`), the suite's one SemVer implementation; this adds the text forms the templates use.
 */
export interface TagVersion extends SemVer {
  /** The text as given (`v1.2.3-rc.1`). */
  raw: string
  /** The normalised version, without `v` and build metadata (`1.2.3-rc.1`). */
  version: string
}

export function parseTagVersion(text: string): TagVersion | undefined {
  const raw = text.trim()
  if (raw.length > 256) return undefined
  const parsed = parseSemVer(raw.startsWith('v') ? raw.slice(1) : raw)
  if (!parsed || ![parsed.major, parsed.minor, parsed.patch].every(Number.isSafeInteger)) return undefined
  return { ...parsed, raw, version: formatSemVer({ ...parsed, build: [] }) }
}
