import path from 'node:path'
import { runStep } from '../runner.js'
import type { RehearsalStep } from './types.js'
import { ScratchRepo } from './workflow.js'

/**
 * oci-labels on a small repository released as v1.0.0 then v1.2.0, with a Dockerfile: the zero-config release tags
 * (1.2.0, 1.2, 1, latest), the OCI labels from git alone, and the base image from the Dockerfile.
 */
export const ociLabels: RehearsalStep = {
  id: 'oci-labels',
  title: 'oci-labels on a repository tagged v1.2.0 (zero-config release tags)',
  async run({ root, scratch }) {
    const repo = new ScratchRepo(path.join(scratch, 'app'))
    repo.commit('First release', {
      files: { Dockerfile: 'ARG BASE=docker.io/library/alpine\nFROM ${BASE}:3.19 AS run\n' },
      tag: 'v1.0.0',
    })
    repo.commit('Second release', { tag: 'v1.2.0' })
    const run = await runStep({
      root,
      action: 'oci-labels',
      workspace: repo.dir,
      event: 'push',
      ref: 'refs/tags/v1.2.0',
      repository: 'acme/app',
      inputs: { images: 'ghcr.io/acme/app', dockerfile: 'Dockerfile' },
    })
    return { run, notes: [`tags: ${(run.outputs['tag-names'] ?? '').split('\n').join(', ')}`] }
  },
}
