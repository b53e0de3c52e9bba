import { ConfigError, type Logger, silentLogger } from '@slipway/action-kit'
import type { BaseImage } from './meta.js'

interface Instruction {
  keyword: string
  args: string
  line: number
}

/** Logical instructions of a Dockerfile: comments dropped, `\` continuations joined, each with its first line. */
export function dockerfileInstructions(text: string): Instruction[] {
  const instructions: Instruction[] = []
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/)
  let escape = '\\'
  let current: Instruction | undefined
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? ''
    if (!current && i === 0) {
      const directive = /^#\s*escape\s*=\s*(\S)/i.exec(line)
      if (directive?.[1]) escape = directive[1]
    }
    if (/^\s*#/.test(line)) continue
    const continued = line.trimEnd().endsWith(escape)
    if (continued) line = line.trimEnd().slice(0, -1)
    if (current) current.args = `${current.args} ${line.trim()}`.trim()
    else if (line.trim() !== '') {
      const match = /^\s*(\S+)\s*(.*)$/.exec(line)
      current = { keyword: (match?.[1] ?? '').toUpperCase(), args: (match?.[2] ?? '').trim(), line: i + 1 }
    }
    if (!continued && current) {
      instructions.push(current)
      current = undefined
    }
  }
  if (current) instructions.push(current)
  return instructions
}

/** Expands `$VAR`, `${VAR}`, `${VAR:-default}` and `${VAR:+alt}` from ARG values; undefined when one is unknown. */
function substitute(text: string, args: Map<string, string>): string | undefined {
  const missing = { any: false }
  const out = text.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (_m, braced: string | undefined, op: string | undefined, word: string | undefined, bare: string | undefined) => {
      const name = braced ?? bare ?? ''
      const value = args.get(name)
      if (op === '-') return value !== undefined && value !== '' ? value : (word ?? '')
      if (op === '+') return value !== undefined && value !== '' ? (word ?? '') : ''
      if (value === undefined) missing.any = true
      return value ?? ''
    },
  )
  return missing.any ? undefined : out
}

/**
 * The base image of a Dockerfile's final stage: its last FROM, with global ARG defaults substituted and stage aliases
 * followed back to a real image. Undefined for `scratch`. `base.digest` is set only when the reference is pinned
 * `@sha256:`. Returns undefined (with a warning) when an ARG has no default, since the build arguments are not known.
 */
export function readBaseImage(text: string, file: string, logger: Logger = silentLogger): BaseImage | undefined {
  const globalArgs = new Map<string, string>()
  const stages: { alias?: string; image: string; line: number }[] = []
  for (const instruction of dockerfileInstructions(text)) {
    if (instruction.keyword === 'ARG' && stages.length === 0) {
      for (const declaration of instruction.args.split(/\s+/)) {
        const [name = '', ...value] = declaration.split('=')
        if (name === '') continue
        const joined = value.join('=').replace(/^(["'])(.*)\1$/, '$2')
        if (value.length > 0) globalArgs.set(name, joined)
        else if (!globalArgs.has(name)) globalArgs.delete(name)
      }
    } else if (instruction.keyword === 'FROM') {
      const words = instruction.args
        .trim()
        .split(/\s+/)
        .filter((w) => w !== '' && !w.startsWith('--'))
      const [image, as, alias] = words
      if (!image || (as !== undefined && (as.toUpperCase() !== 'AS' || !alias))) {
        throw new ConfigError(`cannot read FROM ${instruction.args}: expected FROM [--platform=...] image [AS name]`, {
          file,
          line: instruction.line,
        })
      }
      stages.push({ image, line: instruction.line, ...(alias ? { alias: alias.toLowerCase() } : {}) })
    }
  }
  if (stages.length === 0) throw new ConfigError('no FROM instruction: this is not a Dockerfile', { file })
  let stage = stages[stages.length - 1]
  for (let hops = 0; stage && hops <= stages.length; hops++) {
    const resolved = substitute(stage.image, globalArgs)
    if (resolved === undefined) {
      logger.warning(`${file}:${stage.line}: FROM ${stage.image} uses an ARG without a default: no base image label`)
      return undefined
    }
    const index = stages.indexOf(stage)
    const previous = stages.slice(0, index).find((s) => s.alias === resolved.toLowerCase())
    if (previous) {
      stage = previous
      continue
    }
    if (resolved.toLowerCase() === 'scratch') return undefined
    const at = resolved.indexOf('@')
    const digest = at >= 0 ? resolved.slice(at + 1) : undefined
    const name = at >= 0 ? resolved.slice(0, at) : resolved
    return digest && /^sha256:[a-f0-9]{64}$/.test(digest) ? { name, digest } : { name }
  }
  return undefined
}
