import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

export interface ActionInput {
  name: string
  description: string
  required: boolean
  default?: string
}

export interface ActionOutput {
  name: string
  description: string
}

export interface ActionMetadata {
  /** The folder name under actions/, which is also the dist bundle name. */
  id: string
  name: string
  description: string
  inputs: ActionInput[]
  outputs: ActionOutput[]
  runs: { using: string; main: string; pre?: string; post?: string; 'post-if'?: string }
  branding?: { icon?: string; color?: string }
}

/** The repository that holds actions/ and dist/: found upwards from a start folder. */
export function findSuiteRoot(start: string): string {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'actions')) && existsSync(path.join(dir, 'package.json'))) return dir
    if (path.dirname(dir) === dir) throw new Error(`No slipway checkout (a folder with actions/) above ${start}`)
  }
}

export function listActionIds(root: string): string[] {
  return readdirSync(path.join(root, 'actions'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(root, 'actions', entry.name, 'action.yml')))
    .map((entry) => entry.name)
    .sort()
}

export function readActionMetadata(root: string, id: string): ActionMetadata {
  const file = path.join(root, 'actions', id, 'action.yml')
  if (!existsSync(file)) {
    throw new Error(`Unknown action '${id}': expected one of ${listActionIds(root).join(', ')}`)
  }
  const doc = parse(readFileSync(file, 'utf8')) as {
    name?: string
    description?: string
    inputs?: Record<string, { description?: string; required?: boolean; default?: unknown } | null>
    outputs?: Record<string, { description?: string } | null>
    runs?: ActionMetadata['runs']
    branding?: ActionMetadata['branding']
  }
  if (!doc.runs?.main) throw new Error(`${file}: runs.main is missing`)
  const metadata: ActionMetadata = {
    id,
    name: doc.name ?? id,
    description: doc.description ?? '',
    inputs: Object.entries(doc.inputs ?? {}).map(([name, spec]) => {
      const input: ActionInput = { name, description: spec?.description ?? '', required: spec?.required === true }
      if (spec?.default !== undefined && spec.default !== null) input.default = scalar(spec.default)
      return input
    }),
    outputs: Object.entries(doc.outputs ?? {}).map(([name, spec]) => ({ name, description: spec?.description ?? '' })),
    runs: doc.runs,
  }
  if (doc.branding) metadata.branding = doc.branding
  return metadata
}

/** YAML scalars of action.yml defaults (`default: 30`, `default: true`) as the strings the runner passes. */
function scalar(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}
