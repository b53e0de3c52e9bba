import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  appendSummary,
  coreLogger,
  formatOutput,
  inputReader,
  randomUUID,
  workflowCommands as core,
  type OutputValue,
  type RunnerContext,
} from '@slipway/action-kit'
import { Git } from '@slipway/git'
import {
  annotationLines,
  bakeDefinition,
  computeImageMeta,
  fetchRepoInfo,
  jsonOutput,
  labelLines,
  parseFlavor,
  readBaseImage,
  readGitContext,
  summaryMarkdown,
  type BakeKind,
  type ImageMeta,
  type ImageMetaOptions,
} from '@slipway/image-meta'
import { getEnvSettings, getInputs } from './inputs.js'

export async function main(ctx: RunnerContext): Promise<void> {
  const inputs = getInputs(inputReader(ctx.env))
  const settings = getEnvSettings(ctx.env)
  const logger = coreLogger()
  if (inputs.githubToken) core.setSecret(inputs.githubToken)

  // The API call (description, licenses) and the git calls are independent: both start now.
  const repository =
    ctx.repository || stringOf((ctx.payload.repository as { full_name?: unknown } | undefined)?.full_name)
  const repoInfo =
    inputs.githubToken && repository
      ? fetchRepoInfo({ apiUrl: ctx.apiUrl, repository, token: inputs.githubToken, logger, env: ctx.env })
      : undefined
  const context = await readGitContext(ctx, new Git(ctx.workspace, ctx.env), {
    source: inputs.context,
    prHeadSha: settings.prHeadSha,
    // The repository's tags only matter to latest=highest (the zero-config strategy's default, or the flavor's) on a
    // tag: skip them (two git processes) otherwise.
    readTags:
      (inputs.tags.length === 0 || parseFlavor(inputs.flavor).latest === 'highest') &&
      (inputs.context === 'git' || ctx.ref.startsWith('refs/tags/')),
    logger,
  })
  core.info(`event ${context.eventName || '(none)'}, ref ${context.ref || '(none)'}, sha ${context.sha || '(none)'}`)

  const options: ImageMetaOptions = { logger, created: inputs.created, shortShaLength: settings.shortShaLength }
  if (ctx.sourceDateEpoch !== undefined) options.sourceDateEpoch = ctx.sourceDateEpoch
  if (inputs.dockerfile) {
    const relative = path.relative(ctx.workspace, inputs.dockerfile)
    const base = readBaseImage(await readFile(inputs.dockerfile, 'utf8'), relative, logger)
    if (base) options.baseImage = base
  }
  const repo = await repoInfo
  if (repo) options.repo = repo

  const meta = computeImageMeta(inputs, context, options)
  if (meta.version === '') logger.warning('No image version was generated: check the tags input and the event.')
  if (meta.tags.length === 0) logger.warning('No image tag was generated: check the tags input and the event.')
  else core.info(`tags:\n  ${meta.tags.join('\n  ')}`)

  const bakeFiles = await writeBakeFiles(ctx.temp, meta, inputs.bakeTarget, settings.annotationLevels)
  const outputs: Record<string, OutputValue> = {
    version: meta.version,
    tags: meta.tags.join(inputs.sepTags),
    'tag-names': meta.tagNames.join(inputs.sepTags),
    labels: labelLines(meta).join(inputs.sepLabels),
    annotations: annotationLines(meta, settings.annotationLevels).join(inputs.sepAnnotations),
    json: jsonOutput(meta, settings.annotationLevels),
    'bake-file-tags': bakeFiles.tags,
    'bake-file-labels': bakeFiles.labels,
    'bake-file-annotations': bakeFiles.annotations,
    'bake-file': bakeFiles['tags-labels'],
    latest: meta.latest,
    created: meta.created,
  }
  for (const [name, value] of Object.entries(outputs)) {
    core.setOutput(name, formatOutput(value))
    // metadata-action exports each output as DOCKER_METADATA_OUTPUT_<NAME> unless DOCKER_METADATA_SET_OUTPUT_ENV=false.
    if (settings.setOutputEnv) {
      core.exportVariable(`DOCKER_METADATA_OUTPUT_${name.replace(/\W/g, '_').toUpperCase()}`, formatOutput(value))
    }
  }
  await appendSummary(summaryMarkdown(meta), ctx.env)
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/** The Bake definitions, in a folder of their own under the runner's temp folder (a fresh name: re-runs never clash). */
async function writeBakeFiles(
  temp: string,
  meta: ImageMeta,
  target: string,
  levels: readonly string[],
): Promise<Record<BakeKind, string>> {
  const dir = path.join(temp, `oci-labels-${randomUUID()}`)
  await mkdir(dir, { recursive: true })
  const files = {} as Record<BakeKind, string>
  for (const kind of ['tags', 'labels', 'annotations', 'tags-labels'] as const) {
    const file = path.join(
      dir,
      kind === 'tags-labels' ? 'docker-metadata-action-bake.json' : `docker-metadata-action-bake-${kind}.json`,
    )
    await writeFile(file, JSON.stringify(bakeDefinition(meta, kind, target, levels), null, 2))
    files[kind] = file
  }
  return files
}
