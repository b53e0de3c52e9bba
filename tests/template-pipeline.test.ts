// vm-templates/build-templates.yml and the reusable template-pipeline.yml, run by `slipway workflow` (the CLI bundle)
// on a repository made of the example: the plan job's packer-matrix, then each leg's packer-build with the ISO from a
// loopback mirror (--mirror for the vendors' hosts), Packer's file source (--with build.build.only=file.local, no
// plugins) and the runner's QEMU setup step left out (--skip-step), its template uploaded as the leg's artifact.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pipeline, runWorkflowCli, suiteRoot, tempDir } from '@slipway/test-support'

const definition = pipeline('vm-templates-build')
const missing = definition.missing()
if (missing !== undefined) process.stderr.write(`template-pipeline.test.ts skipped: ${missing}\n`)
const run = missing === undefined ? test : test.skip

run(
  'build-templates.yml, by hand for almalinux: one leg, its ISO verified from the mirror, its template an artifact',
  async () => {
    const scratch = tempDir()
    const prepared = await definition.prepare(scratch.dir)
    const runDir = path.join(scratch.dir, 'run')
    try {
      const result = await runWorkflowCli(suiteRoot, [...prepared.args, '--out', runDir], {
        // A cold ISO cache of its own (under its own HOME): the leg downloads from the mirror.
        env: {
          ...process.env,
          HOME: path.join(scratch.dir, 'home'),
          RUNNER_TOOL_CACHE: path.join(scratch.dir, 'tool-cache'),
        },
      })
      if (result.exitCode !== 0) throw new Error(result.log)
      const plan = result.job('plan')
      expect(plan.outputs.count).toBe('1')
      const legs = result.jobs.filter((j) => j.id === 'build')
      expect(legs).toHaveLength(1)
      const leg = legs[0]!
      expect(leg.result).toBe('success')
      expect(leg.steps.map((s) => s.outcome)).toEqual(['success', 'skipped', 'success'])
      const version = readFileSync(path.join(prepared.repo.dir, 'version'), 'utf8').trim()
      const build = leg.steps[2]!
      expect(build.outputs['artifact-name']).toBe(`almalinux-9-x86_64-${version}`)
      expect(JSON.parse(build.outputs.metadata ?? '{}')).toMatchObject({ os: 'almalinux', arch: 'x86_64' })
      // The ISO came once from the loopback mirror, at the vendor's path.
      expect(prepared.mirror!.requests.filter((r) => r.endsWith('.iso'))).toEqual([
        '/almalinux/9/isos/x86_64/AlmaLinux-9-latest-x86_64-boot.iso',
      ])
      // packer-build's own upload reached the run's artifacts: the archive, metadata.json and SHA256SUMS.
      const artifact = path.join(runDir, 'artifacts', `almalinux-9-x86_64-${version}`)
      expect(existsSync(artifact)).toBe(true)
      expect(readdirSync(artifact).sort()).toEqual(expect.arrayContaining(['SHA256SUMS', 'metadata.json']))
      // A manual run releases nothing.
      expect(result.job('release').result).toBe('skipped')
    } finally {
      await prepared.stop()
      scratch.cleanup()
    }
  },
  400_000,
)

run(
  'the reusable template-pipeline.yml for rockylinux x86_64',
  async () => {
    const reusable = pipeline('template-pipeline')
    const scratch = tempDir()
    const prepared = await reusable.prepare(scratch.dir)
    try {
      const result = await runWorkflowCli(suiteRoot, [...prepared.args, '--out', path.join(scratch.dir, 'run')], {
        env: {
          ...process.env,
          HOME: path.join(scratch.dir, 'home'),
          RUNNER_TOOL_CACHE: path.join(scratch.dir, 'tool-cache'),
        },
      })
      if (result.exitCode !== 0) throw new Error(result.log)
      expect(result.job('plan').outputs.count).toBe('1')
      expect(result.jobs.filter((j) => j.id === 'build').map((j) => j.result)).toEqual(['success'])
      expect(prepared.mirror!.requests.filter((r) => r.endsWith('.iso'))).toEqual([
        '/pub/rocky/9/isos/x86_64/Rocky-9-latest-x86_64-boot.iso',
      ])
    } finally {
      await prepared.stop()
      scratch.cleanup()
    }
  },
  400_000,
)
