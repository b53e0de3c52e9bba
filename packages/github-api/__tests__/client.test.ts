import { recordingLogger } from '@slipway/action-kit'
import { ConnectProxy, GitHubFake } from '@slipway/github-fake'
import { createGitHubClient, statusOf } from '../src/index.js'

let fake: GitHubFake
beforeEach(async () => {
  fake = await GitHubFake.start('octo-org', 'octo-repo')
  fake.seedRelease({ tag_name: 'v1.0.0' })
})
afterEach(async () => {
  await fake.stop()
})

const where = { owner: 'octo-org', repo: 'octo-repo' }
const fakePort = () => new URL(fake.url).port

test('requests carry the token and a user agent with the runner orchestration id', async () => {
  const client = createGitHubClient({
    token: 'test-token',
    baseUrl: fake.url,
    logger: recordingLogger(),
    env: { ACTIONS_ORCHESTRATION_ID: 'run 7/job:build' },
  })
  const { data } = await client.rest.repos.getReleaseByTag({ ...where, tag: 'v1.0.0' })
  expect(data.tag_name).toBe('v1.0.0')
  const [request] = fake.requests
  expect(request?.headers.authorization).toBe('token test-token')
  expect(request?.headers['user-agent']).toMatch(
    /^slipway actions_orchestration_id\/run_7_job_build octokit-core\.js\//,
  )
})

test('the REST root comes from GITHUB_API_URL when no base URL is given', async () => {
  const client = createGitHubClient({
    token: 'test-token',
    userAgent: 'slipway-release-notes',
    logger: recordingLogger(),
    env: { GITHUB_API_URL: `${fake.url}/` },
  })
  const releases = await client.paginate(client.rest.repos.listReleases, { ...where, per_page: 100 })
  expect(releases.map((r) => r.tag_name)).toEqual(['v1.0.0'])
  expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
    'GET /repos/octo-org/octo-repo/releases 200',
  ])
  expect(fake.requests[0]?.headers['user-agent']).toMatch(/^slipway-release-notes octokit-core\.js\//)
})

test('a 500 is retried and a secondary rate limit waits for retry-after', async () => {
  fake.inject({ method: 'GET', path: /\/releases\/tags\//, times: 1, status: 500 })
  fake.inject({
    method: 'GET',
    path: /\/releases\/tags\//,
    times: 1,
    status: 403,
    headers: { 'retry-after': '1' },
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
  })
  const logger = recordingLogger()
  const client = createGitHubClient({ token: 'test-token', baseUrl: fake.url, logger, env: {} })
  const { data } = await client.rest.repos.getReleaseByTag({ ...where, tag: 'v1.0.0' })
  expect(data.tag_name).toBe('v1.0.0')
  expect(fake.requests.map((r) => r.status)).toEqual([500, 403, 200])
  expect(logger.messages('warning').join('\n')).toContain('GitHub secondary rate limit on GET')
})

test('a secondary rate limit that does not lift reaches the caller after the allowed retries', async () => {
  fake.inject({
    method: 'GET',
    path: /\/releases\/tags\//,
    times: 3,
    status: 403,
    headers: { 'retry-after': '1' },
    message: 'You have exceeded a secondary rate limit.',
  })
  const logger = recordingLogger()
  const client = createGitHubClient({ token: 'test-token', baseUrl: fake.url, logger, rateLimitRetries: 1, env: {} })
  const error: unknown = await client.rest.repos.getReleaseByTag({ ...where, tag: 'v1.0.0' }).catch((e: unknown) => e)
  expect(statusOf(error)).toBe(403)
  expect(fake.requests.map((r) => r.status)).toEqual([403, 403])
  expect(logger.messages('warning').join('\n')).toContain('giving up after 1 retries')
})

describe('through the runner proxy', () => {
  let proxy: ConnectProxy
  beforeEach(async () => {
    proxy = await ConnectProxy.start()
  })
  afterEach(async () => {
    await proxy.stop()
  })

  test('requests go through a CONNECT tunnel with the credentials of the proxy setting', async () => {
    // A name no resolver knows: the request can only arrive if the proxy carried it.
    const apiHost = `api.github.test:${fakePort()}`
    const client = createGitHubClient({
      token: 'test-token',
      baseUrl: `http://${apiHost}`,
      logger: recordingLogger(),
      env: { http_proxy: `http://robot:p%40ss@127.0.0.1:${proxy.port}`, NO_PROXY: 'example.com' },
    })
    const { data } = await client.rest.repos.getReleaseByTag({ ...where, tag: 'v1.0.0' })
    expect(data.tag_name).toBe('v1.0.0')
    await client.rest.repos.listReleases(where)
    expect(proxy.connects[0]).toEqual({
      target: apiHost,
      authorization: `Basic ${Buffer.from('robot:p@ss').toString('base64')}`,
    })
    expect(fake.requests.map((r) => [r.headers.host, r.status])).toEqual([
      [apiHost, 200],
      [apiHost, 200],
    ])
  })

  test('a host NO_PROXY or loopback exempts is reached directly', async () => {
    const env = { HTTP_PROXY: `http://127.0.0.1:${proxy.port}`, NO_PROXY: 'api.github.test' }
    const client = createGitHubClient({ token: 'test-token', baseUrl: fake.url, logger: recordingLogger(), env })
    const { data } = await client.rest.repos.getReleaseByTag({ ...where, tag: 'v1.0.0' })
    expect(data.tag_name).toBe('v1.0.0')
    expect(proxy.connects).toEqual([])
    expect(fake.requests).toHaveLength(1)
  })
})
