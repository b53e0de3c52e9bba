import { quote } from '@slipway/action-kit'
import parse from 'semver/functions/parse.js'
import type { Problem } from './problems.js'

/** A SemVer 2.0.0 version split into the parts a workflow needs. */
export interface ParsedVersion {
  version: string
  major: number
  minor: number
  patch: number
  /** Dot-joined prerelease identifiers (`rc.1`), empty when none. */
  prerelease: string
  /** Dot-joined build metadata (`build.5`), empty when none. */
  build: string
  isPrerelease: boolean
}

export interface VersionFileCheck {
  /** The version the file means, also when it is badly written (`v1.2.3 ` means 1.2.3), so later checks can run. */
  version?: ParsedVersion
  /** Line of the version in the file. */
  line: number
  problems: Problem[]
}

const FORMAT = 'Version file format'
const EXAMPLE = 'MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD] with no leading zeros, such as 1.2.3 or 2.0.0-rc.1'

/**
 * Checks that a version file holds exactly one SemVer 2.0.0 version and nothing else: no byte order mark, no CRLF, no
 * leading `v`, no surrounding white space, no second line. One final newline is allowed. Each mistake is its own
 * problem with its line and column, because a BOM or a CR is invisible in an editor and must be pointed at.
 */
export function checkVersionText(text: string, file: string): VersionFileCheck {
  const problems: Problem[] = []
  const at = (line: number, column: number, message: string): void => {
    problems.push({ title: FORMAT, file, line, column, message: `${file}:${line}:${column}: ${message}` })
  }
  let body = text
  if (body.startsWith('\uFEFF')) {
    at(1, 1, 'the file starts with a byte order mark (U+FEFF); save it as UTF-8 without a BOM')
    body = body.slice(1)
  }
  const lines = body.split('\n')
  // One final newline is allowed: "1.2.3\n" is one line, not a line and an empty one.
  if (lines.length > 1 && lines.at(-1) === '') lines.pop()
  for (const [index, line] of lines.entries()) {
    const cr = line.indexOf('\r')
    if (cr === -1) continue
    const ending = cr === line.length - 1 ? 'ends with CRLF (\\r\\n)' : 'holds a carriage return (\\r)'
    at(index + 1, cr + 1, `line ${index + 1} ${ending}; use LF line endings`)
    lines[index] = line.replace(/\r/g, '')
  }
  const versionIndex = lines.findIndex((line) => line.trim() !== '')
  if (versionIndex === -1) {
    at(1, 1, `the file is empty; expected one SemVer 2.0.0 version (${EXAMPLE})`)
    return { line: 1, problems }
  }
  for (const [index, line] of lines.entries()) {
    if (index === versionIndex) continue
    if (line.trim() === '') {
      const where = index < versionIndex ? 'before' : 'after'
      at(
        index + 1,
        1,
        `line ${index + 1} is blank ${where} the version; the file holds one line (a final newline is fine)`,
      )
    } else {
      at(index + 1, 1, `line ${index + 1} holds ${quote(line)}; the file holds exactly one line, the version`)
    }
  }
  const line = lines[versionIndex] ?? ''
  const lineNumber = versionIndex + 1
  const leading = /^\s+/.exec(line)?.[0] ?? ''
  const trailing = /\s+$/.exec(line)?.[0] ?? ''
  if (leading) at(lineNumber, 1, `the version has leading white space ${quote(leading)}; remove it`)
  if (trailing) {
    at(
      lineNumber,
      line.length - trailing.length + 1,
      `the version has trailing white space ${quote(trailing)}; remove it`,
    )
  }
  let token = line.trim()
  if (/^[vV]\d/.test(token)) {
    at(
      lineNumber,
      leading.length + 1,
      `the version starts with ${quote(token[0] ?? 'v')}; write the bare version ${quote(token.slice(1))} (the tag prefix is added by tag-prefix)`,
    )
    token = token.slice(1)
  }
  const version = parseStrict(token)
  if (!version) {
    at(lineNumber, leading.length + 1, `${quote(token)} is not a SemVer 2.0.0 version; expected ${EXAMPLE}`)
  }
  return version ? { version, line: lineNumber, problems } : { line: lineNumber, problems }
}

/**
 * SemVer 2.0.0, strictly. The semver package's strict mode still accepts a leading `v` and trims white space, so
 * both are refused here first: the text must be exactly the version.
 */
export function parseStrict(text: string): ParsedVersion | undefined {
  if (!/^\d/.test(text) || text !== text.trim()) return undefined
  const parsed = parse(text, { loose: false })
  if (!parsed) return undefined
  return {
    version: parsed.raw,
    major: parsed.major,
    minor: parsed.minor,
    patch: parsed.patch,
    prerelease: parsed.prerelease.join('.'),
    build: parsed.build.join('.'),
    isPrerelease: parsed.prerelease.length > 0,
  }
}

/**
 * The version an older revision of the file held, forgiving the format mistakes the format check reports for the
 * current one (a base branch may predate the check): BOM, CRLF, a leading `v`, white space.
 */
export function versionFromOldText(text: string): string | undefined {
  const first = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .find((line) => line.trim() !== '')
  const token = first?.trim().replace(/^[vV](?=\d)/, '')
  return token === undefined ? undefined : parseStrict(token)?.version
}
