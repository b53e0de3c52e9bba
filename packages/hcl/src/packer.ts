import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { ConfigError } from '@slipway/action-kit'
import { parseHcl, type HclValue } from './parser.js'

/** A `variable` block of a Packer template: where it is and its default, when it has one. */
export interface TemplateVariable {
  name: string
  default?: HclValue
  file: string
  line: number
}

export interface PackerTemplate {
  /** The template as Packer is given it: a directory of `*.pkr.hcl` files or a single file. */
  path: string
  files: string[]
  variables: Map<string, TemplateVariable>
}

/** The `*.pkr.hcl` files Packer reads for a template path (a directory: its own files, not its subdirectories). */
export function templateFiles(templatePath: string): string[] {
  if (statSync(templatePath).isDirectory()) {
    return readdirSync(templatePath)
      .filter((name) => name.endsWith('.pkr.hcl'))
      .sort()
      .map((name) => path.join(templatePath, name))
  }
  return [templatePath]
}

/**
 * Reads a template's `variable` blocks. `display` turns an absolute file name into the one shown in errors (a path
 * relative to the workspace, so annotations land on the right file).
 */
export function readTemplate(
  templatePath: string,
  display: (file: string) => string = (f) => f,
  knownFiles?: string[],
): PackerTemplate {
  const files = knownFiles ?? templateFiles(templatePath)
  if (files.length === 0)
    throw new ConfigError('no *.pkr.hcl file in the template directory', { file: display(templatePath) })
  const variables = new Map<string, TemplateVariable>()
  for (const file of files) {
    const shown = display(file)
    const body = parseHcl(readFileSync(file, 'utf8'), shown)
    for (const block of body.blocks) {
      if (block.type !== 'variable') continue
      const name = block.labels[0]
      if (block.labels.length !== 1 || name === undefined) {
        throw new ConfigError('a variable block takes exactly one label, its name', { file: shown, line: block.line })
      }
      if (variables.has(name)) {
        throw new ConfigError(`variable ${JSON.stringify(name)} is declared twice`, { file: shown, line: block.line })
      }
      const def = block.body.attributes.get('default')
      variables.set(
        name,
        def === undefined
          ? { name, file: shown, line: block.line }
          : { name, default: def.value, file: shown, line: block.line },
      )
    }
  }
  return { path: templatePath, files, variables }
}

/** A var file's assignments. Packer allows only constant values there, so an expression is a mistake. */
export function readVarFile(file: string, shown = file): Map<string, { value: HclValue; line: number }> {
  const body = parseHcl(readFileSync(file, 'utf8'), shown)
  const block = body.blocks[0]
  if (block)
    throw new ConfigError(`a var file holds only assignments, not a ${block.type} block`, {
      file: shown,
      line: block.line,
    })
  const values = new Map<string, { value: HclValue; line: number }>()
  for (const attribute of body.attributes.values()) {
    if (attribute.expression !== undefined && !/^"/.test(attribute.expression)) {
      throw new ConfigError(`${attribute.name} must be a constant value in a var file, not ${attribute.expression}`, {
        file: shown,
        line: attribute.line,
      })
    }
    values.set(attribute.name, { value: attribute.value, line: attribute.line })
  }
  return values
}

/** A variable's effective value: the var file's, else the template's default. */
export function variableValue(
  name: string,
  template: PackerTemplate,
  varFile?: Map<string, { value: HclValue }>,
): HclValue | undefined {
  const assigned = varFile?.get(name)
  if (assigned !== undefined) return assigned.value
  return template.variables.get(name)?.default
}

/** A scalar as text (numbers such as `os_version = 9` included); anything else is undefined. */
export function scalarText(value: HclValue | undefined): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}
