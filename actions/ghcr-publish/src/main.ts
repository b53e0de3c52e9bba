import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { workflowCommands as core, type RunnerContext } from '@slipway/action-kit'
import { InputError, appendSummary, code, coreLogger, markdownTable, setOutputs } from '@slipway/action-kit'
import { RegistryClient } from '@slipway/oci-registry'
import { selectBuilder } from './builder.js'
import { removeCredentialsFile, writeCredentialsFile } from './credentials.js'
import { getInputs } from './inputs.js'
import { TaggingError, publish } from './publish.js'
import { imagesOutput, summaryMarkdown } from './report.js'
import { planTags, readContext } from './tags.js'
import type { PushedManifest } from './cleanup.js'
import { preflightPush } from './promote.js'
import { runPlanStage, stageDeps, afterPublish, cleanupAfterFailure } from './stage-main.js'

/** The runner runs this bundle twice: the main step, then (runs.post) the post step that removes the credentials. */
export async function main(ctx: RunnerContext): Promise<void> {
  if (core.getState('isPost') === 'true') {
    post()
    return
  }
  core.saveState('isPost', 'true')
  const logger = coreLogger()
  const inputs = getInputs()
  if (inputs.password !== '') core.setSecret(inputs.password)
  if (inputs.githubToken !== '') core.setSecret(inputs.githubToken)
  if (inputs.stage === 'promote' || inputs.stage === 'merge' || inputs.stage === 'cleanup') {
    await runPlanStage(ctx, inputs, logger)
    return
  }
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
  const context = await readContext(process.env, workspace, logger)
  const epoch = process.env.SOURCE_DATE_EPOCH
  const sourceDateEpoch = epoch && /^\d+$/.test(epoch) ? Number(epoch) : undefined
  const plan = planTags(inputs.rules, inputs.images, context, {
    logger,
    ...(sourceDateEpoch !== undefined ? { sourceDateEpoch } : {}),
  })
  if (inputs.push && plan.tags.length === 0) {
    throw new InputError('tags', inputs.rules.tags.join('\n'), `rules that give at least one tag for ${context.ref}`)
  }
  logger.info(`tags (${plan.strategy}): ${plan.tags.join(', ') || 'none'}`)

  // Side effects start here, after every input was checked.
  const runnerTemp = process.env.RUNNER_TEMP ?? os.tmpdir()
  const workDir = mkdtempSync(path.join(runnerTemp, 'ghcr-publish-'))
  let authFile: string | undefined
  if (inputs.password !== '' && inputs.username !== '') {
    authFile = writeCredentialsFile(runnerTemp, inputs.registry, inputs)
    core.saveState('credentials-file', authFile)
  }
  try {
    const builder = await selectBuilder(inputs.builder, {
      workDir,
      logger,
      ...(inputs.cache ? { cache: inputs.cache } : {}),
    })
    if (inputs.cache === 'gha' && builder.kind !== 'buildx')
      logger.warning('cache: gha needs buildx; building without it')
    logger.info(`builder: ${builder.kind}`)
    const client = new RegistryClient({
      registry: inputs.registry,
      insecure: inputs.insecure,
      credentials: { username: inputs.username, password: inputs.password },
      logger,
    })
    const deps = stageDeps(ctx, inputs, client, logger)
    if (inputs.stage === 'push') {
      await preflightPush(
        client,
        inputs.images.map((i) => i.repository),
        plan.tags,
        context.sha,
        inputs.immutable,
      )
    }
    const pushed: PushedManifest[] = []
    try {
      const images = await publish(
        {
          images: inputs.images,
          // The push stage applies no tag: a promote does, after the gates.
          tags: inputs.stage === 'push' ? [] : plan.tags,
          onPushed: (repository, digest) => pushed.push({ repository, digest, tags: plan.tags }),
          labels: plan.labels,
          annotations: plan.annotations,
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
      if (inputs.stage !== 'push') await appendSummary(summaryMarkdown(images, inputs.push))
      if (inputs.push) await afterPublish(deps, inputs, images, plan, context, pushed)
    } catch (error) {
      await cleanupAfterFailure(deps, pushed)
      if (error instanceof TaggingError) {
        await appendSummary(
          '### Tagging incomplete\n\n' +
            markdownTable(
              ['tag', 'state'],
              [
                ...error.applied.map((ref) => [code(ref), 'applied']),
                ...error.notApplied.map((ref) => [code(ref), 'not applied (re-run to complete)']),
              ],
            ),
        )
      }
      throw error
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
}

function post(): void {
  const file = core.getState('credentials-file')
  if (file && removeCredentialsFile(file)) core.info('removed the registry credentials file')
}
