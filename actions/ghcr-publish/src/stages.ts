import { code, heading, markdownTable, type Logger } from '@slipway/action-kit'
import type { RegistryClient } from '@slipway/oci-registry'
import {
  cleanupMethodFor,
  cleanupWithPackagesApi,
  cleanupWithRegistry,
  keptBy,
  type CleanupChoice,
  type CleanupResult,
  type PackagesApi,
  type PushedManifest,
} from './cleanup.js'
import type { ImmutablePolicy } from './immutable.js'
import { groupLegs, mergeLegs } from './merge.js'
import { PLAN_SCHEMA, type PlanImage, type StagePlan } from './stage-plan.js'
import { applyPromotion, checkPromotion, type TagDecision } from './promote.js'
import { TaggingError, type PublishedImage } from './publish.js'
import { previousReleaseTag, sizeLimitBreach, sizeReport, type SizeLimit, type SizeReport } from './size.js'

export interface StageDeps {
  client: RegistryClient
  logger: Logger
  immutable: ImmutablePolicy
  cleanup: CleanupChoice
  /** GitHub's packages API, created on first use (GHCR cleanups only). */
  packagesApi: () => Promise<PackagesApi>
}

export interface PromoteResult {
  plan: StagePlan
  decisions: TagDecision[]
  /** References this step tagged. */
  applied: string[]
}

/** A gate (max-size-increase) stopped the release: nothing was tagged. */
export class SizeGateError extends Error {
  override readonly name = 'SizeGateError'
}

/** The plan `stage: push` hands on: every image by digest, with the tags a promote will give it. */
export function planFromPublished(
  registry: string,
  images: readonly PublishedImage[],
  /** The tags a promote gives each image, by repository (each image has its own). */
  tags: ReadonlyMap<string, readonly string[]>,
  version: string,
  revision: string,
): StagePlan {
  return {
    schema: PLAN_SCHEMA,
    registry,
    version,
    revision,
    images: images.map((image) => ({
      repository: image.repository,
      digest: image.digest,
      mediaType: image.mediaType,
      size: image.size,
      platforms: image.platforms,
      tags: [...(tags.get(image.repository) ?? [])],
      pushed: image.pushed,
    })),
  }
}

/** Re-checks the plan against the registry as it is now, then applies every tag (see checkPromotion). */
export async function promote(deps: StageDeps, plan: StagePlan): Promise<PromoteResult> {
  const decisions = await checkPromotion(deps.client, plan, deps.immutable, deps.logger)
  const applied = await applyPromotion(deps.client, plan.images, decisions, deps.logger)
  return { plan, decisions, applied }
}

/**
 * `stage: merge`: one OCI index per image from the platform legs' digests, pushed by digest, then promoted like a
 * plan. When the promote fails before any tag, the indexes this step pushed are removed again (the legs are the
 * cleanup stage's, with their own plans).
 */
export async function merge(
  deps: StageDeps,
  plans: readonly StagePlan[],
  text: string,
  beforePromote?: (plan: StagePlan) => Promise<void>,
): Promise<PromoteResult> {
  const groups = groupLegs(plans, text)
  const merged = await mergeLegs(deps.client, groups, deps.logger)
  const first = plans[0] as StagePlan
  const plan: StagePlan = {
    ...first,
    images: merged.map(({ legs: _legs, ...image }) => image),
  }
  try {
    await beforePromote?.(plan)
    return await promote(deps, plan)
  } catch (error) {
    if (!(error instanceof TaggingError && error.applied.length > 0)) {
      await cleanupPushed(deps, manifestsOf([plan]))
    }
    throw error
  }
}

/** The manifests the plans' runs pushed, with the tags each would have had. */
export function manifestsOf(plans: readonly StagePlan[]): PushedManifest[] {
  return plans.flatMap((plan) =>
    plan.images
      .filter((image) => image.pushed)
      .map((image) => ({ repository: image.repository, digest: image.digest, tags: image.tags })),
  )
}

/** Deletes what a run pushed and did not tag, by the method the registry allows (see cleanup.ts). */
export async function cleanupPushed(
  deps: StageDeps,
  pushed: readonly PushedManifest[],
): Promise<CleanupResult | undefined> {
  const method = cleanupMethodFor(deps.cleanup, deps.client.registry)
  if (method === undefined || pushed.length === 0) return undefined
  try {
    return method === 'registry'
      ? await cleanupWithRegistry(deps.client, pushed, deps.logger)
      : await cleanupWithPackagesApi(await deps.packagesApi(), deps.client.registry, pushed, deps.logger, (manifest) =>
          keptBy(deps.client, manifest),
        )
  } catch (error) {
    // A cleanup that fails must not hide why the run failed: it is reported, the run's own error stands.
    deps.logger.warning(`cleaning up the untagged images failed: ${(error as Error).message}`)
    return undefined
  }
}

/** Compressed sizes and the change since the previous release tag, for each image of a plan. */
export async function sizesOf(
  client: RegistryClient,
  images: readonly PlanImage[],
  version: string,
  repoTags: readonly string[] | undefined,
): Promise<SizeReport[]> {
  const previous = previousReleaseTag(repoTags, version)
  const reports: SizeReport[] = []
  for (const image of images) reports.push(await sizeReport(client, image.repository, image.digest, previous))
  return reports
}

export function checkSizeLimit(reports: readonly SizeReport[], limit: SizeLimit | undefined): void {
  if (!limit) return
  const breaches = reports.flatMap((report) => sizeLimitBreach(report, limit) ?? [])
  if (breaches.length > 0) throw new SizeGateError(`${breaches.join('; ')}: no tag was applied`)
}

const ACTION_TEXT: Record<TagDecision['action'], string> = {
  apply: 'applied',
  unchanged: 'already there',
  'keep-newer': 'kept at a newer version',
}

export function promoteMarkdown(result: PromoteResult): string {
  return (
    heading('Promoted tags') +
    '\n' +
    markdownTable(
      ['tag', 'digest', 'state'],
      result.decisions.map((d) => [
        code(d.ref),
        code(d.digest),
        d.action === 'keep-newer' ? `${ACTION_TEXT[d.action]} (${d.newerVersion ?? ''})` : ACTION_TEXT[d.action],
      ]),
    )
  )
}

export function planMarkdown(plan: StagePlan): string {
  return (
    heading('Pushed by digest, not tagged yet') +
    '\n' +
    markdownTable(
      ['image', 'digest', 'tags after promote', 'this run'],
      plan.images.map((image) => [
        code(`${plan.registry}/${image.repository}`),
        code(image.digest),
        image.tags.map(code).join(' '),
        image.pushed ? 'pushed' : 'already in the registry',
      ]),
    )
  )
}

export function cleanupMarkdown(result: CleanupResult): string {
  return (
    heading('Cleanup') +
    '\n' +
    markdownTable(
      ['manifest', 'state'],
      [
        ...result.deleted.map((ref) => [code(ref), 'deleted (pushed by this run, never tagged)']),
        ...result.kept.map(({ ref, reason }) => [code(ref), `kept: ${reason}`]),
      ],
    )
  )
}
