import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { recordingLogger } from '@slipway/action-kit'
import { createGitHubClient } from '@slipway/github-api'
import { GitHubFake } from '@slipway/github-fake'
import { tempDir } from '@slipway/test-support'
import { bytesAsset, collectAssets, publishRelease, sha256sums, type ReleaseRequest } from '../src/publish.js'

let fake: GitHubFake
let workspace: { dir: string; cleanup(): void }
beforeEach(async () => {
  fake = await GitHubFake.start('octo-org', 'octo-repo')
  workspace = tempDir('slipway-assets-')
  writeFileSync(path.join(workspace.dir, 'app-linux.tar.gz'), 'linux build\n')
  writeFileSync(path.join(workspace.dir, 'app-windows.zip'), 'windows build\n')
})
afterEach(async () => {
  expect(fake.violations).toEqual([])
  await fake.stop()
  workspace.cleanup()
})

const where = { owner: 'octo-org', repo: 'octo-repo' }

async function request(overrides: Partial<ReleaseRequest> = {}): Promise<ReleaseRequest> {
  const logger = recordingLogger()
  const assets = await collectAssets(['*.tar.gz', '*.zip'], workspace.dir, false, logger)
  assets.push(bytesAsset('SHA256SUMS', sha256sums(assets)))
  return {
    tag: 'v1.2.0',
    targetCommitish: 'abc',
    name: 'v1.2.0',
    body: 'notes',
    bodyMode: 'replace',
    prerelease: false,
    draft: false,
    makeLatest: true,
    assets,
    overwriteAssets: false,
    draftUntilAssets: true,
    ...overrides,
  }
}

const client = (logger = recordingLogger()) =>
  createGitHubClient({ token: 'test-token', baseUrl: fake.url, logger, env: {} })
const writes = () =>
  fake.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.operation} ${r.status}`)

test('a new release is created as a draft, gets its assets, then is published as latest', async () => {
  const result = await publishRelease(client(), where, await request(), recordingLogger())
  expect(result.created).toBe(true)
  expect(result.uploaded).toEqual(['app-linux.tar.gz', 'app-windows.zip', 'SHA256SUMS'])
  expect(writes()).toEqual([
    'POST /repos/{owner}/{repo}/releases 201',
    'POST /repos/{owner}/{repo}/releases/{release_id}/assets 201',
    'POST /repos/{owner}/{repo}/releases/{release_id}/assets 201',
    'POST /repos/{owner}/{repo}/releases/{release_id}/assets 201',
    'PATCH /repos/{owner}/{repo}/releases/{release_id} 200',
  ])
  const create = fake.requests.find((r) => r.method === 'POST' && r.operation === '/repos/{owner}/{repo}/releases')
  expect(create?.body).toMatchObject({ tag_name: 'v1.2.0', draft: true })
  expect(create?.body).not.toHaveProperty('make_latest')
  expect(fake.requests.at(-1)?.body).toEqual({ draft: false, make_latest: 'true' })
  expect(fake.releases[0]?.record).toMatchObject({ draft: false, make_latest: 'true' })
  expect(fake.assetData('v1.2.0', 'SHA256SUMS')?.toString()).toMatch(
    /^[0-9a-f]{64} {2}app-linux\.tar\.gz\n[0-9a-f]{64} {2}app-windows\.zip\n$/,
  )
  expect(fake.assetData('v1.2.0', 'app-linux.tar.gz')?.toString()).toBe('linux build\n')
}, 30_000)

test('a re-run converges: the same release is updated, identical assets are left alone', async () => {
  await publishRelease(client(), where, await request(), recordingLogger())
  fake.requests.length = 0
  const again = await publishRelease(client(), where, await request({ body: 'notes, again' }), recordingLogger())
  expect(again.created).toBe(false)
  expect(again.changed).toBe(true)
  expect(again.unchanged).toEqual(['app-linux.tar.gz', 'app-windows.zip', 'SHA256SUMS'])
  expect(writes()).toEqual(['PATCH /repos/{owner}/{repo}/releases/{release_id} 200'])
  expect(fake.releases).toHaveLength(1)
  expect(fake.releases[0]?.record.body).toBe('notes, again')
}, 30_000)

test('a re-run with the same notes writes nothing: the release is left as it is', async () => {
  const first = await publishRelease(client(), where, await request(), recordingLogger())
  fake.requests.length = 0
  const again = await publishRelease(client(), where, await request(), recordingLogger())
  expect(again).toMatchObject({ id: first.id, created: false, changed: false, uploaded: [] })
  expect(writes()).toEqual([])
  expect(fake.releases).toHaveLength(1)
}, 30_000)

test('an asset with other content fails before any write, unless overwrite is set; append keeps the old body', async () => {
  const existing = fake.seedRelease({ tag_name: 'v1.2.0', body: 'hand-written intro' })
  fake.seedAsset(existing, 'app-linux.tar.gz', Buffer.from('an older build\n'))
  await expect(publishRelease(client(), where, await request(), recordingLogger())).rejects.toThrow(
    'Input \'overwrite-files\' has value "false": expected true to replace the assets already on release v1.2.0 with other content: app-linux.tar.gz',
  )
  expect(writes()).toEqual([])
  const result = await publishRelease(
    client(),
    where,
    await request({ overwriteAssets: true, bodyMode: 'append' }),
    recordingLogger(),
  )
  expect(result.replaced).toEqual(['app-linux.tar.gz'])
  expect(fake.assetData('v1.2.0', 'app-linux.tar.gz')?.toString()).toBe('linux build\n')
  expect(fake.releases[0]?.record.body).toBe('hand-written intro\n\nnotes')
  // A published release is never pulled back to a draft while its assets go up.
  expect(fake.requests.filter((r) => r.method === 'PATCH').map((r) => (r.body as { draft: boolean }).draft)).toEqual([
    false,
  ])
}, 30_000)

test('a draft left by a failed run is found (the by-tag lookup cannot see drafts) and finished', async () => {
  const draft = fake.seedRelease({ tag_name: 'v1.2.0', draft: true })
  fake.seedAsset(draft, 'app-windows.zip', Buffer.from('half'), 'open')
  const result = await publishRelease(client(), where, await request(), recordingLogger())
  expect(result.created).toBe(false)
  expect(fake.releases).toHaveLength(1)
  expect(fake.releases[0]?.record.draft).toBe(false)
  expect(fake.assetData('v1.2.0', 'app-windows.zip')?.toString()).toBe('windows build\n')
}, 30_000)

test('faults: a 500, a secondary rate limit with retry-after, and an upload cut midway are all survived', async () => {
  fake.inject({ method: 'GET', path: /\/releases\/tags\//, times: 1, status: 500 })
  fake.inject({
    method: 'POST',
    path: /\/releases$/,
    times: 1,
    status: 403,
    headers: { 'retry-after': '1' },
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
  })
  fake.inject({ method: 'POST', path: /\/assets$/, times: 1, cutAfterBytes: 1 })
  const logger = recordingLogger()
  const result = await publishRelease(client(logger), where, await request(), logger)
  expect(result.uploaded).toEqual(['app-linux.tar.gz', 'app-windows.zip', 'SHA256SUMS'])
  expect(fake.releases).toHaveLength(1)
  expect(fake.releases[0]?.assets.map((a) => a.record.name)).toEqual([
    'app-linux.tar.gz',
    'app-windows.zip',
    'SHA256SUMS',
  ])
  expect(fake.requests.map((r) => r.status)).toEqual(expect.arrayContaining([500, 403, 0]))
  const warnings = logger.messages('warning').join('\n')
  expect(warnings).toContain('GitHub secondary rate limit on POST')
  expect(warnings).toMatch(/Upload of app-linux\.tar\.gz failed: .*; retrying in \d+ ms/)
}, 40_000)

test('a glob that matches nothing is an input error unless allowed', async () => {
  const logger = recordingLogger()
  await expect(collectAssets(['*.deb'], workspace.dir, false, logger)).rejects.toThrow(
    'Input \'files\' has value "*.deb": expected a glob that matches at least one file (or set fail-on-unmatched-files: false)',
  )
  expect(await collectAssets(['*.deb'], workspace.dir, true, logger)).toEqual([])
  expect(logger.messages('warning')).toEqual(['files: *.deb matches no file'])
})
