// npm pack (prepack): copies the built bundles the command needs from the repository into this folder, laid out as
// in the repository (dist/cli, dist/iso-build, actions/iso-build/action.yml), so the CLI finds them the same way.
// The bundles are those committed in dist/: run `npm run build` at the root first when the sources changed.
// `--clean` (postpack) removes the staged copies again, so the checkout holds each bundle once.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

const here = import.meta.dirname
const root = path.resolve(here, '..', '..')
const copies = [
  ['dist/cli', 'dist/cli'],
  ['dist/iso-build', 'dist/iso-build'],
  ['actions/iso-build/action.yml', 'actions/iso-build/action.yml'],
  ['LICENSE', 'LICENSE'],
]
for (const staged of ['dist', 'actions', 'LICENSE']) rmSync(path.join(here, staged), { recursive: true, force: true })
if (process.argv.includes('--clean')) process.exit(0)
for (const [from, to] of copies) {
  const source = path.join(root, from)
  if (!existsSync(source)) throw new Error(`${from} is missing: run npm run build at the repository root first`)
  mkdirSync(path.dirname(path.join(here, to)), { recursive: true })
  cpSync(source, path.join(here, to), { recursive: true })
}
