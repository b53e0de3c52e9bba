// Fails when dist/ is not exactly what `npm run build` makes from the sources: a stale bundle, a missing one, or a
// stray file (git status --porcelain also lists untracked files, which a plain git diff would miss).
import { execFileSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' })

if (git('status', '--porcelain', '--', 'dist', 'action.yml').trim() !== '') {
  console.error('dist/ or action.yml has uncommitted changes before the rebuild; commit or discard them first:')
  console.error(git('status', '--porcelain', '--', 'dist', 'action.yml'))
  process.exit(1)
}
execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' })
const after = git('status', '--porcelain', '--', 'dist', 'action.yml')
if (after.trim() !== '') {
  console.error('dist/ is stale: `npm run build` changed these files. Run it and commit dist/ and action.yml:')
  console.error(after)
  console.error(git('diff', '--stat', '--', 'dist', 'action.yml'))
  process.exit(1)
}
console.log('dist/ is current')
