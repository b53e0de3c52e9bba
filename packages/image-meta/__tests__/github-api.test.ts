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
  ['500 four times gives up', Array.from({ length: 4 }, () => ({ status: 500, body: {} })), 4, '500'],
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
