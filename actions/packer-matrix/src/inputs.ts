import { inputReader, InputError } from '@slipway/action-kit'
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

export function getInputs(read = inputReader()): Inputs {
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
    templates: read.list('templates'),
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
