import { realpathSync } from 'node:fs'
import path from 'node:path'
import { InputError } from './errors.js'

/** The variable the runner sets for an input: upper-cased, spaces to underscores, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

export interface StringOptions {
  default?: string
  /** Keep surrounding white space (the runner's getInput trims by default). */
  trim?: boolean
}

export interface IntegerOptions {
  default?: number
  min?: number
  max?: number
}

export interface ListOptions {
  /** Also split on commas (as docker/metadata-action does for tags and labels). */
  comma?: boolean
}

export interface PathOptions {
  default?: string
  /** The file or directory must exist. */
  mustExist?: boolean
  /** Allow a path outside the workspace (an absolute path to a runner tool cache, say). */
  allowOutside?: boolean
}

/**
 * Strict readers over the runner's `INPUT_*` variables. Every action reads its inputs only through one of these,
 * in `inputs.ts`, so that a test can compare the names read with the names action.yml declares.
 */
export interface InputReader {
  /** The raw value, or undefined when the input is not set or is empty. */
  raw(name: string): string | undefined
  string(name: string, options?: StringOptions): string
  required(name: string): string
  optional(name: string): string | undefined
  boolean(name: string, options?: { default?: boolean }): boolean
  integer(name: string, options?: IntegerOptions): number
  optionalInteger(name: string, options?: Omit<IntegerOptions, 'default'>): number | undefined
  enum<T extends string>(name: string, allowed: readonly T[], options?: { default?: T }): T
  list(name: string, options?: ListOptions): string[]
  path(name: string, options?: PathOptions): string
  optionalPath(name: string, options?: Omit<PathOptions, 'default'>): string | undefined
  /** The workspace that paths are confined to. */
  readonly workspace: string
}

// YAML 1.2 core schema booleans, the spellings @actions/core accepts as well.
const TRUE = new Set(['true', 'True', 'TRUE'])
const FALSE = new Set(['false', 'False', 'FALSE'])

export function inputReader(env: NodeJS.ProcessEnv = process.env): InputReader {
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd())

  const raw = (name: string, trim = true): string | undefined => {
    const value = env[inputVariable(name)]
    if (value === undefined) return undefined
    const shown = trim ? value.trim() : value
    return shown === '' ? undefined : shown
  }

  const integerFrom = (name: string, value: string, options: Omit<IntegerOptions, 'default'>): number => {
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = options
    const range = `a whole number from ${min} to ${max}`
    if (!/^[+-]?\d+$/.test(value)) throw new InputError(name, value, range)
    const parsed = Number(value)
    if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) throw new InputError(name, value, range)
    return parsed
  }

  const pathFrom = (name: string, value: string, options: Omit<PathOptions, 'default'>): string => {
    const resolved = path.resolve(workspace, value)
    if (!options.allowOutside && !isInside(workspace, resolved)) {
      throw new InputError(name, value, `a path inside the workspace ${workspace}`)
    }
    let real: string | undefined
    try {
      real = realpathSync(resolved)
    } catch {
      if (options.mustExist) throw new InputError(name, value, 'an existing file or directory')
    }
    // A symlink inside the workspace must not lead a read or a write outside it.
    if (real !== undefined && !options.allowOutside && !isInside(realpathOrSelf(workspace), real)) {
      throw new InputError(name, value, `a path that stays inside the workspace (it resolves to ${real})`)
    }
    return resolved
  }

  return {
    workspace,
    raw: (name) => raw(name),
    string: (name, options = {}) => raw(name, options.trim ?? true) ?? options.default ?? '',
    required(name) {
      const value = raw(name)
      if (value === undefined) throw new InputError(name, '', 'a value: this input is required')
      return value
    },
    optional: (name) => raw(name),
    boolean(name, options = {}) {
      const value = raw(name)
      if (value === undefined) {
        if (options.default !== undefined) return options.default
        throw new InputError(name, '', 'true or false')
      }
      if (TRUE.has(value)) return true
      if (FALSE.has(value)) return false
      throw new InputError(name, value, 'true or false (YAML 1.2: true, True, TRUE, false, False, FALSE)')
    },
    integer(name, options = {}) {
      const value = raw(name)
      if (value === undefined) {
        if (options.default !== undefined) return options.default
        throw new InputError(name, '', 'a whole number')
      }
      return integerFrom(name, value, options)
    },
    optionalInteger(name, options = {}) {
      const value = raw(name)
      return value === undefined ? undefined : integerFrom(name, value, options)
    },
    enum<T extends string>(name: string, allowed: readonly T[], options: { default?: T } = {}): T {
      const value = raw(name)
      if (value === undefined && options.default !== undefined) return options.default
      const found = allowed.find((candidate) => candidate === value)
      if (found === undefined) throw new InputError(name, value ?? '', `one of ${allowed.join(', ')}`)
      return found
    },
    list(name, options = {}) {
      return parseList(raw(name) ?? '', options)
    },
    path(name, options = {}) {
      const value = raw(name) ?? options.default
      if (value === undefined) throw new InputError(name, '', 'a path')
      return pathFrom(name, value, options)
    },
    optionalPath(name, options = {}) {
      const value = raw(name)
      return value === undefined ? undefined : pathFrom(name, value, options)
    },
  }
}

/**
 * One item a line; empty lines and whole-line `#` comments dropped. A `#` inside a line is kept, because
 * values such as `package.json#version` use it.
 */
export function parseList(value: string, options: ListOptions = {}): string[] {
  const items: string[] = []
  for (const line of value.split(/\r?\n/)) {
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('#')) continue
    const parts = options.comma ? splitComma(trimmed) : [trimmed]
    for (const part of parts) {
      const item = part.trim()
      if (item !== '') items.push(item)
    }
  }
  return items
}

/** Split on commas that are not inside double quotes (CSV-like, as metadata-action's lists allow). */
function splitComma(line: string): string[] {
  const parts: string[] = []
  let current = ''
  let quoted = false
  for (const char of line) {
    if (char === '"') {
      quoted = !quoted
      current += char
    } else if (char === ',' && !quoted) {
      parts.push(current)
      current = ''
    } else current += char
  }
  parts.push(current)
  return parts
}

export function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

function realpathOrSelf(p: string): string {
  try {
    return realpathSync(p)
  } catch {
    return p
  }
}
