// Release notes over a 100,000-commit history (made once with git fast-import and cached in the temp dir for later
// runs), the bundle run as the runner runs it, against plain `git log` of the same range (and git-cliff, the npm
// package, where it runs), side by side: interleaved rounds with the order rotated, a warm-up round dropped, the
// outputs deleted and `sync` before each run, medians of wall and CPU time, peak RSS from GNU time.
// Targets (DESIGN.md, issue "cost follows the work"):
// - the last tag, 1,000 commits in the release on the 100k history: ≤ 3 × git log of the range + a bounded constant
//   (an empty node process, the runtime's start-up, plus 150 ms to load the bundle), faster than git-cliff;
// - a first release of the 100k commits: ≤ 1.5 × git log; peak RSS ≤ 64 MiB above an empty node process.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { TestRepo, suiteRoot } from '@slipway/test-support'
import { fastImportHistory } from '../actions/release-notes/__tests__/fixtures/histories.js'
import { fmtMiB, fmtMs, measure, median, type Bench, type BenchRow } from './harness.js'

const COMMITS = 100_000
const RELEASE = 1_000
const ROUNDS = Number(process.env.SLIPWAY_BENCH_ROUNDS ?? 5)
/** git-cliff on the whole history takes minutes and gigabytes: only when asked. */
const CLIFF_FIRST = process.env.SLIPWAY_BENCH_CLIFF_FIRST === '1'
/** The bounded constant of the last-tag target, on top of an empty node process. */
const BUNDLE_MS = 150

/**
 * The history, with two tag schemes: `v1.0.0` (commit 99,000) and `v1.1.0` (the last commit) make a release of 1,000
 * commits on a 99,000-commit past; `first-v1.0.0` (the last commit) is a first release of all 100,000.
 */
function cachedHistory(): string {
  const dir = path.join(os.tmpdir(), `slipway-bench-release-notes-${COMMITS}-v2`)
  if (existsSync(path.join(dir, '.git', 'slipway-complete'))) return dir
  const building = `${dir}.building-${process.pid}`
  rmSync(building, { recursive: true, force: true })
  mkdirSync(building, { recursive: true })
  const repo = TestRepo.create(building)
  fastImportHistory(repo, COMMITS, {
    'v1.0.0': COMMITS - RELEASE,
    'v1.1.0': COMMITS,
    'first-v1.0.0': COMMITS,
  })
  repo.git('gc', '-q')
  mkdirSync(path.join(building, '.git', 'slipway-complete'))
  rmSync(dir, { recursive: true, force: true })
  renameSync(building, dir)
  return dir
}

interface Sample {
  ms: number
  cpuMs: number
  rss: number
}

/** Runs a command under GNU time: wall time, user + system CPU time, peak RSS. */
async function timed(command: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<Sample> {
  const result = await measure(
    '/usr/bin/time',
    ['-f', 'SLIPWAY_MAXRSS_KB=%M SLIPWAY_CPU_S=%U+%S', command, ...args],
    env ? { cwd, env } : { cwd },
  )
  if (result.exitCode !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr.slice(-2000)}`)
  const cpu = /SLIPWAY_CPU_S=([\d.]+)\+([\d.]+)/.exec(result.stderr)
  return { ms: result.ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : 0, rss: result.maxRssBytes }
}

const bench: Bench = {
  name: 'release-notes',
  async run() {
    const repo = cachedHistory()
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'slipway-bench-notes-out-'))
    const bundle = path.join(suiteRoot, 'dist', 'release-notes', 'index.js')
    const cliff = path.join(suiteRoot, 'node_modules', '.bin', 'git-cliff')
    const cliffRuns = (await measure(cliff, ['--version'])).exitCode === 0
    const notesEnv = (tag: string, prefix: string): NodeJS.ProcessEnv => ({
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_WORKSPACE: repo,
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_OUTPUT: path.join(scratch, 'output'),
      RUNNER_TEMP: scratch,
      INPUT_TAG: tag,
      'INPUT_TAG-PREFIX': prefix,
      'INPUT_CREATE-RELEASE': 'false',
      INPUT_IMAGES: 'ghcr.io/octo-org/server',
    })
    type Tool = [string, string[], NodeJS.ProcessEnv?]
    const tools: Record<string, Tool> = {
      'notes last': [process.execPath, [bundle], notesEnv('v1.1.0', 'v')],
      'git log last': ['git', ['log', 'v1.0.0..v1.1.0']],
      'notes first': [process.execPath, [bundle], notesEnv('first-v1.0.0', 'first-v')],
      'git log first': ['git', ['log', 'first-v1.0.0']],
      'empty node': [process.execPath, [path.join(suiteRoot, 'bench', 'empty.mjs')]],
    }
    if (cliffRuns) tools['git-cliff last'] = [cliff, ['v1.0.0..v1.1.0']]
    if (cliffRuns && CLIFF_FIRST) tools['git-cliff first'] = [cliff, ['first-v1.0.0']]
    const samples: Record<string, Sample[]> = Object.fromEntries(Object.keys(tools).map((name) => [name, []]))
    const names = Object.keys(tools)
    try {
      for (let round = -1; round < ROUNDS; round++) {
        // Rotate the order so that no tool always runs after the same neighbour.
        const order = names.map((_, i) => names[(i + Math.max(round, 0)) % names.length] ?? '')
        for (const name of order) {
          const [command, args, env] = tools[name] ?? ['', []]
          writeFileSync(path.join(scratch, 'output'), '')
          rmSync(path.join(scratch, 'release-notes'), { recursive: true, force: true })
          spawnSync('sync')
          const sample = await timed(command, args, repo, env)
          if (round >= 0) samples[name]?.push(sample)
        }
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
    const wall = (name: string) => median((samples[name] ?? []).map((s) => s.ms))
    const cpu = (name: string) => median((samples[name] ?? []).map((s) => s.cpuMs))
    const rss = (name: string) => median((samples[name] ?? []).map((s) => s.rss))
    const both = (name: string) => `${fmtMs(wall(name))} (CPU ${fmtMs(cpu(name))})`
    const empty = wall('empty node')
    const rows: BenchRow[] = [
      {
        bench: 'release-notes',
        metric: `last tag, ${RELEASE} commits on a ${COMMITS / 1000}k history, vs git log of the range (${ROUNDS} rounds)`,
        slipway: both('notes last'),
        baseline: `${both('git log last')}; empty node ${fmtMs(empty)}`,
        ratio: wall('notes last') / wall('git log last'),
        target: `≤ 3 × git log + empty node + ${BUNDLE_MS} ms`,
        met: wall('notes last') <= 3 * wall('git log last') + empty + BUNDLE_MS,
      },
      {
        bench: 'release-notes',
        metric: 'last tag: time beyond an empty node process, vs git log of the range',
        slipway: fmtMs(wall('notes last') - empty),
        baseline: fmtMs(wall('git log last')),
        ratio: (wall('notes last') - empty) / wall('git log last'),
        target: 'report',
        met: true,
      },
      {
        bench: 'release-notes',
        metric: `first release, ${COMMITS / 1000}k commits, vs git log (${ROUNDS} rounds)`,
        slipway: both('notes first'),
        baseline: both('git log first'),
        ratio: wall('notes first') / wall('git log first'),
        target: '≤ 1.5 × git log',
        met: wall('notes first') <= 1.5 * wall('git log first'),
      },
      {
        bench: 'release-notes',
        metric: 'peak RSS above an empty node process: last tag / first release',
        slipway: `${fmtMiB(rss('notes last') - rss('empty node'))} / ${fmtMiB(rss('notes first') - rss('empty node'))}`,
        baseline: `${fmtMiB(rss('empty node'))} empty node`,
        target: '≤ 64 MiB (first release)',
        met: rss('notes first') > 0 && rss('notes first') - rss('empty node') <= 64 * 1024 * 1024,
      },
    ]
    if (cliffRuns) {
      rows.push({
        bench: 'release-notes',
        metric: `last tag, ${RELEASE} commits, vs git-cliff of the range`,
        slipway: both('notes last'),
        baseline: `${both('git-cliff last')}, ${fmtMiB(rss('git-cliff last'))}`,
        ratio: wall('notes last') / wall('git-cliff last'),
        target: 'faster than git-cliff',
        met: wall('notes last') < wall('git-cliff last'),
      })
      if (CLIFF_FIRST) {
        rows.push({
          bench: 'release-notes',
          metric: `first release, ${COMMITS / 1000}k commits, vs git-cliff`,
          slipway: both('notes first'),
          baseline: `${both('git-cliff first')}, ${fmtMiB(rss('git-cliff first'))}`,
          ratio: wall('notes first') / wall('git-cliff first'),
          target: 'faster than git-cliff',
          met: wall('notes first') < wall('git-cliff first'),
        })
      }
    } else {
      rows.push({
        bench: 'release-notes',
        metric: 'vs git-cliff',
        slipway: '',
        target: 'git-cliff does not run here',
        met: false,
      })
    }
    return rows
  },
}
export default bench
