import { InputError } from '@slipway/action-kit'
import { isDigest, isRepositoryName } from '@slipway/oci-registry'

/** The stages of a two-phase publish: `all` in one step, or `push` by digest → gates → `promote` (or `merge`). */
export type Stage = 'all' | 'push' | 'promote' | 'merge' | 'cleanup'

export const STAGES: readonly Stage[] = ['all', 'push', 'promote', 'merge', 'cleanup']

export const PLAN_SCHEMA = 'slipway/ghcr-publish-plan/v1'

/** One image pushed by digest, and the tags a promote gives it. */
export interface PlanImage {
  /** Repository path in the registry: `acme/server`. */
  repository: string
  digest: string
  mediaType: string
  /** Bytes of the image (manifests and distinct blobs), as pushed. */
  size: number
  /** `linux/amd64`, ... (one per platform of an index). */
  platforms: string[]
  /** Tag names the promote applies: `1.2.3`, `1.2`, `1`, `latest`. */
  tags: string[]
  /** This run put the manifest in the registry (it was not there before): a cleanup may delete it, nothing else. */
  pushed: boolean
}

/** What `stage: push` hands to the gates and to `stage: promote` (the `plan` output, JSON). */
export interface StagePlan {
  schema: typeof PLAN_SCHEMA
  registry: string
  /** The version the images carry (`1.2.3`), for the forward-only rule of moving tags. */
  version: string
  /** The commit the images were built from. */
  revision: string
  images: PlanImage[]
}

function fail(text: string, expected: string): never {
  throw new InputError('plan', text, expected)
}

function stringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string')
}

function checkPlan(value: unknown, text: string, where: string): StagePlan {
  const plan = value as Partial<StagePlan> | null
  if (typeof plan !== 'object' || plan === null || Array.isArray(plan))
    fail(text, `${where}: the plan output of a ghcr-publish step with stage: push`)
  if (plan.schema !== PLAN_SCHEMA) fail(text, `${where}: a plan with "schema": "${PLAN_SCHEMA}"`)
  if (typeof plan.registry !== 'string' || plan.registry === '') fail(text, `${where}: a plan with its registry`)
  if (typeof plan.version !== 'string' || typeof plan.revision !== 'string')
    fail(text, `${where}: a plan with version and revision`)
  if (!Array.isArray(plan.images) || plan.images.length === 0) fail(text, `${where}: a plan with at least one image`)
  plan.images.forEach((image: Partial<PlanImage> | null, index) => {
    const at = `${where}.images[${index}]`
    if (typeof image !== 'object' || image === null) fail(text, `${at}: an image`)
    if (typeof image.repository !== 'string' || !isRepositoryName(image.repository))
      fail(text, `${at}.repository: a repository like owner/name`)
    if (typeof image.digest !== 'string' || !isDigest(image.digest))
      fail(text, `${at}.digest: a digest like sha256:<64 hex>`)
    if (typeof image.mediaType !== 'string') fail(text, `${at}.mediaType: a manifest media type`)
    if (typeof image.size !== 'number' || !Number.isSafeInteger(image.size) || image.size < 0)
      fail(text, `${at}.size: a byte count`)
    if (!stringArray(image.platforms)) fail(text, `${at}.platforms: a list of platforms`)
    if (!stringArray(image.tags) || image.tags.some((tag) => !/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(tag)))
      fail(text, `${at}.tags: a list of tag names`)
    if (typeof image.pushed !== 'boolean') fail(text, `${at}.pushed: true or false`)
  })
  return plan as StagePlan
}

/**
 * The `plan` input: one plan (promote, cleanup), or for `merge` a JSON array of the legs' plans (one per platform, as
 * `jq -s` gathers them). Each is checked field by field; a mistake names the input and the field.
 */
export function parsePlans(text: string, registry: string): StagePlan[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    fail(text, `JSON: the plan output of a ghcr-publish step with stage: push (${(error as Error).message})`)
  }
  const plans = Array.isArray(parsed)
    ? parsed.map((entry, index) => checkPlan(entry, text, `plan[${index}]`))
    : [checkPlan(parsed, text, 'plan')]
  if (plans.length === 0) fail(text, 'at least one plan')
  for (const plan of plans) {
    if (plan.registry !== registry)
      fail(text, `plans for the registry input ${registry} (this one is for ${plan.registry})`)
  }
  return plans
}

export function planOutput(plan: StagePlan): string {
  return JSON.stringify(plan)
}
