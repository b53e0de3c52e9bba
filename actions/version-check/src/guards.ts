import { quote, retry } from '@slipway/action-kit'
import type { Git } from '@slipway/git'
import gt from 'semver/functions/gt.js'
import type { Problem } from './problems.js'
import { versionFromOldText } from './version-file.js'

/** What the workflow run is about, from the runner's environment and event payload. */
export interface EventContext {
  eventName: string
  /** GITHUB_REF: `refs/tags/v1.2.3` on a tag push. */
  ref: string
  /** The pull request's base branch (`main`), on pull_request events. */
  baseRef?: string
  /** The commit before a push (the payload's `before`). */
  before?: string
}

/** Where the version sits, for annotations, and the tag it is released under. */
export interface VersionAt {
  version: string
  /** Workspace-relative path of the version file. */
  file: string
  line: number
  tagPrefix: string
}

export type GuardVerdict = 'pass' | 'fail' | 'skipped'

export interface GuardResult {
  guard: string
  verdict: GuardVerdict
  detail: string
  problem?: Problem
}

export function tagFor(at: Pick<VersionAt, 'version' | 'tagPrefix'>): string {
  return `${at.tagPrefix}${at.version}`
}

/** On a tag push the tag must be exactly tag-prefix + version: a release is named after the version it ships. */
export function releaseTagGuard(context: EventContext, at: VersionAt): GuardResult {
  const guard = 'release tag'
  if (!context.ref.startsWith('refs/tags/')) return { guard, verdict: 'skipped', detail: 'not a tag push' }
  const pushed = context.ref.slice('refs/tags/'.length)
  const expected = tagFor(at)
  if (pushed === expected) return { guard, verdict: 'pass', detail: `tag ${pushed} matches` }
  const fix = pushed.startsWith(at.tagPrefix)
    ? `set ${at.file} to ${pushed.slice(at.tagPrefix.length)} or tag ${expected} instead`
    : `tags of this repository are ${quote(at.tagPrefix)} + version (tag-prefix): tag ${expected} instead`
  const detail = `tag ${pushed} does not match version ${at.version} (expected ${expected})`
  return {
    guard,
    verdict: 'fail',
    detail,
    problem: {
      title: 'Tag does not match the version',
      file: at.file,
      line: at.line,
      message: `The pushed ${detail}: ${fix}`,
    },
  }
}

/**
 * With fail-if-released, a version whose tag already exists must not reach a release branch again: it was shipped,
 * so a change needs a new version. A shallow clone without tags cannot tell, so origin is asked; when it cannot be
 * reached either, the guard fails and says how to fetch the tags instead of passing blind.
 */
export async function releasedGuard(git: Git, context: EventContext, at: VersionAt): Promise<GuardResult> {
  const guard = 'not released yet'
  const tag = tagFor(at)
  if (context.ref.startsWith('refs/tags/')) return { guard, verdict: 'skipped', detail: 'a tag push releases it' }
  const failed = (detail: string, message: string): GuardResult => ({
    guard,
    verdict: 'fail',
    detail,
    problem: { title: 'Version already released', file: at.file, line: at.line, message },
  })
  const released = () =>
    failed(
      `tag ${tag} exists`,
      `Version ${at.version} was already released: tag ${tag} exists. Bump the version in ${at.file} (fail-if-released)`,
    )
  if ((await git.resolve(`refs/tags/${tag}`)) !== undefined) return released()
  const shallow = await git.isShallow()
  const anyTag = (await git.tags()).length > 0
  if (!shallow && anyTag) return { guard, verdict: 'pass', detail: `no tag ${tag}` }
  if ((await git.remoteUrl('origin')) !== undefined) {
    try {
      const remote = await retry(() => git.run(['ls-remote', '--tags', 'origin', `refs/tags/${tag}`]), {
        attempts: 3,
        minDelayMs: 1000,
        maxElapsedMs: 30_000,
        shouldRetry: () => true,
      })
      return remote.trim() === '' ? { guard, verdict: 'pass', detail: `no tag ${tag} on origin` } : released()
    } catch {
      // Fall through: say what to fetch.
    }
  }
  if (!shallow) return { guard, verdict: 'pass', detail: `no tag ${tag} (the repository has no tags)` }
  return failed(
    'tags not fetched',
    `Cannot tell whether ${tag} was released: this clone is shallow, has no tags and origin could not be asked. Set fetch-depth: 0 (or fetch-tags: true) in actions/checkout, or run git fetch --tags origin before this step`,
  )
}

/** The version file of a revision: `undefined` text when the revision has no such file. */
export interface VersionAtRevision {
  revision: string
  text: string | undefined
}

/**
 * The version before this change (the base branch on a pull request, origin/<base> first, then a local <base>; else
 * the push's `before` or HEAD's parent), and whether the workspace is a git repository at all, from one git process:
 * each candidate revision and the file on it are looked up together (`git cat-file --batch`).
 */
export async function readPreviousVersion(
  git: Git,
  context: EventContext,
  file: string,
): Promise<{ repository: boolean; previous: VersionAtRevision | undefined }> {
  const candidates =
    context.eventName.startsWith('pull_request') && context.baseRef
      ? baseCandidates(context.baseRef)
      : [context.before, 'HEAD^']
          .filter((revision): revision is string => revision !== undefined && revision !== '' && !/^0+$/.test(revision))
          .map((revision) => ({ revision, shown: revision }))
  const { repository, found } = await firstVersionAt(git, candidates, file)
  return { repository, previous: found }
}

interface Candidate {
  revision: string
  /** How the revision is named in messages. */
  shown: string
}

const baseCandidates = (baseRef: string): Candidate[] => [
  { revision: `refs/remotes/origin/${baseRef}`, shown: `origin/${baseRef}` },
  { revision: baseRef, shown: baseRef },
]

/** The version file at the first candidate that resolves to a commit (its text undefined when it has no such file). */
async function firstVersionAt(
  git: Git,
  candidates: Candidate[],
  file: string,
): Promise<{ repository: boolean; found: VersionAtRevision | undefined }> {
  const names = candidates.flatMap(({ revision }) => [`${revision}^{commit}`, `${revision}:./${file}`])
  const objects = await git.lookup(names)
  if (objects === undefined) return { repository: false, found: undefined }
  for (const [index, { shown }] of candidates.entries()) {
    if (objects[2 * index] === undefined) continue
    const blob = objects[2 * index + 1]
    // As `git show` gives it, without the final newline; what is not a file there (a folder) cannot be a version.
    const text =
      blob === undefined ? undefined : blob.type === 'blob' ? blob.content.toString('utf8').replace(/\n$/, '') : ''
    return { repository: true, found: { revision: shown, text } }
  }
  return { repository: true, found: undefined }
}

/**
 * With require-bump on a pull request, the version must be greater (SemVer precedence) than the base branch's, so
 * every merge ships a new version. A base branch that is not fetched is a failure that says how to fetch it.
 */
export function bumpGuard(context: EventContext, at: VersionAt, base: VersionAtRevision | undefined): GuardResult {
  const guard = 'version bumped'
  if (!context.eventName.startsWith('pull_request')) return { guard, verdict: 'skipped', detail: 'not a pull request' }
  const baseRef = context.baseRef
  const problem = (message: string): Problem => ({ title: 'Version not bumped', file: at.file, line: at.line, message })
  if (!baseRef) {
    const message =
      'Cannot check the bump: the pull_request event names no base branch (pull_request.base.ref, GITHUB_BASE_REF)'
    return { guard, verdict: 'fail', detail: 'no base branch', problem: problem(message) }
  }
  if (!base) {
    return {
      guard,
      verdict: 'fail',
      detail: `base ${baseRef} not fetched`,
      problem: problem(
        `Cannot read ${at.file} on the base branch: neither origin/${baseRef} nor ${baseRef} exists in this clone. Set fetch-depth: 0 in actions/checkout, or run git fetch origin ${baseRef} before this step (require-bump)`,
      ),
    }
  }
  if (base.text === undefined) {
    return { guard, verdict: 'pass', detail: `${at.file} is new (absent on ${base.revision})` }
  }
  const previous = versionFromOldText(base.text)
  if (previous === undefined) {
    return { guard, verdict: 'pass', detail: `${base.revision} holds no valid version (${quote(base.text.trim())})` }
  }
  if (gt(at.version, previous)) return { guard, verdict: 'pass', detail: `${previous} → ${at.version}` }
  return {
    guard,
    verdict: 'fail',
    detail: `${at.version} is not greater than ${previous} on ${base.revision}`,
    problem: problem(
      `Version ${at.version} is not greater than ${previous} on ${base.revision}: bump the version in ${at.file} (require-bump)`,
    ),
  }
}
