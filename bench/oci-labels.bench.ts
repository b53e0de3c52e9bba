// oci-labels cold start with typical inputs, as the runner starts it, against an empty `node` process in the same
// run: interleaved rounds, order rotated, the first round dropped, medians of wall and CPU time (GNU time), peak RSS.
// Two typical runs: a tag push with release rules and the default token (one GET /repos/{owner}/{repo} answered by a
// loopback server), and a branch push without a token. Target (DESIGN.md): ≤ 1.7 × the empty process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { TestRepo, suiteRoot } from '@slipway/test-support'
import { fmtMs, measure, median, type Bench, type BenchRow } from './harness.js'

const ROUNDS = 11

interface Sample {
  ms: number
  cpuMs: number
  rssKiB: number
}

const bench: Bench = {
  name: 'oci-labels',
  async run() {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'slipway-bench-labels-'))
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(
        JSON.stringify({
          name: 'app',
          full_name: 'acme/app',
          html_url: 'https://github.com/acme/app',
          description: 'The app',
          default_branch: 'main',
          license: { spdx_id: 'MIT' },
        }),
      )
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const repo = TestRepo.create(path.join(scratch, 'repo'))
      repo.commit({ message: 'one', files: { Dockerfile: 'FROM alpine:3.19\n' }, tag: 'v1.1.0' })
      const sha = repo.commit({ message: 'two', tag: 'v1.2.0' })
      const event = path.join(scratch, 'event.json')
      // As GitHub writes a push event: the pushed commit's time is in it (no git call needed for it).
      const timestamp = repo.git('log', '-1', '--format=%cI', sha)
      writeFileSync(
        event,
        JSON.stringify({
          ref: 'refs/tags/v1.2.0',
          repository: { default_branch: 'main', full_name: 'acme/app' },
          head_commit: { id: sha, timestamp },
        }),
      )
      const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      const bundle = path.join(suiteRoot, 'dist', 'oci-labels', 'index.js')
      const env = (extra: Record<string, string>): NodeJS.ProcessEnv => {
        const files = mkdtempSync(path.join(scratch, 'step-'))
        const file = (name: string) => {
          const p = path.join(files, name)
          writeFileSync(p, '')
          return p
        }
        return {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          GITHUB_ACTIONS: 'true',
          GITHUB_WORKSPACE: repo.dir,
          GITHUB_EVENT_PATH: event,
          GITHUB_SHA: sha,
          GITHUB_REPOSITORY: 'acme/app',
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_API_URL: apiUrl,
          GITHUB_OUTPUT: file('output'),
          GITHUB_ENV: file('env'),
          GITHUB_STEP_SUMMARY: file('summary'),
          RUNNER_TEMP: files,
          INPUT_IMAGES: 'ghcr.io/acme/app',
          INPUT_LABELS: 'org.opencontainers.image.vendor=Acme',
          'INPUT_BAKE-TARGET': 'docker-metadata-action',
          INPUT_CONTEXT: 'workflow',
          INPUT_CREATED: 'commit',
          ...extra,
        }
      }
      const cases: Record<string, () => [string[], NodeJS.ProcessEnv]> = {
        'empty node': () => [[path.join(suiteRoot, 'bench', 'empty.mjs')], env({})],
        'tag push, release rules, token (one API call)': () => [
          [bundle],
          env({
            GITHUB_EVENT_NAME: 'push',
            GITHUB_REF: 'refs/tags/v1.2.0',
            INPUT_TAGS: 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}\ntype=sha',
            'INPUT_GITHUB-TOKEN': 'ghs_bench',
          }),
        ],
        'branch push, default rules, no token': () => [
          [bundle],
          env({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', INPUT_TAGS: '' }),
        ],
      }
      const names = Object.keys(cases)
      const samples = new Map<string, Sample[]>(names.map((n) => [n, []]))
      for (let round = 0; round < ROUNDS; round++) {
        const order = names.map((_, i) => names[(i + round) % names.length]!)
        for (const name of order) {
          const [args, runEnv] = cases[name]!()
          const run = await measure(
            '/usr/bin/time',
            ['-f', 'SLIPWAY_CPU=%U %S SLIPWAY_MAXRSS_KB=%M', process.execPath, ...args],
            { cwd: repo.dir, env: runEnv },
          )
          if (run.exitCode !== 0) throw new Error(`${name} failed: ${run.stdout}${run.stderr}`)
          if (name !== 'empty node' && !run.stdout.includes('tags:')) throw new Error(`${name}: no tags\n${run.stdout}`)
          const cpu = /SLIPWAY_CPU=([\d.]+) ([\d.]+)/.exec(run.stderr)
          const rss = /SLIPWAY_MAXRSS_KB=(\d+)/.exec(run.stderr)
          // The first round warms the disk cache and the server: dropped.
          if (round > 0) {
            samples.get(name)!.push({
              ms: run.ms,
              cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : 0,
              rssKiB: rss ? Number(rss[1]) : 0,
            })
          }
        }
      }
      const stat = (name: string, key: keyof Sample) => median(samples.get(name)!.map((s) => s[key]))
      const floor = stat('empty node', 'ms')
      const floorCpu = stat('empty node', 'cpuMs')
      const rows: BenchRow[] = []
      for (const name of names.slice(1)) {
        const ms = stat(name, 'ms')
        rows.push({
          bench: 'oci-labels',
          metric: `cold start: ${name} (wall, median of ${ROUNDS - 1})`,
          slipway: fmtMs(ms),
          baseline: `${fmtMs(floor)} empty node`,
          ratio: ms / floor,
          target: '≤ 1.7×',
          met: ms / floor <= 1.7,
        })
        rows.push({
          bench: 'oci-labels',
          metric: `cold start: ${name} (CPU user+sys)`,
          slipway: fmtMs(stat(name, 'cpuMs')),
          baseline: `${fmtMs(floorCpu)} empty node`,
          ratio: floorCpu > 0 ? stat(name, 'cpuMs') / floorCpu : undefined,
          target: 'report',
          met: true,
        })
        rows.push({
          bench: 'oci-labels',
          metric: `peak RSS: ${name}`,
          slipway: `${(stat(name, 'rssKiB') / 1024).toFixed(1)} MiB`,
          baseline: `${(stat('empty node', 'rssKiB') / 1024).toFixed(1)} MiB empty node`,
          target: 'report',
          met: true,
        })
      }
      return rows
    } finally {
      await new Promise((resolve) => server.close(resolve))
      rmSync(scratch, { recursive: true, force: true })
    }
  },
}
export default bench
