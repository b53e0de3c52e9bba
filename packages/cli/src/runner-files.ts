import { unescapeData, unescapeProperty } from './log.js'

/**
 * Parses a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file as the runner does: `name=value` lines and
 * `name<<DELIMITER` … `DELIMITER` blocks for multi-line values (the form @actions/core writes).
 */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name = '', delimiter = ''] = heredoc
      const body: string[] = []
      i++
      while (i < lines.length && lines[i] !== delimiter) body.push(lines[i++] ?? '')
      if (i >= lines.length) throw new Error(`Unterminated value for '${name}': no line '${delimiter}'`)
      values[name] = body.join('\n')
      continue
    }
    const eq = line.indexOf('=')
    if (eq <= 0) throw new Error(`Malformed command file line: ${line}`)
    values[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return values
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice' | 'debug'
  message: string
  properties: Record<string, string>
}

/** Reads `::error file=a,line=3::message` workflow commands out of an action's stdout. */
export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::(error|warning|notice|debug)( [^:]*)?::(.*)$/.exec(line)
    if (!match) continue
    const [, level, props = '', message = ''] = match
    const properties: Record<string, string> = {}
    for (const pair of props.trim().split(',')) {
      const eq = pair.indexOf('=')
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
    }
    annotations.push({ level: level as Annotation['level'], message: unescapeData(message), properties })
  }
  return annotations
}
