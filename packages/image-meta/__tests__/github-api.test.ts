import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { recordingLogger } from '@slipway/action-kit'
import { HttpClient } from '@slipway/http'
import { LoopbackProxy, TlsFront, selfSignedCertificate } from '@slipway/http/test-proxy'
import { fetchRepoInfo } from '../src/index.js'

/** GET /repos/{owner}/{repo} as GitHub documents it (the "full-repository" schema), trimmed to the fields read. */
function repositoryBody(owner: string, repo: string, license: { spdx_id: string } | null) {
  return {
    id: 1296269,
    node_id: 'MDEwOlJlcG9zaXRvcnkxMjk2MjY5',
    name: repo,
    full_name: `${owner}/${repo}`,
    owner: { login: owner, id: 1, type: 'Organization' },
    private: false,
    html_url: `https://github.com/${owner}/${repo}`,
    description: 'This your first repo!',
    fork: false,
    url: `https://api.github.com/repos/${owner}/${repo}`,
    default_branch: 'trunk',
    license: license && {
      key: 'mit',
      name: 'MIT License',
      spdx_id: license.spdx_id,
      url: null,
      node_id: 'MDc6TGljZW5zZW1pdA==',
    },
    topics: ['octocat'],
    visibility: 'public',
  }
}

interface Route {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

let server: Server
let apiUrl: string
let script: Route[] = []
let seen: IncomingMessage[] = []

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(request)
    const match = /^\/api\/v3\/repos\/([^/]+)\/([^/]+)$/.exec(request.url ?? '')
    const route = script.shift() ?? { status: 200 }
    if (!match || request.method !== 'GET') {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}')
      return
    }
    response.writeHead(route.status, { 'content-type': 'application/json', ...route.headers })
    response.end(JSON.stringify(route.body ?? repositoryBody(match[1]!, match[2]!, { spdx_id: 'MIT' })))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3/`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

beforeEach(() => {
  script = []
  seen = []
})

const noWait = { sleep: () => Promise.resolve(), random: () => 0 }

test('reads description, license, html_url and default branch, with the token and API version', async () => {
  const logger = recordingLogger()
  const info = await fetchRepoInfo({ apiUrl, repository: 'acme/app', token: 'ghs_secret', logger })
  expect(info).toEqual({
    name: 'app',
    htmlUrl: 'https://github.com/acme/app',
    description: 'This your first repo!',
    license: 'MIT',
    defaultBranch: 'trunk',
  })
  expect(seen[0]?.headers.authorization).toBe('Bearer ghs_secret')
  expect(seen[0]?.headers['x-github-api-version']).toBe('2022-11-28')
  expect(logger.records.map((r) => r.message).join('\n')).not.toContain('ghs_secret')
})

test('NOASSERTION and a null license give no licenses label', async () => {
  script = [{ status: 200, body: repositoryBody('acme', 'app', { spdx_id: 'NOASSERTION' }) }]
  const one = await fetchRepoInfo({ apiUrl, repository: 'acme/app', token: 't', logger: recordingLogger() })
  script = [{ status: 200, body: repositoryBody('acme', 'app', null) }]
  const two = await fetchRepoInfo({ apiUrl, repository: 'acme/app', token: 't', logger: recordingLogger() })
  expect(one?.license).toBeUndefined()
  expect(two?.license).toBeUndefined()
})

test('retries 502 and 429 (Retry-After), then succeeds', async () => {
  script = [
    { status: 502, body: {} },
    { status: 429, body: {}, headers: { 'retry-after': '0' } },
  ]
  const logger = recordingLogger()
  const info = await fetchRepoInfo({ apiUrl, repository: 'acme/app', token: 't', logger, retry: noWait })
  expect(info?.description).toBe('This your first repo!')
  expect(seen).toHaveLength(3)
  expect(logger.messages('info')).toEqual([expect.stringContaining('502'), expect.stringContaining('429')])
})

test.each([
  ['404 is not retried', [{ status: 404, body: { message: 'Not Found' } }], 1, '404'],
  ['500 three times gives up', Array.from({ length: 3 }, () => ({ status: 500, body: {} })), 3, '500'],
])('%s and degrades to a warning', async (_name, routes, requests, status) => {
  script = routes
  const logger = recordingLogger()
  const info = await fetchRepoInfo({ apiUrl, repository: 'acme/app', token: 't', logger, retry: noWait })
  expect(info).toBeUndefined()
  expect(seen).toHaveLength(requests)
  expect(logger.messages('warning')).toEqual([expect.stringContaining(status)])
})

test('a refused connection degrades to a warning', async () => {
  const closed = createServer()
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
  const port = (closed.address() as AddressInfo).port
  await new Promise((resolve) => closed.close(resolve))
  const logger = recordingLogger()
  const info = await fetchRepoInfo({
    apiUrl: `http://127.0.0.1:${port}`,
    repository: 'acme/app',
    token: 't',
    logger,
    retry: { ...noWait, attempts: 2 },
  })
  expect(info).toBeUndefined()
  expect(logger.messages('warning')).toEqual([expect.stringContaining('Could not read the repository')])
})

test('through the runner proxy: a CONNECT tunnel to an https API only the proxy can reach', async () => {
  const pair = selfSignedCertificate(['api.github.test'])
  const front = await TlsFront.start(Number(new URL(apiUrl).port), pair)
  const proxy = await LoopbackProxy.start()
  try {
    const env = { https_proxy: proxy.url }
    const logger = recordingLogger()
    const info = await fetchRepoInfo({
      apiUrl: `https://api.github.test:${front.port}/api/v3`,
      repository: 'acme/app',
      token: 'ghs_secret',
      logger,
      retry: noWait,
      http: new HttpClient({ env, ca: pair.cert }),
    })
    expect(info?.license).toBe('MIT')
    expect(proxy.calls).toEqual([
      {
        method: 'CONNECT',
        target: `api.github.test:${front.port}`,
        proxyAuthorization: undefined,
        authorization: undefined,
      },
    ])
    expect(seen[0]?.headers.authorization).toBe('Bearer ghs_secret')
  } finally {
    await proxy.stop()
    await front.stop()
  }
})
test('a stalled answer is retried, and the warning names the request and the stall', async () => {
  let calls = 0
  const stalling = createServer((request, response) => {
    calls++
    if (calls === 1) return // never answers
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify(repositoryBody('acme', 'app', { spdx_id: 'MIT' })))
  })
  await new Promise<void>((resolve) => stalling.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(stalling.address() as AddressInfo).port}`
  try {
    const logger = recordingLogger()
    const info = await fetchRepoInfo({
      apiUrl: url,
      repository: 'acme/app',
      token: 't',
      logger,
      timeoutMs: 1500,
      retry: noWait,
    })
    expect(info?.license).toBe('MIT')
    expect(calls).toBe(2)
  } finally {
    stalling.closeAllConnections()
    await new Promise((resolve) => stalling.close(resolve))
  }
})

test('a redirect to another origin gets no token', async () => {
  const elsewhere: IncomingMessage[] = []
  const other = createServer((request, response) => {
    elsewhere.push(request)
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify(repositoryBody('acme', 'moved', { spdx_id: 'MIT' })))
  })
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve))
  // Same host, other port: another origin.
  const location = `http://127.0.0.1:${(other.address() as AddressInfo).port}/repos/acme/moved`
  try {
    script = [{ status: 301, body: {}, headers: { location } }]
    const info = await fetchRepoInfo({ apiUrl, repository: 'acme/app', token: 'ghs_secret', logger: recordingLogger() })
    expect(info?.name).toBe('moved')
    expect(seen[0]?.headers.authorization).toBe('Bearer ghs_secret')
    expect(elsewhere).toHaveLength(1)
    expect(elsewhere[0]?.headers.authorization).toBeUndefined()
  } finally {
    await new Promise((resolve) => other.close(resolve))
  }
})

test.each(['acme', 'acme/app/extra', '../etc', 'acme/..'])(
  'repository %s is not owner/name: no request',
  async (repository) => {
    const logger = recordingLogger()
    expect(await fetchRepoInfo({ apiUrl, repository, token: 't', logger })).toBeUndefined()
    expect(seen).toHaveLength(0)
    expect(logger.messages('warning')).toEqual([expect.stringContaining('is not owner/name')])
  },
)
