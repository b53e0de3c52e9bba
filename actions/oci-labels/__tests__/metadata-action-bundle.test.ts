// A sample of docker/metadata-action's own test cases (fixtures/metadata-action-cases.json in image-meta), run against
// the built dist/oci-labels/index.js as the runner runs it: the case's event, ref, sha and payload, its inputs as
// `with:` values, and the workflow token answered by a loopback GitHub API with the upstream repository fixture. The
// outputs must be those metadata-action's test expects. Cases with {{date}} or {{commit_date}} are left to the
// image-meta table (upstream mocks the clock; a bundle runs on the real one); `created` is pinned to the upstream
// clock through the `created` input.
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { runBundle, suiteRoot, tempDir } from '@slipway/test-support'

interface Case {
  group: string
  name: string
  env: string
  inputs: { images?: string[]; tags?: string[]; flavor?: string[]; labels?: string[]; annotations?: string[] }
  version?: { main: string | null; latest: boolean | null }
  tags?: string[]
  labels?: string[]
  prHeadSha?: boolean
}

const upstream = JSON.parse(
  readFileSync(
    path.join(suiteRoot, 'packages', 'image-meta', '__tests__', 'fixtures', 'metadata-action-cases.json'),
    'utf8',
  ),
) as {
  clock: string
  repo: { name: string; html_url: string; description: string; license: string; default_branch: string }
  environments: Record<
    string,
    { GITHUB_EVENT_NAME: string; GITHUB_REF: string; GITHUB_SHA: string; GITHUB_REPOSITORY: string; payload: object }
  >
  cases: Case[]
}

const usesClock = (c: Case) => JSON.stringify(c.inputs).includes('date')
// Zero-config release tags are a deliberate difference (see the README), and the null/empty environments have no
// GITHUB_REPOSITORY to ask the API about (a runner always sets it): the image-meta table covers those.
const eligible = upstream.cases.filter(
  (c) =>
    c.tags !== undefined &&
    !usesClock(c) &&
    (c.inputs.tags ?? []).length > 0 &&
    upstream.environments[c.env]!.GITHUB_REPOSITORY !== '',
)
// Every group, and a spread within each: the first case of a group and every third after it.
const sample = eligible.filter((c) => eligible.filter((x) => x.group === c.group).indexOf(c) % 3 === 0)

let server: Server
let apiUrl: string
const seen: IncomingMessage[] = []
let scratch: ReturnType<typeof tempDir>

beforeAll(async () => {
  scratch = tempDir('oci-labels-upstream-')
  server = createServer((request, response) => {
    seen.push(request)
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(
      JSON.stringify({
        name: upstream.repo.name,
        full_name: 'octocat/Hello-World',
        html_url: upstream.repo.html_url,
        description: upstream.repo.description,
        default_branch: upstream.repo.default_branch,
        license: { key: 'mit', name: 'MIT License', spdx_id: upstream.repo.license },
      }),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  scratch.cleanup()
})

test('the sample covers every group of tag cases', () => {
  expect(sample.length).toBeGreaterThanOrEqual(25)
  expect(new Set(sample.map((c) => c.group))).toEqual(new Set(eligible.map((c) => c.group)))
})

test.each(sample.map((c) => [`${c.group} ${c.name}`, c] as const))('%s, through the bundle', async (_name, c) => {
  const env = upstream.environments[c.env]!
  const before = seen.length
  const run = await runBundle({
    action: 'oci-labels',
    // Not a git repository: the context is the event's, as in the upstream test.
    workspace: scratch.dir,
    event: env.GITHUB_EVENT_NAME,
    ref: env.GITHUB_REF,
    sha: env.GITHUB_SHA,
    repository: env.GITHUB_REPOSITORY,
    payload: env.payload as Record<string, unknown>,
    // No github-token input: action.yml's default, the workflow token, is used.
    token: 'ghs_workflow_token',
    inputs: {
      images: (c.inputs.images ?? []).join('\n'),
      tags: (c.inputs.tags ?? []).join('\n'),
      flavor: (c.inputs.flavor ?? []).join('\n'),
      labels: (c.inputs.labels ?? []).join('\n'),
      annotations: (c.inputs.annotations ?? []).join('\n'),
      created: upstream.clock,
    },
    env: { GITHUB_API_URL: apiUrl, ...(c.prHeadSha ? { DOCKER_METADATA_PR_HEAD_SHA: 'true' } : {}) },
  })
  expect(run.exitCode).toBe(0)
  expect(seen.length).toBe(before + 1)
  expect(seen.at(-1)?.headers.authorization).toBe('Bearer ghs_workflow_token')
  expect(run.outputs.version).toBe(c.version?.main ?? '')
  expect(run.outputs.latest).toBe(String(c.version?.latest ?? false))
  expect(run.outputs.tags).toBe(c.tags!.join('\n'))
  expect(run.outputs.labels).toBe(c.labels!.join('\n'))
  const json = JSON.parse(run.outputs.json!) as { tags: string[]; 'tag-names': string[] }
  expect(json.tags).toEqual(c.tags)
  expect(json['tag-names']).toEqual([...new Set(c.tags!.map((t) => t.slice(t.lastIndexOf(':') + 1)))])
  expect(run.annotations.filter((a) => a.level === 'error')).toEqual([])
})
