import { code, markdownTable } from '@slipway/action-kit'
import type { VersionCheckResult } from './check.js'
import type { Verdict } from './consistency.js'

const VERDICTS: Record<Verdict, string> = {
  match: '✅ match',
  mismatch: '❌ mismatch',
  'missing file': '❌ file missing',
  'missing key': '❌ key missing',
  'no match': '❌ not found',
  unreadable: '❌ unreadable',
}

/** The step summary: every file checked with its value and verdict, the guards, and the problems. */
export function renderSummary(result: VersionCheckResult): string {
  const ok = result.problems.length === 0
  const version = result.version?.version
  const title = ok
    ? `### ✅ version-check: ${version ?? ''}`
    : `### ❌ version-check: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`
  const rows = [
    [
      code(result.versionFile),
      'version file',
      result.versionLine,
      version === undefined ? '' : code(version),
      result.wellFormed ? '✅ well formed' : version === undefined ? '❌ no version' : '❌ badly written',
    ],
    ...result.checked.map((row) => [
      code(row.file),
      code(row.rule),
      row.line ?? '',
      row.value === undefined ? '' : code(row.value),
      VERDICTS[row.verdict],
    ]),
  ]
  let markdown = `${title}\n\n${markdownTable(['File', 'Rule', 'Line', 'Value', 'Verdict'], rows)}`
  if (result.guards.length > 0) {
    const icon = { pass: '✅ pass', fail: '❌ fail', skipped: '➖ skipped' }
    markdown += `\n${markdownTable(
      ['Guard', 'Result', 'Detail'],
      result.guards.map((g) => [g.guard, icon[g.verdict], g.detail]),
    )}`
  }
  if (version !== undefined) {
    markdown += `\nTag ${code(result.tag ?? '')}, previous version ${result.previousVersion ? code(result.previousVersion) : '(unknown)'}, changed: ${result.changed ? 'yes' : 'no'}.\n`
  }
  if (!ok) markdown += `\n**Problems**\n\n${result.problems.map((p) => `- ${p.message}`).join('\n')}\n`
  return markdown
}
