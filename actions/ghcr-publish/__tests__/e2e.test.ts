// The built bundle, run as the runner runs it (INPUT_*, GITHUB_* files, post step), with the buildah builder
// against the real docker-registry on loopback: a release tag v1.2.3 of a repository with two images.
import { existsSync, rmSync } from 'node:fs'
import { TestRepo, runBundle } from '@slipway/test-support'
import { USER, rawManifest, registryTags, skopeoInspect, startHarness, type Harness } from './harness.js'

let h: Harness
let repo: TestRepo
let head: string

beforeAll(async () => {
  h = await startHarness()
  repo = TestRepo.create(`${h.dir}/repo`)
  head = repo.commit({
    message: 'release',
    files: {
      'server/Dockerfile': 'FROM scratch\nCOPY server.txt /srv/server.txt\n',
      'server/server.txt': 'server\n',
      'builder/Dockerfile': 'FROM scratch AS base\nCOPY tool.txt /tool.txt\nFROM base AS final\nENV TOOL=1\n',
      'builder/tool.txt': 'tool\n',
    },
    tag: 'v1.2.3',
  })
})
const runnerTemps: string[] = []
afterAll(async () => {
  await h.stop()
  for (const dir of runnerTemps) rmSync(dir, { recursive: true, force: true })
})

const IMAGES = ['- name: acme/server', '  context: server', '- name: acme/builder', '  context: builder'].join('\n')

async function run(extra: Record<string, string> = {}, token = USER.password): ReturnType<typeof runBundle> {
  const result = await runBundle({
    action: 'ghcr-publish',
    workspace: repo.dir,
    event: 'push',
    ref: 'refs/tags/v1.2.3',
    sha: head,
    repository: 'acme/app',
    actor: USER.username,
    token,
    inputs: { registry: h.registry.host, insecure: 'true', builder: 'buildah', images: IMAGES, ...extra },
    // Kept, so the test sees that the post step removed the credentials file (not the end of RUNNER_TEMP).
    keepTemp: true,
  })
  runnerTemps.push(result.runnerTemp)
  return result
}

test('publishes both images with the zero-config release tags and labels; a re-run is a no-op', async () => {
  const first = await run()
  expect(first.stderr).toBe('')
  expect(first.exitCode).toBe(0)
  const host = h.registry.host
  const images = JSON.parse(first.outputs.images!) as { name: string; digest: string; tags: string[] }[]
  expect(images.map((i) => i.name)).toEqual([`${host}/acme/server`, `${host}/acme/builder`])
  expect(first.outputs.digest).toBe(images[0]!.digest)
  expect(first.outputs.reference).toBe(`${host}/acme/server@${images[0]!.digest}`)
  expect(first.outputs.tags!.split('\n')).toEqual(
    ['server', 'builder'].flatMap((n) => ['1.2.3', '1.2', '1', 'latest'].map((t) => `${host}/acme/${n}:${t}`)),
  )
  for (const image of images) {
    const repository = image.name.slice(host.length + 1)
    expect(registryTags(host, repository)).toEqual(['1', '1.2', '1.2.3', 'latest'])
    const seen = skopeoInspect(host, `${repository}:1.2.3`)
    expect(seen.Digest).toBe(image.digest)
    expect(seen.Labels).toMatchObject({
      'org.opencontainers.image.revision': head,
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.source': 'https://github.com/acme/app',
    })
    expect(rawManifest(host, `${repository}:latest`).annotations).toMatchObject({
      'org.opencontainers.image.revision': head,
      'org.opencontainers.image.version': '1.2.3',
    })
  }
  expect(first.summary).toContain('| image | digest | tags | size | this run |')
  expect(first.summary).toContain(
    `| \`${host}/acme/server\` | \`${images[0]!.digest}\` | \`1.2.3\` \`1.2\` \`1\` \`latest\` |`,
  )
  expect(first.summary).toMatch(/pushed \d/)
  // The credentials file existed for the build and the post step removed it.
  expect(first.state['credentials-file']).toMatch(/ghcr-publish-auth-[0-9a-f]{12}\/config\.json$/)
  expect(existsSync(first.state['credentials-file']!)).toBe(false)
  expect(first.stdout).toContain(`::add-mask::${USER.password}`)
  expect(first.stdout.split(`::add-mask::${USER.password}`).join('')).not.toContain(USER.password)

  const again = await run()
  expect(again.exitCode).toBe(0)
  expect(again.outputs.images).toBe(first.outputs.images)
  expect(again.summary.match(/re-run: already published/g)).toHaveLength(2)
}, 300_000)

test('a wrong password fails with one clear error, before any build, and the password appears nowhere', async () => {
  const wrong = 'ghp_wrong-token-value-987'
  const result = await run({ images: '- name: acme/other\n  context: server' }, wrong)
  expect(result.exitCode).toBe(1)
  const errors = result.annotations.filter((a) => a.level === 'error')
  expect(errors).toHaveLength(1)
  expect(errors[0]!.message).toMatch(/HTTP 401.*refused user publisher/)
  expect(result.stdout).not.toContain('STEP 1/')
  const everything = [result.stdout, result.stderr, result.summary, JSON.stringify(result.outputs)].join('\n')
  expect(everything.split(`::add-mask::${wrong}`).join('')).not.toContain(wrong)
  expect(registryTags(h.registry.host, 'acme/other')).toEqual([])
  expect(existsSync(result.state['credentials-file']!)).toBe(false)
})

test('a bad input fails before any side effect, naming the input', async () => {
  const result = await run({ insecure: 'true', registry: 'ghcr.io' })
  expect(result.exitCode).toBe(1)
  expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
    expect.stringMatching(/^Input 'registry' has value "?ghcr.io"?: expected a loopback host/),
  ])
  expect(result.state).toEqual({ isPost: 'true' })
})

test('registry port 99999 fails naming the input, before anything else', async () => {
  const result = await run({ registry: '127.0.0.1:99999' })
  expect(result.exitCode).toBe(1)
  expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
    expect.stringMatching(
      /^Input 'registry' has value "?127\.0\.0\.1:99999"?: .*port "99999" is not a number from 1 to 65535/,
    ),
  ])
  expect(result.stdout).not.toContain('Invalid URL')
})

test('1.2.1 after 1.3.0 from a shallow clone: latest and 1 stay on 1.3.0, 1.2 moves, and the step says why', async () => {
  const history = TestRepo.create(`${h.dir}/moving`)
  const files = { Dockerfile: 'FROM scratch\nCOPY app.txt /app.txt\n' }
  history.commit({ message: 'one two', files: { ...files, 'app.txt': '1.2.0\n' }, tag: 'v1.2.0' })
  const newer = history.commit({ message: 'one three', files: { ...files, 'app.txt': '1.3.0\n' }, tag: 'v1.3.0' })
  history.git('checkout', '-q', '-b', 'release-1.2', 'v1.2.0')
  const older = history.commit({ message: 'fix', files: { ...files, 'app.txt': '1.2.1\n' }, tag: 'v1.2.1' })
  const publishAt = async (workspace: string, tag: string, sha: string) => {
    const result = await runBundle({
      action: 'ghcr-publish',
      workspace,
      event: 'push',
      ref: `refs/tags/${tag}`,
      sha,
      repository: 'acme/moving',
      actor: USER.username,
      token: USER.password,
      inputs: { registry: h.registry.host, insecure: 'true', builder: 'buildah', image: 'acme/moving' },
    })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    return result
  }
  history.git('checkout', '-q', 'v1.3.0')
  await publishAt(history.dir, 'v1.3.0', newer)
  const host = h.registry.host
  const digest130 = skopeoInspect(host, 'acme/moving:1.3.0').Digest
  expect(registryTags(host, 'acme/moving')).toEqual(['1', '1.3', '1.3.0', 'latest'])

  // actions/checkout's default: depth 1, only the tag checked out. Git cannot know 1.3.0 exists; the registry does.
  const shallow = history.shallowClone(`${h.dir}/moving-shallow`, 'v1.2.1')
  expect(shallow.git('tag', '--list').trim()).toBe('v1.2.1')
  const result = await publishAt(shallow.dir, 'v1.2.1', older)
  const digest121 = skopeoInspect(host, 'acme/moving:1.2.1').Digest
  expect(digest121).not.toBe(digest130)
  expect(registryTags(host, 'acme/moving')).toEqual(['1', '1.2', '1.2.1', '1.3', '1.3.0', 'latest'])
  expect(skopeoInspect(host, 'acme/moving:latest').Digest).toBe(digest130)
  expect(skopeoInspect(host, 'acme/moving:1').Digest).toBe(digest130)
  expect(skopeoInspect(host, 'acme/moving:1.2').Digest).toBe(digest121)
  expect(result.outputs.tags!.split('\n')).toEqual([`${host}/acme/moving:1.2.1`, `${host}/acme/moving:1.2`])
  const notices = result.annotations.filter((a) => a.level === 'notice').map((a) => a.message)
  expect(notices).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/acme\/moving: 1 stays: 1\.3\.0 is published, higher .*registry's tag list/),
      expect.stringMatching(/acme\/moving: latest stays: 1\.3\.0 is published, higher .*registry's tag list/),
    ]),
  )
  expect(result.summary).toContain("### Moving tags\n\nDecided from the registry's own tag list.")
  expect(result.summary).toMatch(/\| `acme\/moving` \| latest stays: 1\.3\.0 is published/)
  expect(result.summary).toMatch(/Built with \*\*buildah\*\*: chosen by the builder input/)
}, 300_000)
