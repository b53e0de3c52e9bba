// The two functions it needs, not semver's index: that loads ranges and comparators too (a few ms of cold start).
import compare from 'semver/functions/compare.js'
import parse from 'semver/functions/parse.js'

export type BumpType = 'major' | 'minor' | 'patch' | 'prerelease' | ''

/**
 * What kind of bump leads from `previous` to `version` (as EndBug/version-check's `type` output): the highest part
 * that grew — `major`, `minor`, `patch` —, `prerelease` when only the prerelease part moved on (1.3.0-rc.1 →
 * 1.3.0-rc.2), and empty when the version did not go up or either side is not a version. Releasing a prerelease
 * (1.3.0-rc.2 → 1.3.0) counts as the bump that release is: `minor` for x.y.0, `major` for x.0.0, else `patch`.
 */
export function bumpType(previous: string | undefined, version: string): BumpType {
  if (previous === undefined) return ''
  const before = parse(previous)
  const after = parse(version)
  if (!before || !after || compare(after, before) <= 0) return ''
  if (after.major !== before.major) return 'major'
  if (after.minor !== before.minor) return 'minor'
  if (after.patch !== before.patch) return 'patch'
  if (after.prerelease.length > 0) return 'prerelease'
  // Same numbers, the prerelease part dropped: the release the prereleases led to.
  if (after.minor === 0 && after.patch === 0) return 'major'
  return after.patch === 0 ? 'minor' : 'patch'
}
