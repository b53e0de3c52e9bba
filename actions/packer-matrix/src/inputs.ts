import { inputReader, InputError, type InputReader, type RunnerContext } from '@slipway/action-kit'
import { parseOsFilter, type OsFilter } from './filter.js'

export interface Inputs {
  /** Where templates are discovered, and what `templates` paths are relative to. */
  root: string
  /** Explicit template[=var-file] lines, or one YAML file; empty means discover. */
  templates: string[]
  osFilter: OsFilter
  rawOsFilter: string
  arch: string[]
  rawArch: string
  exclude: string[]
  sharedPaths: string[]
  base?: string
  head?: string
  workspace: string
}

export function getInputs(ctx: RunnerContext, read: InputReader = inputReader(ctx.env)): Inputs {
  const rawOsFilter = read.string('os-filter', { default: 'all' })
  const rawArch = read.string('arch')
  const arch = read.list('arch', { comma: true })
  for (const a of arch) {
    if (!/^[A-Za-z0-9_-]+$/.test(a))
      throw new InputError('arch', rawArch, 'a comma list of architectures such as x86_64,aarch64')
  }
  const exclude = read.list('exclude', { comma: true })
  for (const e of exclude) {
    if (!/^[A-Za-z0-9._*?/-]+$/.test(e))
      throw new InputError('exclude', e, 'OS names, <os>-<version>, artifact names or globs of them')
  }
  const base = read.optional('base')
  const head = read.optional('head')
  if ((base === undefined) !== (head === undefined)) {
    throw new InputError(
      base === undefined ? 'base' : 'head',
      '',
      'base and head together (or neither, to take them from the event)',
    )
  }
  const inputs: Inputs = {
    root: read.path('path', { default: '.', mustExist: true }),
    templates: parseTemplates(read.list('templates')),
    osFilter: parseOsFilter(rawOsFilter),
    rawOsFilter,
    arch,
    rawArch,
    exclude,
    sharedPaths: read.list('shared-paths', { comma: true }),
    workspace: read.workspace,
  }
  if (base !== undefined && head !== undefined) {
    inputs.base = base
    inputs.head = head
  }
  return inputs
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/

/**
 * `templates` lines: `template[=var-file]` with a template path on the left and, after one `=`, a var file; or a
 * single `*.yml`/`*.yaml`/`*.json` file. An empty side, a second `=`, or a var file that is not `*.pkrvars.hcl` is
 * refused here, naming the input, before any file is read.
 */
export function parseTemplates(lines: string[]): string[] {
  for (const line of lines) {
    const parts = line.split('=').map((part) => part.trim())
    const [template = '', varFile] = parts
    const problem =
      parts.length > 2
        ? 'one = between the template and its var file'
        : template === ''
          ? 'a template path before the ='
          : varFile === ''
            ? 'a var file after the ='
            : varFile !== undefined && !varFile.endsWith('.pkrvars.hcl')
              ? 'a *.pkrvars.hcl var file after the ='
              : CONTROL.test(line)
                ? 'no control characters'
                : undefined
    if (problem) {
      throw new InputError(
        'templates',
        line,
        `template[=var-file] lines (a *.pkr.hcl file or a folder of them, then a *.pkrvars.hcl), or one YAML file; this line needs ${problem}`,
      )
    }
  }
  return lines
}
