import { realpathSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from './errors.js'

/** The two folders slipway may create, empty or delete things in (a RunnerContext is one). */
export interface OwnedRoots {
  readonly workspace: string
  readonly temp: string
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/

/**
 * Checks a value that becomes one file or folder name (an artifact name, a leg name, an asset name): no separator,
 * no `.` or `..`, no control character, at most 255 bytes. Returns it unchanged.
 */
export function assertName(input: string, value: string, expected = 'a file name'): string {
  const problem =
    value === ''
      ? 'it is empty'
      : value === '.' || value === '..'
        ? 'it names a folder above'
        : /[/\\]/.test(value)
          ? 'it contains a path separator'
          : CONTROL.test(value)
            ? 'it contains a control character'
            : Buffer.byteLength(value) > 255
              ? 'it is longer than 255 bytes'
              : undefined
  if (problem) throw new InputError(input, value, `${expected} (${problem})`)
  return value
}

/**
 * Resolves a path input (relative to the workspace) that slipway will create, empty, overwrite or delete, and refuses
 * it unless it lies strictly inside the workspace or the runner's temp folder: never the workspace itself, a parent
 * of it, anything in a `.git` folder, or (through a symbolic link) somewhere else. The check is made on the real path
 * of the deepest folder that exists, so a link in the workspace cannot steer a delete outside it.
 */
export function ownedPath(roots: OwnedRoots, input: string, value: string): string {
  if (value.trim() === '') throw new InputError(input, value, 'a path inside the workspace or the runner temp folder')
  if (CONTROL.test(value)) throw new InputError(input, value, 'a path without control characters')
  const target = path.resolve(roots.workspace, value)
  const problem = ownedProblem(roots, target)
  if (problem) throw new InputError(input, value, `a folder slipway may write to, but ${problem}`)
  return target
}

/** Removes a path after checking, again, that it is owned (see ownedPath). Missing paths are fine. */
export async function removeOwned(roots: OwnedRoots, target: string): Promise<void> {
  const problem = ownedProblem(roots, path.resolve(target))
  if (problem) throw new Error(`Refusing to delete ${target}: ${problem}`)
  await rm(target, { recursive: true, force: true })
}

/** Why a path is not slipway's to write or delete, or undefined when it is. */
export function ownedProblem(roots: OwnedRoots, target: string): string | undefined {
  // Checked twice: as written, and with every symbolic link resolved (on both sides).
  const views: [string, string, string][] = [
    [path.resolve(target), path.resolve(roots.workspace), path.resolve(roots.temp)],
    [realish(path.resolve(target)), realish(path.resolve(roots.workspace)), realish(path.resolve(roots.temp))],
  ]
  for (const [candidate, workspace, temp] of views) {
    if (candidate === workspace) return 'it is the workspace itself'
    if (isInside(workspace, candidate)) return 'it is a parent of the workspace'
    if (candidate.split(path.sep).includes('.git')) return 'it is inside a .git folder'
    if (candidate === temp) return 'it is the runner temp folder itself'
    if (isInside(temp, candidate)) return 'it is a parent of the runner temp folder'
    if (!isInside(candidate, workspace) && !isInside(candidate, temp)) {
      return 'it is outside the workspace and the runner temp folder'
    }
  }
  return undefined
}

/** `child` lies strictly below `parent`. */
function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}

/** The real path of the deepest existing ancestor, with the rest of the path appended. */
function realish(target: string): string {
  let existing = target
  const rest: string[] = []
  for (;;) {
    try {
      return path.join(realpathSync.native(existing), ...rest)
    } catch {
      const parent = path.dirname(existing)
      if (parent === existing) return target
      rest.unshift(path.basename(existing))
      existing = parent
    }
  }
}
