import { existsSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { InputError } from '@slipway/action-kit'
import { repositoryProblem } from './reference.js'

/** One image to build: where its sources are and the repository it is published to. */
export interface ImageSpec {
  /** Repository path in the registry, lower-cased: `acme/server`. */
  repository: string
  /** Build context, absolute. */
  context: string
  /** Dockerfile, absolute. */
  file: string
  target?: string
  buildArgs: Record<string, string>
  /** `linux/amd64`, ...; empty means the builder's own platform. */
  platforms: string[]
}

export interface SingleImageInput {
  image: string
  context: string
  file?: string
  target?: string
  buildArgs: string[]
  platforms: string[]
}

const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/
const BUILD_ARG = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s

/** The repository path of an image name: the registry host is dropped, the name lower-cased (GHCR requires it). */
export function repositoryOf(input: string, value: string, registry: string): { repository: string; lowered: boolean } {
  let name = value.trim()
  if (name.startsWith(`${registry}/`)) name = name.slice(registry.length + 1)
  const repository = name.toLowerCase()
  const problem = repositoryProblem(repository, registry)
  if (problem) throw new InputError(input, value, `an image name like owner/name (${problem})`)
  return { repository, lowered: repository !== name }
}

function insideWorkspace(input: string, workspace: string, value: string, what: 'directory' | 'file'): string {
  const resolved = path.resolve(workspace, value)
  const relative = path.relative(workspace, resolved)
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new InputError(input, value, `a ${what} inside the workspace ${workspace}`)
  }
  if (!existsSync(resolved)) throw new InputError(input, value, `an existing ${what} in the workspace`)
  const real = realpathSync(resolved)
  const realRelative = path.relative(realpathSync(workspace), real)
  if (realRelative.startsWith('..') || path.isAbsolute(realRelative)) {
    throw new InputError(input, value, `a ${what} that stays inside the workspace (it resolves to ${real})`)
  }
  return resolved
}

function buildArgsOf(input: string, lines: readonly string[]): Record<string, string> {
  const args: Record<string, string> = {}
  for (const line of lines) {
    const [, name, value] = BUILD_ARG.exec(line) ?? []
    if (name === undefined || value === undefined) throw new InputError(input, line, 'NAME=value')
    args[name] = value
  }
  return args
}

export function platformsOf(input: string, values: readonly string[]): string[] {
  for (const value of values) {
    if (!PLATFORM.test(value)) throw new InputError(input, value, 'a platform like linux/amd64 or linux/arm64/v8')
  }
  return [...new Set(values)]
}

export function singleImage(input: SingleImageInput, workspace: string, registry: string): ImageSpec {
  const { repository } = repositoryOf('image', input.image, registry)
  const context = insideWorkspace('context', workspace, input.context, 'directory')
  const file = insideWorkspace(
    'file',
    workspace,
    input.file ?? path.join(path.relative(workspace, context), 'Dockerfile'),
    'file',
  )
  return {
    repository,
    context,
    file,
    ...(input.target ? { target: input.target } : {}),
    buildArgs: buildArgsOf('build-args', input.buildArgs),
    platforms: platformsOf('platforms', input.platforms),
  }
}

const KEYS = new Set(['name', 'context', 'file', 'target', 'build-args', 'platforms'])

// The YAML parser is some 290 KB of the bundle: it is loaded only for a run that gives an `images` list.
let parseYaml: ((text: string) => unknown) | undefined

/** Loads what parseImageList needs; main awaits it before reading the inputs when `images` is given. */
export async function loadImageListParser(): Promise<void> {
  parseYaml ??= (await import('yaml')).parse
}

/**
 * The `images` input: a YAML list of `{name, context, file, target, build-args, platforms}`. `build-args` is a map
 * or a list of NAME=value; `platforms` a list or a comma-separated string. Every mistake names the entry.
 */
export function parseImageList(text: string, workspace: string, registry: string): ImageSpec[] {
  if (!parseYaml) throw new Error('parseImageList: loadImageListParser() was not awaited')
  let parsed: unknown
  try {
    parsed = parseYaml(text)
  } catch (error) {
    throw new InputError('images', text, `a YAML list of images (${(error as Error).message.split('\n')[0] ?? ''})`)
  }
  if (!Array.isArray(parsed) || parsed.length === 0) {
    throw new InputError('images', text, 'a YAML list of images, each with at least `name` and `context`')
  }
  const specs = parsed.map((entry: unknown, index) => {
    const where = `images[${index}]`
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new InputError('images', JSON.stringify(entry), `${where}: a map with name, context, file, ...`)
    }
    const record = entry as Record<string, unknown>
    for (const key of Object.keys(record)) {
      if (!KEYS.has(key)) throw new InputError('images', key, `${where}: one of the keys ${[...KEYS].join(', ')}`)
    }
    const text = (key: string, required: boolean): string | undefined => {
      const value = record[key]
      if (value === undefined || value === null) {
        if (required) throw new InputError('images', JSON.stringify(entry), `${where}: a \`${key}\``)
        return undefined
      }
      if (typeof value !== 'string' && typeof value !== 'number') {
        throw new InputError('images', JSON.stringify(value), `${where}.${key}: a string`)
      }
      return String(value)
    }
    const list = (key: string, comma: boolean): string[] => {
      const value = record[key]
      if (value === undefined || value === null) return []
      if (Array.isArray(value)) return value.map((v) => String(v).trim()).filter(Boolean)
      if (key === 'build-args' && typeof value === 'object') {
        return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}=${String(v)}`)
      }
      if (typeof value === 'string') {
        return value
          .split(comma ? /[\n,]/ : /\n/)
          .map((v) => v.trim())
          .filter(Boolean)
      }
      throw new InputError('images', JSON.stringify(value), `${where}.${key}: a list`)
    }
    const name = text('name', true) ?? ''
    const contextValue = text('context', false) ?? '.'
    const context = insideWorkspace('images', workspace, contextValue, 'directory')
    const fileValue = text('file', false) ?? path.join(path.relative(workspace, context), 'Dockerfile')
    const target = text('target', false)
    return {
      repository: repositoryOf('images', name, registry).repository,
      context,
      file: insideWorkspace('images', workspace, fileValue, 'file'),
      ...(target ? { target } : {}),
      buildArgs: buildArgsOf('images', list('build-args', false)),
      platforms: platformsOf('images', list('platforms', true)),
    }
  })
  const seen = new Set<string>()
  for (const spec of specs) {
    if (seen.has(spec.repository)) throw new InputError('images', spec.repository, 'each image name once')
    seen.add(spec.repository)
  }
  return specs
}
