import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { rehearsalSteps } from './rehearse/index.js'
import type { RehearsalStep } from './rehearse/types.js'
import { formatOutputsTable } from './format.js'

export interface RehearsalReport {
  passed: string[]
  failed: string[]
  skipped: string[]
}

/**
 * Runs every action on the built-in examples, and the three example pipelines action after action, locally, with no
 * network and no secrets, printing each step's outputs and writing each step summary to out/<step>.md (a pipeline's
 * to out/<pipeline>/<n>-<action>.md).
 */
export async function rehearse(
  root: string,
  options: { only?: string[]; outDir?: string; write?: (text: string) => void; steps?: RehearsalStep[] } = {},
): Promise<RehearsalReport> {
  const write = options.write ?? ((text: string) => process.stdout.write(text))
  const outDir = options.outDir ?? path.join(root, 'out')
  await mkdir(outDir, { recursive: true })
  const report: RehearsalReport = { passed: [], failed: [], skipped: [] }
  const steps = (options.steps ?? rehearsalSteps).filter((s) => !options.only?.length || options.only.includes(s.id))
  for (const step of steps) {
    write(`\n━━ ${step.title}\n`)
    const scratch = await mkdtemp(path.join(os.tmpdir(), `slipway-rehearse-${step.id}-`))
    try {
      const result = await step.run({ root, outDir, scratch, log: (line) => write(`  ${line}\n`) })
      for (const note of result.notes ?? []) write(`  ${note}\n`)
      const run = result.run
      if (run) {
        write(formatOutputsTable(run.outputs).replace(/^/gm, '  ') + '\n')
        for (const a of run.annotations.filter((x) => x.level !== 'debug')) write(`  ${a.level}: ${a.message}\n`)
        await writeFile(path.join(outDir, `${step.id}.md`), run.summary)
        write(`  summary: ${path.relative(process.cwd(), path.join(outDir, `${step.id}.md`)) || '.'}\n`)
      }
      // A pipeline: each action run under its own heading, its summary in out/<step>/<n>-<run>.md.
      const runs = result.runs ?? []
      for (const [index, pipelineStep] of runs.entries()) {
        const file = path.join(outDir, step.id, `${index + 1}-${pipelineStep.id}.md`)
        write(`  ▸ ${pipelineStep.title}\n`)
        write(formatOutputsTable(pipelineStep.run.outputs).replace(/^/gm, '    ') + '\n')
        for (const note of pipelineStep.notes ?? []) write(`    ${note}\n`)
        for (const a of pipelineStep.run.annotations.filter((x) => x.level !== 'debug'))
          write(`    ${a.level}: ${a.message}\n`)
        await mkdir(path.dirname(file), { recursive: true })
        await writeFile(file, pipelineStep.run.summary)
        write(`    summary: ${path.relative(process.cwd(), file)}\n`)
      }
      const failedRun = [run, ...runs.map((r) => r.run)].find((r) => r !== undefined && r.exitCode !== 0)
      if (failedRun) {
        write(`  FAILED (exit ${failedRun.exitCode})\n${failedRun.stderr.replace(/^/gm, '  ')}\n`)
        report.failed.push(step.id)
      } else if (result.skipped) {
        // A tool missing here: what could run has run (a pipeline's first steps), the rest is skipped, not failed.
        write(`  skipped: ${result.skipped}\n`)
        report.skipped.push(step.id)
      } else {
        write(`  ok\n`)
        report.passed.push(step.id)
      }
    } catch (error) {
      write(`  FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
      report.failed.push(step.id)
    } finally {
      await rm(scratch, { recursive: true, force: true })
    }
  }
  write(`\nrehearsal: ${report.passed.length} ok, ${report.failed.length} failed, ${report.skipped.length} skipped\n`)
  return report
}
