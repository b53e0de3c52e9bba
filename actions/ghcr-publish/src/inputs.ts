import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import {
  InputError,
  inputReader,
  ownedPath,
  readRunnerContext,
  type InputReader,
  type OwnedRoots,
} from '@slipway/action-kit'
import { parseFlavor, parseTagRules } from '@slipway/image-meta'
import { isLoopbackRegistry } from '@slipway/oci-registry'
import type { CleanupChoice } from './cleanup.js'
import { parseCacheSpecs, type BuildOptions, type CacheSpec, type SecretSpec } from './build-options.js'
import { parseImmutablePolicy, type ImmutablePolicy } from './immutable.js'
import { parseImageList, platformsOf, singleImage, type ImageSpec } from './images.js'
import { assertRegistry, parseTagReference } from './reference.js'
import { parseSizeLimit, type SizeLimit } from './size.js'
import { STAGES, parsePlans, type Stage, type StagePlan } from './stage-plan.js'
import type { TagRules } from './plan.js'

export type BuilderChoice = 'auto' | 'buildx' | 'buildah'

export interface Inputs {
  images: ImageSpec[]
  registry: string
  /** Plain HTTP to a loopback registry (local runs and tests). */
  insecure: boolean
  username: string
  password: string
  push: boolean
  builder: BuilderChoice
  /** `gha`, or an absolute directory. */
  cache: string | undefined
  immutable: ImmutablePolicy
  rules: TagRules
  /** Full references given in `tags` (`ghcr.io/acme/app:1.2.3`), per image repository; empty when rules are used. */
  references: Map<string, string[]>
  /** Move `latest`, `X`, `X.Y` below a higher release the registry already has (never by default). */
  allowMovingTagsBackwards: boolean
  /** Extra manifest annotations, key=value, over the computed ones. */
  annotations: Record<string, string>
  build: BuildOptions
  stage: Stage
  /** The plans of `stage: promote | merge | cleanup` (merge: one per leg), and the input's text for errors. */
  plans: StagePlan[]
  planText: string
  cleanup: CleanupChoice
  /** For GitHub's packages API (cleanups on GHCR). */
  githubToken: string
  maxSizeIncrease: SizeLimit | undefined
}

type Environment = Readonly<Record<string, string | undefined>>

export function getInputs(
  read: InputReader = inputReader(),
  env: Environment = process.env,
  // main passes its RunnerContext; a caller without one (a test) gets the inputs' workspace and the runner's temp.
  roots: OwnedRoots = { workspace: read.workspace, temp: readRunnerContext(env).temp },
): Inputs {
  const registry = assertRegistry('registry', read.string('registry', { default: 'ghcr.io' }))
  const insecure = read.boolean('insecure', { default: false })
  if (insecure && !isLoopbackRegistry(registry)) {
    throw new InputError(
      'registry',
      registry,
      'a loopback host (localhost or 127.x.x.x) when insecure is true: plain HTTP never leaves this machine',
    )
  }
  const { push, stage, takesPlan, plans, planText, maxSizeIncrease } = readStage(read, registry)
  const cleanup = read.enum<CleanupChoice>('cleanup', ['auto', 'registry', 'packages-api', 'none'], {
    default: 'auto',
  })
  const githubToken = read.string('github-token')
  const username = read.string('username')
  // The password's value never appears in an error: only whether it is there.
  const password = read.string('password')
  if (push && username === '')
    throw new InputError('username', '', 'the registry user (default: the actor) when push is true')
  if (push && password === '') {
    throw new InputError('password', '', 'a token allowed to write packages (default: github.token) when push is true')
  }

  // promote, merge and cleanup build nothing (their job needs no checkout): the plan names the images.
  const images = takesPlan ? [] : readImages(read, registry)

  const builder = read.enum<BuilderChoice>('builder', ['auto', 'buildx', 'buildah'], { default: 'auto' })
  const cacheValue = read.optional('cache')
  let cache: string | undefined
  if (cacheValue === 'gha') {
    if (builder === 'buildah') throw new InputError('cache', cacheValue, 'a directory: the gha cache needs buildx')
    cache = 'gha'
    // buildah's storage or buildx's local cache: a folder slipway writes, so never the workspace, .git or outside.
  } else if (cacheValue !== undefined) cache = ownedPath(roots, 'cache', cacheValue)
  const cacheFrom = parseCacheSpecs('cache-from', read.list('cache-from'), registry, builder)
  const cacheTo = parseCacheSpecs('cache-to', read.list('cache-to'), registry, builder)

  const { rules, references } = readTags(read, images, registry)
  const annotations = readAnnotations(read)

  return {
    images,
    registry,
    insecure,
    username,
    password,
    push,
    builder,
    cache,
    immutable: parseImmutablePolicy(read.list('immutable-tags')),
    rules,
    references,
    allowMovingTagsBackwards: read.boolean('allow-moving-tags-backwards', { default: false }),
    annotations,
    build: {
      secrets: parseSecrets(read.list('secrets'), read.workspace, env),
      ssh: parseSsh(read.list('ssh'), env),
      noCache: read.boolean('no-cache', { default: false }),
      pull: read.boolean('pull', { default: false }),
      network: read.enum('network', ['default', 'host', 'none'], { default: 'default' }),
      shmSize: parseShmSize(read.optional('shm-size')),
      cacheFrom,
      cacheTo,
    },
    stage,
    plans,
    planText,
    cleanup,
    githubToken,
    maxSizeIncrease,
  }
}

/** `push`, `stage` and what goes with a stage: the plan(s) of promote, merge and cleanup, the size gate's limit. */
function readStage(
  read: InputReader,
  registry: string,
): Pick<Inputs, 'push' | 'stage' | 'plans' | 'planText' | 'maxSizeIncrease'> & { takesPlan: boolean } {
  const push = read.boolean('push', { default: true })
  const stage = read.enum<Stage>('stage', STAGES, { default: 'all' })
  if (stage !== 'all' && !push) throw new InputError('push', 'false', `true with stage: ${stage}`)
  const planText = read.string('plan')
  const takesPlan = stage === 'promote' || stage === 'merge' || stage === 'cleanup'
  if (takesPlan && planText === '')
    throw new InputError('plan', '', `the plan output of the push stage (stage: ${stage} needs it)`)
  if (!takesPlan && planText !== '')
    throw new InputError('plan', planText, `nothing with stage: ${stage} (a plan is for promote, merge or cleanup)`)
  const plans = takesPlan ? parsePlans(planText, registry) : []
  if (stage === 'promote' && plans.length !== 1)
    throw new InputError('plan', planText, 'one plan (a JSON array of leg plans is for stage: merge)')
  const sizeLimitText = read.optional('max-size-increase')
  const maxSizeIncrease = sizeLimitText === undefined ? undefined : parseSizeLimit(sizeLimitText)
  if (maxSizeIncrease && stage !== 'push' && stage !== 'promote' && stage !== 'merge') {
    throw new InputError(
      'max-size-increase',
      sizeLimitText ?? '',
      'nothing with stage: all or cleanup: the size gate runs between push and promote (stage: push, promote, merge)',
    )
  }
  return { push, stage, takesPlan, plans, planText, maxSizeIncrease }
}

/** The images to build: an `images` list, or the one `image` with `context`, `file`, `target` and `build-args`. */
function readImages(read: InputReader, registry: string): ImageSpec[] {
  const list = read.string('images')
  const image = read.string('image')
  const single = {
    context: read.string('context', { default: '.' }),
    file: read.optional('file'),
    target: read.optional('target'),
    buildArgs: read.list('build-args'),
    platforms: read.list('platforms', { comma: true }),
  }
  if (list !== '') {
    for (const [name, given] of Object.entries({
      file: single.file,
      target: single.target,
      'build-args': single.buildArgs.join('\n'),
    })) {
      if (given)
        throw new InputError(name, given, `nothing when images is given (set ${name} on each image of the list)`)
    }
    const images = parseImageList(list, read.workspace, registry)
    // With a list, `platforms` is the leg's platform: every image builds it (one runner per platform, then merge).
    if (single.platforms.length === 0) return images
    const platforms = platformsOf('platforms', single.platforms)
    return images.map((image) => ({ ...image, platforms }))
  }
  if (image === '') throw new InputError('image', '', 'an image name like owner/name, or an images list')
  return [
    singleImage(
      {
        image,
        context: single.context,
        ...(single.file ? { file: single.file } : {}),
        ...(single.target ? { target: single.target } : {}),
        buildArgs: single.buildArgs,
        platforms: single.platforms,
      },
      read.workspace,
      registry,
    ),
  ]
}

/** `tags` (rules or full references, not both), `flavor` and `labels`, every literal checked before anything is built. */
function readTags(
  read: InputReader,
  images: readonly ImageSpec[],
  registry: string,
): { rules: TagRules; references: Map<string, string[]> } {
  // `tags`: rules (type=…), or full references as metadata-action and oci-labels output them, one a line.
  const tagLines = read.list('tags')
  const referenceLines = tagLines.filter((line) => !line.includes('='))
  const references = new Map<string, string[]>(images.map((i) => [i.repository, []]))
  for (const line of referenceLines) {
    const ref = parseTagReference('tags', line)
    const tags = ref.registry === registry ? references.get(ref.repository) : undefined
    if (!tags) {
      throw new InputError(
        'tags',
        line,
        `a reference to one of the images built here (${images.map((i) => `${registry}/${i.repository}`).join(', ')})`,
      )
    }
    if (!tags.includes(ref.tag)) tags.push(ref.tag)
  }
  const ruleLines = tagLines.filter((line) => line.includes('='))
  if (referenceLines.length > 0 && ruleLines.length > 0) {
    throw new InputError('tags', ruleLines[0] ?? '', 'either tag rules (type=…) or full references, not both')
  }
  const rules: TagRules = { tags: ruleLines, flavor: read.list('flavor'), labels: read.list('labels') }
  // Checked now, before anything is built: one clear error naming the input and the line.
  const parsedRules = parseTagRules(rules.tags)
  const flavor = parseFlavor(rules.flavor)
  // A tag rule's literal text must already be a tag: `value=has space` is refused, not published as `has-space`.
  for (const rule of parsedRules) {
    for (const key of rule.type === 'raw' ? ['value', 'prefix', 'suffix'] : ['prefix', 'suffix']) {
      assertLiteralTagText('tags', rule.source, key, rule.attrs[key])
    }
  }
  assertLiteralTagText('flavor', `prefix=${flavor.prefix}`, 'prefix', flavor.prefix)
  assertLiteralTagText('flavor', `suffix=${flavor.suffix}`, 'suffix', flavor.suffix)
  return { rules, references: referenceLines.length > 0 ? references : new Map<string, string[]>() }
}

function readAnnotations(read: InputReader): Record<string, string> {
  const annotations: Record<string, string> = {}
  for (const line of read.list('annotations')) {
    const [, key, value] = /^([A-Za-z0-9][A-Za-z0-9._/-]*)=(.*)$/s.exec(line) ?? []
    if (key === undefined || value === undefined) {
      throw new InputError('annotations', line, 'key=value (a key of letters, digits, . _ / -)')
    }
    annotations[key] = value
  }
  return annotations
}

function assertLiteralTagText(input: string, line: string, key: string, value: string | undefined): void {
  if (value === undefined || value === '') return
  // Templates ({{version}}, {{date 'YYYYMMDD'}}) are rendered later; their text is checked as the tag then.
  const literal = value.replace(/\{\{.*?\}\}/g, '')
  const bad = /[^A-Za-z0-9_.-]/.exec(literal)
  if (bad) {
    throw new InputError(
      input,
      line,
      `${key}= text that is a tag as written (letters, digits, _ . -): ${JSON.stringify(bad[0])} in ` +
        `${JSON.stringify(value)} would be published as "-"`,
    )
  }
}

/** `secrets`: `id=NAME,src=FILE` or `id=NAME,env=VARIABLE`, one a line, as build-push-action takes them. */
export function parseSecrets(lines: readonly string[], workspace: string, env: Environment): SecretSpec[] {
  const expected = 'id=NAME,src=FILE or id=NAME,env=VARIABLE'
  const ids = new Set<string>()
  return lines.map((line) => {
    const fields: Record<string, string> = {}
    for (const part of line.split(',')) {
      const cut = part.indexOf('=')
      if (cut <= 0) throw new InputError('secrets', redactSecretLine(line), expected)
      fields[part.slice(0, cut).trim()] = part.slice(cut + 1).trim()
    }
    const { id, src, source, env: variable, type, ...rest } = fields
    const file = src ?? source
    if (!id || !/^[A-Za-z0-9_.-]+$/.test(id) || Object.keys(rest).length > 0) {
      throw new InputError('secrets', redactSecretLine(line), `${expected} (an id of letters, digits, _ . -)`)
    }
    if (ids.has(id)) throw new InputError('secrets', redactSecretLine(line), `each secret id once (${id} repeats)`)
    ids.add(id)
    const fromEnv = variable ?? (type === 'env' ? file : undefined)
    if (fromEnv !== undefined) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(fromEnv) || env[fromEnv] === undefined) {
        throw new InputError('secrets', redactSecretLine(line), `${expected}: an environment variable that is set`)
      }
      return { id, env: fromEnv }
    }
    if (file === undefined || (type !== undefined && type !== 'file')) {
      throw new InputError('secrets', redactSecretLine(line), expected)
    }
    const resolved = path.resolve(workspace, file)
    if (!existsSync(resolved) || !statSync(resolved).isFile()) {
      throw new InputError('secrets', redactSecretLine(line), `${expected}: an existing file`)
    }
    return { id, file: resolved }
  })
}

/** Only the names of a secret line appear in an error: a value pasted by mistake stays out of the log. */
function redactSecretLine(line: string): string {
  return line
    .split(',')
    .map((part) => (part.includes('=') ? `${part.split('=')[0] ?? ''}=…` : '…'))
    .join(',')
}

/** `ssh`: `default` (the agent at SSH_AUTH_SOCK) or `ID=SOCKET_OR_KEY`, one a line. */
export function parseSsh(lines: readonly string[], env: Environment): string[] {
  for (const line of lines) {
    const [, id, where] = /^([A-Za-z0-9_.-]+)(?:=(.+))?$/.exec(line) ?? []
    if (id === undefined) throw new InputError('ssh', line, 'default, or ID=path of an agent socket or key')
    if (where === undefined && id === 'default' && !env.SSH_AUTH_SOCK) {
      throw new InputError('ssh', line, 'an ssh agent: SSH_AUTH_SOCK is not set (start one, e.g. webfactory/ssh-agent)')
    }
    if (where !== undefined && !existsSync(where))
      throw new InputError('ssh', line, 'ID=an existing socket or key file')
  }
  return [...lines]
}

/** `shm-size`: bytes with an optional unit (`2g`, `512m`, `65536k`), as docker and buildah take it. */
export function parseShmSize(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  if (!/^[1-9]\d*[bkmgBKMG]?$/.test(value)) throw new InputError('shm-size', value, 'a size like 2g, 512m or 65536k')
  return value.toLowerCase()
}

export type { CacheSpec }
