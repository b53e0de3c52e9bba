/**
 * @slipway/image-meta: image tags, OCI labels and annotations from the git context, with docker/metadata-action v5's
 * rules (tag types, flavor, templates, priorities, output order) and slipway's zero-config release strategy.
 *
 * How a publisher (ghcr-publish, or any action that pushes images) uses it:
 *
 * ```ts
 * const context = await readGitContext(ctx, new Git(ctx.workspace), { logger })   // ctx: the RunnerContext
 * const meta = computeImageMeta(
 *   { images: ['ghcr.io/owner/app'], tags: [], flavor: [], labels: [], annotations: [] },  // tags: [] = zero-config
 *   context,
 *   { logger, sourceDateEpoch, baseImage: readBaseImage(dockerfileText, 'Dockerfile', logger) },
 * )
 * meta.tags        // ['ghcr.io/owner/app:1.2.3', 'ghcr.io/owner/app:1.2', 'ghcr.io/owner/app:1', 'ghcr.io/owner/app:latest']
 * meta.tagNames    // ['1.2.3', '1.2', '1', 'latest']
 * meta.version     // '1.2.3'
 * meta.labels      // { 'org.opencontainers.image.created': ..., 'org.opencontainers.image.revision': ..., ... }
 * meta.annotations // same keys as labels plus the `annotations` input, without level prefix
 * ```
 *
 * `computeImageMeta` is pure (no I/O, no @actions/core) and throws InputError naming the input and the line for a bad
 * rule, so a publisher can call it in its validation phase, before any push. `tags: []` with a `vX.Y.Z` tag gives
 * X.Y.Z, X.Y, X (not for 0.y.z) and latest, moving tags only forward (`latest=highest`, from the repository's tags).
 */
export {
  readGitContext,
  commitDateFromPayload,
  type GitContext,
  type EventPayload,
  type ContextSource,
  type RunnerEventSource,
} from './context.js'
export type { ReadContextOptions } from './context.js'
export {
  computeImageMeta,
  sanitizeTag,
  ZERO_CONFIG_SEMVER_RULES,
  ZERO_CONFIG_PEP440_RULES,
  type ImageMeta,
  type ImageMetaInputs,
  type ImageMetaOptions,
  type RepoInfo,
  type BaseImage,
  type CreatedSource,
} from './meta.js'
export {
  parseTagRules,
  parseTagRule,
  parseFlavor,
  parseImages,
  splitFields,
  DEFAULT_TAG_RULES,
  DEFAULT_PRIORITIES,
  TAG_TYPES,
  LATEST_MODES,
  type TagRule,
  type TagType,
  type Flavor,
  type LatestMode,
  type ImageSpec,
} from './rules.js'
export { labelLines, annotationLines, jsonOutput, bakeDefinition, summaryMarkdown, type BakeKind } from './outputs.js'
export { readBaseImage, dockerfileInstructions } from './dockerfile.js'
export { fetchRepoInfo, type RepoInfoRequest } from './github-api.js'
export { formatDate, TimeZoneError } from './date-format.js'
export { parseTagVersion, type TagVersion } from './semver.js'
export { parsePep440, normalizePep440, isPep440Special, type Pep440Version } from './pep440.js'
export { renderTemplate, templateNames, isRawStatement, TemplateError } from './template.js'
export { parseCsvLine, CsvLineError } from './csv.js'
