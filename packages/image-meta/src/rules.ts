import { InputError } from '@slipway/action-kit'
import { CsvLineError, parseCsvLine } from './csv.js'
import { parseTemplate, TemplateError } from './template.js'

/** The tag types of docker/metadata-action v5. */
export const TAG_TYPES = ['schedule', 'semver', 'pep440', 'match', 'edge', 'ref', 'raw', 'sha'] as const
export type TagType = (typeof TAG_TYPES)[number]

export const REF_EVENTS = ['branch', 'tag', 'pr'] as const

/** metadata-action's default priorities: the highest-priority rule that yields a value gives `version`. */
export const DEFAULT_PRIORITIES: Record<TagType, number> = {
  schedule: 1000,
  semver: 900,
  pep440: 900,
  match: 800,
  edge: 700,
  ref: 600,
  raw: 200,
  sha: 100,
}

/** metadata-action's rules when `tags` is empty. */
export const DEFAULT_TAG_RULES = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr']

/** One line of the `tags` input, parsed. `attrs` keeps every attribute, defaults filled in. */
export interface TagRule {
  type: TagType
  attrs: Record<string, string>
  priority: number
  /** The input line it came from, for error messages. */
  source: string
  /** Which input the line belongs to (`tags`, or the zero-config strategy). */
  input: string
  /** Zero-config: no bare major tag for 0.y.z versions. */
  skipZeroMajor?: boolean
}

const KNOWN_ATTRIBUTES: Record<TagType, readonly string[]> = {
  schedule: ['pattern'],
  semver: ['pattern', 'value', 'match'],
  pep440: ['pattern', 'value', 'match'],
  match: ['pattern', 'group', 'value'],
  edge: ['branch'],
  ref: ['event'],
  raw: ['value'],
  sha: ['format'],
}
const COMMON_ATTRIBUTES = ['enable', 'priority', 'prefix', 'suffix', 'tz']

/**
 * Splits one line the way metadata-action does: CSV with quotes (csv-parse's rules, see parseCsvLine), then each field
 * into key and value at its first `=`, both trimmed, the key lower-cased. A field without `=` has no key. A line that
 * is not valid CSV throws an InputError naming `input` and the line.
 */
export function splitFields(line: string, input = 'tags'): { key?: string; value: string }[] {
  let fields: string[]
  try {
    fields = parseCsvLine(line)
  } catch (error) {
    if (!(error instanceof CsvLineError)) throw error
    throw new InputError(input, line, `comma-separated key=value fields (${error.message})`)
  }
  return fields.map((field) => {
    const at = field.indexOf('=')
    if (at <= 0) return { value: field.trim() }
    return { key: field.slice(0, at).trim().toLowerCase(), value: field.slice(at + 1).trim() }
  })
}

/**
 * Parses the `tags` input, one rule a line, and sorts the rules by priority (highest first, input order kept among
 * equals), as metadata-action does. An empty list gives its default rules. Each bad line throws an InputError that
 * names the input and the line.
 */
export function parseTagRules(lines: readonly string[], input = 'tags'): TagRule[] {
  const source = lines.length > 0 ? lines : DEFAULT_TAG_RULES
  return sortRules(source.map((line) => parseTagRule(line, input)))
}

export function sortRules(rules: TagRule[]): TagRule[] {
  return rules
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => b.rule.priority - a.rule.priority || a.index - b.index)
    .map(({ rule }) => rule)
}

export function parseTagRule(line: string, input = 'tags'): TagRule {
  const fail = (expected: string) => new InputError(input, line, expected)
  let type: TagType | undefined
  const attrs: Record<string, string> = {}
  for (const field of splitFields(line, input)) {
    if (field.key === undefined) {
      attrs.value = field.value
    } else if (field.key === 'type') {
      type = TAG_TYPES.find((t) => t === field.value)
      if (!type) throw fail(`a tag type among ${TAG_TYPES.join(', ')} (got type=${field.value})`)
    } else attrs[field.key] = field.value
  }
  type ??= 'raw'
  const known = [...KNOWN_ATTRIBUTES[type], ...COMMON_ATTRIBUTES]
  for (const key of Object.keys(attrs)) {
    if (!known.includes(key)) throw fail(`attributes of type=${type} among ${known.join(', ')} (got ${key}=)`)
  }
  const has = (key: string) => Object.prototype.hasOwnProperty.call(attrs, key)
  switch (type) {
    case 'schedule':
      if (!has('pattern')) attrs.pattern = 'nightly'
      break
    case 'semver':
    case 'pep440':
      if (!has('pattern')) throw fail(`a pattern attribute for type=${type}, e.g. pattern={{version}}`)
      if (!has('value')) attrs.value = ''
      if (!has('match')) attrs.match = ''
      try {
        new RegExp(attrs.match ?? '')
      } catch {
        throw fail(`match= a valid regular expression (got match=${attrs.match})`)
      }
      break
    case 'match':
      if (!has('pattern')) throw fail('a pattern attribute for type=match, e.g. pattern=\\d.\\d.\\d')
      if (!has('group')) attrs.group = '0'
      if (!/^\d+$/.test(attrs.group ?? '')) throw fail(`group= a capture group number (got group=${attrs.group})`)
      if (!has('value')) attrs.value = ''
      try {
        matchRegExp(attrs.pattern ?? '')
      } catch {
        throw fail(`pattern= a valid regular expression (got pattern=${attrs.pattern})`)
      }
      break
    case 'edge':
      if (!has('branch')) attrs.branch = ''
      break
    case 'ref':
      if (!has('event')) throw fail('an event attribute for type=ref: event=branch, event=tag or event=pr')
      if (!REF_EVENTS.some((e) => e === attrs.event)) throw fail(`event= one of branch, tag, pr (got ${attrs.event})`)
      if (attrs.event === 'pr' && !has('prefix')) attrs.prefix = 'pr-'
      break
    case 'raw':
      if (!has('value')) throw fail('a value attribute for type=raw, e.g. type=raw,value=stable')
      break
    case 'sha':
      if (!has('prefix')) attrs.prefix = 'sha-'
      if (!has('format')) attrs.format = 'short'
      if (attrs.format !== 'short' && attrs.format !== 'long') throw fail(`format= short or long (got ${attrs.format})`)
      break
  }
  if (!has('enable')) attrs.enable = 'true'
  let priority = DEFAULT_PRIORITIES[type]
  if (has('priority')) {
    priority = Number(attrs.priority)
    if (attrs.priority === '' || !Number.isFinite(priority)) throw fail(`priority= a number (got ${attrs.priority})`)
  }
  for (const key of ['pattern', 'value', 'prefix', 'suffix', 'enable'] as const) {
    if (has(key)) {
      try {
        parseTemplate(attrs[key] ?? '')
      } catch (error) {
        throw fail(`a valid ${key} template: ${error instanceof TemplateError ? error.message : String(error)}`)
      }
    }
  }
  return { type, attrs, priority, source: line, input }
}

/** A match pattern: `/regex/flags` or a plain regular expression. */
export function matchRegExp(pattern: string): RegExp {
  const literal = /^\/(.+)\/([a-z]*)$/s.exec(pattern)
  return literal ? new RegExp(literal[1] ?? '', literal[2]) : new RegExp(pattern)
}

/** `latest=highest` is slipway's: moving tags only move forward. The rest is metadata-action's flavor. */
export const LATEST_MODES = ['auto', 'true', 'false', 'highest'] as const
export type LatestMode = (typeof LATEST_MODES)[number]

export interface Flavor {
  latest: LatestMode
  /** Whether the `flavor` input set `latest=` itself (the zero-config strategy defaults it to highest). */
  latestGiven: boolean
  prefix: string
  prefixLatest: boolean
  suffix: string
  suffixLatest: boolean
}

export function parseFlavor(lines: readonly string[], input = 'flavor'): Flavor {
  const flavor: Flavor = {
    latest: 'auto',
    latestGiven: false,
    prefix: '',
    prefixLatest: false,
    suffix: '',
    suffixLatest: false,
  }
  for (const line of lines) {
    let onLatestFor: 'prefix' | 'suffix' | undefined
    for (const field of splitFields(line, input)) {
      const fail = (expected: string) => new InputError(input, line, expected)
      switch (field.key) {
        case 'latest': {
          const mode = LATEST_MODES.find((m) => m === field.value)
          if (!mode) throw fail(`latest= one of ${LATEST_MODES.join(', ')} (got ${field.value})`)
          flavor.latest = mode
          flavor.latestGiven = true
          break
        }
        case 'prefix':
          flavor.prefix = field.value
          onLatestFor = 'prefix'
          break
        case 'suffix':
          flavor.suffix = field.value
          onLatestFor = 'suffix'
          break
        case 'onlatest': {
          if (field.value !== 'true' && field.value !== 'false')
            throw fail(`onlatest= true or false (got ${field.value})`)
          if (onLatestFor === 'prefix') flavor.prefixLatest = field.value === 'true'
          else if (onLatestFor === 'suffix') flavor.suffixLatest = field.value === 'true'
          else throw fail('onlatest= after a prefix= or suffix= on the same line')
          break
        }
        default:
          throw fail('entries latest=, prefix=, suffix= or onlatest= (one or more a line)')
      }
    }
  }
  return flavor
}

export interface ImageSpec {
  /** As written. */
  given: string
  /** Lower-cased, as metadata-action and registries need. */
  name: string
  enable: boolean
  source: string
}

/** Image reference grammar of distribution/reference, without tag or digest (those come from the rules). */
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*'
const IMAGE_NAME = new RegExp(`^(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`)

/**
 * Parses the `images` input: `name` or `name=<ref>,enable=<bool>` a line (metadata-action's format; a single line of
 * comma-separated names is its older format and still accepted). Names are lower-cased.
 */
export function parseImages(lines: readonly string[], input = 'images'): ImageSpec[] {
  const specs: ImageSpec[] = []
  const firstFields = lines.length === 1 ? splitFields(lines[0] ?? '', input) : []
  if (lines.length === 1 && firstFields.every((f) => f.key === undefined)) {
    for (const field of firstFields) specs.push(imageSpec(field.value, true, lines[0] ?? '', input))
    return specs
  }
  for (const line of lines) {
    let name = ''
    let enable = true
    for (const field of splitFields(line, input)) {
      if (field.key === undefined || field.key === 'name') name = field.value
      else if (field.key === 'enable') {
        if (field.value !== 'true' && field.value !== 'false') {
          throw new InputError(input, line, `enable= true or false (got ${field.value})`)
        }
        enable = field.value === 'true'
      } else throw new InputError(input, line, 'name=<image> and enable=<true|false> attributes')
    }
    specs.push(imageSpec(name, enable, line, input))
  }
  return specs
}

function imageSpec(given: string, enable: boolean, source: string, input: string): ImageSpec {
  if (given === '') throw new InputError(input, source, 'an image name, e.g. ghcr.io/owner/app')
  const name = given.toLowerCase()
  // distribution/reference: a name (registry and path) is at most 255 characters; a port is 1 to 65535.
  if (name.length > 255) {
    throw new InputError(input, source, `an image name of at most 255 characters (it has ${name.length})`)
  }
  const port = /^[^/]+:(\d+)\//.exec(name)?.[1]
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
    throw new InputError(input, source, `a registry port from 1 to 65535 (got ${port})`)
  }
  if (!IMAGE_NAME.test(name)) {
    const hint = /[:@]/.test(name.split('/').pop() ?? '')
      ? ' without a tag or digest (the tags rules give the tags)'
      : ''
    throw new InputError(input, source, `an image reference like ghcr.io/owner/app${hint}`)
  }
  return { given, name, enable, source }
}
