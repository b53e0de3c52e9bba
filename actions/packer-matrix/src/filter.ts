import { InputError } from '@slipway/action-kit'
import type { MatrixEntry } from './discover.js'

export type OsFilter = { kind: 'all' } | { kind: 'changed' } | { kind: 'names'; patterns: string[] }

/** `all`, `changed`, or a comma list of OS names and globs (`alma*`, `rocky?inux`). */
export function parseOsFilter(value: string): OsFilter {
  const trimmed = value.trim()
  if (trimmed === '' || trimmed === 'all') return { kind: 'all' }
  if (trimmed === 'changed') return { kind: 'changed' }
  const patterns = trimmed
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
  for (const pattern of patterns) {
    if (!/^[A-Za-z0-9._*?-]+$/.test(pattern) || pattern === 'all' || pattern === 'changed') {
      throw new InputError('os-filter', value, 'all, changed, or a comma list of OS names or globs such as alma*')
    }
  }
  return { kind: 'names', patterns }
}

/**
 * A glob as a RegExp. `*` and `?` stay within one path segment; `**` spans segments (`packer_templates/**`), and
 * a trailing `/**` also matches the folder's own path.
 */
export function globToRegExp(glob: string): RegExp {
  let out = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? ''
    if (c === '/' && glob.slice(i) === '/**') {
      out += '(?:/.*)?'
      break
    }
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/'
      out += slash ? '(?:.*/)?' : '.*'
      i += slash ? 2 : 1
    } else if (c === '*') out += '[^/]*'
    else if (c === '?') out += '[^/]'
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${out}$`)
}

export interface FilterResult {
  entries: MatrixEntry[]
  /** Why entries were dropped, in the order the filters ran: shown in the summary when nothing is left. */
  reasons: string[]
}

export interface Filters {
  os: OsFilter
  arch: string[]
  exclude: string[]
}

/**
 * Applies the OS, architecture and exclude filters. An OS or architecture that matches nothing known is a mistake
 * (a typo would otherwise build nothing, green): the error lists what is known.
 */
export function applyFilters(all: MatrixEntry[], filters: Filters, rawOsFilter: string, rawArch: string): FilterResult {
  const reasons: string[] = []
  let entries = all
  const knownOs = [...new Set(all.map((e) => e.os))].sort()
  if (filters.os.kind === 'names') {
    const regexps = filters.os.patterns.map((p) => ({ p, re: globToRegExp(p) }))
    for (const { p, re } of regexps) {
      if (!knownOs.some((os) => re.test(os))) {
        throw new InputError(
          'os-filter',
          rawOsFilter,
          `OS names from the templates: ${knownOs.join(', ') || '(none found)'} (${p} matches none)`,
        )
      }
    }
    entries = entries.filter((e) => regexps.some(({ re }) => re.test(e.os)))
    reasons.push(`os-filter ${filters.os.patterns.join(',')} kept ${entries.length} of ${all.length}`)
  }
  if (filters.arch.length > 0) {
    const knownArch = [...new Set(all.map((e) => e.arch))].sort()
    for (const arch of filters.arch) {
      if (!knownArch.includes(arch))
        throw new InputError('arch', rawArch, `architectures from the templates: ${knownArch.join(', ')}`)
    }
    const before = entries.length
    entries = entries.filter((e) => filters.arch.includes(e.arch))
    reasons.push(`arch ${filters.arch.join(',')} kept ${entries.length} of ${before}`)
  }
  if (filters.exclude.length > 0) {
    const regexps = filters.exclude.map(globToRegExp)
    const before = entries.length
    entries = entries.filter(
      (e) =>
        !regexps.some((re) =>
          [e.os, `${e.os}-${e.version}`, e.artifact_name, e.var_file].some((name) => re.test(name)),
        ),
    )
    reasons.push(`exclude ${filters.exclude.join(',')} removed ${before - entries.length}`)
  }
  return { entries, reasons }
}
