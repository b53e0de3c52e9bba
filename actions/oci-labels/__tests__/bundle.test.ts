// End to end: the built dist/oci-labels/index.js, run as the runner runs it, on a real repository and event payloads.
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { TestRepo, runBundle as runOciLabels, suiteRoot, tempDir } from '@slipway/test-support'

// Every run says which token the workflow has: '' unless the test is about the API (never the one of this process).
const runBundle = (options: Parameters<typeof runOciLabels>[0]) => runOciLabels({ token: '', ...options })

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(
      path.join(suiteRoot, 'packages', 'image-meta', '__tests__', 'fixtures', 'events', `${name}.json`),
      'utf8',
    ),
  ) as { event: string; ref: string; sha: string; payload: Record<string, unknown> }

let scratch: ReturnType<typeof tempDir>
let repo: TestRepo
let release: string

beforeAll(() => {
  scratch = tempDir('oci-labels-e2e-')
  repo = TestRepo.create(path.join(scratch.dir, 'repo'))
  repo.commit({ message: 'init', files: { Dockerfile: 'FROM alpine:3.19\n' }, tag: 'v1.0.0' })
  repo.commit({ message: 'two', tag: 'v2.0.0' })
  const dockerfile = `ARG BASE=docker.io/library/debian\nFROM \${BASE}:bookworm@sha256:${'ab'.repeat(32)} AS run\n`
  release = repo.commit({
    message: 'three',
    files: { Dockerfile: dockerfile },
    tag: 'v2.1.0',
    date: '2024-06-01T08:00:00Z',
  })
})

afterAll(() => scratch.cleanup())

test('a vX.Y.Z tag with no configuration: release tags, labels, annotations, bake files, summary', async () => {
  const { payload } = fixture('push-tag-v1.2.3')
  const runnerTemp = path.join(scratch.dir, 'runner-zero')
  const run = await runBundle({
    action: 'oci-labels',
    workspace: repo.dir,
    event: 'push',
    ref: 'refs/tags/v2.1.0',
    sha: release,
    repository: 'Acme/App',
    payload: { ...payload, ref: 'refs/tags/v2.1.0', after: release },
    inputs: { images: 'ghcr.io/Acme/App', dockerfile: 'Dockerfile' },
    runnerTemp,
  })
  expect(run.exitCode).toBe(0)
  const tags = ['2.1.0', '2.1', '2', 'latest']
  expect(run.outputs.version).toBe('2.1.0')
  expect(run.outputs['tag-names']).toBe(tags.join('\n'))
  expect(run.outputs.tags).toBe(tags.map((t) => `ghcr.io/acme/app:${t}`).join('\n'))
  expect(run.outputs.latest).toBe('true')
  expect(run.outputs.created).toBe('2024-06-01T08:00:00.000Z')
  expect(run.outputs.labels!.split('\n')).toEqual([
    `org.opencontainers.image.base.digest=sha256:${'ab'.repeat(32)}`,
    'org.opencontainers.image.base.name=docker.io/library/debian:bookworm',
    'org.opencontainers.image.created=2024-06-01T08:00:00.000Z',
    // No token in this run (token: ''): no API call, description and licenses empty as metadata-action writes them.
    'org.opencontainers.image.description=',
    'org.opencontainers.image.licenses=',
    `org.opencontainers.image.revision=${release}`,
    'org.opencontainers.image.source=https://github.com/Acme/App',
    'org.opencontainers.image.title=App',
    'org.opencontainers.image.url=https://github.com/Acme/App',
    'org.opencontainers.image.version=2.1.0',
  ])
  expect(run.outputs.annotations!.split('\n').every((line) => line.startsWith('manifest:org.opencontainers.'))).toBe(
    true,
  )
  const json = JSON.parse(run.outputs.json!) as { tags: string[]; labels: Record<string, string> }
  expect(json.tags).toEqual(run.outputs.tags!.split('\n'))
  expect(json.labels['org.opencontainers.image.version']).toBe('2.1.0')
  const bake = JSON.parse(readFileSync(run.outputs['bake-file-tags']!, 'utf8')) as unknown
  expect(bake).toEqual({
    target: {
      'docker-metadata-action': {
        tags: json.tags,
        args: { DOCKER_META_IMAGES: 'ghcr.io/acme/app', DOCKER_META_VERSION: '2.1.0' },
      },
    },
  })
  const bakeLabels = JSON.parse(readFileSync(run.outputs['bake-file-labels']!, 'utf8')) as {
    target: Record<string, { labels: Record<string, string> }>
  }
  expect(bakeLabels.target['docker-metadata-action']!.labels).toEqual(json.labels)
  expect(run.exportedEnv.DOCKER_METADATA_OUTPUT_VERSION).toBe('2.1.0')
  expect(run.exportedEnv.DOCKER_METADATA_OUTPUT_TAG_NAMES).toBe(tags.join('\n'))
  expect(run.summary).toContain('| image | `2.1.0` | `2.1` | `2` | `latest` |')
  expect(run.summary).toContain('| `org.opencontainers.image.base.name` | `docker.io/library/debian:bookworm` |')
  expect(run.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toEqual([
    expect.stringContaining('ghcr.io/Acme/App lower-cased to ghcr.io/acme/app'),
  ])
  expect(run.annotations.filter((a) => a.level === 'warning' || a.level === 'error')).toEqual([])
})

test('a 1.x hotfix after 2.x: no latest, no moving 1.x tags backwards', async () => {
  repo.git('checkout', '-q', '-b', 'release-1', 'v1.0.0')
  const hotfix = repo.commit({ message: 'fix', tag: 'v1.0.1' })
  repo.git('checkout', '-q', 'main')
  const run = await runBundle({
    action: 'oci-labels',
    workspace: repo.dir,
    event: 'release',
    ref: 'refs/tags/v1.0.1',
    sha: hotfix,
    repository: 'acme/app',
    payload: fixture('release').payload,
  })
  expect(run.exitCode).toBe(0)
  expect(run.outputs['tag-names']).toBe('1.0.1\n1.0\n1')
  expect(run.outputs.latest).toBe('false')
  expect(run.summary).toContain('Moving tags held back (they only move forward): `latest: 2.1.0 is higher`.')
})

test('a pull request with rules, separators, annotation levels, PR head sha and no output env', async () => {
  const { payload } = fixture('pull_request')
  const run = await runBundle({
    action: 'oci-labels',
    workspace: repo.dir,
    event: 'pull_request',
    ref: 'refs/pull/15/merge',
    sha: release,
    repository: 'acme/app',
    payload,
    inputs: {
      images: 'ghcr.io/acme/app\nname=docker.io/acme/app,enable=false',
      tags: 'type=ref,event=pr\ntype=sha,prefix=pr-{{base_ref}}-\ntype=raw,value=never,enable={{is_default_branch}}',
      'sep-tags': ',',
      labels: 'org.opencontainers.image.vendor=Acme',
    },
    env: {
      DOCKER_METADATA_PR_HEAD_SHA: 'true',
      DOCKER_METADATA_ANNOTATIONS_LEVELS: 'manifest,index',
      DOCKER_METADATA_SET_OUTPUT_ENV: 'false',
      DOCKER_METADATA_SHORT_SHA_LENGTH: '9',
    },
  })
  expect(run.exitCode).toBe(0)
  expect(run.outputs.tags).toBe('ghcr.io/acme/app:pr-15,ghcr.io/acme/app:pr-main-a9c8f9b07')
  expect(run.outputs.labels).toContain('org.opencontainers.image.vendor=Acme')
  expect(run.outputs.labels).toContain('org.opencontainers.image.revision=a9c8f9b07ba3e4fd7c1c7e5bd7f2e5e1f3c1d2e0')
  const annotations = run.outputs.annotations!.split('\n')
  expect(annotations.filter((a) => a.startsWith('manifest:'))).toHaveLength(annotations.length / 2)
  expect(annotations.filter((a) => a.startsWith('index:'))).toHaveLength(annotations.length / 2)
  expect(run.exportedEnv).toEqual({})
})

test('schedule with SOURCE_DATE_EPOCH: nightly date tag, reproducible created', async () => {
  const run = await runBundle({
    action: 'oci-labels',
    workspace: repo.dir,
    event: 'schedule',
    ref: 'refs/heads/main',
    sha: release,
    repository: 'acme/app',
    payload: fixture('schedule').payload,
    inputs: { tags: "type=schedule,pattern=nightly-{{date 'YYYYMMDD'}}\ntype=ref,event=branch" },
    env: { SOURCE_DATE_EPOCH: '1700000000' },
  })
  expect(run.exitCode).toBe(0)
  expect(run.outputs['tag-names']).toMatch(/^nightly-\d{8}\nmain$/)
  expect(run.outputs.created).toBe('2023-11-14T22:13:20.000Z')
  expect(run.outputs.tags).toBe(run.outputs['tag-names'])
})

describe('with a GitHub API on loopback', () => {
  let server: Server
  let requests = 0
  const authorizations: (string | undefined)[] = []
  let failing = false
  beforeAll(async () => {
    server = createServer((request, response) => {
      requests++
      authorizations.push(request.headers.authorization)
      if (failing || request.url !== '/repos/acme/app') {
        response.writeHead(failing ? 403 : 404, { 'content-type': 'application/json' }).end('{"message":"Forbidden"}')
        return
      }
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(
        JSON.stringify({
          id: 1,
          name: 'app',
          full_name: 'acme/app',
          html_url: 'https://github.com/acme/app',
          description: 'The app',
          default_branch: 'main',
          license: { key: 'apache-2.0', name: 'Apache License 2.0', spdx_id: 'Apache-2.0' },
        }),
      )
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))

  const runWithToken = () =>
    runBundle({
      action: 'oci-labels',
      workspace: repo.dir,
      event: 'push',
      ref: 'refs/heads/main',
      sha: release,
      repository: 'acme/app',
      inputs: { 'github-token': 'ghs_e2e_secret_token' },
      env: { GITHUB_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}` },
    })

  test('description and licenses come from the API with the token given; the token is masked', async () => {
    failing = false
    const run = await runWithToken()
    expect(run.exitCode).toBe(0)
    expect(run.outputs.labels).toContain('org.opencontainers.image.description=The app')
    expect(run.outputs.labels).toContain('org.opencontainers.image.licenses=Apache-2.0')
    expect(run.stdout).toContain('::add-mask::ghs_e2e_secret_token')
    expect(run.stdout.replace('::add-mask::ghs_e2e_secret_token', '')).not.toContain('ghs_e2e_secret_token')
  })

  test('github-token defaults to the workflow token, as in metadata-action; an empty token makes no call', async () => {
    failing = false
    const env = { GITHUB_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
    const before = requests
    const run = await runBundle({
      action: 'oci-labels',
      workspace: repo.dir,
      ref: 'refs/heads/main',
      sha: release,
      repository: 'acme/app',
      token: 'ghs_workflow_default',
      env,
    })
    expect(run.exitCode).toBe(0)
    expect(requests).toBe(before + 1)
    expect(authorizations.at(-1)).toBe('Bearer ghs_workflow_default')
    expect(run.outputs.labels).toContain('org.opencontainers.image.licenses=Apache-2.0')
    const without = await runBundle({
      action: 'oci-labels',
      workspace: repo.dir,
      ref: 'refs/heads/main',
      sha: release,
      repository: 'acme/app',
      inputs: { 'github-token': '' },
      token: 'ghs_workflow_default',
      env,
    })
    expect(requests).toBe(before + 1)
    expect(without.outputs.labels!.split('\n')).toContain('org.opencontainers.image.description=')
  })

  test('a failing API is a warning, not a failed step', async () => {
    failing = true
    const run = await runWithToken()
    expect(run.exitCode).toBe(0)
    expect(run.outputs.version).toBe('main')
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      expect.stringContaining('403'),
    ])
  })
})

test('context: git reads the checkout: a detached HEAD at a tag', async () => {
  repo.git('checkout', '-q', '--detach', 'v2.0.0')
  try {
    const run = await runBundle({
      action: 'oci-labels',
      workspace: repo.dir,
      event: 'workflow_dispatch',
      ref: 'refs/heads/main',
      sha: release,
      inputs: { context: 'git', tags: 'type=semver,pattern={{version}}\ntype=sha,format=long' },
    })
    expect(run.exitCode).toBe(0)
    // v2.1.0 exists, but explicit rules without latest=highest keep metadata-action's latest=auto.
    expect(run.outputs['tag-names']).toBe(`2.0.0\nsha-${repo.git('rev-parse', 'v2.0.0')}\nlatest`)
  } finally {
    repo.git('checkout', '-q', 'main')
  }
})

test('a bad rule fails before anything is written, with one error naming the input and line', async () => {
  const run = await runBundle({
    action: 'oci-labels',
    workspace: repo.dir,
    ref: 'refs/heads/main',
    sha: release,
    inputs: { tags: 'type=ref,event=branch\ntype=semver,patern={{version}}' },
  })
  expect(run.exitCode).toBe(1)
  expect(run.outputs).toEqual({})
  const errors = run.annotations.filter((a) => a.level === 'error')
  expect(errors).toHaveLength(1)
  expect(errors[0]!.message).toContain("Input 'tags'")
  expect(errors[0]!.message).toContain('type=semver,patern={{version}}')
})

test('a bad Dockerfile line is annotated with file and line', async () => {
  const broken = path.join(repo.dir, 'broken.Dockerfile')
  writeFileSync(broken, 'FROM alpine:3.19\nFROM alpine AS\n')
  const run = await runBundle({
    action: 'oci-labels',
    workspace: repo.dir,
    ref: 'refs/heads/main',
    sha: release,
    inputs: { dockerfile: 'broken.Dockerfile' },
  })
  expect(run.exitCode).toBe(1)
  expect(run.annotations.filter((a) => a.level === 'error')).toEqual([
    expect.objectContaining({ message: expect.stringContaining('broken.Dockerfile:2: cannot read FROM') }),
  ])
})

test('drop-in details: quoted CSV rules, is_not_default_branch, a label line without = is a warning', async () => {
  const run = await runBundle({
    action: 'oci-labels',
    workspace: repo.dir,
    event: 'push',
    ref: 'refs/tags/release12',
    sha: release,
    repository: 'acme/app',
    payload: { ref: 'refs/tags/release12', repository: { default_branch: 'main' } },
    inputs: {
      tags: 'type=match,"pattern=^release\\d{1,2}"\ntype=raw,value=side,enable={{is_not_default_branch}}',
      flavor: '"prefix=a,b-",onlatest=false',
      labels: 'invalid\norg.opencontainers.image.vendor=Acme',
    },
  })
  expect(run.exitCode).toBe(0)
  expect(run.outputs['tag-names']).toBe('a-b-release12\na-b-side\nlatest')
  expect(run.outputs.labels).toContain('org.opencontainers.image.vendor=Acme')
  expect(run.outputs.labels).not.toContain('invalid')
  expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
    expect.stringContaining('labels: "invalid" is left out'),
  ])
  expect((JSON.parse(run.outputs.json!) as { 'tag-names': string[] })['tag-names']).toEqual([
    'a-b-release12',
    'a-b-side',
    'latest',
  ])
})
