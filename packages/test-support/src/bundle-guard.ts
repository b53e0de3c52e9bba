import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** What `npm run build` records beside each bundle: the repository files it was made from and their SHA-256. */
interface SourcesRecord {
  files: Record<string, string>
}

const checked = new Map<string, string | undefined>()

/**
 * Why the committed bundle `dist/<name>` is not the build of the sources in this checkout, or undefined when it is.
 * The bundle tests run `dist/`, so a test run after a source edit without `npm run build` would prove the old code.
 */
export function staleBundleProblem(root: string, name: string): string | undefined {
  const key = `${root}\0${name}`
  if (checked.has(key)) return checked.get(key)
  const record = path.join(root, 'dist', name, 'sources.json')
  let problem: string | undefined
  if (!existsSync(record)) {
    problem = `dist/${name}/sources.json is missing`
  } else {
    const { files } = JSON.parse(readFileSync(record, 'utf8')) as SourcesRecord
    const changed = Object.entries(files)
      .filter(([file, digest]) => {
        const absolute = path.join(root, file)
        return !existsSync(absolute) || sha256(readFileSync(absolute)) !== digest
      })
      .map(([file]) => file)
    if (changed.length > 0) {
      const shown = changed.slice(0, 5).join(', ') + (changed.length > 5 ? `, and ${changed.length - 5} more` : '')
      problem = `dist/${name} is older than its sources (${shown} changed since it was built)`
    }
  }
  checked.set(key, problem)
  return problem
}

/** Throws when `dist/<name>` is stale, with the command that fixes it. */
export function assertBundleCurrent(root: string, name: string): void {
  const problem = staleBundleProblem(root, name)
  if (problem) throw new Error(`${problem}: run \`npm run build\` before the bundle tests`)
}

/**
 * Throws when any bundle under `dist/` is stale. For runs that reach bundles they do not name: `slipway workflow`
 * (dist/cli) runs dist/<action> for each slipway step of the workflow.
 */
export function assertBundlesCurrent(root: string): void {
  const dist = path.join(root, 'dist')
  const names = existsSync(dist)
    ? readdirSync(dist, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
    : []
  if (!names.includes('cli')) throw new Error('dist/cli is missing: run `npm run build` first')
  const problems = names.map((name) => staleBundleProblem(root, name)).filter((p) => p !== undefined)
  if (problems.length > 0) throw new Error(`${problems.join('; ')}: run \`npm run build\` first`)
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}
