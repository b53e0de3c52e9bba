// Cold start of each action's bundle with typical inputs, as the runner starts it, and its bundle size.
// Target (DESIGN.md): ≤ 1.7 × an empty node process and ≤ 1 MB per action. Baseline: an empty node process (the floor
// any JavaScript action pays), run by the same harness beside each action, run for run.
import { statSync } from 'node:fs'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { listActionIds } from '@slipway/cli'
import { TestRepo, runBundle, suiteRoot } from '@slipway/test-support'
import { fmtMs, median, type Bench, type BenchRow } from './harness.js'

/** Typical inputs per action, run in a small repository with a version file. Actions add their entry here. */
const typicalInputs: Record<string, Record<string, string>> = {
  'version-check': { 'version-file': 'version', files: 'package.json#version' },
  // Start-up and input validation only: the bench repository has no Dockerfile, so it stops before any build.
  'ghcr-publish': { image: 'acme/app', push: 'false', builder: 'buildah' },
  'oci-labels': {
    images: 'ghcr.io/acme/app',
    tags: 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}\ntype=ref,event=branch\ntype=sha',
    labels: 'org.opencontainers.image.vendor=Acme',
  },
  'iso-build': { files: 'version => /version', output: 'out/image.iso', 'volume-id': 'COLD_START' },
  'release-notes': { 'create-release': 'false', images: 'ghcr.io/octo-org/server' },
  'packer-matrix': { path: '.', 'os-filter': 'all' },
}

const RUNS = 7

const bench: Bench = {
  name: 'cold-start',
  async run() {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'slipway-bench-cold-'))
    const repo = TestRepo.create(path.join(scratch, 'repo'))
    repo.commit({ message: 'init', files: { version: '1.2.3\n', 'package.json': '{"version":"1.2.3"}\n' } })
    const rows: BenchRow[] = []
    try {
      // The floor is measured beside each action, run for run, so both see the same machine.
      const emptyRun = async (): Promise<number> =>
        (
          await runBundle({
            action: listActionIds(suiteRoot)[0]!,
            workspace: repo.dir,
            bundle: path.join(suiteRoot, 'bench', 'empty.mjs'),
          })
        ).durationMs
      for (const id of listActionIds(suiteRoot)) {
        const times: number[] = []
        const floor: number[] = []
        for (let i = 0; i < RUNS; i++) {
          floor.push(await emptyRun())
          const run = await runBundle({ action: id, workspace: repo.dir, inputs: typicalInputs[id] ?? {} })
          times.push(run.durationMs)
        }
        const ms = median(times)
        const floorMs = median(floor)
        const size = statSync(path.join(suiteRoot, 'dist', id, 'index.js')).size
        rows.push({
          bench: 'cold-start',
          metric: `${id} start (median of ${RUNS})`,
          slipway: fmtMs(ms),
          baseline: `${fmtMs(floorMs)} empty node`,
          ratio: ms / floorMs,
          target: '≤ 1.7× empty node',
          met: ms <= 1.7 * floorMs,
        })
        rows.push({
          bench: 'cold-start',
          metric: `${id} bundle size`,
          slipway: `${(size / 1024).toFixed(0)} KiB`,
          target: '≤ 1 MB',
          met: size <= 1_000_000,
        })
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
    return rows
  },
}
export default bench
