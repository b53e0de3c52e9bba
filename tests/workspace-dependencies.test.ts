// Each workspace package declares the workspace packages it imports: its sources' in `dependencies`, its tests' in
// `dependencies` or `devDependencies`. npm links every workspace at the root, so an undeclared import still resolves
// here (hoisted by accident) and breaks only where the package is installed on its own.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { suiteRoot } from '@slipway/test-support'

interface Manifest {
  name: string
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}

const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"](@slipway\/[a-z0-9-]+)/gm

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.[cm]?[jt]s$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.split(path.sep).some((part) => ['node_modules', 'dist', 'fixtures'].includes(part)))
}

function importsOf(files: string[], self: string): string[] {
  const names = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1]!))
  return [...new Set(names)].filter((name) => name !== self).sort()
}

const packages = ['actions', 'packages'].flatMap((group) =>
  readdirSync(path.join(suiteRoot, group)).map((name) => `${group}/${name}`),
)

test.each(packages)('%s declares the workspace packages it imports', (dir) => {
  const root = path.join(suiteRoot, dir)
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest
  const all = sourceFiles(root)
  const inSrc = all.filter((file) => file.startsWith(path.join(root, 'src') + path.sep))
  const inTests = all.filter((file) => !inSrc.includes(file))
  const runtime = Object.keys(manifest.dependencies ?? {})
  const development = Object.keys(manifest.devDependencies ?? {})
  expect({
    sources: importsOf(inSrc, manifest.name).filter((name) => !runtime.includes(name)),
    tests: importsOf(inTests, manifest.name).filter((name) => !runtime.includes(name) && !development.includes(name)),
  }).toEqual({ sources: [], tests: [] })
})

test('the check reads imports: ghcr-publish is seen to use image-meta, action-kit to use no workspace package', () => {
  const ghcr = sourceFiles(path.join(suiteRoot, 'actions', 'ghcr-publish', 'src'))
  expect(importsOf(ghcr, '@slipway/ghcr-publish-action')).toContain('@slipway/image-meta')
  const kit = sourceFiles(path.join(suiteRoot, 'packages', 'action-kit', 'src'))
  expect(importsOf(kit, '@slipway/action-kit')).toEqual([])
})
