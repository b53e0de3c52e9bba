// Every example workflow and reusable workflow of this repository, planned by `slipway workflow --dry-run` (jobs in
// needs order, matrix legs, how each step runs here), and the quick ones run from the CLI bundle as a user runs them.
// The pipelines that build images and templates have their own tests (*-pipeline.test.ts).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pipeline, pipelines, runWorkflowCli, suiteRoot, tempDir } from '@slipway/test-support'
import { planWorkflow, type Plan } from '@slipway/cli/workflow'

const plans = new Map<string, Plan>()
beforeAll(async () => {
  for (const p of pipelines)
    plans.set(
      p.workflow,
      await planWorkflow({ file: path.join(suiteRoot, p.workflow), repo: suiteRoot, root: suiteRoot, contexts: {} }),
    )
})

test('the eight workflow files are the five examples and the three reusable workflows', () => {
  expect([...new Set(pipelines.map((p) => p.workflow))].sort()).toEqual([
    '.github/workflows/release-pipeline.yml',
    '.github/workflows/template-pipeline.yml',
    '.github/workflows/version-check.yml',
    'workflows-examples/container-service/build-server.yml',
    'workflows-examples/container-service/version-check.yml',
    'workflows-examples/server-and-builder/ci.yml',
    'workflows-examples/server-and-builder/release.yml',
    'workflows-examples/vm-templates/build-templates.yml',
  ])
})

describe.each([...new Set(pipelines.map((p) => p.workflow))].map((w) => [w] as const))('%s --dry-run', (workflow) => {
  test('plans every job after the jobs it needs, and each step runs here (a slipway bundle, a stand-in or bash)', () => {
    const plan = plans.get(workflow)!
    expect(plan.workflow).toBe(workflow)
    const seen: string[] = []
    for (const job of plan.jobs) {
      expect(job.needs.filter((n) => !seen.includes(n))).toEqual([])
      seen.push(job.id)
      for (const step of job.steps)
        expect(step.how).toMatch(
          /^(slipway [a-z-]+ \(dist\/[a-z-]+\)|stand-in [\w-]+(\/[\w-]+)+|bash|skipped: .+ has no stand-in)$/,
        )
    }
    const slipwaySteps = plan.jobs.flatMap((j) => j.steps).filter((s) => s.how.startsWith('slipway '))
    expect(slipwaySteps.length).toBeGreaterThan(0)
  })
})

test('the plans say what each pipeline does', () => {
  const jobs = (workflow: string) => plans.get(workflow)!.jobs
  const hows = (workflow: string, job: string) =>
    jobs(workflow)
      .find((j) => j.id === job)!
      .steps.map((s) => s.how)
  expect(jobs('workflows-examples/container-service/build-server.yml').map((j) => [j.id, j.needs])).toEqual([
    ['version', []],
    ['isos', ['version']],
    ['image', ['version', 'isos']],
  ])
  expect(hows('workflows-examples/container-service/build-server.yml', 'isos')).toEqual([
    'stand-in actions/checkout',
    'slipway iso-build (dist/iso-build)',
    'slipway iso-build (dist/iso-build)',
  ])
  expect(hows('workflows-examples/container-service/build-server.yml', 'image')).toEqual(
    expect.arrayContaining(['stand-in actions/download-artifact', 'slipway ghcr-publish (dist/ghcr-publish)']),
  )
  expect(hows('workflows-examples/server-and-builder/ci.yml', 'test')).toEqual([
    'stand-in actions/checkout',
    'stand-in actions/setup-node',
    'bash',
    'bash',
  ])
  const build = jobs('workflows-examples/vm-templates/build-templates.yml').find((j) => j.id === 'build')!
  expect(build.legs).toBe('decided at run time: ${{ fromJSON(needs.plan.outputs.matrix) }}')
  expect(build.if).toBe("success() && (needs.plan.outputs.count != '0')")
  // The release flows: push by digest → scan → promote → attest → release, and a cleanup after a failure.
  expect(jobs('workflows-examples/server-and-builder/release.yml').map((j) => [j.id, j.needs, j.if])).toEqual([
    ['version', [], undefined],
    ['push', ['version'], undefined],
    ['scan', ['push'], undefined],
    ['promote', ['push', 'scan'], undefined],
    ['attest', ['promote'], undefined],
    ['release', ['version', 'promote', 'attest'], undefined],
    ['cleanup', ['push', 'scan', 'promote'], "failure() && needs.push.outputs.plan != ''"],
  ])
  for (const workflow of [
    'workflows-examples/server-and-builder/release.yml',
    '.github/workflows/release-pipeline.yml',
  ])
    expect(hows(workflow, 'scan')).toEqual([
      'stand-in actions/checkout',
      'stand-in aquasecurity/trivy-action',
      'stand-in github/codeql-action/upload-sarif',
    ])
  const pipelineJobs = jobs('.github/workflows/release-pipeline.yml')
  expect(pipelineJobs.map((j) => j.id)).toEqual([
    'version',
    'push',
    'plans',
    'scan',
    'promote',
    'attest',
    'release',
    'cleanup',
  ])
  expect(pipelineJobs.find((j) => j.id === 'push')!.legs).toBe(
    'decided at run time: leg: ${{ fromJSON(needs.version.outputs.legs) }}',
  )
  expect(pipelineJobs.find((j) => j.id === 'release')!.if).toBe(
    "!cancelled() && !failure() && (inputs.images == '' || needs.promote.result == 'success')",
  )
  expect(pipelineJobs.find((j) => j.id === 'cleanup')!.if).toBe("failure() && needs.push.result != 'skipped'")
  expect(hows('.github/workflows/release-pipeline.yml', 'attest')).toEqual(['slipway attest-image (dist/attest-image)'])
  expect(hows('.github/workflows/version-check.yml', 'check')).toEqual([
    'stand-in actions/checkout',
    'slipway version-check (dist/version-check)',
  ])
})

test("the release workflow's call of the reusable version check is planned inside it", async () => {
  const plan = await planWorkflow({
    file: path.join(suiteRoot, '.github/workflows/release.yml'),
    repo: suiteRoot,
    root: suiteRoot,
    contexts: {},
  })
  const published = plan.jobs.find((j) => j.id === 'published')!
  expect(published.calls?.uses).toBe('./.github/workflows/version-check.yml')
  expect(published.calls?.plan.jobs.map((j) => j.id)).toEqual(['check'])
})

describe.each(['container-service-version-check', 'server-and-builder-ci', 'version-check-reusable'])('%s', (id) => {
  test('runs from the CLI bundle', async () => {
    const definition = pipeline(id)
    const scratch = tempDir()
    const prepared = await definition.prepare(scratch.dir)
    try {
      const result = await runWorkflowCli(suiteRoot, [...prepared.args, '--out', path.join(scratch.dir, 'run')])
      expect([result.exitCode, result.log.includes('The workflow succeeded.')]).toEqual([0, true])
      const version = prepared.repo.git('show', 'HEAD:version').trim()
      const check = result.jobs.find((j) => j.id === 'version' || j.id === 'check')!
      expect(check.result).toBe('success')
      expect(check.steps.find((s) => s.id === 'version' || s.name.includes('version-check'))?.outputs.version).toBe(
        version,
      )
      if (id === 'server-and-builder-ci') {
        // The example wants node 22.8+ (node --test coverage thresholds): with another node the jobs say so and stop.
        const node = process.versions.node.split('.').map(Number)
        const modern = (node[0] ?? 0) > 22 || ((node[0] ?? 0) === 22 && (node[1] ?? 0) >= 8)
        if (!modern) expect(result.job('test').reason).toMatch(/^setup: node 22 is wanted, this machine has /)
        else expect(result.job('test').result).toBe('success')
      }
    } finally {
      await prepared.stop()
      scratch.cleanup()
    }
  }, 180_000)
})

test("the examples' status badges each show a workflow of their folder, linked to its runs", () => {
  const folders = ['server-and-builder']
  for (const folder of folders) {
    const readme = readFileSync(path.join(suiteRoot, 'workflows-examples', folder, 'README.md'), 'utf8')
    const badges = [
      ...readme.matchAll(/\[!\[[^\]]*\]\(([^)]+)\/actions\/workflows\/([\w.-]+)\/badge\.svg[^)]*\)\]\(([^)]+)\)/g),
    ]
    const workflows = readdirSync(path.join(suiteRoot, 'workflows-examples', folder)).filter((f) => f.endsWith('.yml'))
    expect(badges.map((b) => b[2]).sort()).toEqual(workflows.sort())
    for (const [, repo, file, link] of badges) expect(link).toMatch(new RegExp(`^${repo}/actions/workflows/${file}\\b`))
  }
})
