import { execFileSync } from 'node:child_process'
import { runStep } from '../runner.js'
import type { RehearsalStep } from './types.js'

function git(root: string, ...args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return undefined
  }
}

/**
 * release-notes on slipway's own history: the notes since its last release tag (or from the first commit), written
 * locally. No token and create-release false, so nothing leaves the machine; contributors are shown by name.
 */
export const releaseNotes: RehearsalStep = {
  id: 'release-notes',
  title: 'release-notes for this repository (notes only, no release)',
  async run({ root }) {
    if (git(root, 'rev-parse', '--git-dir') === undefined) return { skipped: 'this checkout is not a git repository' }
    if (git(root, 'rev-parse', '--is-shallow-repository') === 'true') {
      return { skipped: 'this checkout is shallow (fetch its whole history to rehearse the notes)' }
    }
    const run = await runStep({
      root,
      action: 'release-notes',
      workspace: root,
      token: '',
      inputs: { 'create-release': 'false', images: 'ghcr.io/slipway/example' },
    })
    return { run, notes: (run.outputs.body ?? '').split('\n') }
  },
}
