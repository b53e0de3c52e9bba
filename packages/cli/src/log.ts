// The runner's log view for a terminal: workflow commands (`::error file=a,line=3::msg`, `::group::`, `::add-mask::`)
// rendered for a person, as github.com shows a job's log. `--raw` keeps the lines as the action printed them.

/** Renders an action's output line by line; chunks may split lines anywhere. */
export class LogRenderer {
  private pending: Record<'stdout' | 'stderr', string> = { stdout: '', stderr: '' }
  private readonly masks = new Set<string>()
  private group: { title: string; lines: number } | undefined
  private stopToken: string | undefined

  constructor(
    private readonly write: (text: string) => void,
    private readonly options: { raw?: boolean; debug?: boolean; indent?: string; secrets?: string[] } = {},
  ) {
    for (const secret of options.secrets ?? []) this.mask(secret)
  }

  /** The values masked so far (the secrets given and every `::add-mask::`), for the steps after this one. */
  maskedValues(): string[] {
    return [...this.masks]
  }

  mask(value: string): void {
    // The runner masks each line of a multi-line secret too; one character would mask every log line.
    for (const part of [value, ...value.split(/\r?\n/)]) if (part.trim().length > 1) this.masks.add(part)
  }

  /** Feeds a chunk of output; complete lines are rendered, the rest waits for its end. */
  chunk(text: string, stream: 'stdout' | 'stderr' = 'stdout'): void {
    const joined = this.pending[stream] + text
    const lines = joined.split('\n')
    this.pending[stream] = lines.pop() ?? ''
    for (const line of lines) this.line(line.replace(/\r$/, ''))
  }

  /** Renders what is left (a last line without a newline) and closes an open group. */
  flush(): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.pending[stream] !== '') this.line(this.pending[stream])
      this.pending[stream] = ''
    }
    this.closeGroup()
  }

  private out(text: string): void {
    this.write(`${this.options.indent ?? ''}${this.masked(text)}\n`)
  }

  masked(text: string): string {
    let result = text
    // Longest first, so a secret that contains another is masked whole.
    for (const secret of [...this.masks].sort((a, b) => b.length - a.length)) result = result.split(secret).join('***')
    return result
  }

  line(line: string): void {
    const command = /^::([\w-]+)( [^:]*)?::(.*)$/.exec(line)
    if (this.stopToken !== undefined) {
      if (command?.[1] === this.stopToken) this.stopToken = undefined
      else this.out(line)
      return
    }
    if (!command) {
      if (this.options.raw || this.group === undefined) this.out(line)
      else this.group.lines += 1
      return
    }
    const [, name = '', props = '', message = ''] = command
    if (name === 'add-mask') this.mask(unescapeData(message))
    if (this.options.raw) {
      this.out(name === 'add-mask' ? `::add-mask::***` : line)
      return
    }
    switch (name) {
      case 'add-mask':
        return
      case 'group':
        this.closeGroup()
        this.group = { title: unescapeData(message), lines: 0 }
        return
      case 'endgroup':
        this.closeGroup()
        return
      case 'stop-commands':
        this.stopToken = message
        return
      case 'debug':
        if (this.options.debug) this.out(`Debug: ${unescapeData(message)}`)
        return
      case 'error':
      case 'warning':
      case 'notice': {
        const properties = parseProperties(props)
        const where = [properties.file, properties.line, properties.col].filter((p) => p !== undefined).join(':')
        const title = properties.title !== undefined ? `${properties.title}: ` : ''
        const label = { error: 'Error', warning: 'Warning', notice: 'Notice' }[name]
        const text = unescapeData(message).split('\n')
        this.out(`${label}: ${where ? `${where}: ` : ''}${title}${text[0] ?? ''}`)
        for (const rest of text.slice(1)) this.out(`  ${rest}`)
        return
      }
      default:
        // set-output, save-state and unknown commands: the runner does not show them either.
        return
    }
  }

  private closeGroup(): void {
    if (this.group === undefined) return
    const { title, lines } = this.group
    this.group = undefined
    this.out(`▸ ${title}${lines > 0 ? ` (${lines} line${lines === 1 ? '' : 's'} folded; --raw shows them)` : ''}`)
  }
}

function parseProperties(props: string): Record<string, string> {
  const properties: Record<string, string> = {}
  for (const pair of props.trim().split(',')) {
    const eq = pair.indexOf('=')
    if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
  }
  return properties
}

// The escapes of @actions/core's command.ts, undone.
export function unescapeData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

export function unescapeProperty(value: string): string {
  return value
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%25/g, '%')
}
