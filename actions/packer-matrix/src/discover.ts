import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { ConfigError, InputError, isInside } from '@slipway/action-kit'
import { cacheKeyOf, parseChecksumSpec } from '@slipway/download'
import { readTemplate, readVarFile, scalarText, variableValue, type PackerTemplate } from '@slipway/hcl'

/** One leg of the build: a template and the var file that makes it one OS, version and architecture. */
export interface MatrixEntry {
  os: string
  version: string
  arch: string
  /** Workspace-relative paths, as packer-build takes them. */
  template: string
  var_file: string
  iso_url: string
  iso_checksum: string
  iso_cache_key: string
  artifact_name: string
}

/** A template and var file to read: from discovery or from the `templates` input. */
export interface TemplateRef {
  template: string
  varFile?: string
  /** The template's `*.pkr.hcl` files, when discovery already listed them. */
  files?: string[]
}

const SKIPPED_DIRS = new Set(['.git', 'node_modules'])

/** Every `*.pkr.hcl` directory and `*.pkrvars.hcl` file under `root`, sorted, as absolute paths. */
export function scanTree(root: string): { templateDirs: string[]; varFiles: string[]; files: Map<string, string[]> } {
  const templateDirs: string[] = []
  const varFiles: string[] = []
  const files = new Map<string, string[]>()
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))
    const own: string[] = []
    for (const entry of entries) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(full)
      } else if (entry.name.endsWith('.pkrvars.hcl')) varFiles.push(full)
      else if (entry.name.endsWith('.pkr.hcl')) own.push(full)
    }
    if (own.length > 0) {
      templateDirs.push(dir)
      files.set(dir, own)
    }
  }
  walk(root)
  return { templateDirs: templateDirs.sort(), varFiles: varFiles.sort(), files }
}

/**
 * Pairs each var file with its template: the template directory that holds it or is its nearest ancestor, else the
 * only template directory of the tree (the `packer_templates/` + `os_pkrvars/<os>/` layout). A template directory
 * without any var file stands alone, on its variables' defaults.
 */
export function pairTemplates(root: string, workspace: string): TemplateRef[] {
  const { templateDirs, varFiles, files } = scanTree(root)
  const refs: TemplateRef[] = []
  const used = new Set<string>()
  for (const varFile of varFiles) {
    const ancestors = templateDirs.filter((dir) => varFile.startsWith(dir + path.sep))
    const nearest = ancestors.sort((a, b) => b.length - a.length)[0]
    const template = nearest ?? (templateDirs.length === 1 ? templateDirs[0] : undefined)
    if (template === undefined) {
      const shown = templateDirs.map((d) => rel(workspace, d)).join(', ') || 'none'
      throw new ConfigError(
        `cannot tell which template this var file is for (template directories: ${shown}); put it under its template's directory or list the pairs in the templates input`,
        { file: rel(workspace, varFile) },
      )
    }
    used.add(template)
    refs.push({ template, varFile, files: files.get(template) ?? [] })
  }
  for (const dir of templateDirs) if (!used.has(dir)) refs.push({ template: dir, files: files.get(dir) ?? [] })
  return refs
}

/**
 * The `templates` input: one `template[=var-file]` a line, or the path of a YAML file holding a list of
 * `{template, var_file}` (at the top or under `templates:`). Paths are relative to `root`.
 */
export async function explicitTemplates(lines: string[], root: string, workspace: string): Promise<TemplateRef[]> {
  const only = lines[0]
  if (lines.length === 1 && only !== undefined && /\.(ya?ml|json)$/.test(only) && !only.includes('=')) {
    const file = existingFile(only, path.resolve(root, only), workspace, 'templates file')
    const shown = rel(workspace, file)
    let document: unknown
    // Loaded only for a templates file: most runs never need a YAML parser at start-up.
    const { parse: parseYaml } = await import('yaml')
    try {
      document = parseYaml(readFileSync(file, 'utf8'))
    } catch (error) {
      throw new ConfigError(
        `cannot read the templates file: ${error instanceof Error ? error.message : String(error)}`,
        {
          file: shown,
        },
      )
    }
    const list = Array.isArray(document) ? document : (document as { templates?: unknown } | null)?.templates
    if (!Array.isArray(list))
      throw new ConfigError('expected a list of {template, var_file}, or templates: [...]', { file: shown })
    return list.map((item: unknown, index) => {
      const entry = item as { template?: unknown; var_file?: unknown } | null
      if (typeof entry?.template !== 'string' || (entry.var_file !== undefined && typeof entry.var_file !== 'string')) {
        throw new ConfigError(`item ${index + 1}: expected template: <path> and an optional var_file: <path>`, {
          file: shown,
        })
      }
      const ref: TemplateRef = { template: path.resolve(root, entry.template) }
      if (typeof entry.var_file === 'string') ref.varFile = path.resolve(root, entry.var_file)
      return ref
    })
  }
  return lines.map((line) => {
    const [template = '', varFile] = line.split('=', 2).map((part) => part.trim())
    const ref: TemplateRef = { template: templatePath(line, path.resolve(root, template), workspace) }
    if (varFile) ref.varFile = existingFile(line, path.resolve(root, varFile), workspace, 'var file')
    return ref
  })
}

const TEMPLATES_EXPECTED = 'template[=var-file] lines of paths relative to the path input'

/** A `templates` line's template: a `*.pkr.hcl` file, or a folder holding some, inside the workspace. */
function templatePath(line: string, file: string, workspace: string): string {
  const shown = rel(workspace, file)
  if (!isInside(workspace, file))
    throw new InputError('templates', line, `${TEMPLATES_EXPECTED}, inside the workspace (${shown} is not)`)
  let stats
  try {
    stats = statSync(file)
  } catch {
    throw new InputError('templates', line, `${TEMPLATES_EXPECTED}; the template ${shown} does not exist`)
  }
  if (stats.isDirectory()) {
    if (!readdirSync(file).some((name) => name.endsWith('.pkr.hcl')))
      throw new InputError('templates', line, `${TEMPLATES_EXPECTED}; the folder ${shown} holds no *.pkr.hcl file`)
  } else if (!file.endsWith('.pkr.hcl'))
    throw new InputError('templates', line, `${TEMPLATES_EXPECTED}; ${shown} is not a *.pkr.hcl file or a folder`)
  return file
}

function existingFile(line: string, file: string, workspace: string, what: string): string {
  const shown = rel(workspace, file)
  if (!isInside(workspace, file))
    throw new InputError('templates', line, `${TEMPLATES_EXPECTED}, inside the workspace (${shown} is not)`)
  if (!existsSync(file) || !statSync(file).isFile())
    throw new InputError('templates', line, `${TEMPLATES_EXPECTED}; the ${what} ${shown} does not exist`)
  return file
}

/** Reads one template (cached: many var files share one template directory) and its var file into an entry. */
export function readEntry(
  ref: TemplateRef,
  workspace: string,
  templates: Map<string, PackerTemplate>,
): MatrixEntry | undefined {
  const show = (file: string): string => rel(workspace, file)
  let template = templates.get(ref.template)
  if (!template) {
    template = readTemplate(ref.template, show, ref.files)
    templates.set(ref.template, template)
  }
  const varFile = ref.varFile ? readVarFile(ref.varFile, show(ref.varFile)) : undefined
  const where = { file: show(ref.varFile ?? ref.template) }
  const value = (name: string): string | undefined => scalarText(variableValue(name, template, varFile))
  const lineOf = (name: string): number | undefined => varFile?.get(name)?.line
  const os = value('os_name')
  // A template directory on its own, with no os_name default, is a building block rather than a leg.
  if (os === undefined && ref.varFile === undefined) return undefined
  const required = (name: string): string => {
    const found = value(name)
    if (found === undefined || found === '') {
      throw new ConfigError(
        `${name} is not set: give it in the var file or as the default of variable "${name}"`,
        where,
      )
    }
    return found
  }
  const iso_url = value('iso_url') ?? ''
  const iso_checksum = value('iso_checksum') ?? ''
  let iso_cache_key = ''
  if (iso_checksum !== '') {
    const spec = parseChecksumSpec(iso_checksum)
    if ('error' in spec) {
      const line = lineOf('iso_checksum')
      throw new ConfigError(
        `iso_checksum ${JSON.stringify(iso_checksum)} is not valid: expected ${spec.error}`,
        line ? { ...where, line } : where,
      )
    }
    if (spec.kind === 'digest') iso_cache_key = cacheKeyOf(spec)
    // The digest behind a checksum file is known only once it is fetched (packer-build keys its cache by that
    // digest); here the key names the pair of URLs, so that legs sharing one ISO share one key.
    else if (spec.kind === 'file')
      iso_cache_key = `iso-file-${createHash('sha256').update(`${spec.url}\n${iso_url}`).digest('hex').slice(0, 32)}`
  }
  const entry = {
    os: required('os_name'),
    version: required('os_version'),
    arch: required('os_arch'),
  }
  return {
    ...entry,
    template: show(ref.template),
    var_file: ref.varFile ? show(ref.varFile) : '',
    iso_url,
    iso_checksum,
    iso_cache_key,
    artifact_name: `${entry.os}-${entry.version}-${entry.arch}`.replace(/[^A-Za-z0-9._-]+/g, '-'),
  }
}

/** All entries, in a stable order (OS, version, architecture). Two legs with one artifact name are a mistake. */
export function readEntries(refs: TemplateRef[], workspace: string): MatrixEntry[] {
  const templates = new Map<string, PackerTemplate>()
  const entries = refs.flatMap((ref) => readEntry(ref, workspace, templates) ?? [])
  entries.sort((a, b) => compare(a.os, b.os) || compare(a.version, b.version) || compare(a.arch, b.arch))
  const seen = new Map<string, MatrixEntry>()
  for (const entry of entries) {
    const earlier = seen.get(entry.artifact_name)
    if (earlier) {
      throw new ConfigError(
        `${entry.artifact_name} is built twice (also by ${earlier.var_file || earlier.template}); each OS, version and architecture needs one var file`,
        { file: entry.var_file || entry.template },
      )
    }
    seen.set(entry.artifact_name, entry)
  }
  return entries
}

// One collator for every comparison: localeCompare with options builds a new one per call.
const collator = new Intl.Collator('en', { numeric: true })
const compare = (a: string, b: string): number => collator.compare(a, b)

export function rel(workspace: string, file: string): string {
  return path.relative(workspace, file).split(path.sep).join('/') || '.'
}
