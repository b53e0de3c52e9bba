import path from 'node:path'
import { InputError } from '@slipway/action-kit'

export type DocumentFormat = 'json' | 'yaml' | 'toml'

interface RuleBase {
  /** The line as written in `files`. */
  source: string
  /** Its line number in the `files` input (1-based, counting blank and comment lines). */
  inputLine: number
  /** Workspace-relative path, or a glob when `glob` is set. */
  path: string
  glob: boolean
}

/** `package.json#version`, `chart/Chart.yaml#appVersion`, `pyproject.toml#project.version`. */
export interface KeyRule extends RuleBase {
  kind: 'key'
  format: DocumentFormat
  /** The dotted path split into segments; a numeric segment indexes an array. */
  key: string[]
}

/** `server/Dockerfile:/LABEL version="(?<version>[^"]+)"/`: every match's `version` group is checked. */
export interface RegexRule extends RuleBase {
  kind: 'regex'
  /** Compiled with the `g` and `d` flags added, so every match and its group offsets are found. */
  pattern: RegExp
}

export type ConsistencyRule = KeyRule | RegexRule

const FORMATS: Record<string, DocumentFormat> = { '.json': 'json', '.yaml': 'yaml', '.yml': 'yaml', '.toml': 'toml' }
const FORMS =
  'one rule a line: path#dotted.key for a .json, .yaml, .yml or .toml file, or path:/regex with (?<version>…)/ for any file; a path may be a glob such as **/package.json#version'

/** Every rule of the multi-line `files` input. Blank lines and `#` comment lines are skipped but counted. */
export function parseRules(text: string): ConsistencyRule[] {
  const rules: ConsistencyRule[] = []
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    rules.push(parseRule(line, index + 1))
  }
  return rules
}

export function parseRule(line: string, inputLine: number): ConsistencyRule {
  const fail = (expected: string): never => {
    throw new InputError('files', line, `${expected} (line ${inputLine} of files)`)
  }
  const regex = /^(.*?):\/(.*)\/([a-z]*)$/s.exec(line)
  if (regex) {
    const [, file = '', body = '', flags = ''] = regex
    const where = checkPath(file, fail)
    if (body === '') fail('a non-empty regular expression between the slashes')
    const bad = flags.split('').find((flag) => !'imsu'.includes(flag))
    if (bad !== undefined) fail(`regular expression flags among i, m, s, u (not ${bad})`)
    let pattern: RegExp
    try {
      pattern = new RegExp(body, `${flags}gd`)
      // An empty alternative always matches, and the match then lists every named group the pattern has.
      const groups = new RegExp(`${body}|`, flags).exec('')?.groups ?? {}
      if (!('version' in groups)) fail('a regular expression with a named group (?<version>…) around the version')
    } catch (error) {
      if (error instanceof InputError) throw error
      return fail(`a valid regular expression (${error instanceof Error ? error.message : String(error)})`)
    }
    return { kind: 'regex', source: line, inputLine, ...where, pattern }
  }
  const hash = line.lastIndexOf('#')
  if (hash === -1) fail(FORMS)
  const file = line.slice(0, hash)
  const keyText = line.slice(hash + 1)
  const where = checkPath(file, fail)
  const format = FORMATS[path.posix.extname(file).toLowerCase()]
  if (format === undefined)
    fail(`a .json, .yaml, .yml or .toml file before #key; for other files use path:/regex/ (${FORMS})`)
  const key = keyText.split('.')
  if (keyText === '' || key.some((segment) => segment.trim() === '' || segment !== segment.trim())) {
    fail('a dotted key after # such as version or project.version (no empty segments, no spaces)')
  }
  return { kind: 'key', source: line, inputLine, ...where, format: format as DocumentFormat, key }
}

function checkPath(file: string, fail: (expected: string) => never): { path: string; glob: boolean } {
  if (file.trim() === '') fail(`a file path before # or :/ (${FORMS})`)
  if (file !== file.trim()) fail('a file path without surrounding spaces')
  if (file.includes('\\')) fail('a path with / separators')
  if (path.posix.isAbsolute(file) || file.split('/').includes('..'))
    fail('a path inside the workspace (relative, no ..)')
  return { path: path.posix.normalize(file), glob: /[*?[\]{}]/.test(file) }
}
