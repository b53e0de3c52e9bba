import {
  appendSummary,
  coreLogger,
  setOutputs,
  workflowCommands as core,
  type AnnotationProperties,
  type RunnerContext,
} from '@slipway/action-kit'
import { runVersionCheck } from './check.js'
import type { EventContext } from './guards.js'
import { getInputs } from './inputs.js'
import type { Problem } from './problems.js'
import { renderSummary } from './summary.js'

export async function main(ctx: RunnerContext): Promise<void> {
  const inputs = getInputs()
  const context = eventContext(ctx)
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

/** The event as the runner describes it: the ref, the pull request's base branch, the commit before a push. */
export function eventContext(ctx: RunnerContext): EventContext {
  const payload = ctx.payload as { before?: unknown; pull_request?: { base?: { ref?: unknown } } }
  const baseRef = typeof payload.pull_request?.base?.ref === 'string' ? payload.pull_request.base.ref : ctx.baseRef
  const context: EventContext = { eventName: ctx.eventName || 'push', ref: ctx.ref }
  if (baseRef) context.baseRef = baseRef
  if (typeof payload.before === 'string') context.before = payload.before
  return context
}
