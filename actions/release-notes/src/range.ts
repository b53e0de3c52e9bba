import { ConfigError, InputError, type Logger } from '@slipway/action-kit'
import type { Git } from '@slipway/git'
import {
  isHighestStable,
  isPrerelease,
  previousVersionTag,
  versionOfTag,
  type SemVer,
  type TagScheme,
} from '@slipway/semver-tags'

export interface RangeRequest {
  /** The release tag; undefined for notes of unreleased work (HEAD since the last release). */
  tag?: string
  scheme: TagScheme
  previousTag?: string
  /** Allowed to run `git fetch --tags --unshallow` when history or tags are missing. */
  fetchHistory: boolean
}

export interface ReleaseRange {
  tag?: string
  /** The commit the notes run up to. */
  head: string
  version?: SemVer
  previousTag?: string
  /** The commit of the previous tag; undefined for a first release. */
  base?: string
  prerelease: boolean
  /** This is the highest stable version of the scheme (GitHub's "latest"). */
  highestStable: boolean
}

const CHECKOUT_HINT =
  'Set `fetch-depth: 0` on actions/checkout (it fetches every commit and tag), or set the input `fetch-history: true` ' +
  'to let this action run `git fetch --tags --unshallow`.'

/**
 * Finds the range of the notes: this tag's commit, and the previous release by version. A shallow clone is made
 * whole first when allowed, else reported with the checkout setting that fixes it: notes from a truncated history
 * would be silently wrong.
 */
export async function resolveRange(git: Git, request: RangeRequest, logger: Logger): Promise<ReleaseRange> {
  const version = request.tag === undefined ? undefined : versionOfTag(request.tag, request.scheme)
  if (request.tag !== undefined && version === undefined && request.previousTag === undefined) {
    const shape = `${request.scheme.prefix}<SemVer>${request.scheme.pattern ? ` matching ${request.scheme.pattern}` : ''}`
    throw new InputError('tag', request.tag, `a release tag of the form ${shape} (or set previous-tag)`)
  }
  const { head, tagCommits } = await readRepository(git, request, logger)
  const tags = [...tagCommits.keys()]
  let previousTag = request.previousTag
  if (previousTag === undefined) {
    const current =
      version ??
      // Unreleased work: above every release, as if it were the next one.
      ({ major: Number.MAX_SAFE_INTEGER, minor: 0, patch: 0, prerelease: [], build: [] } satisfies SemVer)
    previousTag = previousVersionTag(tags, current, request.scheme)?.tag
  }
  let base: string | undefined
  if (previousTag !== undefined) {
    base = tagCommits.get(previousTag) ?? (await git.resolve(previousTag))
    if (base === undefined)
      throw new InputError('previous-tag', previousTag, 'a tag or revision present in this checkout')
  } else if (tags.every((t) => t === request.tag) && request.tag !== undefined && !request.fetchHistory) {
    logger.warning(
      `No tags in this checkout besides the release itself, so these notes start from the first commit. If there were earlier releases, the checkout lacks their tags. ${CHECKOUT_HINT}`,
    )
  }
  const prerelease = version !== undefined && isPrerelease(version)
  const range: ReleaseRange = {
    head,
    prerelease,
    highestStable: version !== undefined && isHighestStable(tags, version, request.scheme),
  }
  if (request.tag !== undefined) range.tag = request.tag
  if (version !== undefined) range.version = version
  if (previousTag !== undefined) range.previousTag = previousTag
  if (base !== undefined) range.base = base
  return range
}

/**
 * The release's commit and the tags, after making a shallow clone whole when allowed. Without fetch-history (the
 * common case) two git processes answer the three questions (shallow? the commit? the tags?) at once: each process
 * start costs more than the answer, and neither waits for the other. A fetch has to come first when there is one.
 */
async function readRepository(
  git: Git,
  request: RangeRequest,
  logger: Logger,
): Promise<{ head: string; tagCommits: Map<string, string> }> {
  const revision = request.tag ?? 'HEAD'
  let head: string | undefined
  let tagCommits: () => Map<string, string>
  if (request.fetchHistory) {
    if (await git.isShallow()) {
      logger.info('Shallow clone: fetching the whole history and the tags (git fetch --tags --unshallow)')
      await git.run(['fetch', '--quiet', '--tags', '--unshallow', '--force'])
    } else if ((await git.remoteUrl()) !== undefined) {
      await git.run(['fetch', '--quiet', '--tags', '--force'])
    }
    const [resolved, tags] = await Promise.allSettled([git.resolve(revision), git.tagCommits()])
    head = valueOf(resolved)
    tagCommits = () => valueOf(tags)
  } else {
    // Both settle before either is judged, so a failure is reported as if they had been asked one after the other.
    const [resolved, tags] = await Promise.allSettled([git.resolveAndCheckShallow(revision), git.tagCommits()])
    const { shallow, commit } = valueOf(resolved)
    if (shallow) {
      throw new ConfigError(
        `The repository is a shallow clone, so the previous release cannot be found. ${CHECKOUT_HINT}`,
      )
    }
    head = commit
    tagCommits = () => valueOf(tags)
  }
  if (head === undefined) {
    if (request.tag !== undefined) {
      throw new ConfigError(`The tag ${request.tag} is not in this checkout. ${CHECKOUT_HINT}`)
    }
    throw new ConfigError('The workspace has no commit to describe (HEAD does not resolve).')
  }
  return { head, tagCommits: tagCommits() }
}

function valueOf<T>(result: PromiseSettledResult<T>): T {
  if (result.status === 'rejected') throw result.reason
  return result.value
}

/**
 * A hotfix line or a reordered history: the notes are still base..head (what this release has that the previous one
 * had not), but say so, because a reader may expect otherwise. Separate from resolveRange so that it runs beside the
 * walk of the range rather than before it: on a long history git needs a while to answer. `baseIsAncestor` is the
 * answer when the walk of the range already gave it (then git is not asked).
 */
export async function reportUnrelatedBase(
  git: Git,
  range: ReleaseRange,
  logger: Logger,
  baseIsAncestor?: boolean,
): Promise<void> {
  if (range.base === undefined || range.previousTag === undefined) return
  if (!(baseIsAncestor ?? (await git.isAncestor(range.base, range.head)))) {
    logger.notice(
      `${range.previousTag} is not an ancestor of ${range.tag ?? 'HEAD'}: listing the commits only the latter has`,
    )
  }
}
