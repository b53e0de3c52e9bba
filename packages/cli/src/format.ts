/** A plain-text two-column table for a terminal: long values are cut to one line. */
export function formatOutputsTable(outputs: Record<string, string>): string {
  const entries = Object.entries(outputs)
  if (entries.length === 0) return '(no outputs)'
  const width = Math.max(...entries.map(([name]) => name.length), 'output'.length)
  const shown = (value: string) => {
    const first = value.split('\n')[0] ?? ''
    const oneLine = value.includes('\n') ? `${first} … (${value.split('\n').length} lines)` : first
    return oneLine.length > 100 ? `${oneLine.slice(0, 99)}…` : oneLine
  }
  return [
    `${'output'.padEnd(width)}  value`,
    `${'-'.repeat(width)}  -----`,
    ...entries.map(([n, v]) => `${n.padEnd(width)}  ${shown(v)}`),
  ].join('\n')
}
