import { appendSummary, code, coreLogger, markdownTable, setOutputs, type RunnerContext } from '@slipway/action-kit'
import { getInputs } from './inputs.js'
import { planMatrix, type Plan } from './plan.js'

export async function main(ctx: RunnerContext): Promise<void> {
  const inputs = getInputs(ctx)
  const logger = coreLogger()
  const plan = await planMatrix(inputs, { name: ctx.eventName, payload: ctx.payload }, logger)
  const osList = [...new Set(plan.entries.map((e) => e.os))]
  setOutputs({ matrix: { include: plan.entries }, count: plan.entries.length, 'os-list': osList })
  if (plan.entries.length === 0) logger.notice(`The matrix is empty: ${plan.reasons.join('; ') || 'nothing matched'}`)
  await appendSummary(summaryOf(plan))
}

export function summaryOf(plan: Plan): string {
  const title = `### Packer matrix: ${plan.entries.length} of ${plan.discovered.length} template(s)\n\n`
  if (plan.entries.length === 0) {
    return `${title}Nothing to build: ${plan.reasons.join('; ') || 'nothing matched'}.\n`
  }
  const rows = plan.entries.map((e) => [
    e.os,
    e.version,
    e.arch,
    code(e.template),
    e.var_file ? code(e.var_file) : '',
    e.iso_url ? code(e.iso_url) : '',
    e.iso_cache_key ? code(e.iso_cache_key.length > 40 ? `${e.iso_cache_key.slice(0, 40)}…` : e.iso_cache_key) : '',
    code(e.artifact_name),
  ])
  const filters = plan.reasons.length > 0 ? `\nFilters: ${plan.reasons.join('; ')}.\n` : ''
  return `${title}${markdownTable(['OS', 'version', 'arch', 'template', 'var file', 'ISO', 'ISO cache key', 'artifact'], rows)}${filters}`
}
