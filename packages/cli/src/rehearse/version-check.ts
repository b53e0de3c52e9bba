import { runStep } from '../runner.js'
import type { RehearsalStep } from './types.js'

/** version-check on slipway's own repository: its `version` file and the root package.json must agree. */
export const versionCheck: RehearsalStep = {
  id: 'version-check',
  title: 'version-check on this repository',
  async run({ root }) {
    const run = await runStep({
      root,
      action: 'version-check',
      workspace: root,
      inputs: { 'version-file': 'version', files: 'package.json#version' },
    })
    return { run }
  },
}
