import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { quote, type Logger } from '@slipway/action-kit'
import { Git } from '@slipway/git'
import { checkConsistency, type CheckedValue } from './consistency.js'
import {
  bumpGuard,
  readPreviousVersion,
  releasedGuard,
  releaseTagGuard,
  tagFor,
  type EventContext,
  type GuardResult,
  type VersionAt,
} from './guards.js'
import type { Inputs } from './inputs.js'
import type { Problem } from './problems.js'
import { checkVersionText, versionFromOldText, type ParsedVersion } from './version-file.js'
import { workspaceFiles } from './workspace-files.js'

export interface VersionCheckResult {
  /** Workspace-relative path of the version file. */
  versionFile: string
  /** The version, when the file holds one (also when badly written: every other check still runs). */
  version?: ParsedVersion
  versionLine: number
  /** Whether the version file itself is well formed. */
  wellFormed: boolean
  tag?: string
  /** The version before this change (base branch, or previous commit); undefined when unknown or absent. */
  previousVersion?: string
  /** Where previousVersion was read. */
  previousRevision?: string
  changed: boolean
  checked: CheckedValue[]
  guards: GuardResult[]
  /** Every problem found, in the order found. The step fails when there is any. */
  problems: Problem[]
}

/**
 * Runs every check and collects every problem, so one run reports all that is wrong: the version file's format,
 * each consistency rule, then the release and bump guards.
 */
export async function runVersionCheck(
  inputs: Inputs,
  context: EventContext,
  logger: Logger,
): Promise<VersionCheckResult> {
  const git = new Git(inputs.workspace)
  const file = path.relative(inputs.workspace, inputs.versionFile).split(path.sep).join('/')
  const result: VersionCheckResult = {
    versionFile: file,
    versionLine: 1,
    wellFormed: false,
    changed: false,
    checked: [],
    guards: [],
    problems: [],
  }
  let text: string
  try {
    text = await readFile(inputs.versionFile, 'utf8')
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    result.problems.push({
      title: 'Version file not found',
      message: missing
        ? `The version file ${file} does not exist: create it with the version (such as 1.0.0), or set version-file`
        : `The version file ${file} cannot be read: ${String(error)}`,
    })
    return result
  }
  const format = checkVersionText(text, file)
  result.versionLine = format.line
  result.wellFormed = format.problems.length === 0
  result.problems.push(...format.problems)
  if (!format.version) return result
  const version = format.version
  result.version = version
  logger.info(`Version ${version.version} (from ${file})${result.wellFormed ? '' : ' (badly written, see the errors)'}`)

  const consistency = await checkConsistency(inputs.files, version.version, {
    workspace: inputs.workspace,
    versionFile: file,
    listFiles: () => workspaceFiles(inputs.workspace, git),
  })
  result.checked = consistency.checked
  result.problems.push(...consistency.problems)

  const at: VersionAt = { version: version.version, file, line: format.line, tagPrefix: inputs.tagPrefix }
  result.tag = tagFor(at)
  // One git process says whether this is a repository and reads the version file at the revision before.
  const { repository: isRepository, previous } = await readPreviousVersion(git, context, file)
  result.guards.push(releaseTagGuard(context, at))
  if (inputs.failIfReleased) {
    result.guards.push(
      isRepository ? await releasedGuard(git, context, at) : notARepository('not released yet', at, 'fail-if-released'),
    )
  }
  if (inputs.requireBump) {
    result.guards.push(
      isRepository ? bumpGuard(context, at, previous) : notARepository('version bumped', at, 'require-bump'),
    )
  }
  for (const guard of result.guards) if (guard.problem) result.problems.push(guard.problem)

  if (previous) {
    result.previousRevision = previous.revision
    const before = previous.text === undefined ? undefined : versionFromOldText(previous.text)
    result.previousVersion = before
    // A version file that did not exist before is a change; one that cannot be read is not claimed as one.
    result.changed = previous.text === undefined ? true : before !== undefined && before !== version.version
    logger.info(
      previous.text === undefined
        ? `${file} is new since ${previous.revision}`
        : `${file} on ${previous.revision}: ${before ?? quote(previous.text.trim())}`,
    )
  } else if (isRepository) {
    const base = context.eventName.startsWith('pull_request') ? context.baseRef : undefined
    logger.notice(
      base === undefined
        ? `No earlier revision to compare ${file} with (a shallow clone, or the first commit): previous-version is empty and changed is false. Set fetch-depth: 2 or 0 in actions/checkout to compare`
        : `The base branch ${base} is not in this clone: previous-version is empty and changed is false. Set fetch-depth: 0 in actions/checkout, or run git fetch origin ${base} before this step`,
    )
  }
  return result
}

function notARepository(guard: string, at: VersionAt, input: string): GuardResult {
  return {
    guard,
    verdict: 'fail',
    detail: 'not a git repository',
    problem: {
      title: 'Not a git repository',
      message: `${input} needs the git history, but the workspace is not a git repository: run actions/checkout first`,
      file: at.file,
    },
  }
}
