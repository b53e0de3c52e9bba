// The two-phase publish as main.ts runs it: what each stage reads, does and reports (outputs, step summary). Kept
// apart from main.ts so the one-step publish reads as before; like main.ts, the only writer of outputs and summary.
import { appendSummary, setOutputs, type Logger, type RunnerContext } from '@slipway/action-kit'
import { readGitContext, type GitContext } from '@slipway/image-meta'
import { Git } from '@slipway/git'
import { RegistryClient } from '@slipway/oci-registry'
import type { PushedManifest } from './cleanup.js'
import type { Inputs } from './inputs.js'
import { planOutput, type StagePlan } from './stage-plan.js'
import type { PublishedImage } from './publish.js'
import { sizeMarkdown, type SizeReport } from './size.js'
import {
  checkSizeLimit,
  cleanupMarkdown,
  cleanupPushed,
  manifestsOf,
  merge,
  planFromPublished,
  planMarkdown,
  promote,
  promoteMarkdown,
  sizesOf,
  type StageDeps,
} from './stages.js'
import type { PublishPlan } from './plan.js'

export function stageDeps(ctx: RunnerContext, inputs: Inputs, client: RegistryClient, logger: Logger): StageDeps {
  return {
    client,
    logger,
    immutable: inputs.immutable,
    cleanup: inputs.cleanup,
    packagesApi: async () => {
      const { githubPackagesApi } = await import('./packages-api.js')
      return githubPackagesApi({ token: inputs.githubToken, apiUrl: ctx.apiUrl, env: ctx.env, logger })
    },
  }
}

function sizeOutputs(reports: readonly SizeReport[]): Record<string, string> {
  return { sizes: JSON.stringify(reports), 'size-report': sizeMarkdown(reports) }
}

/**
 * After a publish (`all`) or a push by digest (`push`): the sizes against the previous release, and for `push` the
 * plan for the gates and the promote. A size over `max-size-increase` fails the push step (the caller then removes
 * what it pushed).
 */
export async function afterPublish(
  deps: StageDeps,
  inputs: Inputs,
  images: readonly PublishedImage[],
  publishPlan: PublishPlan,
  context: GitContext,
): Promise<void> {
  const tags = new Map(publishPlan.images.map((image) => [image.image.repository, image.tags]))
  const plan = planFromPublished(deps.client.registry, images, tags, publishPlan.version, context.sha)
  const sizes = await sizesOf(deps.client, plan.images, publishPlan.version, context.repoTags)
  if (inputs.stage === 'push') {
    setOutputs({ plan: planOutput(plan), ...sizeOutputs(sizes) })
    await appendSummary(planMarkdown(plan) + '\n' + sizeMarkdown(sizes))
    checkSizeLimit(sizes, inputs.maxSizeIncrease)
  } else {
    setOutputs(sizeOutputs(sizes))
    await appendSummary(sizeMarkdown(sizes))
  }
}

/** A run that fails after pushing by digest removes what it pushed and did not tag. */
export async function cleanupAfterFailure(deps: StageDeps, pushed: readonly PushedManifest[]): Promise<void> {
  if (pushed.length === 0) return
  const result = await cleanupPushed(deps, pushed)
  if (result) {
    setOutputs({ deleted: result.deleted.join('\n') })
    await appendSummary(cleanupMarkdown(result))
  }
}

async function repoTagsOf(ctx: RunnerContext, logger: Logger): Promise<string[] | undefined> {
  try {
    return (await readGitContext(ctx, new Git(ctx.workspace, ctx.env), { logger })).repoTags
  } catch {
    return undefined
  }
}

/** `stage: promote | merge | cleanup`: nothing is built; the plan(s) say what was pushed. */
export async function runPlanStage(ctx: RunnerContext, inputs: Inputs, logger: Logger): Promise<void> {
  const client = new RegistryClient({
    registry: inputs.registry,
    insecure: inputs.insecure,
    credentials: { username: inputs.username, password: inputs.password },
    logger,
    env: ctx.env,
  })
  const deps = stageDeps(ctx, inputs, client, logger)
  if (inputs.stage === 'cleanup') {
    const result = await cleanupPushed(deps, manifestsOf(inputs.plans))
    setOutputs({ deleted: result?.deleted.join('\n') ?? '' })
    if (result) await appendSummary(cleanupMarkdown(result))
    return
  }
  await client.ping()
  const first = inputs.plans[0] as StagePlan
  const repoTags = await repoTagsOf(ctx, logger)
  let result
  let sizes: SizeReport[] = []
  if (inputs.stage === 'promote') {
    // The gate on size runs against the registry as it is now, before any tag.
    sizes = await sizesOf(client, first.images, first.version, repoTags)
    checkSizeLimit(sizes, inputs.maxSizeIncrease)
    result = await promote(deps, first)
  } else {
    result = await merge(deps, inputs.plans, inputs.planText, async (plan) => {
      sizes = await sizesOf(client, plan.images, plan.version, repoTags)
      checkSizeLimit(sizes, inputs.maxSizeIncrease)
    })
    sizes = await sizesOf(client, result.plan.images, result.plan.version, repoTags)
  }
  const published = result.decisions.filter((d) => d.action !== 'keep-newer')
  const firstImage = result.plan.images[0]
  setOutputs({
    digest: firstImage?.digest,
    reference: firstImage ? `${inputs.registry}/${firstImage.repository}@${firstImage.digest}` : undefined,
    tags: published.map((d) => d.ref).join('\n'),
    images: result.plan.images.map((image) => ({
      name: `${inputs.registry}/${image.repository}`,
      digest: image.digest,
      reference: `${inputs.registry}/${image.repository}@${image.digest}`,
      tags: published.filter((d) => d.repository === image.repository).map((d) => d.ref),
      size: image.size,
      platforms: image.platforms,
    })),
    plan: planOutput(result.plan),
    ...sizeOutputs(sizes),
  })
  await appendSummary(promoteMarkdown(result) + '\n' + sizeMarkdown(sizes))
}
