// Bundles every action (actions/*/src/index.ts, found by glob so none is left out) and the slipway CLI with ncc.
// Each bundle lands in dist/<name>/ as index.js, package.json and licenses.txt.
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
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
  const statsDir = await mkdtemp(path.join(os.tmpdir(), 'slipway-ncc-'))
  try {
    const stats = path.join(statsDir, 'stats.json')
    await run(
      process.execPath,
      [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--target', 'es2022', '-q', '--stats-out', stats],
      {
        cwd: root,
        maxBuffer: 64 * 1024 * 1024,
      },
    )
    // ncc writes licenses.txt once per chunk, so a bundle with a chunk loaded on demand (import()) keeps only the
    // last chunk's licenses: rewrite it from every package any chunk holds.
    if (readdirSync(out).some((f) => f !== 'index.js' && f.endsWith('.js')))
      await writeFile(path.join(out, 'licenses.txt'), licenses(JSON.parse(await readFile(stats, 'utf8'))))
  } finally {
    await rm(statsDir, { recursive: true, force: true })
  }
  return name
}

/** The licenses of the npm packages in a webpack stats object, in the form ncc's license plugin writes them. */
function licenses(stats) {
  const packages = new Map()
  const visit = (modules = []) => {
    for (const m of modules) {
      const file = (m.identifier ?? '').split('!').at(-1).split('|')[0]
      const match = /^(.*\/node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(file)
      if (match && !match[1].includes('/@vercel/ncc/')) packages.set(match[2], match[1])
      visit(m.modules)
    }
  }
  visit(stats.modules)
  return [...packages.keys()]
    .sort()
    .map((name) => {
      const dir = packages.get(name)
      const license = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).license ?? ''
      const file = readdirSync(dir).find((f) => /^licen[cs]e(\.|$)/i.test(f))
      const text = file ? readFileSync(path.join(dir, file), 'utf8').trim() : ''
      return `${name}\n${license}\n${text}\n`
    })
    .join('\n')
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
