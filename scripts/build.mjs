// Bundles every action (actions/*/src/index.ts, found by glob so none is left out) and the slipway CLI with ncc.
// Each bundle lands in dist/<name>/ as index.js, package.json and licenses.txt.
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '..')
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
const ROOT_ACTION = 'ghcr-publish'

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
    const statsJson = JSON.parse(await readFile(stats, 'utf8'))
    // ncc writes licenses.txt once per chunk, so a bundle with a chunk loaded on demand (import()) keeps only the
    // last chunk's licenses: rewrite it from every package any chunk holds.
    if (readdirSync(out).some((f) => f !== 'index.js' && f.endsWith('.js')))
      await writeFile(path.join(out, 'licenses.txt'), licenses(statsJson))
    await writeFile(path.join(out, 'sources.json'), `${JSON.stringify({ files: sources(statsJson) }, null, 1)}\n`)
  } finally {
    await rm(statsDir, { recursive: true, force: true })
  }
  return name
}

/**
 * The repository's own files a bundle was made from, with their SHA-256: the bundle tests compare them with the
 * checkout so that a test never runs a bundle older than its sources (test-support's assertBundleCurrent).
 */
function sources(stats) {
  const files = new Set()
  const visit = (modules = []) => {
    for (const m of modules) {
      const file = (m.identifier ?? '').split('!').at(-1).split('|')[0]
      if (
        path.isAbsolute(file) &&
        file.startsWith(root + path.sep) &&
        !file.includes(`${path.sep}node_modules${path.sep}`)
      )
        files.add(path.relative(root, file).split(path.sep).join('/'))
      visit(m.modules)
    }
  }
  visit(stats.modules)
  return Object.fromEntries(
    [...files].sort().map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(path.join(root, file)))
        .digest('hex'),
    ]),
  )
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
if (only.length === 0) await writeRootAction()

/**
 * GitHub Marketplace lists one action per repository, the one whose action.yml stands at the root. slipway's root
 * action is its flagship, ghcr-publish (`uses: slipway-dev/slipway@v1`), generated from actions/ghcr-publish/action.yml
 * so the two can never disagree; check-dist fails when it is stale. The other actions are used by their folder
 * (`slipway-dev/slipway/actions/<name>@v1`).
 */
async function writeRootAction() {
  const source = await readFile(path.join(root, 'actions', ROOT_ACTION, 'action.yml'), 'utf8')
  const header = [
    `# Generated by \`npm run build\` from actions/${ROOT_ACTION}/action.yml: edit that file, not this one.`,
    `# \`uses: slipway-dev/slipway@v1\` is \`uses: slipway-dev/slipway/actions/${ROOT_ACTION}@v1\`.`,
    '',
  ].join('\n')
  await writeFile(path.join(root, 'action.yml'), header + source.replaceAll('../../dist/', 'dist/'))
}
