import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { quote } from '@slipway/action-kit'
import { formatName, lookup } from './documents.js'
import { positionAt, type Problem } from './problems.js'
import type { ConsistencyRule } from './rules.js'

export type Verdict = 'match' | 'mismatch' | 'missing file' | 'missing key' | 'no match' | 'unreadable'

/** One line of the step summary: a value found (or not) by one rule in one file. */
export interface CheckedValue {
  file: string
  rule: string
  line?: number
  value?: string
  verdict: Verdict
}

export interface ConsistencyReport {
  checked: CheckedValue[]
  problems: Problem[]
}

const MISMATCH = 'Version mismatch'
const MISSING = 'Version not found'

/**
 * Checks every rule against the version: each file a rule names (or its glob matches) must hold exactly that
 * version. A missing file, key or match is a problem too: a rule that finds nothing proves nothing.
 */
export async function checkConsistency(
  rules: readonly ConsistencyRule[],
  version: string,
  options: { workspace: string; versionFile: string; listFiles: () => Promise<string[]> },
): Promise<ConsistencyReport> {
  const report: ConsistencyReport = { checked: [], problems: [] }
  let files: Promise<string[]> | undefined
  for (const rule of rules) {
    const where = `files line ${rule.inputLine}: ${rule.source}`
    let targets = [rule.path]
    if (rule.glob) {
      files ??= options.listFiles()
      // picomatch is loaded for a glob rule only: most runs name their files.
      const { default: picomatch } = await import('picomatch')
      const isMatch = picomatch(rule.path, { dot: false })
      targets = (await files).filter((file) => isMatch(file))
      if (targets.length === 0) {
        report.checked.push({ file: rule.path, rule: rule.source, verdict: 'no match' })
        report.problems.push({ title: MISSING, message: `No file matches ${quote(rule.path)} (${where})` })
        continue
      }
    }
    for (const file of targets) await checkFile(rule, file, version, options, report, where)
  }
  return report
}

async function checkFile(
  rule: ConsistencyRule,
  file: string,
  version: string,
  options: { workspace: string; versionFile: string },
  report: ConsistencyReport,
  where: string,
): Promise<void> {
  const row = (fields: Omit<CheckedValue, 'file' | 'rule'>) =>
    report.checked.push({ file, rule: rule.source, ...fields })
  let text: string
  try {
    text = await readFile(path.join(options.workspace, file), 'utf8')
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    row({ verdict: missing ? 'missing file' : 'unreadable' })
    const reason = missing ? 'the file does not exist' : `the file cannot be read (${String(error)})`
    report.problems.push({ title: MISSING, message: `${file}: ${reason} (${where})` })
    return
  }
  const mismatch = (value: string, line: number | undefined, column: number | undefined, what: string) => {
    row({ line, value, verdict: 'mismatch' })
    report.problems.push({
      title: MISMATCH,
      file,
      line,
      column,
      message: `${file}${line === undefined ? '' : `:${line}`}: ${what} is ${quote(value)} but the version file ${options.versionFile} holds ${version} (${where})`,
    })
  }
  if (rule.kind === 'regex') {
    let matched = false
    for (const match of text.matchAll(rule.pattern)) {
      const value = match.groups?.version
      const span = match.indices?.groups?.version
      if (value === undefined || span === undefined) continue
      matched = true
      const { line, column } = positionAt(text, span[0])
      if (value === version) row({ line, value, verdict: 'match' })
      else mismatch(value, line, column, 'the version')
    }
    if (!matched) {
      row({ verdict: 'no match' })
      report.problems.push({
        title: MISSING,
        file,
        message: `${file}: ${rule.pattern.toString().replace(/[dg]+$/, '')} does not match anywhere in the file (${where})`,
      })
    }
    return
  }
  const key = rule.key.join('.')
  const found = await lookup(text, rule.format, rule.key)
  if (found.kind === 'syntax') {
    row({ line: found.line, verdict: 'unreadable' })
    report.problems.push({
      title: `Invalid ${formatName(rule.format)}`,
      file,
      line: found.line,
      column: found.column,
      message: `${file}${found.line === undefined ? '' : `:${found.line}:${found.column ?? 1}`}: not valid ${formatName(rule.format)}: ${found.message} (${where})`,
    })
    return
  }
  if (found.kind === 'missing') {
    row({ verdict: 'missing key' })
    const had = found.found.length > 0 ? ` (it has ${found.found.join('.')}, but not what follows)` : ''
    report.problems.push({ title: MISSING, file, message: `${file}: no key ${key}${had} (${where})` })
    return
  }
  if (found.kind === 'container' || typeof found.value !== 'string') {
    const shown = found.kind === 'container' ? `(${found.type})` : scalarText(found.value)
    const what = found.kind === 'container' ? `an ${found.type}` : describeValue(found.value)
    row({ line: found.line, value: shown, verdict: 'mismatch' })
    report.problems.push({
      title: MISMATCH,
      file,
      line: found.line,
      column: found.column,
      message: `${file}${found.line === undefined ? '' : `:${found.line}`}: ${key} is ${what}, not the string ${JSON.stringify(version)}; write it as a quoted string (${where})`,
    })
    return
  }
  if (found.value === version) row({ line: found.line, value: found.value, verdict: 'match' })
  else mismatch(found.value, found.line, found.column, key)
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  return `the ${value instanceof Date ? 'date' : typeof value} ${scalarText(value)}`
}

/** A non-string scalar as it reads in its file: a number, a boolean, a TOML date. */
function scalarText(value: unknown): string {
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  return JSON.stringify(value)
}
