// `npm start`: the example pipelines rehearsed by running their workflow files through `slipway workflow` (the built
// CLI), each on a repository made for it, with the loopback stand-ins its flags name. Step summaries are kept under
// out/<pipeline>/summaries/. `npm start -- <id> ...` runs only those.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { assertBundlesCurrent } from './bundle-guard.js'
import { suiteRoot } from './index.js'
import { pipelines, runEnv } from './pipelines.js'
import { runWorkflowCli } from './workflow-run.js'

async function rehearse(only: string[]): Promise<number> {
  const chosen = pipelines.filter((p) => only.length === 0 || only.includes(p.id))
  const unknown = only.filter((id) => !pipelines.some((p) => p.id === id))
  if (unknown.length > 0) {
    process.stderr.write(
      `npm start: no pipeline ${unknown.join(', ')}; the pipelines: ${pipelines.map((p) => p.id).join(', ')}\n`,
    )
    return 2
  }
  try {
    // Before any pipeline sets up its registries and mirrors: the CLI runs the bundles, so they must be current.
    assertBundlesCurrent(suiteRoot)
  } catch (error) {
    process.stderr.write(`npm start: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
  const report = { ok: [] as string[], failed: [] as string[], skipped: [] as string[] }
  for (const definition of chosen) {
    process.stdout.write(`\n══ ${definition.id}: ${definition.title}\n`)
    const missing = definition.missing()
    if (missing !== undefined) {
      process.stdout.write(`skipped: ${missing}\n`)
      report.skipped.push(definition.id)
      continue
    }
    const scratch = mkdtempSync(path.join(os.tmpdir(), `slipway-rehearse-${definition.id}-`))
    const out = path.join(suiteRoot, 'out', definition.id)
    rmSync(out, { recursive: true, force: true })
    mkdirSync(out, { recursive: true })
    const prepared = await definition.prepare(scratch)
    try {
      process.stdout.write(`$ slipway workflow ${definition.workflow} ${prepared.args.slice(1).map(quote).join(' ')}\n`)
      const result = await runWorkflowCli(suiteRoot, [...prepared.args, '--out', out], {
        env: runEnv(prepared),
        write: (text) => process.stdout.write(text),
      })
      ;(result.exitCode === 0 ? report.ok : report.failed).push(definition.id)
    } catch (error) {
      process.stdout.write(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
      report.failed.push(definition.id)
    } finally {
      await prepared.stop()
      rmSync(scratch, { recursive: true, force: true })
    }
  }
  process.stdout.write(
    `\nrehearsal: ${report.ok.length} ok, ${report.failed.length} failed${report.failed.length > 0 ? ` (${report.failed.join(', ')})` : ''}, ${report.skipped.length} skipped\n`,
  )
  return report.failed.length === 0 ? 0 : 1
}

const quote = (arg: string) => (/^[\w./:=@-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`)

process.exitCode = await rehearse(process.argv.slice(2))
