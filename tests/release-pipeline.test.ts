// The release pipeline of workflows-examples/server-and-builder/release.yml, run the way the runner runs it: the
// version job's version-check, the images job's ghcr-publish (both images, built by buildah) and the release job's
// release-notes, each from its bundle with the workflow's own `with:` values, outputs passed from job to job, on a real
// git repository built here. What cannot run here is replaced, and only that: GHCR is the Debian docker-registry on
// loopback with htpasswd auth (behind a recording proxy, so the test sees every write), the base images are
// `FROM scratch` (no network), and GitHub's API is the loopback fake.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { GitHubFake } from '@slipway/github-fake'
import { DOCKER_REGISTRY } from '@slipway/oci-registry/local-registry'
import { runBundle, suiteRoot, TestRepo } from '@slipway/test-support'
import {
  USER,
  registryTags,
  skopeoInspect,
  startHarness,
  type Harness,
} from '../actions/ghcr-publish/__tests__/harness.js'
import { loadWorkflow, slipwayActionId, type Step } from './workflows/checks.js'

const wf = loadWorkflow(suiteRoot, 'workflows-examples/server-and-builder/release.yml')

function hasBuildah(): boolean {
  try {
    execFileSync('buildah', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const missing = [existsSync(DOCKER_REGISTRY) ? [] : [DOCKER_REGISTRY], hasBuildah() ? [] : ['buildah']].flat()
if (missing.length > 0) {
  // .ci/run installs both; a machine without them cannot build or hold images.
  process.stderr.write(`release-pipeline.test.ts skipped: ${missing.join(' and ')} not installed\n`)
}
const describeIf = missing.length === 0 ? describe : describe.skip

const OWNER = 'acme'
const ann = { name: 'Ann Lee', email: 'ann@example.com' }
const bob = { name: 'Bob Ray', email: 'bob@example.com' }
const MOVING = ['latest', '1', '1.2']

/** The slipway step of a job in release.yml, with `with:` as written. */
function workflowStep(job: string, action: string): Step {
  const step = wf.doc.jobs?.[job]?.steps?.find((s) => s.uses !== undefined && slipwayActionId(s.uses) === action)
  if (!step) throw new Error(`release.yml has no ${action} step in jobs.${job}`)
  return step
}

/** `with:` of a workflow step, with the expressions this pipeline sets filled in and ghcr.io replaced by `registry`. */
function withInputs(step: Step, values: Record<string, string>, registry: string): Record<string, string> {
  const inputs: Record<string, string> = {}
  for (const [key, value] of Object.entries(step.with ?? {})) {
    inputs[key] = String(value)
      .replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (expression, name: string) => {
        const filled = values[name]
        if (filled === undefined) throw new Error(`release.yml: ${expression} is not set by this test`)
        return filled
      })
      .replaceAll('ghcr.io', registry)
  }
  return inputs
}

const dockerfile = (component: string) =>
  `FROM scratch AS files\nCOPY version ${component}/${component}.txt /opt/${component}/\n` +
  `FROM scratch\nCOPY --from=files /opt/${component} /opt/${component}\nENV COMPONENT=${component}\n`

const versionFiles = (version: string) => ({
  version: `${version}\n`,
  'package.json': `${JSON.stringify({ name: 'server-and-builder', version, private: true }, null, 2)}\n`,
})

interface PipelineRun {
  version: Awaited<ReturnType<typeof runBundle>>
  publish: Awaited<ReturnType<typeof runBundle>>
  notes?: Awaited<ReturnType<typeof runBundle>>
}

describeIf('release.yml: both images and the GitHub release from a version tag', () => {
  let h: Harness
  let fake: GitHubFake
  let repo: TestRepo
  let registry: string
  const cache = () => path.join(h.dir, 'buildah-cache')

  beforeAll(async () => {
    h = await startHarness()
    // Images go through the recording proxy, so the test sees each write the pipeline makes.
    registry = h.proxy.host
    fake = await GitHubFake.start(OWNER, 'app')
    fake.commits = [
      { sha: 'a1', email: ann.email, name: ann.name, login: 'annlee' },
      { sha: 'b1', email: bob.email, name: bob.name, login: 'bobray' },
    ]
    repo = TestRepo.create(path.join(h.dir, 'repo'))
    repo.commit({
      message: 'feat: first server and builder',
      author: ann,
      files: {
        ...versionFiles('1.1.0'),
        'server/Dockerfile': dockerfile('server'),
        'server/server.txt': 'server one\n',
        'builder/Dockerfile': dockerfile('builder'),
        'builder/builder.txt': 'builder one\n',
      },
      tag: 'v1.1.0',
    })
    repo.commit({ message: 'feat(server): health endpoint', author: bob, files: { 'server/server.txt': 'two\n' } })
    repo.commit({ message: 'fix(builder): keep file modes', author: ann, files: { 'builder/builder.txt': 'two\n' } })
    repo.commit({ message: 'chore: release 1.2.0', author: bob, files: versionFiles('1.2.0'), tag: 'v1.2.0' })
    mkdirSync(cache(), { recursive: true })
  }, 60_000)

  afterAll(async () => {
    expect(fake.violations).toEqual([])
    await fake.stop()
    await h.stop()
  })

  /** The three jobs of release.yml for the tag `tag`, as the runner runs them on a push of that tag. */
  async function pipeline(tag: string): Promise<PipelineRun> {
    const sha = repo.git('rev-parse', `${tag}^{commit}`)
    const event = { event: 'push', ref: `refs/tags/${tag}`, sha, repository: `${OWNER}/app`, workspace: repo.dir }

    // jobs.version: the version step, then the owner step (`${OWNER,,}`: the owner lower-cased).
    const version = await runBundle({
      ...event,
      action: 'version-check',
      inputs: withInputs(workflowStep('version', 'version-check'), {}, registry),
    })
    if (version.exitCode !== 0) return { version, publish: version }
    const needs = { 'needs.version.outputs.owner': OWNER.toLowerCase() }

    // jobs.push: ghcr-publish as written (stage push, by digest), at the loopback registry, built by buildah with a
    // kept layer cache; the scan job's Trivy cannot run here (ghcr-publish's own tests gate with a scanner of theirs).
    const push = await runBundle({
      ...event,
      action: 'ghcr-publish',
      actor: USER.username,
      token: USER.password,
      inputs: {
        ...withInputs(workflowStep('push', 'ghcr-publish'), needs, registry),
        insecure: 'true',
        builder: 'buildah',
        cache: cache(),
      },
    })
    if (push.exitCode !== 0) return { version, publish: push }
    // jobs.promote: every tag of the plan, all or nothing.
    const publish = await runBundle({
      ...event,
      action: 'ghcr-publish',
      actor: USER.username,
      token: USER.password,
      inputs: {
        ...withInputs(
          workflowStep('promote', 'ghcr-publish'),
          { ...needs, 'needs.push.outputs.plan': push.outputs.plan ?? '' },
          registry,
        ),
        insecure: 'true',
      },
    })
    if (publish.exitCode !== 0) return { version, publish }
    // The release job's report step writes the image report the notes attach.
    writeFileSync(path.join(repo.dir, 'image-report.md'), publish.outputs['size-report'] ?? '')

    // jobs.release: release-notes as written, against the GitHub fake.
    const notes = await runBundle({
      ...event,
      action: 'release-notes',
      token: 'ghs_releasetoken',
      env: { GITHUB_API_URL: fake.url, GITHUB_SERVER_URL: 'https://github.com' },
      inputs: withInputs(workflowStep('release', 'release-notes'), needs, registry),
    })
    return { version, publish, notes }
  }

  /** Every tag of both images and the digest each points at, as skopeo reads them from the registry itself. */
  function registryState(): Record<string, string> {
    const state: Record<string, string> = {}
    for (const name of ['server', 'builder'])
      for (const tag of registryTags(h.registry.host, `${OWNER}/${name}`))
        state[`${name}:${tag}`] = skopeoInspect(h.registry.host, `${OWNER}/${name}:${tag}`).Digest
    return state
  }

  const writes = () => h.proxy.requests.filter((r) => ['PUT', 'POST', 'PATCH', 'DELETE'].includes(r.method))
  const githubWrites = () => fake.requests.filter((r) => r.method !== 'GET')

  test('v1.2.0: both images under 1.2.0, 1.2, 1 and latest with the same labels, and the release; a re-run changes nothing', async () => {
    const first = await pipeline('v1.2.0')
    expect(first.version.exitCode).toBe(0)
    expect(first.version.outputs.version).toBe('1.2.0')
    expect(first.publish.stderr).toBe('')
    expect(first.publish.exitCode).toBe(0)
    const head = repo.git('rev-parse', 'v1.2.0^{commit}')

    const images = JSON.parse(first.publish.outputs.images!) as { name: string; digest: string; tags: string[] }[]
    expect(images.map((i) => i.name)).toEqual([`${registry}/${OWNER}/server`, `${registry}/${OWNER}/builder`])
    const labels = images.map((image) => {
      const repository = image.name.slice(registry.length + 1)
      expect(registryTags(h.registry.host, repository)).toEqual(['1', '1.2', '1.2.0', 'latest'])
      const digests = ['1.2.0', ...MOVING].map((tag) => skopeoInspect(h.registry.host, `${repository}:${tag}`).Digest)
      expect(new Set(digests)).toEqual(new Set([image.digest]))
      return skopeoInspect(h.registry.host, `${repository}:1.2.0`).Labels ?? {}
    })
    const oci = (l: Record<string, string>) =>
      Object.fromEntries(
        ['version', 'revision', 'created', 'source'].map((k) => [k, l[`org.opencontainers.image.${k}`]]),
      )
    expect(oci(labels[0]!)).toEqual({
      version: '1.2.0',
      revision: head,
      created: new Date(repo.git('log', '-1', '--format=%cI', head)).toISOString(),
      source: `https://github.com/${OWNER}/app`,
    })
    expect(oci(labels[1]!)).toEqual(oci(labels[0]!))
    expect(images[0]!.digest).not.toBe(images[1]!.digest)

    const notes = first.notes!
    expect(notes.stderr).toBe('')
    expect(notes.exitCode).toBe(0)
    expect(notes.outputs['previous-tag']).toBe('v1.1.0')
    expect(notes.outputs['is-prerelease']).toBe('false')
    const body = notes.outputs.body ?? ''
    for (const line of ['health endpoint', 'keep file modes', 'release 1.2.0']) expect(body).toContain(line)
    expect(body).not.toContain('first server and builder')
    expect(body).toContain('@annlee')
    expect(body).toContain('@bobray')
    for (const name of ['server', 'builder'])
      for (const tag of ['1.2.0', 'latest']) expect(body).toContain(`docker pull ${registry}/${OWNER}/${name}:${tag}\n`)
    expect(fake.releases).toHaveLength(1)
    const release = fake.releases[0]!.record
    expect(release).toMatchObject({ tag_name: 'v1.2.0', name: 'v1.2.0', prerelease: false, draft: false, body })
    expect(notes.outputs['release-id']).toBe(String(release.id))

    // The same push again: same digests, the same release, and no write to the registry or to GitHub.
    const before = registryState()
    h.proxy.resetCounters()
    const githubWritesBefore = githubWrites().length
    const again = await pipeline('v1.2.0')
    expect([again.version.exitCode, again.publish.exitCode, again.notes?.exitCode]).toEqual([0, 0, 0])
    expect(again.publish.outputs.images).toBe(first.publish.outputs.images)
    // The promote of a re-run finds every tag in place: nothing changes.
    expect(again.publish.summary.match(/\| already there \|/g)).toHaveLength(8)
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([])
    expect(registryState()).toEqual(before)
    expect(again.notes?.outputs['release-id']).toBe(String(release.id))
    expect(again.notes?.outputs.body).toBe(body)
    expect(githubWrites().slice(githubWritesBefore)).toEqual([])
    expect(fake.releases).toHaveLength(1)
  }, 300_000)

  test('v1.2.0 tagged again on other content fails before anything is pushed', async () => {
    const before = registryState()
    expect(before['server:1.2.0']).toBeDefined()
    const releaseBefore = JSON.stringify(fake.releases)
    repo.commit({ message: 'fix(server): other content', author: ann, files: { 'server/server.txt': 'three\n' } })
    repo.git('tag', '-f', 'v1.2.0')
    h.proxy.resetCounters()
    const run = await pipeline('v1.2.0')
    expect(run.version.exitCode).toBe(0)
    expect(run.publish.exitCode).toBe(1)
    expect(run.notes).toBeUndefined()
    const errors = run.publish.annotations.filter((a) => a.level === 'error').map((a) => a.message)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(
      `${registry}/${OWNER}/server:1.2.0 already exists with digest ${before['server:1.2.0']!}`,
    )
    expect(errors[0]).toContain('release tags are never overwritten, nothing was built or pushed')
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([])
    expect(registryState()).toEqual(before)
    expect(JSON.stringify(fake.releases)).toBe(releaseBefore)
    // Put the tag back where it was released, for the next test.
    repo.git('tag', '-f', 'v1.2.0', 'HEAD~1')
  }, 300_000)

  test('v1.3.0-rc.1: only its own tag, moving tags unchanged, and a prerelease', async () => {
    const before = registryState()
    repo.commit({ message: 'feat: rc of 1.3.0', author: bob, files: versionFiles('1.3.0-rc.1'), tag: 'v1.3.0-rc.1' })
    const run = await pipeline('v1.3.0-rc.1')
    expect([run.version.exitCode, run.publish.exitCode, run.notes?.exitCode]).toEqual([0, 0, 0])
    expect(run.publish.outputs.tags!.split('\n')).toEqual(
      ['server', 'builder'].map((name) => `${registry}/${OWNER}/${name}:1.3.0-rc.1`),
    )
    const after = registryState()
    for (const name of ['server', 'builder']) {
      for (const tag of [...MOVING, '1.2.0']) expect(after[`${name}:${tag}`]).toBe(before[`${name}:${tag}`])
      expect(after[`${name}:1.3`]).toBeUndefined()
      expect(after[`${name}:1.3.0-rc.1`]).toMatch(/^sha256:/)
    }
    expect(run.notes?.outputs['is-prerelease']).toBe('true')
    expect(run.notes?.outputs.body).toContain(`docker pull ${registry}/${OWNER}/server:1.3.0-rc.1\n`)
    expect(run.notes?.outputs.body).not.toContain(':latest')
    const rc = fake.releases.find((r) => r.record.tag_name === 'v1.3.0-rc.1')
    expect(rc?.record).toMatchObject({ name: 'v1.3.0-rc.1', prerelease: true, make_latest: 'false' })
    expect(fake.releases).toHaveLength(2)
  }, 300_000)
})
