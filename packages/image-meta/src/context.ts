import type { Logger } from '@slipway/action-kit'
import { Git } from '@slipway/git'

/** The webhook payload of the event, as the runner writes it to GITHUB_EVENT_PATH (only what is read is typed). */
export interface EventPayload {
  [key: string]: unknown
  number?: number
  base_ref?: string | null
  repository?: { default_branch?: string; name?: string; html_url?: string; full_name?: string }
  pull_request?: { number?: number; head?: { sha?: string; ref?: string }; base?: { ref?: string } }
  head_commit?: { id?: string; timestamp?: string } | null
  commits?: { id?: string; timestamp?: string }[]
}

/** Where the build comes from: the event, the ref and commit, and what git knows of the repository. */
export interface GitContext {
  eventName: string
  /** `refs/heads/main`, `refs/tags/v1.2.3`, `refs/pull/7/merge`. */
  ref: string
  sha: string
  payload: EventPayload
  /** `owner/name`. */
  repository: string
  /** `https://github.com`. */
  serverUrl: string
  /** The commit's committer time (`{{commit_date}}`, and `created` by default). */
  commitDate: Date
  /** Every tag name of the repository, when git could list them; undefined when there is no repository. */
  repoTags?: string[]
  /** The checkout is shallow: its tags may be missing (actions/checkout fetches none by default). */
  shallow?: boolean
}

export type ContextSource = 'workflow' | 'git'

export interface ReadContextOptions {
  /** `workflow`: the event the runner gives (default). `git`: the checkout's own HEAD, as metadata-action does. */
  source?: ContextSource
  /** DOCKER_METADATA_PR_HEAD_SHA: use the pull request's head commit instead of the merge commit. */
  prHeadSha?: boolean
  /** Read the repository's tags (needed by `latest=highest` and the zero-config strategy). Default true. */
  readTags?: boolean
  logger?: Logger
  /** The clock, for a commit date nothing else gives. */
  now?: () => Date
}

/**
 * What readGitContext needs of the runner: a RunnerContext (`ctx` of `main(ctx)`) has all of it. Tests build one
 * directly, with no environment and no payload file.
 */
export interface RunnerEventSource {
  /** GITHUB_EVENT_NAME. */
  readonly eventName: string
  /** GITHUB_REF. */
  readonly ref: string
  /** GITHUB_SHA. */
  readonly sha: string
  /** The webhook payload (GITHUB_EVENT_PATH, read). */
  readonly payload: Readonly<Record<string, unknown>>
  /** GITHUB_REPOSITORY (`owner/name`). */
  readonly repository: string
  /** GITHUB_SERVER_URL. */
  readonly serverUrl: string
}

/**
 * Reads the context from the runner (a RunnerContext, or any RunnerEventSource) and the checkout in `git`.
 * `pull_request_target` runs on the base branch, so its ref becomes the pull request's merge ref, as metadata-action
 * does. The event payload is the RunnerContext's: read once, strictly, by action-kit.
 */
export async function readGitContext(
  runner: RunnerEventSource,
  git: Git | undefined,
  options: ReadContextOptions = {},
): Promise<GitContext> {
  const now = options.now ?? (() => new Date())
  const payload = runner.payload as EventPayload
  let eventName = runner.eventName
  let ref = runner.ref
  let sha = runner.sha
  let shallowAnswer: Promise<string | undefined> | undefined
  if (options.source === 'git') {
    shallowAnswer = git?.tryRun(['rev-parse', '--is-shallow-repository'])
    if (!git || (await shallowAnswer) === undefined) {
      throw new Error(`context: git needs a git repository in ${git?.cwd ?? 'the workspace'}`)
    }
    sha = (await git.resolve('HEAD')) ?? sha
    ref = await gitRef(git, ref)
    eventName = eventName || 'push'
  } else {
    if (/pull_request_target/.test(eventName) && typeof payload.number === 'number') {
      ref = `refs/pull/${payload.number}/merge`
    }
    if (options.prHeadSha && /pull_request/.test(eventName) && payload.pull_request?.head?.sha) {
      sha = payload.pull_request.head.sha
    }
  }
  const context: GitContext = {
    eventName,
    ref,
    sha,
    payload,
    repository: runner.repository || (payload.repository?.full_name ?? ''),
    serverUrl: (runner.serverUrl || 'https://github.com').replace(/\/+$/, ''),
    commitDate: now(),
  }
  const fromPayload = options.source === 'git' ? undefined : commitDateFromPayload(payload, sha)
  // The git calls are independent: run them at once (each is a process start; cold start matters). Outside a
  // repository each answers undefined.
  const readTags = options.readTags !== false
  const [shallow, seconds, tagList] = await Promise.all([
    // Only the tags need to know whether the clone is shallow: one process fewer on every other run.
    shallowAnswer ?? (readTags ? git?.tryRun(['rev-parse', '--is-shallow-repository']) : undefined),
    !fromPayload && git && sha ? git.commitTime(sha) : undefined,
    git && readTags ? git.tryRun(['tag', '--list']) : undefined,
  ])
  if (fromPayload) context.commitDate = fromPayload
  else if (seconds !== undefined && Number.isFinite(seconds)) context.commitDate = new Date(seconds * 1000)
  else if (git && sha) options.logger?.debug(`commit ${sha} is not in this checkout: commit_date is the current time`)
  if (shallow !== undefined && tagList !== undefined) {
    context.repoTags = tagList.split('\n').filter((tag) => tag !== '')
    context.shallow = shallow === 'true'
  }
  return context
}

/** A push carries each commit's timestamp; metadata-action prefers it to an API call, and so do we (no API). */
export function commitDateFromPayload(payload: EventPayload, sha: string): Date | undefined {
  const fromCommits = payload.commits?.find((c) => c.id === sha)?.timestamp
  const timestamp = fromCommits ?? (payload.head_commit?.id === sha ? payload.head_commit.timestamp : undefined)
  if (!timestamp) return undefined
  const date = new Date(timestamp)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/** The ref of the checkout's HEAD: its branch, else a tag that points at it, else what the runner said. */
async function gitRef(git: Git, fallback: string): Promise<string> {
  const branch = await git.tryRun(['symbolic-ref', '--short', '-q', 'HEAD'])
  if (branch) return `refs/heads/${branch}`
  const tags = await git.tryRun(['tag', '--points-at', 'HEAD', '--sort=-version:refname'])
  const tag = tags?.split('\n').find((t) => t !== '')
  if (tag) return `refs/tags/${tag}`
  return fallback || 'HEAD'
}
