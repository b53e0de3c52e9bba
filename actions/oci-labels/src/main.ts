import { randomUUID } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { workflowCommands as core } from '@slipway/action-kit'
import { appendSummary, coreLogger, formatOutput, type OutputValue } from '@slipway/action-kit'
import { Git } from '@slipway/git'
import {
  annotationLines,
  bakeDefinition,
  computeImageMeta,
  fetchRepoInfo,
  jsonOutput,
  labelLines,
  readBaseImage,
  readGitContext,
  summaryMarkdown,
  type BakeKind,
  type ImageMeta,
  type ImageMetaOptions,
} from '@slipway/image-meta'
import { getEnvSettings, getInputs } from './inputs.js'

export async function main(): Promise<void> {
  const inputs = getInputs()
  const settings = getEnvSettings()
  const logger = coreLogger()
  if (inputs.githubToken) core.setSecret(inputs.githubToken)
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd())

  const context = await readGitContext(process.env, new Git(workspace), {
    source: inputs.context,
    prHeadSha: settings.prHeadSha,
    // The repository's tags only matter on a tag (latest=highest and the zero-config strategy): skip them otherwise.
    readTags: inputs.context === 'git' || (process.env.GITHUB_REF ?? '').startsWith('refs/tags/'),
    logger,
  })
  core.info(`event ${context.eventName || '(none)'}, ref ${context.ref || '(none)'}, sha ${context.sha || '(none)'}`)

  const options: ImageMetaOptions = { logger, created: inputs.created, shortShaLength: settings.shortShaLength }
  if (settings.sourceDateEpoch !== undefined) options.sourceDateEpoch = settings.sourceDateEpoch
  if (inputs.dockerfile) {
    const relative = path.relative(workspace, inputs.dockerfile)
    const base = readBaseImage(await readFile(inputs.dockerfile, 'utf8'), relative, logger)
    if (base) options.baseImage = base
  }
  if (inputs.githubToken && context.repository) {
    const repo = await fetchRepoInfo({
      apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
      repository: context.repository,
      token: inputs.githubToken,
      logger,
      env: process.env,
    })
    if (repo) options.repo = repo
  }

  const meta = computeImageMeta(inputs, context, options)
  if (meta.version === '') logger.warning('No image version was generated: check the tags input and the event.')
  if (meta.tags.length === 0) logger.warning('No image tag was generated: check the tags input and the event.')
  else core.info(`tags:\n  ${meta.tags.join('\n  ')}`)

  const bakeFiles = await writeBakeFiles(meta, inputs.bakeTarget, settings.annotationLevels)
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
  await appendSummary(summaryMarkdown(meta))
}

async function writeBakeFiles(
  meta: ImageMeta,
  target: string,
  levels: readonly string[],
): Promise<Record<BakeKind, string>> {
  const dir = path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), `oci-labels-${randomUUID()}`)
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
