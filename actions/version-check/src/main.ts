import { readFile } from 'node:fs/promises'
import {
  appendSummary,
  coreLogger,
  setOutputs,
  workflowCommands as core,
  type AnnotationProperties,
} from '@slipway/action-kit'
import { bumpType } from './bump.js'
import { runVersionCheck } from './check.js'
import type { EventContext } from './guards.js'
import { getInputs } from './inputs.js'
import type { Problem } from './problems.js'
import { renderSummary } from './summary.js'

export async function main(): Promise<void> {
  const inputs = getInputs()
  const context = await eventContext(process.env)
  const result = await runVersionCheck(inputs, context, coreLogger())

  for (const problem of result.problems) core.error(problem.message, annotation(problem))
  // All outputs or none: a version that could not be read leaves every output unset rather than half of them.
  const version = result.version
  if (version) {
    setOutputs({
      version: version.version,
      major: version.major,
      minor: version.minor,
      patch: version.patch,
      prerelease: version.prerelease,
      build: version.build,
      'is-prerelease': version.isPrerelease,
      tag: result.tag,
      'previous-version': result.previousVersion ?? '',
      changed: result.changed,
      type: bumpType(result.previousVersion, version.version),
    })
  }
  await appendSummary(renderSummary(result))
  if (result.problems.length > 0) {
    // Each problem is already its own annotation: the step fails once, without repeating them.
    process.exitCode = 1
    core.info(`version-check failed: ${result.problems.length} problem(s), each reported above`)
  }
}

function annotation(problem: Problem): AnnotationProperties {
  const properties: AnnotationProperties = { title: problem.title }
  if (problem.file !== undefined) properties.file = problem.file
  if (problem.line !== undefined) {
    properties.startLine = problem.line
    properties.endLine = problem.line
  }
  if (problem.column !== undefined) properties.startColumn = problem.column
  return properties
}

/** The event as the runner describes it: GITHUB_* variables and the webhook payload file. */
async function eventContext(env: NodeJS.ProcessEnv): Promise<EventContext> {
  let payload: { before?: unknown; pull_request?: { base?: { ref?: unknown } } } = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as typeof payload
    } catch (error) {
      core.warning(`Cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${String(error)}`)
    }
  }
  const baseRef =
    typeof payload.pull_request?.base?.ref === 'string' ? payload.pull_request.base.ref : env.GITHUB_BASE_REF
  const context: EventContext = { eventName: env.GITHUB_EVENT_NAME ?? 'push', ref: env.GITHUB_REF ?? '' }
  if (baseRef) context.baseRef = baseRef
  if (typeof payload.before === 'string') context.before = payload.before
  return context
}
