import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { findSuiteRoot, listActionIds, readActionMetadata } from './action-metadata.js'
import { formatOutputsTable } from './format.js'
import { isoBuildCommand } from './iso-build.js'
import { rehearse } from './rehearse.js'
import { runStep } from './runner.js'

const usage = `slipway: run slipway's GitHub actions on your own machine, exactly as the runner does.

Usage:
  slipway list [--json]                      every action with its inputs and outputs
  slipway run <action> [options]             run one action's bundle
      --with name=value                      an input (repeatable); action.yml defaults fill the rest
      --event <name>                         the event name (default push)
      --payload <file.json>                  the event payload (default: a minimal one for the event)
      --ref <ref>                            GITHUB_REF (default: the current branch)
      --repository <owner/name>              GITHUB_REPOSITORY (default: from the origin remote)
      --workspace <dir>                      GITHUB_WORKSPACE (default: the current directory)
      --json                                 print the result as JSON
  slipway iso-build --source <dir> [...]     write an ISO image with the iso-build action (--help: every option)
  slipway rehearse [step ...]                run every action on the built-in examples, then the three example
                                             pipelines (pipeline-container-service, pipeline-release,
                                             pipeline-vm-templates); summaries go to out/
`

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  const here = path.dirname(fileURLToPath(import.meta.url))
  const root = findSuiteRoot(here)
  switch (command) {
    case 'list':
      return list(root, rest)
    case 'run':
      return run(root, rest)
    case 'iso-build':
      return isoBuildCommand(root, rest)
    case 'rehearse': {
      const report = await rehearse(root, { only: rest })
      return report.failed.length === 0 ? 0 : 1
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(usage)
      return command === undefined ? 2 : 0
    default:
      process.stderr.write(`slipway: unknown command '${command}'\n\n${usage}`)
      return 2
  }
}

function list(root: string, args: string[]): number {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } })
  const actions = listActionIds(root).map((id) => readActionMetadata(root, id))
  if (values.json) {
    process.stdout.write(JSON.stringify(actions, null, 2) + '\n')
    return 0
  }
  for (const action of actions) {
    process.stdout.write(`${action.id}: ${action.description}\n`)
    for (const input of action.inputs) {
      const extra = input.required
        ? ' (required)'
        : input.default !== undefined
          ? ` (default: ${JSON.stringify(input.default)})`
          : ''
      process.stdout.write(`  input   ${input.name}${extra}: ${input.description.split('\n')[0] ?? ''}\n`)
    }
    for (const output of action.outputs) {
      process.stdout.write(`  output  ${output.name}: ${output.description.split('\n')[0] ?? ''}\n`)
    }
    process.stdout.write('\n')
  }
  return 0
}

async function run(root: string, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      with: { type: 'string', multiple: true },
      event: { type: 'string' },
      payload: { type: 'string' },
      ref: { type: 'string' },
      repository: { type: 'string' },
      workspace: { type: 'string' },
      json: { type: 'boolean' },
    },
  })
  const [action] = positionals
  if (!action || positionals.length > 1) {
    process.stderr.write(`slipway run: name exactly one action, one of: ${listActionIds(root).join(', ')}\n`)
    return 2
  }
  const inputs: Record<string, string> = {}
  for (const pair of values.with ?? []) {
    const eq = pair.indexOf('=')
    if (eq <= 0) {
      process.stderr.write(`slipway run: --with ${JSON.stringify(pair)}: expected name=value\n`)
      return 2
    }
    inputs[pair.slice(0, eq)] = pair.slice(eq + 1)
  }
  const result = await runStep({
    root,
    action,
    inputs,
    workspace: values.workspace ?? process.cwd(),
    event: values.event,
    payload: values.payload ? (JSON.parse(readFileSync(values.payload, 'utf8')) as Record<string, unknown>) : undefined,
    ref: values.ref,
    repository: values.repository,
    stream: !values.json,
  })
  if (values.json) {
    process.stdout.write(
      JSON.stringify(
        {
          exitCode: result.exitCode,
          outputs: result.outputs,
          summary: result.summary,
          annotations: result.annotations,
        },
        null,
        2,
      ) + '\n',
    )
  } else {
    process.stdout.write(`\nOutputs:\n${formatOutputsTable(result.outputs)}\n`)
    if (result.summary.trim()) process.stdout.write(`\nStep summary:\n${result.summary}\n`)
    process.stdout.write(
      result.exitCode === 0 ? '\nThe step succeeded.\n' : `\nThe step failed (exit ${result.exitCode}).\n`,
    )
  }
  return result.exitCode
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`slipway: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  },
)
