// Release notes over a 100,000-commit history (made once with git fast-import and cached in the temp dir for later
// runs), against plain `git log` of the same range and against git-cliff (npm package), medians of one run.
// Targets (DESIGN.md): ≤ 1.5 × git log; faster than git-cliff.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { TestRepo, runBundle, suiteRoot } from '@slipway/test-support'
import { fastImportHistory } from '../actions/release-notes/__tests__/fixtures/histories.js'
import { fmtMs, measure, median, type Bench, type BenchRow } from './harness.js'

const COMMITS = 100_000
const RUNS = 5
const CLIFF_RUNS = 3
const RANGE = ['v1.0.0', 'v2.0.0'] as const

function cachedHistory(): string {
  const dir = path.join(os.tmpdir(), `slipway-bench-release-notes-${COMMITS}-v1`)
  if (existsSync(path.join(dir, '.git', 'slipway-complete'))) return dir
  const building = `${dir}.building-${process.pid}`
  rmSync(building, { recursive: true, force: true })
  mkdirSync(building, { recursive: true })
  const repo = TestRepo.create(building)
  fastImportHistory(repo, COMMITS, { [RANGE[0]]: 1, [RANGE[1]]: COMMITS })
  repo.git('gc', '-q')
  mkdirSync(path.join(building, '.git', 'slipway-complete'))
  rmSync(dir, { recursive: true, force: true })
  renameSync(building, dir)
  return dir
}

const bench: Bench = {
  name: 'release-notes',
  async run() {
    const dir = cachedHistory()
    const cliff = path.join(suiteRoot, 'node_modules', '.bin', 'git-cliff')
    const cliffRuns = (await measure(cliff, ['--version'])).exitCode === 0
    const notes: number[] = []
    const log: number[] = []
    const gitCliff: number[] = []
    let commits = ''
    for (let i = 0; i < RUNS; i++) {
      const run = await runBundle({
        action: 'release-notes',
        workspace: dir,
        token: '',
        repository: 'octo-org/octo-repo',
        inputs: { tag: RANGE[1], 'create-release': 'false', images: 'ghcr.io/octo-org/server' },
      })
      if (run.exitCode !== 0) throw new Error(`release-notes failed:\n${run.stdout}\n${run.stderr}`)
      commits = /\| Commits \| (\d+) \|/.exec(run.summary)?.[1] ?? '?'
      notes.push(run.durationMs)
      const plain = await measure('git', ['log', `${RANGE[0]}..${RANGE[1]}`], { cwd: dir })
      log.push(plain.ms)
      if (cliffRuns && i < CLIFF_RUNS) {
        const cliffRun = await measure(cliff, [`${RANGE[0]}..${RANGE[1]}`], { cwd: dir })
        if (cliffRun.exitCode !== 0) throw new Error(`git-cliff failed: ${cliffRun.stderr}`)
        gitCliff.push(cliffRun.ms)
      }
    }
    const ms = median(notes)
    const rows: BenchRow[] = [
      {
        bench: 'release-notes',
        metric: `notes of ${commits} commits vs git log (median of ${RUNS})`,
        slipway: fmtMs(ms),
        baseline: `${fmtMs(median(log))} git log`,
        ratio: ms / median(log),
        target: '≤ 1.5 × git log',
        met: ms <= 1.5 * median(log),
      },
    ]
    if (cliffRuns) {
      rows.push({
        bench: 'release-notes',
        metric: `notes of ${commits} commits vs git-cliff (medians of ${RUNS} and ${CLIFF_RUNS})`,
        slipway: fmtMs(ms),
        baseline: `${fmtMs(median(gitCliff))} git-cliff`,
        ratio: ms / median(gitCliff),
        target: 'faster than git-cliff',
        met: ms < median(gitCliff),
      })
    } else {
      rows.push({
        bench: 'release-notes',
        metric: 'vs git-cliff',
        slipway: fmtMs(ms),
        target: 'git-cliff does not run here',
        met: false,
      })
    }
    return rows
  },
}
export default bench
