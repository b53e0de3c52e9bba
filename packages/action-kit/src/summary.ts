import { appendFile } from 'node:fs/promises'

/** Escapes text for a Markdown table cell: pipes and line breaks would break the row. */
export function cell(value: string | number | boolean | null | undefined): string {
  const text = value === undefined || value === null ? '' : String(value)
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>')
}

/** A GitHub-flavoured Markdown table. Cells are escaped; wrap code in backticks yourself with `code()`. */
export type Cell = string | number | boolean | null | undefined

export function markdownTable(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const line = (cells: readonly Cell[]) => `| ${cells.map((c) => cell(c)).join(' | ')} |`
  return [line(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n'
}

/** Inline code that survives backticks in the value. */
export function code(value: string): string {
  const fence = value.includes('`') ? '``' : '`'
  return `${fence}${value}${fence}`
}

/** A collapsed section: `<details>` keeps long lists out of the way. */
export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n</details>\n`
}

export function heading(text: string, level = 3): string {
  return `${'#'.repeat(level)} ${text}\n`
}

/**
 * Appends Markdown to the step summary file the runner gives (GITHUB_STEP_SUMMARY). Without one, nothing is written:
 * a local run of the bundle outside `slipway run` has no summary to add to.
 */
export async function appendSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const file = env.GITHUB_STEP_SUMMARY
  if (!file) return false
  await appendFile(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8')
  return true
}
