import { parseTagVersion, type TagVersion } from '@slipway/image-meta'
import { compareSemVer, isPrerelease } from '@slipway/semver-tags'

/** A moving tag that stays where it is: a higher release of its line is already published. */
export interface HeldTag {
  tag: string
  /** The published release that keeps it (`1.3.0`). */
  higher: string
}

/** The line a moving tag stands for: every release (`latest`), one major (`1`) or one minor (`1.2`) of `version`. */
function lineOf(tag: string, version: TagVersion): 'latest' | 'major' | 'minor' | undefined {
  if (tag === 'latest') return 'latest'
  const match = /^v?(\d+)(?:\.(\d+))?$/.exec(tag)
  if (!match || Number(match[1]) !== version.major) return undefined
  if (match[2] === undefined) return 'major'
  return Number(match[2]) === version.minor ? 'minor' : undefined
}

/**
 * Which of `tags` would move backwards: `latest`, `X` or `X.Y` while a higher stable release of the same line is
 * already published (`published`: the registry's own tags of the image, else the repository's git tags). A release
 * that is not a stable SemVer version (a branch build, a prerelease) moves nothing back by this rule.
 */
export function movesBackwards(tags: readonly string[], version: string, published: readonly string[]): HeldTag[] {
  const current = parseTagVersion(version)
  if (!current || isPrerelease(current)) return []
  const releases = published
    .map((tag) => parseTagVersion(tag))
    .filter((v): v is TagVersion => v !== undefined && !isPrerelease(v))
  const held: HeldTag[] = []
  for (const tag of tags) {
    const line = lineOf(tag, current)
    if (!line) continue
    const higher = releases
      .filter(
        (r) => line === 'latest' || (r.major === current.major && (line === 'major' || r.minor === current.minor)),
      )
      .filter((r) => compareSemVer(r, current) > 0)
      .sort(compareSemVer)
      .at(-1)
    if (higher) held.push({ tag, higher: higher.version })
  }
  return held
}
