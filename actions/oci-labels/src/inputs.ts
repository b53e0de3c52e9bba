import { ConfigError, InputError, inputReader, type Environment, type InputReader } from '@slipway/action-kit'
import { parseFlavor, parseImages, parseTagRules, type ContextSource, type CreatedSource } from '@slipway/image-meta'

export interface Inputs {
  images: string[]
  tags: string[]
  flavor: string[]
  labels: string[]
  annotations: string[]
  sepTags: string
  sepLabels: string
  sepAnnotations: string
  bakeTarget: string
  githubToken: string | undefined
  context: ContextSource
  created: CreatedSource
  dockerfile: string | undefined
}

/** The DOCKER_METADATA_* variables metadata-action honours (SOURCE_DATE_EPOCH is the RunnerContext's). */
export interface EnvSettings {
  shortShaLength: number
  prHeadSha: boolean
  annotationLevels: string[]
  setOutputEnv: boolean
}

export function getInputs(read: InputReader = inputReader()): Inputs {
  const inputs: Inputs = {
    images: read.list('images'),
    tags: read.list('tags'),
    flavor: read.list('flavor'),
    labels: read.list('labels'),
    annotations: read.list('annotations'),
    sepTags: unescapeSeparator(read.string('sep-tags', { trim: false, default: '\n' })),
    sepLabels: unescapeSeparator(read.string('sep-labels', { trim: false, default: '\n' })),
    sepAnnotations: unescapeSeparator(read.string('sep-annotations', { trim: false, default: '\n' })),
    bakeTarget: read.string('bake-target', { default: 'docker-metadata-action' }),
    // action.yml defaults it to the workflow's token (as metadata-action does); empty skips the API call.
    githubToken: read.optional('github-token'),
    context: read.enum<ContextSource>('context', ['workflow', 'git'], { default: 'workflow' }),
    created: parseCreated(read.string('created', { default: 'commit' })),
    dockerfile: read.optionalPath('dockerfile', { mustExist: true }),
  }
  // Every rule is checked now, before anything is written: one clear error naming the input and the line.
  parseImages(inputs.images)
  parseTagRules(inputs.tags)
  parseFlavor(inputs.flavor)
  if (!/^[A-Za-z0-9_-]+$/.test(inputs.bakeTarget)) {
    throw new InputError('bake-target', inputs.bakeTarget, 'a Bake target name (letters, digits, _ and -)')
  }
  return inputs
}

/** `created`: commit, now, or an RFC 3339 date-time with its offset. */
export function parseCreated(value: string): CreatedSource {
  if (value === 'commit' || value === 'now') return value
  const rfc3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/
  const date = new Date(value)
  if (!rfc3339.test(value) || Number.isNaN(date.getTime())) {
    throw new InputError('created', value, 'commit, now, or an RFC 3339 date such as 2024-05-01T12:00:00Z')
  }
  return date
}

/** A workflow may write `sep-tags: ","` or a literal `\n`; the runner passes the two characters through. */
function unescapeSeparator(value: string): string {
  return value.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\r/g, '\r')
}

/** Reads the DOCKER_METADATA_* variables from the step's environment (`ctx.env`). */
export function getEnvSettings(env: Environment): EnvSettings {
  const shortSha = env.DOCKER_METADATA_SHORT_SHA_LENGTH
  let shortShaLength = 7
  if (shortSha !== undefined && shortSha !== '') {
    if (!/^\d+$/.test(shortSha) || Number(shortSha) < 1) {
      throw new ConfigError(`DOCKER_METADATA_SHORT_SHA_LENGTH is ${JSON.stringify(shortSha)}: expected a number ≥ 1`)
    }
    shortShaLength = Number(shortSha)
  }
  const levels = (env.DOCKER_METADATA_ANNOTATIONS_LEVELS ?? '')
    .split(',')
    .map((l) => l.trim())
    .filter((l) => l !== '')
  for (const level of levels) {
    if (!/^(manifest|index|manifest-descriptor|index-descriptor)(\[[\w/.,-]+\])?$/.test(level)) {
      throw new ConfigError(
        `DOCKER_METADATA_ANNOTATIONS_LEVELS has ${JSON.stringify(level)}: expected manifest, index, ` +
          'manifest-descriptor or index-descriptor (optionally with [platform])',
      )
    }
  }
  return {
    shortShaLength,
    prHeadSha: envBoolean(env, 'DOCKER_METADATA_PR_HEAD_SHA', false),
    annotationLevels: levels.length > 0 ? levels : ['manifest'],
    setOutputEnv: envBoolean(env, 'DOCKER_METADATA_SET_OUTPUT_ENV', true),
  }
}

function envBoolean(env: Environment, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim()
  if (value === undefined || value === '') return fallback
  if (/^(true|1)$/i.test(value)) return true
  if (/^(false|0)$/i.test(value)) return false
  throw new ConfigError(`${name} is ${JSON.stringify(value)}: expected true or false`)
}
