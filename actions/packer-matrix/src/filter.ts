import { InputError } from '@slipway/action-kit'
import type { MatrixEntry } from './discover.js'

export type OsFilter = { kind: 'all' } | { kind: 'changed' } | { kind: 'names'; patterns: string[] }

const OS_FILTER_EXPECTED =
  'all, changed, or a comma list of OS names as people type them: any case, a unique prefix (rocky), <os>-<version> (ubuntu-22.04) or globs (alma*)'

/** `all`, `changed`, or a comma list of OS names, prefixes, `<os>-<version>` forms and globs; any case. */
export function parseOsFilter(value: string): OsFilter {
  const trimmed = value.trim()
  const lower = trimmed.toLowerCase()
  if (trimmed === '' || lower === 'all') return { kind: 'all' }
  if (lower === 'changed') return { kind: 'changed' }
  const patterns = trimmed
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
  if (patterns.length === 0) throw new InputError('os-filter', value, OS_FILTER_EXPECTED)
  for (const pattern of patterns) {
    const word = pattern.toLowerCase()
    if (!/^[A-Za-z0-9._*?-]+$/.test(pattern) || word === 'all' || word === 'changed') {
      throw new InputError('os-filter', value, OS_FILTER_EXPECTED)
    }
  }
  return { kind: 'names', patterns }
}

/** What one os-filter word chose: the entries, and how the word was read (shown in the summary). */
export interface OsChoice {
  pattern: string
  reading: string
  entries: MatrixEntry[]
}

/**
 * Reads one os-filter word against the entries, case-insensitively, in this order: a glob over OS names and
 * `<os>-<version>`; an OS name; an `<os>-<version>`; a unique prefix of an OS name (`rocky`); a unique OS prefix
 * with a version (`rocky-9`). A prefix of several OS names, or a word that matches nothing, is an error that names
 * the candidates.
 */
export function chooseOs(pattern: string, all: MatrixEntry[], rawOsFilter: string): OsChoice {
  const word = pattern.toLowerCase()
  const osOf = (e: MatrixEntry): string => e.os.toLowerCase()
  const keyOf = (e: MatrixEntry): string => `${osOf(e)}-${e.version.toLowerCase()}`
  const knownOs = [...new Set(all.map((e) => e.os))].sort()
  const chosen = (reading: string, entries: MatrixEntry[]): OsChoice => ({ pattern, reading, entries })
  if (/[*?]/.test(word)) {
    const re = globToRegExp(word)
    const entries = all.filter((e) => re.test(osOf(e)) || re.test(keyOf(e)))
    if (entries.length > 0) return chosen(`${pattern} (glob)`, entries)
  } else {
    const byName = all.filter((e) => osOf(e) === word)
    if (byName.length > 0) return chosen(pattern, byName)
    const byKey = all.filter((e) => keyOf(e) === word)
    if (byKey.length > 0) return chosen(pattern, byKey)
    const prefixed = knownOs.filter((os) => os.toLowerCase().startsWith(word))
    if (prefixed.length > 1) {
      throw new InputError(
        'os-filter',
        rawOsFilter,
        `one OS per name, but ${pattern} is a prefix of ${prefixed.join(', ')}: write more of the name`,
      )
    }
    const [only] = prefixed
    if (only !== undefined)
      return chosen(
        `${pattern} → ${only}`,
        all.filter((e) => e.os === only),
      )
    // `rocky-9`: a unique OS prefix, then the version.
    for (let dash = word.indexOf('-'); dash > 0; dash = word.indexOf('-', dash + 1)) {
      const osPart = word.slice(0, dash)
      const versionPart = word.slice(dash + 1)
      const candidates = knownOs.filter((os) => os.toLowerCase().startsWith(osPart))
      const [os] = candidates
      if (candidates.length !== 1 || os === undefined) continue
      const entries = all.filter((e) => e.os === os && e.version.toLowerCase() === versionPart)
      if (entries.length > 0) return chosen(`${pattern} → ${os}-${entries[0]?.version ?? ''}`, entries)
    }
  }
  const versions = [...new Set(all.map((e) => `${e.os}-${e.version}`))].sort()
  throw new InputError(
    'os-filter',
    rawOsFilter,
    `OS names from the templates: ${knownOs.join(', ') || '(none found)'}, or <os>-<version>: ${versions.join(', ') || '(none)'} (${pattern} matches none)`,
  )
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
  if (filters.os.kind === 'names') {
    const choices = filters.os.patterns.map((p) => chooseOs(p, all, rawOsFilter))
    const kept = new Set(choices.flatMap((c) => c.entries))
    entries = entries.filter((e) => kept.has(e))
    const readings = choices.map((c) => `${c.reading}: ${listed(c.entries.map((e) => e.artifact_name))}`)
    reasons.push(`os-filter ${readings.join('; ')} kept ${entries.length} of ${all.length}`)
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

/** A list for one line of the summary: the first eight, then how many more. */
function listed(names: string[]): string {
  return names.length <= 8 ? names.join(', ') : `${names.slice(0, 8).join(', ')} and ${names.length - 8} more`
}
