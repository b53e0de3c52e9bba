// The built bundle, run as the runner runs it, for the release flow push by digest → gate → promote (or cleanup), with
// buildah and the real docker-registry (deletes enabled) on loopback. The gate is a scanner of this test's own (Trivy
// cannot run here): a small script that reads the pushed image by digest with skopeo and fails for an image marked
// with a CRITICAL finding, as trivy-action fails on HIGH/CRITICAL.
import { execFileSync, spawnSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { TestRepo, runBundle } from '@slipway/test-support'
import type { StagePlan } from '../src/stage-plan.js'
import { USER, registryTags, startHarness, type Harness } from './harness.js'

let h: Harness
let repo: TestRepo
let head: string
let scanner: string
const runnerTemps: string[] = []

beforeAll(async () => {
  h = await startHarness()
  repo = TestRepo.create(`${h.dir}/repo`)
  head = repo.commit({
    message: 'release',
    files: {
      'server/Dockerfile': 'FROM scratch\nCOPY server.txt /srv/server.txt\n',
      'server/server.txt': 'server\n',
      'vulnerable/Dockerfile': 'FROM scratch\nCOPY server.txt /srv/server.txt\nLABEL scan.finding=CRITICAL\n',
      'vulnerable/server.txt': 'vulnerable server\n',
      'builder/Dockerfile': 'FROM scratch\nCOPY tool.txt /tool.txt\n',
      'builder/tool.txt': 'tool\n',
    },
    tag: 'v1.2.3',
  })
  scanner = path.join(h.dir, 'scanner.mjs')
  writeFileSync(
    scanner,
    [
      "import { execFileSync, spawnSync } from 'node:child_process'",
      'const [reference, creds] = process.argv.slice(2)',
      "const out = execFileSync('skopeo', ['inspect', '--no-tags', '--tls-verify=false', '--creds', creds, `docker://${reference}`], { encoding: 'utf8' })",
      "const finding = JSON.parse(out).Labels?.['scan.finding']",
      "if (finding === 'HIGH' || finding === 'CRITICAL') { console.error(`${reference}: ${finding}`); process.exit(1) }",
      'console.log(`${reference}: clean`)',
      '',
    ].join('\n'),
  )
})
afterAll(async () => {
  await h.stop()
  for (const dir of runnerTemps) rmSync(dir, { recursive: true, force: true })
})

async function run(inputs: Record<string, string>, registry = h.registry.host): ReturnType<typeof runBundle> {
  const result = await runBundle({
    action: 'ghcr-publish',
    workspace: repo.dir,
    event: 'push',
    ref: 'refs/tags/v1.2.3',
    sha: head,
    repository: 'acme/app',
    actor: USER.username,
    token: USER.password,
    inputs: { registry, insecure: 'true', builder: 'buildah', ...inputs },
  })
  runnerTemps.push(result.runnerTemp)
  return result
}

/** The gate: the scanner on every image of the plan, by digest; what it found, one line per image. */
function gate(plan: StagePlan): { passed: boolean; findings: string[] } {
  const findings = plan.images.map((image) => {
    const result = spawnSync(
      process.execPath,
      [scanner, `${h.registry.host}/${image.repository}@${image.digest}`, `${USER.username}:${USER.password}`],
      { encoding: 'utf8' },
    )
    return `${result.status}: ${(result.stdout + result.stderr).trim()}`
  })
  return { passed: findings.every((f) => f.startsWith('0: ')), findings }
}

function manifestExists(reference: string): boolean {
  try {
    execFileSync(
      'skopeo',
      [
        'inspect',
        '--raw',
        '--tls-verify=false',
        '--creds',
        `${USER.username}:${USER.password}`,
        `docker://${h.registry.host}/${reference}`,
      ],
      { stdio: 'ignore' },
    )
    return true
  } catch {
    return false
  }
}

const images = (server: string, prefix: string): string =>
  [
    `- name: acme/${prefix}-server`,
    `  context: ${server}`,
    `- name: acme/${prefix}-builder`,
    '  context: builder',
  ].join('\n')

test('a failing gate leaves no tag, and the cleanup stage deletes what the push stage pushed', async () => {
  const push = await run({ stage: 'push', images: images('vulnerable', 'gated') })
  expect(push.stderr).toBe('')
  expect(push.exitCode).toBe(0)
  const plan = JSON.parse(push.outputs.plan!) as StagePlan
  expect(plan.images.map((i) => [i.repository, i.tags, i.pushed])).toEqual([
    ['acme/gated-server', ['1.2.3', '1.2', '1', 'latest'], true],
    ['acme/gated-builder', ['1.2.3', '1.2', '1', 'latest'], true],
  ])
  expect(push.outputs.tags).toBe('')
  expect(push.summary).toContain('Pushed by digest, not tagged yet')
  for (const image of plan.images) {
    expect(registryTags(h.registry.host, image.repository)).toEqual([])
    expect(manifestExists(`${image.repository}@${image.digest}`)).toBe(true)
  }

  const scan = gate(plan)
  expect(scan.findings).toEqual([
    `1: ${h.registry.host}/acme/gated-server@${plan.images[0]!.digest}: CRITICAL`,
    `0: ${h.registry.host}/acme/gated-builder@${plan.images[1]!.digest}: clean`,
  ])
  expect(scan.passed).toBe(false)
  // The workflow's `if: failure()` job.
  const cleanup = await run({ stage: 'cleanup', plan: push.outputs.plan! })
  expect(cleanup.annotations.filter((a) => a.level === 'error')).toEqual([])
  expect(cleanup.exitCode).toBe(0)
  expect(cleanup.outputs.deleted!.split('\n').sort()).toEqual(
    plan.images.map((i) => `${h.registry.host}/${i.repository}@${i.digest}`).sort(),
  )
  for (const image of plan.images) {
    expect(registryTags(h.registry.host, image.repository)).toEqual([])
    expect(manifestExists(`${image.repository}@${image.digest}`)).toBe(false)
  }
})

test('a passing gate promotes exactly the planned tags onto the pushed digests', async () => {
  const push = await run({ stage: 'push', images: images('server', 'clean') })
  expect(push.exitCode).toBe(0)
  const plan = JSON.parse(push.outputs.plan!) as StagePlan
  const scan = gate(plan)
  expect(scan.findings.join('\n')).not.toMatch(/HIGH|CRITICAL/)
  expect(scan.passed).toBe(true)

  const promote = await run({ stage: 'promote', plan: push.outputs.plan! })
  expect(promote.stderr).toBe('')
  expect(promote.exitCode).toBe(0)
  const host = h.registry.host
  expect(promote.outputs.tags!.split('\n').sort()).toEqual(
    plan.images.flatMap((i) => i.tags.map((t) => `${host}/${i.repository}:${t}`)).sort(),
  )
  for (const image of plan.images) {
    expect(registryTags(host, image.repository)).toEqual(['1', '1.2', '1.2.3', 'latest'])
    const tagged = execFileSync(
      'skopeo',
      [
        'inspect',
        '--tls-verify=false',
        '--creds',
        `${USER.username}:${USER.password}`,
        `docker://${host}/${image.repository}:1.2.3`,
      ],
      { encoding: 'utf8' },
    )
    expect((JSON.parse(tagged) as { Digest: string }).Digest).toBe(image.digest)
  }
  expect(promote.summary).toContain('Promoted tags')
  const sizes = JSON.parse(promote.outputs.sizes!) as { name: string; bytes: number }[]
  expect(sizes.map((s) => s.name)).toEqual([`${host}/acme/clean-server`, `${host}/acme/clean-builder`])
  expect(sizes.every((s) => s.bytes > 0)).toBe(true)
  expect(promote.outputs['size-report']).toContain('| image | compressed size | change | platforms |')
})

test('a one-step publish that fails after pushing by digest deletes what it pushed and did not tag', async () => {
  // The registry refuses the first tag: every image is in the registry by digest, none is tagged.
  h.proxy.inject({ method: 'PUT', path: /\/manifests\/1\.2\.3$/, fault: { status: 400 }, times: Infinity })
  try {
    const result = await run({ images: images('server', 'failed') }, h.proxy.host)
    expect(result.exitCode).toBe(1)
    const deleted = result.outputs.deleted!.split('\n')
    expect(deleted).toHaveLength(2)
    expect(result.summary).toContain('deleted (pushed by this run, never tagged)')
    for (const ref of deleted) {
      const [, repository, digest] = /^[^/]+\/(.+)@(sha256:[0-9a-f]{64})$/.exec(ref) ?? []
      expect(repository).toMatch(/^acme\/failed-/)
      expect(manifestExists(`${repository}@${digest}`)).toBe(false)
      expect(registryTags(h.registry.host, repository!)).toEqual([])
    }
  } finally {
    h.proxy.clearFaults()
  }
})

test('stage inputs are checked before any side effect', async () => {
  const noPlan = await run({ stage: 'promote' })
  expect(noPlan.exitCode).toBe(1)
  expect(noPlan.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
    expect.stringMatching(/^Input 'plan' .*expected the plan output of the push stage/),
  ])
  const badPlan = await run({ stage: 'promote', plan: '{"schema":"slipway/ghcr-publish-plan/v1"}' })
  expect(badPlan.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
    expect.stringMatching(/^Input 'plan' .*a plan with its registry/),
  ])
  const sizeOnAll = await run({ 'max-size-increase': '10%' })
  expect(sizeOnAll.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
    expect.stringMatching(/^Input 'max-size-increase' .*stage: push, promote, merge/),
  ])
  expect(noPlan.stdout + badPlan.stdout + sizeOnAll.stdout).not.toContain('STEP 1/')
})
