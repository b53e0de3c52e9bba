// `slipway iso-build`: the iso-build action from a shell or a Dockerfile stage, with nothing but Node. It runs the
// action's own bundle (dist/iso-build) exactly as `slipway run iso-build` does: every input of action.yml is a
// `--<input> <value>` option, the workspace is the current folder, and SOURCE_DATE_EPOCH comes from the environment.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { readActionMetadata } from './action-metadata.js'
import { runStep } from './runner.js'

const ACTION = 'iso-build'

export function isoBuildUsage(root: string): string {
  const inputs = readActionMetadata(root, ACTION).inputs
  const width = Math.max(...inputs.map((input) => input.name.length)) + 10
  const lines = inputs.map((input) => {
    const first = input.description.split(/(?<=\.)\s/)[0] ?? ''
    return `  ${`--${input.name} <value>`.padEnd(width)} ${first.replace(/\s+/g, ' ')}`
  })
  return `Usage: slipway iso-build --source <dir> [--profile plain|cidata|autounattend] [--output <file.iso>] [options]

Writes an ISO 9660 image (Rock Ridge and Joliet) with the iso-build action, in the current folder as its workspace.
Timestamps come from SOURCE_DATE_EPOCH, else the git HEAD commit time; without either, pass --reproducible false.

Options (the action's inputs):
${lines.join('\n')}
  ${'--workspace <dir>'.padEnd(width)} The folder paths are relative to and confined to (default: the current one).
`
}

/** Runs the command; returns the exit code. Messages go to stderr, the image's facts to stdout. */
export async function isoBuildCommand(root: string, args: string[]): Promise<number> {
  const metadata = readActionMetadata(root, ACTION)
  const options: Record<string, { type: 'string' | 'boolean' }> = { workspace: { type: 'string' } }
  for (const input of metadata.inputs) options[input.name] = { type: 'string' }
  options.help = { type: 'boolean' }
  let values: Record<string, string | boolean | undefined>
  try {
    ;({ values } = parseArgs({ args, options, strict: true, allowPositionals: false }))
  } catch (error) {
    process.stderr.write(`slipway iso-build: ${(error as Error).message}\n\n${isoBuildUsage(root)}`)
    return 2
  }
  if (values.help === true) {
    process.stdout.write(isoBuildUsage(root))
    return 0
  }
  const inputs: Record<string, string> = {}
  for (const input of metadata.inputs) {
    const value = values[input.name]
    if (typeof value === 'string') inputs[input.name] = value
  }
  const workspace = path.resolve(typeof values.workspace === 'string' ? values.workspace : process.cwd())
  const result = await runStep({ root, action: ACTION, inputs, workspace, stream: false })
  for (const line of result.stdout.split(/\r?\n/)) {
    const command = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line)
    if (command) process.stderr.write(`${command[1] ?? ''}: ${unescape(command[3] ?? '')}\n`)
    else if (line !== '' && !line.startsWith('::')) process.stderr.write(`${line}\n`)
  }
  if (result.stderr) process.stderr.write(result.stderr)
  if (result.exitCode !== 0) return result.exitCode
  for (const name of ['path', 'size', 'sha256', 'volume-id', 'file-count'])
    process.stdout.write(`${name}: ${result.outputs[name] ?? ''}\n`)
  return 0
}

/** Workflow command data escapes (%25 %0D %0A) back to text. */
function unescape(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}
