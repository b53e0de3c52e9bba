// The staleness guard of the bundle tests: a dist/ older than its sources fails them, naming the command that fixes it.
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { assertBundleCurrent, assertBundlesCurrent, staleBundleProblem, tempDir } from '../src/index.js'

const scratch = tempDir('slipway-bundle-guard-')
afterAll(() => scratch.cleanup())

let roots = 0
/** A checkout with one source file and dist/<name> built from the given text of it (a fresh root each time). */
function checkout(builtFrom: string, now: string, names = ['cli']): string {
  const root = path.join(scratch.dir, `root-${++roots}`)
  mkdirSync(path.join(root, 'packages', 'a', 'src'), { recursive: true })
  writeFileSync(path.join(root, 'packages', 'a', 'src', 'a.ts'), now)
  const digest = createHash('sha256').update(builtFrom).digest('hex')
  for (const name of names) {
    mkdirSync(path.join(root, 'dist', name), { recursive: true })
    writeFileSync(
      path.join(root, 'dist', name, 'sources.json'),
      JSON.stringify({ files: { 'packages/a/src/a.ts': digest } }),
    )
  }
  return root
}

test('a bundle built from the sources as they are passes', () => {
  const root = checkout('export const a = 1\n', 'export const a = 1\n', ['cli', 'version-check'])
  expect(staleBundleProblem(root, 'cli')).toBeUndefined()
  expect(() => assertBundlesCurrent(root)).not.toThrow()
})

test('a source changed since the build fails, naming the file and the fix', () => {
  const root = checkout('export const a = 1\n', 'export const a = 2\n')
  expect(() => assertBundleCurrent(root, 'cli')).toThrow(
    'dist/cli is older than its sources (packages/a/src/a.ts changed since it was built): run `npm run build` before the bundle tests',
  )
})

test('every bundle under dist/ is checked, and a missing record or CLI bundle fails', () => {
  const root = checkout('export const a = 1\n', 'export const a = 2\n', ['cli', 'version-check'])
  expect(() => assertBundlesCurrent(root)).toThrow(
    /^dist\/cli is older .*; dist\/version-check is older .*: run `npm run build` first$/,
  )
  const unrecorded = checkout('x', 'x')
  mkdirSync(path.join(unrecorded, 'dist', 'iso-build'))
  expect(() => assertBundlesCurrent(unrecorded)).toThrow('dist/iso-build/sources.json is missing')
  const noCli = checkout('x', 'x', ['iso-build'])
  expect(() => assertBundlesCurrent(noCli)).toThrow('dist/cli is missing')
})
