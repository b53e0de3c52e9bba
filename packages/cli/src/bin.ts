import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { findSuiteRoot, listActionIds, readActionMetadata } from './action-metadata.js'
import { formatOutputsTable } from './format.js'
import { isoBuildCommand } from './iso-build.js'
import { LogRenderer } from './log.js'
import { runStep } from './runner.js'
import { workflowUsage } from './workflow/usage.js'

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
      --raw                                  print workflow commands as the action wrote them
      --json                                 print the result as JSON
  slipway iso-build --source <dir> [...]     write an ISO image with the iso-build action (--help: every option)
${workflowUsage}`

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  const here = path.dirname(fileURLToPath(import.meta.url))
  const root = findSuiteRoot(here)
  // `--help` after a command: its usage (for `run <action>`, that action's inputs and outputs), never an option error.
  if (command !== 'iso-build' && rest.some((arg) => arg === '--help' || arg === '-h')) {
    const [action] = rest
    if (command === 'run' && action !== undefined && !action.startsWith('-')) {
      if (!listActionIds(root).includes(action)) {
        process.stderr.write(`slipway: no action named '${action}'; actions: ${listActionIds(root).join(', ')}\n`)
        return 2
      }
      process.stdout.write(describeAction(readActionMetadata(root, action)))
      return 0
    }
    process.stdout.write(usage)
    return 0
  }
  switch (command) {
    case 'list':
      return list(root, rest)
    case 'run':
      return run(root, rest)
    case 'iso-build':
      return isoBuildCommand(root, rest)
    case 'workflow': {
      // Loaded on demand: the workflow parser and its schema are for this command only.
      const { workflowCommand } = await import('./workflow/command.js')
      return (await workflowCommand(root, rest)).exitCode
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
  for (const action of actions) process.stdout.write(`${describeAction(action)}\n`)
  return 0
}

/** One action as `slipway list` prints it: its description, then each input (with its default) and output. */
function describeAction(action: ReturnType<typeof readActionMetadata>): string {
  const lines = [`${action.id}: ${action.description}`]
  for (const input of action.inputs) {
    const extra = input.required
      ? ' (required)'
      : input.default !== undefined
        ? ` (default: ${JSON.stringify(input.default)})`
        : ''
    lines.push(`  input   ${input.name}${extra}: ${input.description.split('\n')[0] ?? ''}`)
  }
  for (const output of action.outputs)
    lines.push(`  output  ${output.name}: ${output.description.split('\n')[0] ?? ''}`)
  return `${lines.join('\n')}\n`
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
      raw: { type: 'boolean' },
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
  const log = new LogRenderer((text) => process.stdout.write(text), values.raw ? { raw: true } : {})
  const result = await runStep({
    root,
    action,
    inputs,
    workspace: values.workspace ?? process.cwd(),
    event: values.event,
    payload: values.payload ? (JSON.parse(readFileSync(values.payload, 'utf8')) as Record<string, unknown>) : undefined,
    ref: values.ref,
    repository: values.repository,
    // As the runner's log view shows them: annotations with file:line, groups folded, masked values as ***.
    ...(values.json ? {} : { onOutput: (chunk: string, stream: 'stdout' | 'stderr') => log.chunk(chunk, stream) }),
  })
  log.flush()
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
