import path from 'node:path'
import {
  appendSummary,
  coreLogger,
  setOutputs,
  workflowCommands as core,
  type Logger,
  type RunnerContext,
} from '@slipway/action-kit'
import { buildImage } from './build.js'
import { getInputs, type Inputs } from './inputs.js'
import { renderSummary } from './summary.js'
import { chooseWriter } from './worker.js'

/**
 * The action. `entry` is the bundle's own URL: a large tree is then written on a worker thread loaded from it
 * (worker.ts); without it the image is written in this thread.
 */
export async function main(ctx: RunnerContext, entry?: URL): Promise<void> {
  const inputs = getInputs(ctx)
  const logger = coreLogger()
  const image = await buildImage(inputs, logger, ctx, chooseWriter(inputs, entry))
  logger.info(
    `iso-build: ${image.path} (${image.size} bytes${image.sha256 === undefined ? '' : `, sha256 ${image.sha256}`})`,
  )
  await uploadArtifact(inputs, image.path, logger, ctx.services.artifacts)
  setOutputs({
    path: image.path,
    size: image.size,
    sha256: image.sha256 ?? '',
    'volume-id': image.volumeId,
    'file-count': image.fileCount,
  })
  await appendSummary(renderSummary(image, path.relative(inputs.workspace, image.path) || image.path))
}

/** The options of the artifact upload, as actions/upload-artifact passes them. */
export function uploadOptions(inputs: Inputs): { retentionDays?: number; compressionLevel?: number } {
  return {
    ...(inputs.retentionDays !== undefined ? { retentionDays: inputs.retentionDays } : {}),
    ...(inputs.compressionLevel !== undefined ? { compressionLevel: inputs.compressionLevel } : {}),
  }
}

/** Artifacts exist only on GitHub's runners: without the artifact service (a local run) the upload is skipped. */
async function uploadArtifact(inputs: Inputs, file: string, logger: Logger, available: boolean): Promise<void> {
  if (inputs.uploadArtifact === undefined) return
  if (!available) {
    logger.notice(
      `upload-artifact: skipped, the artifact service is not available (not running on GitHub Actions); the image is at ${file}`,
    )
    return
  }
  const { DefaultArtifactClient, ArtifactNotFoundError } = await import('@actions/artifact')
  const client = new DefaultArtifactClient()
  if (inputs.overwrite) {
    // As actions/upload-artifact does: an artifact of the same name in this run is deleted first.
    try {
      await client.deleteArtifact(inputs.uploadArtifact)
      logger.info(`upload-artifact: replaced the earlier artifact ${inputs.uploadArtifact}`)
    } catch (error) {
      if (!(error instanceof ArtifactNotFoundError)) throw error
    }
  }
  const response = await client.uploadArtifact(inputs.uploadArtifact, [file], path.dirname(file), uploadOptions(inputs))
  core.info(
    `upload-artifact: ${inputs.uploadArtifact} uploaded (id ${String(response.id)}, ${String(response.size)} bytes)`,
  )
}
