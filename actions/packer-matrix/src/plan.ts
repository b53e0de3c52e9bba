import { ConfigError, type Logger } from '@slipway/action-kit'
import { Git } from '@slipway/git'
import { changeRangeOf, selectChanged, type ChangeRange } from './changed.js'
import { explicitTemplates, pairTemplates, readEntries, type MatrixEntry } from './discover.js'
import { applyFilters } from './filter.js'
import type { Inputs } from './inputs.js'

/** GitHub refuses a matrix of more than 256 jobs. */
export const MAX_MATRIX = 256

export interface Plan {
  entries: MatrixEntry[]
  /** Every entry found before filtering. */
  discovered: MatrixEntry[]
  /** Why entries were dropped (shown when the matrix is empty). */
  reasons: string[]
}

export interface EventContext {
  name: string
  payload: Readonly<Record<string, unknown>>
}

/** Discovers, reads and filters the templates into the matrix entries. Reads files and git; writes nothing. */
export async function planMatrix(inputs: Inputs, event: EventContext, logger: Logger): Promise<Plan> {
  const refs =
    inputs.templates.length > 0
      ? await explicitTemplates(inputs.templates, inputs.root, inputs.workspace)
      : pairTemplates(inputs.root, inputs.workspace)
  const discovered = readEntries(refs, inputs.workspace)
  logger.info(`Found ${discovered.length} template(s): ${discovered.map((e) => e.artifact_name).join(', ') || 'none'}`)
  const filtered = applyFilters(
    discovered,
    { os: inputs.osFilter, arch: inputs.arch, exclude: inputs.exclude },
    inputs.rawOsFilter,
    inputs.rawArch,
  )
  let { entries } = filtered
  const reasons = [...filtered.reasons]
  if (discovered.length === 0) reasons.unshift(`no *.pkr.hcl template with os_name found under ${inputs.root}`)
  if (inputs.osFilter.kind === 'changed') {
    const range: ChangeRange | undefined =
      inputs.base !== undefined && inputs.head !== undefined
        ? { base: inputs.base, head: inputs.head }
        : changeRangeOf(event.name, event.payload)
    if (range === undefined) {
      logger.notice(
        `os-filter changed: the ${event.name} event has no base to compare with, so every template is built`,
      )
      reasons.push(`changed: no base commit in the ${event.name} event, all kept`)
    } else {
      const selection = await selectChanged(
        entries,
        new Git(inputs.workspace),
        range,
        inputs.sharedPaths,
        inputs.workspace,
      )
      entries = selection.entries
      if (selection.sharedChanges.length > 0) {
        reasons.push(`changed: shared paths changed (${selection.sharedChanges.slice(0, 5).join(', ')}), all kept`)
      } else {
        reasons.push(
          `changed: ${selection.changedFiles.length} file(s) changed between ${range.base.slice(0, 12)} and ${range.head.slice(0, 12)}, ${entries.length} template(s) affected`,
        )
      }
    }
  }
  if (entries.length > MAX_MATRIX) {
    throw new ConfigError(
      `the matrix has ${entries.length} entries, more than the ${MAX_MATRIX} GitHub allows in one job matrix: narrow it with os-filter, arch or exclude, or split the workflow`,
    )
  }
  return { entries, discovered, reasons }
}
