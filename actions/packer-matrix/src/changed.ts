import path from 'node:path'
import type { Git } from '@slipway/git'
import type { MatrixEntry } from './discover.js'
import { globToRegExp } from './filter.js'

export interface ChangeRange {
  base: string
  head: string
}

/** The commits an event compares: a pull request's base and head, a push's before and after. */
export function changeRangeOf(event: string, payload: Record<string, unknown>): ChangeRange | undefined {
  const pr = payload.pull_request as { base?: { sha?: unknown }; head?: { sha?: unknown } } | undefined
  if (
    (event === 'pull_request' || event === 'pull_request_target') &&
    typeof pr?.base?.sha === 'string' &&
    typeof pr.head?.sha === 'string'
  ) {
    return { base: pr.base.sha, head: pr.head.sha }
  }
  const before = payload.before
  const after = payload.after
  // A new branch's push has before = 0000…: there is nothing to compare with.
  if (event === 'push' && typeof before === 'string' && typeof after === 'string' && !/^0+$/.test(before)) {
    return { base: before, head: after }
  }
  return undefined
}

export interface ChangedSelection {
  entries: MatrixEntry[]
  changedFiles: string[]
  /** Changed files that matched `shared-paths`: any one selects every entry. */
  sharedChanges: string[]
}

/**
 * Entries whose files changed between base and head: a change under the template's directory or to the var file
 * selects it; a change to a shared path (a common script, the http/ answer files) selects all.
 */
export async function selectChanged(
  entries: MatrixEntry[],
  git: Git,
  range: ChangeRange,
  sharedPaths: string[],
  workspace: string,
): Promise<ChangedSelection> {
  for (const revision of [range.base, range.head]) {
    if ((await git.resolve(revision)) === undefined) {
      throw new Error(
        `commit ${revision} is not in this clone, so the changed templates cannot be found: check out with fetch-depth: 0 (or enough depth to reach it)`,
      )
    }
  }
  // Three-dot semantics: what head changed since it forked from base, not what base gained meanwhile.
  const mergeBase = (await git.tryRun(['merge-base', range.base, range.head])) ?? range.base
  const top = await git.run(['rev-parse', '--show-toplevel'])
  const changedFiles = (await git.changedFiles(mergeBase, range.head)).map((f) =>
    path.relative(workspace, path.join(top, f)).split(path.sep).join('/'),
  )
  const shared = sharedPaths.map(globToRegExp)
  const sharedChanges = changedFiles.filter((f) => shared.some((re) => re.test(f)))
  if (sharedChanges.length > 0) return { entries, changedFiles, sharedChanges }
  const selected = entries.filter((e) =>
    changedFiles.some(
      (f) => f === e.var_file || e.template === '.' || f === e.template || f.startsWith(`${e.template}/`),
    ),
  )
  return { entries: selected, changedFiles, sharedChanges }
}
