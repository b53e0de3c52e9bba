import { inputReader, InputError, type InputReader } from '@slipway/action-kit'
import { parseRules, type ConsistencyRule } from './rules.js'

export interface Inputs {
  /** The repository root the paths are relative to (GITHUB_WORKSPACE). */
  workspace: string
  /** Absolute path of the version file, inside the workspace. */
  versionFile: string
  files: ConsistencyRule[]
  tagPrefix: string
  failIfReleased: boolean
  requireBump: boolean
}

export function getInputs(read: InputReader = inputReader()): Inputs {
  return {
    workspace: read.workspace,
    versionFile: read.path('version-file', { default: 'version' }),
    files: parseRules(read.string('files')),
    // No default here: the runner fills in action.yml's `v` when the input is not given, so an empty value is a
    // workflow's explicit `tag-prefix: ''` (bare 1.2.3 tags) and must stay empty.
    tagPrefix: tagPrefix(read.string('tag-prefix')),
    failIfReleased: read.boolean('fail-if-released', { default: false }),
    requireBump: read.boolean('require-bump', { default: false }),
  }
}

/**
 * The prefix must keep prefix + version a valid tag name (git check-ref-format): no spaces, `..`, `@{`, `~^:?*[\`.
 * `@` is allowed for monorepo tags such as `widget@1.2.3`.
 */
function tagPrefix(value: string): string {
  if (
    !/^[A-Za-z0-9._/@-]*$/.test(value) ||
    value.includes('..') ||
    value.startsWith('/') ||
    value.startsWith('.') ||
    value.includes('//') ||
    value.includes('/.')
  ) {
    throw new InputError(
      'tag-prefix',
      value,
      'a tag name prefix such as v, release- or widget@, or an empty string (letters, digits, . _ - / @)',
    )
  }
  return value
}
