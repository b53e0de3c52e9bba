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
  expect(fake.requests.at(-1)?.body).toEqual({
    name: 'v1.2.0',
    body: 'notes',
    prerelease: false,
    draft: false,
    make_latest: 'true',
  })
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
  // A published release is never pulled back to a draft while its assets go up, and its body is written last.
  const releasePatches = fake.requests.filter(
    (r) => r.method === 'PATCH' && r.operation === '/repos/{owner}/{repo}/releases/{release_id}',
  )
  expect(releasePatches.map((r) => (r.body as { draft: boolean }).draft)).toEqual([false])
  expect(writes().at(-1)).toBe('PATCH /repos/{owner}/{repo}/releases/{release_id} 200')
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

describe('a published release never loses a file it had', () => {
  function published() {
    const release = fake.seedRelease({ tag_name: 'v1.2.0', body: 'notes' })
    fake.seedAsset(release, 'app-linux.tar.gz', Buffer.from('an older build\n'))
    return release
  }

  test('a replacement goes up under a temporary name, then takes the old one’s place; the body comes last', async () => {
    const release = published()
    const result = await publishRelease(
      client(),
      where,
      await request({ overwriteAssets: true, body: 'new notes' }),
      recordingLogger(),
    )
    expect(result.replaced).toEqual(['app-linux.tar.gz'])
    expect(writes()).toEqual([
      'POST /repos/{owner}/{repo}/releases/{release_id}/assets 201',
      'DELETE /repos/{owner}/{repo}/releases/assets/{asset_id} 204',
      'PATCH /repos/{owner}/{repo}/releases/assets/{asset_id} 200',
      'POST /repos/{owner}/{repo}/releases/{release_id}/assets 201',
      'POST /repos/{owner}/{repo}/releases/{release_id}/assets 201',
      'PATCH /repos/{owner}/{repo}/releases/{release_id} 200',
    ])
    const linux = fake.requests.find((r) => r.method === 'POST' && r.query.get('name')?.startsWith('app-linux'))
    expect(linux?.query.get('name')).toBe('app-linux.tar.gz.slipway-new')
    expect(fake.assetData('v1.2.0', 'app-linux.tar.gz')?.toString()).toBe('linux build\n')
    // After every write, the file was there under its name or (for the one request between) under the new one's.
    const id = String(release.record.id)
    for (const moment of fake.assetTimeline) {
      const names = moment.assets[id] ?? []
      expect([moment.request, names.some((n) => n.startsWith('app-linux.tar.gz'))]).toEqual([moment.request, true])
    }
    expect(fake.releases[0]?.record.draft).toBe(false)
  }, 30_000)

  test('the upload of a replacement fails where the old file would already be deleted: the old file is still there', async () => {
    published()
    fake.inject({ method: 'POST', path: /\/assets$/, times: 4, status: 502 })
    const logger = recordingLogger()
    await expect(
      publishRelease(client(logger), where, await request({ overwriteAssets: true, body: 'new notes' }), logger),
    ).rejects.toThrow(/Upload of app-linux\.tar\.gz failed: HTTP 502/)
    expect(fake.assetData('v1.2.0', 'app-linux.tar.gz')?.toString()).toBe('an older build\n')
    expect(fake.requests.filter((r) => r.method === 'DELETE')).toEqual([])
    // The notes are not written before the assets they describe.
    expect(fake.releases[0]?.record.body).toBe('notes')
    // The re-run finishes the job.
    const again = await publishRelease(client(), where, await request({ overwriteAssets: true }), recordingLogger())
    expect(again.replaced).toEqual(['app-linux.tar.gz'])
    expect(fake.releases[0]?.assets.map((a) => a.record.name).sort()).toEqual([
      'SHA256SUMS',
      'app-linux.tar.gz',
      'app-windows.zip',
    ])
  }, 60_000)
})

describe('a create is not blindly sent again', () => {
  test('the fake, as github.com: two drafts for one tag are allowed, a second published release is not', async () => {
    const api = client()
    const draft = { ...where, tag_name: 'v9.0.0', draft: true }
    await api.rest.repos.createRelease(draft)
    await api.rest.repos.createRelease(draft)
    expect(fake.releases.filter((r) => r.record.tag_name === 'v9.0.0')).toHaveLength(2)
    await api.rest.repos.createRelease({ ...where, tag_name: 'v9.0.1' })
    await expect(api.rest.repos.createRelease({ ...where, tag_name: 'v9.0.1' })).rejects.toMatchObject({ status: 422 })
  }, 30_000)

  test('a create whose answer is lost: the release made is found among the drafts and adopted, not made twice', async () => {
    fake.inject({ method: 'POST', path: /\/releases$/, times: 1, loseResponse: true })
    const logger = recordingLogger()
    const result = await publishRelease(client(logger), where, await request(), logger)
    expect(fake.releases).toHaveLength(1)
    expect(
      fake.requests.filter((r) => r.operation.startsWith('/repos/{owner}/{repo}/releases (answer lost)')),
    ).toHaveLength(1)
    expect(
      fake.requests.filter((r) => r.method === 'POST' && r.operation === '/repos/{owner}/{repo}/releases'),
    ).toEqual([])
    expect(result).toMatchObject({ id: fake.releases[0]?.record.id, created: false })
    expect(fake.releases[0]?.record.draft).toBe(false)
    expect(fake.releases[0]?.assets).toHaveLength(3)
  }, 30_000)

  test('duplicate drafts left by an earlier run: the oldest is used, the others reported', async () => {
    const first = fake.seedRelease({ tag_name: 'v1.2.0', draft: true })
    const second = fake.seedRelease({ tag_name: 'v1.2.0', draft: true })
    const logger = recordingLogger()
    const result = await publishRelease(client(logger), where, await request(), logger)
    expect(result.id).toBe(first.record.id)
    expect(fake.releases.filter((r) => r.record.tag_name === 'v1.2.0' && !r.record.draft)).toHaveLength(1)
    expect(logger.messages('warning').join('\n')).toContain(`ids ${second.record.id} can be deleted`)
  }, 30_000)
})

describe('body-mode append', () => {
  test('the appended notes are cut to fit, never the body already there; CHANGELOG.md is attached', async () => {
    const old = 'o'.repeat(100_000)
    fake.seedRelease({ tag_name: 'v1.2.0', body: old })
    const changelogFile = path.join(workspace.dir, 'CHANGELOG.md')
    writeFileSync(changelogFile, 'the whole notes\n')
    const { fileAsset } = await import('../src/publish.js')
    const long = 'n'.repeat(40_000)
    const result = await publishRelease(
      client(),
      where,
      await request({
        bodyMode: 'append',
        body: long,
        changelog: await fileAsset('CHANGELOG.md', changelogFile, true),
        bodyWithin: (limit) => 'n'.repeat(limit - 100),
      }),
      recordingLogger(),
    )
    const body = String(fake.releases[0]?.record.body)
    expect(body.length).toBeLessThanOrEqual(125_000)
    expect(body.startsWith(`${old}\n\n`)).toBe(true)
    expect(body.length).toBe(125_000 - 100)
    expect(result.uploaded).toContain('CHANGELOG.md')
    expect(fake.assetData('v1.2.0', 'CHANGELOG.md')?.toString()).toBe('the whole notes\n')
  }, 30_000)
})

test('older GitHub Enterprise Server (no asset digest): same size is checked by download, so a re-run passes', async () => {
  fake.assetDigests = false
  await publishRelease(client(), where, await request(), recordingLogger())
  fake.requests.length = 0
  const again = await publishRelease(client(), where, await request({ overwriteAssets: false }), recordingLogger())
  expect(again).toMatchObject({ changed: false, uploaded: [], replaced: [] })
  expect(again.unchanged).toEqual(['app-linux.tar.gz', 'app-windows.zip', 'SHA256SUMS'])
  expect(writes()).toEqual([])
  const downloads = fake.requests.filter((r) => r.operation === '/repos/{owner}/{repo}/releases/assets/{asset_id}')
  expect(downloads).toHaveLength(3)
  // Other content of the same size is still found out.
  writeFileSync(path.join(workspace.dir, 'app-linux.tar.gz'), 'LINUX build\n')
  await expect(
    publishRelease(client(), where, await request({ overwriteAssets: false }), recordingLogger()),
  ).rejects.toThrow('with other content: app-linux.tar.gz')
}, 30_000)

test('title, discussion category and target commit are sent as given', async () => {
  await publishRelease(
    client(),
    where,
    await request({ name: 'Release 1.2 “Bora”', discussionCategory: 'Announcements', targetCommitish: 'release/1.2' }),
    recordingLogger(),
  )
  const create = fake.requests.find((r) => r.method === 'POST' && r.operation === '/repos/{owner}/{repo}/releases')
  expect(create?.body).toMatchObject({
    name: 'Release 1.2 “Bora”',
    discussion_category_name: 'Announcements',
    target_commitish: 'release/1.2',
  })
  expect(fake.releases[0]?.record).toMatchObject({
    name: 'Release 1.2 “Bora”',
    discussion_category_name: 'Announcements',
  })
}, 30_000)
