import path from 'node:path'
import { InputError, inputReader, type InputReader } from '@slipway/action-kit'
import { parseFlavor, parseTagRules } from '@slipway/image-meta'
import { isLoopbackRegistry } from '@slipway/oci-registry'
import type { CleanupChoice } from './cleanup.js'
import { parseImmutablePolicy, type ImmutablePolicy } from './immutable.js'
import { parseImageList, platformsOf, singleImage, type ImageSpec } from './images.js'
import { STAGES, parsePlans, type PublishPlan, type Stage } from './plan.js'
import { parseSizeLimit, type SizeLimit } from './size.js'
import type { TagRules } from './tags.js'

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
  stage: Stage
  /** The plans of `stage: promote | merge | cleanup` (merge: one per leg), and the input's text for errors. */
  plans: PublishPlan[]
  planText: string
  cleanup: CleanupChoice
  /** For GitHub's packages API (cleanups on GHCR). */
  githubToken: string
  maxSizeIncrease: SizeLimit | undefined
}

const REGISTRY =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::\d{1,5})?$/

export function getInputs(read: InputReader = inputReader()): Inputs {
  const registry = read.string('registry', { default: 'ghcr.io' })
  if (!REGISTRY.test(registry))
    throw new InputError('registry', registry, 'a registry host like ghcr.io or 127.0.0.1:5000')
  const insecure = read.boolean('insecure', { default: false })
  if (insecure && !isLoopbackRegistry(registry)) {
    throw new InputError(
      'registry',
      registry,
      'a loopback host (localhost or 127.x.x.x) when insecure is true: plain HTTP never leaves this machine',
    )
  }
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

  const list = read.string('images')
  const image = read.string('image')
  const single = {
    context: read.string('context', { default: '.' }),
    file: read.optional('file'),
    target: read.optional('target'),
    buildArgs: read.list('build-args'),
    platforms: read.list('platforms', { comma: true }),
  }
  let images: ImageSpec[]
  // promote, merge and cleanup build nothing (their job needs no checkout): the plan names the images.
  if (takesPlan) images = []
  else if (list !== '') {
    for (const [name, given] of Object.entries({
      file: single.file,
      target: single.target,
      'build-args': single.buildArgs.join('\n'),
    })) {
      if (given)
        throw new InputError(name, given, `nothing when images is given (set ${name} on each image of the list)`)
    }
    images = parseImageList(list, read.workspace, registry)
    // With a list, `platforms` is the leg's platform: every image builds it (one runner per platform, then merge).
    if (single.platforms.length > 0) {
      const platforms = platformsOf('platforms', single.platforms)
      images = images.map((image) => ({ ...image, platforms }))
    }
  } else {
    if (image === '') throw new InputError('image', '', 'an image name like owner/name, or an images list')
    images = [
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

  const builder = read.enum<BuilderChoice>('builder', ['auto', 'buildx', 'buildah'], { default: 'auto' })
  const cacheValue = read.optional('cache')
  let cache: string | undefined
  if (cacheValue === 'gha') {
    if (builder === 'buildah') throw new InputError('cache', cacheValue, 'a directory: the gha cache needs buildx')
    cache = 'gha'
  } else if (cacheValue !== undefined) cache = path.resolve(read.workspace, cacheValue)

  const rules: TagRules = {
    tags: read.list('tags'),
    flavor: read.list('flavor'),
    labels: read.list('labels'),
  }
  // Checked now, before anything is built: one clear error naming the input and the line.
  parseTagRules(rules.tags)
  parseFlavor(rules.flavor)
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
    stage,
    plans,
    planText,
    cleanup,
    githubToken,
    maxSizeIncrease,
  }
}
