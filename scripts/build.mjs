// Bundles every action (actions/*/src/index.ts, found by glob so none is left out) and the slipway CLI with ncc.
// Each bundle lands in dist/<name>/ as index.js, package.json and licenses.txt.
import { execFile } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '..')
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')

export function bundles() {
  const actionsDir = path.join(root, 'actions')
  const actions = (existsSync(actionsDir) ? readdirSync(actionsDir, { withFileTypes: true }) : [])
    .filter((d) => d.isDirectory() && existsSync(path.join(root, 'actions', d.name, 'src', 'index.ts')))
    .map((d) => ({ name: d.name, entry: path.join('actions', d.name, 'src', 'index.ts') }))
  if (actions.some((a) => a.name === 'cli')) throw new Error('An action may not be named "cli": dist/cli is the CLI')
  return [...actions, { name: 'cli', entry: path.join('packages', 'cli', 'src', 'bin.ts') }]
}

async function build({ name, entry }) {
  const out = path.join(root, 'dist', name)
  await rm(out, { recursive: true, force: true })
  await run(
    process.execPath,
    [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--target', 'es2022', '-q'],
    {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  return name
}

const only = process.argv.slice(2)
const selected = bundles().filter((b) => only.length === 0 || only.includes(b.name))
// Stale bundles of removed actions go too, so check-dist sees exactly what the sources make.
if (only.length === 0 && existsSync(path.join(root, 'dist'))) {
  const wanted = new Set(selected.map((b) => b.name))
  for (const d of readdirSync(path.join(root, 'dist')))
    if (!wanted.has(d)) await rm(path.join(root, 'dist', d), { recursive: true })
}
// ncc is single-threaded and memory-hungry: two at a time suits a 2-core machine.
const queue = [...selected]
const failures = []
await Promise.all(
  [0, 1].map(async () => {
    for (let b = queue.shift(); b; b = queue.shift()) {
      try {
        console.log(`built dist/${await build(b)}`)
      } catch (error) {
        failures.push(b.name)
        console.error(`failed to build ${b.name}:\n${error.stderr || error.message}`)
      }
    }
  }),
)
if (failures.length > 0) {
  console.error(`build failed: ${failures.join(', ')}`)
  process.exit(1)
}
