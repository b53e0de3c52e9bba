import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runStep } from '../runner.js'
import type { RehearsalStep } from './types.js'

/**
 * oci-labels on a small repository released as v1.0.0 then v1.2.0, with a Dockerfile: the zero-config release tags
 * (1.2.0, 1.2, 1, latest), the OCI labels from git alone, and the base image from the Dockerfile.
 */
export const ociLabels: RehearsalStep = {
  id: 'oci-labels',
  title: 'oci-labels on a repository tagged v1.2.0 (zero-config release tags)',
  async run({ root, scratch }) {
    const repo = path.join(scratch, 'app')
    mkdirSync(repo, { recursive: true })
    const date = '2024-06-01T08:00:00Z'
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_TERMINAL_PROMPT: '0' },
      }).trim()
    git('init', '-q', '-b', 'main')
    git('config', 'user.name', 'Rehearsal')
    git('config', 'user.email', 'rehearsal@example.com')
    git('config', 'commit.gpgsign', 'false')
    git('config', 'tag.gpgsign', 'false')
    writeFileSync(path.join(repo, 'Dockerfile'), 'ARG BASE=docker.io/library/alpine\nFROM ${BASE}:3.19 AS run\n')
    git('add', '-A')
    git('commit', '-q', '-m', 'First release')
    git('tag', 'v1.0.0')
    git('commit', '-q', '--allow-empty', '-m', 'Second release')
    git('tag', 'v1.2.0')
    const run = await runStep({
      root,
      action: 'oci-labels',
      workspace: repo,
      event: 'push',
      ref: 'refs/tags/v1.2.0',
      repository: 'acme/app',
      inputs: { images: 'ghcr.io/acme/app', dockerfile: 'Dockerfile' },
    })
    return { run, notes: [`tags: ${(run.outputs['tag-names'] ?? '').split('\n').join(', ')}`] }
  },
}
