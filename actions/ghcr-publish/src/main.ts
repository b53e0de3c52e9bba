import { readFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import path from 'node:path'
import {
  InputError,
  appendSummary,
  code,
  coreLogger,
  inputReader,
  markdownTable,
  removeOwned,
  setOutputs,
  workflowCommands as core,
  type Logger,
  type RunnerContext,
} from '@slipway/action-kit'
import { Git } from '@slipway/git'
import { readGitContext } from '@slipway/image-meta'
import { RegistryAuthError, RegistryClient } from '@slipway/oci-registry'
import { dockerConfigFile, selectBuilder } from './builder.js'
import { mergedDockerConfig, removeCredentialsFile, writeCredentialsFile } from './credentials.js'
import { loadImageListParser } from './images.js'
import { getInputs, type Inputs } from './inputs.js'
import { planPublish, type PlanFacts, type PublishPlan } from './plan.js'
import type { PushedManifest } from './cleanup.js'
import { preflightPush } from './promote.js'
import { TaggingError, publish } from './publish.js'
import { imagesOutput, summaryMarkdown } from './report.js'
import { afterPublish, cleanupAfterFailure, runPlanStage, stageDeps } from './stage-main.js'

/** The main step: plan (every input checked, the registry read), then build, push by digest, tag. */
export async function main(ctx: RunnerContext): Promise<void> {
  const logger = coreLogger()
  const read = inputReader({ ...ctx.env, GITHUB_WORKSPACE: ctx.workspace })
  if (read.string('images') !== '') await loadImageListParser()
  const inputs = getInputs(read, ctx.env, ctx)
  maskSecrets(inputs, ctx)
  if (inputs.stage === 'promote' || inputs.stage === 'merge' || inputs.stage === 'cleanup') {
    // Nothing is built: the plan(s) of the push stage say what was pushed (stage-main.ts).
    await runPlanStage(ctx, inputs, logger)
    return
  }
  const planned = await planStep(ctx, inputs, logger)
  // Side effects start here, after every input was checked.
  await buildAndPublish(ctx, inputs, planned, logger)
}

interface Planned {
  client: RegistryClient
  facts: PlanFacts
  plan: PublishPlan
}

/**
 * The plan phase: the registry and the checkout read, every tag decided, and (for the push stage, which applies no
 * tag) the release tags checked against the registry. Nothing is built or written yet.
 */
async function planStep(ctx: RunnerContext, inputs: Inputs, logger: Logger): Promise<Planned> {
  const client = new RegistryClient({
    registry: inputs.registry,
    insecure: inputs.insecure,
    credentials: { username: inputs.username, password: inputs.password },
    logger,
    env: ctx.env,
  })
  const facts = await readFacts(ctx, inputs, client, logger)
  const plan = planPublish(
    {
      images: inputs.images,
      rules: inputs.rules,
      references: inputs.references,
      annotations: inputs.annotations,
      allowMovingTagsBackwards: inputs.allowMovingTagsBackwards,
      registry: inputs.registry,
      ...(ctx.sourceDateEpoch !== undefined ? { sourceDateEpoch: ctx.sourceDateEpoch } : {}),
    },
    facts,
    logger,
  )
  if (inputs.push && plan.images.every((image) => image.tags.length === 0)) {
    throw new InputError('tags', inputs.rules.tags.join('\n'), `rules that give at least one tag for ${ctx.ref}`)
  }
  reportPlan(plan, logger)
  if (inputs.stage === 'push') {
    // The push stage applies no tag, so its release tags are checked now, before anything is built.
    await preflightPush(
      client,
      plan.images.map((image) => ({ repository: image.image.repository, tags: image.tags })),
      facts.context.sha,
      inputs.immutable,
    )
  }
  return { client, facts, plan }
}

/**
 * The effects: a credentials file for the builder (removed by the post step), the builder chosen, then build, push
 * by digest and tag. A failure after a push cleans up what it pushed; the work folder goes whatever happens.
 */
async function buildAndPublish(ctx: RunnerContext, inputs: Inputs, planned: Planned, logger: Logger): Promise<void> {
  const { client, facts, plan } = planned
  const workDir = await mkdtemp(path.join(ctx.temp, 'ghcr-publish-'))
  let authFile: string | undefined
  if (inputs.password !== '' && inputs.username !== '') {
    authFile = writeCredentialsFile(
      ctx.temp,
      mergedDockerConfig(readUserDockerConfig(ctx, logger), inputs.registry, inputs),
    )
    ctx.state.save('credentials-file', authFile)
  }
  try {
    const { builder, reason } = await chooseBuilder(inputs, workDir, ctx, logger)
    const deps = stageDeps(ctx, inputs, client, logger)
    const pushed: PushedManifest[] = []
    const tagsOf = new Map(plan.images.map((image) => [image.image.repository, image.tags]))
    try {
      const images = await publish(
        {
          // The push stage applies no tag: a promote does, after the gates.
          targets: inputs.stage === 'push' ? plan.images.map((image) => ({ ...image, tags: [] })) : plan.images,
          onPushed: (repository, digest) => pushed.push({ repository, digest, tags: tagsOf.get(repository) ?? [] }),
          timestamp: plan.timestamp,
          push: inputs.push,
          immutable: inputs.immutable,
          workDir,
          ...(authFile ? { authFile } : {}),
          insecureRegistry: inputs.insecure,
        },
        builder,
        client,
        logger,
      )
      const first = images[0]
      setOutputs({
        digest: first?.digest,
        reference: first?.reference,
        tags: images.flatMap((image) => image.tags).join('\n'),
        images: imagesOutput(images),
      })
      // The push stage's summary is the plan's (stage-main.ts): nothing is published yet.
      if (inputs.stage !== 'push') {
        await appendSummary(summaryMarkdown(images, inputs.push, { builder: builder.kind, reason, plan }))
      }
      if (inputs.push) await afterPublish(deps, inputs, images, plan, facts.context)
    } catch (error) {
      await cleanupAfterFailure(deps, pushed)
      if (error instanceof TaggingError) await appendSummary(taggingIncompleteMarkdown(error))
      throw error
    }
  } finally {
    await removeOwned(ctx, workDir)
  }
}

async function chooseBuilder(
  inputs: Inputs,
  workDir: string,
  ctx: RunnerContext,
  logger: Logger,
): Promise<Awaited<ReturnType<typeof selectBuilder>>> {
  const choice = await selectBuilder(inputs.builder, {
    workDir,
    logger,
    env: ctx.env,
    build: inputs.build,
    ...(inputs.cache ? { cache: inputs.cache } : {}),
  })
  logger.info(`builder: ${choice.builder.kind} (${choice.reason})`)
  if (choice.builder.kind === 'buildah') {
    if (inputs.cache === 'gha') logger.warning('cache: gha needs buildx; building without it')
    for (const spec of [...inputs.build.cacheFrom, ...inputs.build.cacheTo]) {
      if (spec.type !== 'registry') logger.warning(`cache type=${spec.type} needs buildx; buildah leaves it out`)
    }
  }
  return choice
}

function taggingIncompleteMarkdown(error: TaggingError): string {
  return (
    '### Tagging incomplete\n\n' +
    markdownTable(
      ['tag', 'state'],
      [
        ...error.applied.map((ref) => [code(ref), 'applied']),
        ...error.notApplied.map((ref) => [code(ref), 'not applied (re-run to complete)']),
      ],
    )
  )
}

/** The post step: the credentials file goes, whatever happened in the main step. */
export async function post(ctx: RunnerContext): Promise<void> {
  const file = ctx.state.get('credentials-file')
  if (file && (await removeCredentialsFile(ctx, file))) core.info('removed the registry credentials file')
}

/**
 * What the plan needs to know: the git context, each Dockerfile, and the tags the registry already has for each
 * image (moving tags are decided from them). A registry that refuses the credentials fails the step now; one whose
 * tag list cannot be read otherwise leaves the decision to git's tags, and the log says so.
 */
async function readFacts(
  ctx: RunnerContext,
  inputs: Inputs,
  client: RegistryClient,
  logger: Logger,
): Promise<PlanFacts> {
  const context = await readGitContext(ctx, new Git(ctx.workspace, ctx.env), { logger })
  const dockerfiles = new Map(inputs.images.map((image) => [image.repository, readFileSync(image.file, 'utf8')]))
  if (!inputs.push) {
    return { context, dockerfiles, registryTags: undefined, registryProblem: 'push is false: the registry is not read' }
  }
  await client.ping()
  const registryTags = new Map<string, readonly string[]>()
  try {
    for (const image of inputs.images) registryTags.set(image.repository, await client.listTags(image.repository))
    return { context, dockerfiles, registryTags }
  } catch (error) {
    if (error instanceof RegistryAuthError) throw error
    const problem = `the tag list of the registry could not be read (${(error as Error).message})`
    logger.warning(`${problem}: moving tags are decided from the repository's git tags instead`)
    return { context, dockerfiles, registryTags: undefined, registryProblem: problem }
  }
}

function reportPlan(plan: PublishPlan, logger: Logger): void {
  const source =
    plan.versionSource.kind === 'registry'
      ? "the registry's tag list"
      : `the repository's git tags (${plan.versionSource.why})`
  for (const image of plan.images) {
    logger.info(`${image.image.repository}: tags (${plan.strategy}): ${image.tags.join(', ') || 'none'}`)
    for (const held of image.heldBack) logger.notice(`${image.image.repository}: ${held} (from ${source})`)
    for (const moved of image.movedBackwards) {
      logger.warning(`${image.image.repository}: ${moved}: moved backwards, as allow-moving-tags-backwards asks`)
    }
  }
}

/** The user's docker config (logins made by earlier steps), or nothing when there is none or it is unreadable. */
function readUserDockerConfig(ctx: RunnerContext, logger: Logger): unknown {
  const file = dockerConfigFile(ctx.env)
  if (!file) return undefined
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      logger.warning(`${file} is not a readable docker config, its logins are not kept: ${(error as Error).message}`)
    }
    return undefined
  }
}

/** The password and every secret's value are masked before anything can print them. */
function maskSecrets(inputs: Inputs, ctx: RunnerContext): void {
  if (inputs.password !== '') core.setSecret(inputs.password)
  if (inputs.githubToken !== '') core.setSecret(inputs.githubToken)
  for (const secret of inputs.build.secrets) {
    const value = 'env' in secret ? ctx.env[secret.env] : readSmallFile(secret.file)
    for (const line of (value ?? '').split(/\r?\n/)) if (line.trim().length >= 4) core.setSecret(line.trim())
  }
}

function readSmallFile(file: string): string | undefined {
  try {
    const text = readFileSync(file)
    return text.length <= 64 * 1024 ? text.toString('utf8') : undefined
  } catch {
    return undefined
  }
}
