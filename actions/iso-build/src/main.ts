import path from 'node:path'
import { workflowCommands as core } from '@slipway/action-kit'
import { appendSummary, coreLogger, setOutputs, type Logger } from '@slipway/action-kit'
import { buildImage } from './build.js'
import { getInputs, type Inputs } from './inputs.js'
import { renderSummary } from './summary.js'

export async function main(): Promise<void> {
  const inputs = getInputs()
  const logger = coreLogger()
  const image = await buildImage(inputs, logger)
  logger.info(`iso-build: ${image.path} (${image.size} bytes, sha256 ${image.sha256})`)
  await uploadArtifact(inputs, image.path, logger)
  setOutputs({
    path: image.path,
    size: image.size,
    sha256: image.sha256,
    'volume-id': image.volumeId,
    'file-count': image.fileCount,
  })
  await appendSummary(renderSummary(image, path.relative(inputs.workspace, image.path) || image.path))
}

/** Artifacts exist only on GitHub's runners: without the runtime token (a local run) the upload is skipped, said so. */
async function uploadArtifact(inputs: Inputs, file: string, logger: Logger): Promise<void> {
  if (inputs.uploadArtifact === undefined) return
  if (!process.env.ACTIONS_RUNTIME_TOKEN) {
    logger.notice(
      `upload-artifact: skipped, ACTIONS_RUNTIME_TOKEN is not set (not running on GitHub Actions); the image is at ${file}`,
    )
    return
  }
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const client = new DefaultArtifactClient()
  const response = await client.uploadArtifact(inputs.uploadArtifact, [file], path.dirname(file), {
    ...(inputs.retentionDays !== undefined ? { retentionDays: inputs.retentionDays } : {}),
  })
  core.info(
    `upload-artifact: ${inputs.uploadArtifact} uploaded (id ${String(response.id)}, ${String(response.size)} bytes)`,
  )
}
