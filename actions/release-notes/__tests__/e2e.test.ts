// The built bundle, run as the runner runs it (INPUT_*, GITHUB_* files, event payload), against real git histories
// and the loopback GitHub fake.
import path from 'node:path'
import { GitHubFake } from '@slipway/github-fake'
import { LoopbackProxy } from '@slipway/http/test-proxy'
import { runBundle, TestRepo, tempDir } from '@slipway/test-support'
import { fastImportHistory } from './fixtures/histories.js'

let fake: GitHubFake
let scratch: { dir: string; cleanup(): void }
beforeEach(async () => {
  fake = await GitHubFake.start('octo-org', 'octo-repo')
  scratch = tempDir('slipway-release-e2e-')
})
afterEach(async () => {
  expect(fake.violations).toEqual([])
  await fake.stop()
  scratch.cleanup()
})

const ann = { name: 'Ann Lee', email: 'ann@example.com' }
const bob = { name: 'Bob Ray', email: 'bob@example.com' }
const cy = { name: 'Cy Twombly', email: 'cy@example.com' }

function history(): TestRepo {
  const repo = TestRepo.create(path.join(scratch.dir, 'repo'))
  repo.commit({ message: 'feat: first release', author: ann, files: { 'README.md': 'x\n' }, tag: 'v1.3.0' })
  repo.git('checkout', '-q', '-b', 'feature/csv')
  repo.commit({ message: 'feat: CSV export', author: bob })
  repo.git('checkout', '-q', 'main')
  repo.git(
    'merge',
    '-q',
    '--no-ff',
    'feature/csv',
    '-m',
    'Merge pull request #41 from bob/feature/csv\n\nfeat(export): CSV and JSON export',
  )
  repo.commit({
    message: 'fix: keep the order of columns (#42)\n\nCo-authored-by: Cy Twombly <cy@example.com>',
    author: ann,
  })
  repo.commit({
    message: 'chore(deps): bump yaml (#43)',
    author: { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' },
  })
  repo.commit({
    message: 'feat(api)!: remove the v1 endpoints (#44)\n\nBREAKING CHANGE: clients must call /v2.',
    author: bob,
  })
  repo.commit({ message: 'Tidy the build script', author: ann })
  repo.write(
    '.github/release.yml',
    'changelog:\n  exclude:\n    labels: [skip-changelog]\n  categories:\n    - title: Security\n      labels: [security]\n',
  )
  repo.commit({ message: 'fix: escape HTML in titles (#45)', author: ann, tag: 'v1.4.0' })
  writeDist(repo)
  return repo
}

function writeDist(repo: TestRepo): void {
  repo.write('dist/app-linux-amd64.tar.gz', 'linux\n')
  repo.write('dist/app-darwin-arm64.tar.gz', 'darwin\n')
}

test('a tag push: notes with images, categories, contributors by login, and the release with its assets', async () => {
  const repo = history()
  fake.commits = [
    { sha: 'a1', email: 'ann@example.com', name: 'Ann Lee', login: 'annlee' },
    { sha: 'b1', email: 'bob@example.com', name: 'Bob Ray', login: 'bobray' },
    { sha: 'c1', email: 'cy@example.com', name: 'Cy Twombly', login: 'cytw' },
  ]
  fake.pulls = [
    { number: 45, labels: ['security'], login: 'annlee' },
    { number: 43, labels: ['skip-changelog', 'dependencies'], login: 'dependabot[bot]' },
    { number: 42, labels: ['bug'], login: 'annlee' },
  ]
  const run = await runBundle({
    action: 'release-notes',
    workspace: repo.dir,
    event: 'push',
    ref: 'refs/tags/v1.4.0',
    sha: repo.head(),
    repository: 'octo-org/octo-repo',
    token: 'ghs_testtoken',
    env: { GITHUB_API_URL: fake.url, GITHUB_SERVER_URL: 'https://github.com' },
    inputs: { images: 'ghcr.io/octo-org/server\nghcr.io/octo-org/builder', files: 'dist/*.tar.gz' },
  })
  expect(run.stderr).toBe('')
  expect(run.annotations.filter((a) => a.level === 'error')).toEqual([])
  expect(run.exitCode).toBe(0)
  expect(run.outputs['previous-tag']).toBe('v1.3.0')
  expect(run.outputs['is-prerelease']).toBe('false')
  expect(JSON.parse(run.outputs.contributors ?? '')).toEqual([
    { name: 'Ann Lee', email: 'ann@example.com', login: 'annlee', commits: 3, firstTime: false },
    { name: 'Bob Ray', email: 'bob@example.com', login: 'bobray', commits: 2, firstTime: true },
    { name: 'Cy Twombly', email: 'cy@example.com', login: 'cytw', commits: 1, firstTime: true },
    {
      name: 'dependabot[bot]',
      email: '49699333+dependabot[bot]@users.noreply.github.com',
      login: 'dependabot[bot]',
      commits: 1,
      firstTime: true,
    },
  ])
  const body = run.outputs.body ?? ''
  expect(body).toContain('docker pull ghcr.io/octo-org/server:1.4.0\ndocker pull ghcr.io/octo-org/server:latest\n')
  expect(body.indexOf('## Breaking changes')).toBeLessThan(body.indexOf('## Security'))
  expect(body).toContain('## Security\n\n- escape HTML in titles ([#45](https://github.com/octo-org/octo-repo/pull/45)')
  expect(body).not.toContain('bump yaml') // excluded by label
  expect(body).toContain('- **export:** CSV and JSON export ([#41](https://github.com/octo-org/octo-repo/pull/41)')
  expect(body).toContain('## Other changes\n\n- Tidy the build script')
  expect(body).toContain('@annlee, @bobray (first contribution 🎉), @cytw (first contribution 🎉)')
  expect(
    body.trimEnd().endsWith('**Full Changelog**: https://github.com/octo-org/octo-repo/compare/v1.3.0...v1.4.0'),
  ).toBe(true)
  const release = fake.releases[0]
  expect(release?.record).toMatchObject({
    tag_name: 'v1.4.0',
    name: 'v1.4.0',
    draft: false,
    prerelease: false,
    make_latest: 'true',
    body,
  })
  expect(release?.assets.map((a) => a.record.name)).toEqual([
    'app-darwin-arm64.tar.gz',
    'app-linux-amd64.tar.gz',
    'SHA256SUMS',
  ])
  expect(run.outputs['release-id']).toBe(String(release?.record.id))
  expect(run.outputs.url).toBe('https://github.invalid/octo-org/octo-repo/releases/tag/v1.4.0')
  expect(run.summary).toContain('| Previous tag | `v1.3.0` |')
  expect(run.summary).toContain('| Release | created: https://github.invalid/octo-org/octo-repo/releases/tag/v1.4.0 |')
  // One listing for logins (never one request per commit), one for labels.
  expect(fake.requests.filter((r) => r.method === 'GET').map((r) => r.operation)).toEqual([
    '/repos/{owner}/{repo}/pulls',
    '/repos/{owner}/{repo}/compare/{basehead}',
    '/repos/{owner}/{repo}/releases/tags/{tag}',
    '/repos/{owner}/{repo}/releases',
  ])
  // The token is registered as a secret (the runner then hides it) and appears nowhere else.
  expect(run.stdout.split('\n').filter((line) => line.includes('ghs_testtoken'))).toEqual(['::add-mask::ghs_testtoken'])
}, 60_000)

test('a prerelease: not latest, no latest image; the API refusing logins degrades to names with a warning', async () => {
  const repo = TestRepo.create(path.join(scratch.dir, 'repo'))
  repo.commit({ message: 'feat: one', author: ann, tag: 'v2.0.0' })
  repo.commit({ message: 'feat: two', author: cy, tag: 'v2.1.0-rc.1' })
  fake.inject({
    method: 'GET',
    path: /\/compare\//,
    times: 1,
    status: 403,
    message: 'Resource not accessible by integration',
  })
  const run = await runBundle({
    action: 'release-notes',
    workspace: repo.dir,
    event: 'push',
    ref: 'refs/tags/v2.1.0-rc.1',
    repository: 'octo-org/octo-repo',
    token: 'ghs_testtoken',
    env: { GITHUB_API_URL: fake.url },
    inputs: { images: 'ghcr.io/octo-org/server' },
  })
  expect(run.exitCode).toBe(0)
  expect(run.outputs['is-prerelease']).toBe('true')
  expect(run.outputs.body).toContain('docker pull ghcr.io/octo-org/server:2.1.0-rc.1\n```')
  expect(run.outputs.body).not.toContain(':latest')
  expect(run.outputs.body).toContain('## Contributors\n\nCy Twombly (first contribution 🎉)')
  expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
    'Could not map contributors to GitHub accounts (HTTP 403: Resource not accessible by integration): showing names instead',
  ])
  expect(fake.releases[0]?.record).toMatchObject({ prerelease: true, make_latest: 'false' })
}, 60_000)

test('behind the runner proxy: the bundle reaches the API through the proxy', async () => {
  const repo = history()
  fake.commits = [{ sha: 'a1', email: 'ann@example.com', name: 'Ann Lee', login: 'annlee' }]
  const proxy = await LoopbackProxy.start()
  try {
    // A host name no resolver knows: the requests arrive only if the proxy carried them.
    const apiHost = `api.github.test:${new URL(fake.url).port}`
    const run = await runBundle({
      action: 'release-notes',
      workspace: repo.dir,
      event: 'push',
      ref: 'refs/tags/v1.4.0',
      repository: 'octo-org/octo-repo',
      token: 'ghs_testtoken',
      env: {
        GITHUB_API_URL: `http://${apiHost}`,
        HTTP_PROXY: `http://127.0.0.1:${proxy.port}`,
        http_proxy: '',
        NO_PROXY: 'github.com',
        no_proxy: '',
      },
      inputs: { 'create-release': 'false' },
    })
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.body).toContain('@annlee')
    expect(proxy.calls.map((c) => c.target.split('?')[0])).toContain(
      `GET http://${apiHost}/repos/octo-org/octo-repo/pulls`,
    )
    expect(fake.requests.map((r) => `${r.method} ${r.operation} ${r.status} ${r.headers.host}`)).toEqual([
      `GET /repos/{owner}/{repo}/pulls 200 ${apiHost}`,
      `GET /repos/{owner}/{repo}/compare/{basehead} 200 ${apiHost}`,
    ])
  } finally {
    await proxy.stop()
  }
}, 60_000)

test('bad input fails with one error naming it, before any request', async () => {
  const repo = history()
  const run = await runBundle({
    action: 'release-notes',
    workspace: repo.dir,
    event: 'push',
    ref: 'refs/tags/v1.4.0',
    repository: 'octo-org/octo-repo',
    token: 'ghs_testtoken',
    env: { GITHUB_API_URL: fake.url },
    inputs: { files: 'dist/*.deb' },
  })
  expect(run.exitCode).toBe(1)
  expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
    'Input \'files\' has value "dist/*.deb": expected a glob that matches at least one file (or set fail-on-unmatched-files: false)',
  ])
  expect(fake.requests).toEqual([])
}, 60_000)

test('a shallow checkout is reported with the actions/checkout setting that fixes it', async () => {
  const origin = history()
  const clone = origin.shallowClone(path.join(scratch.dir, 'clone'))
  const run = await runBundle({
    action: 'release-notes',
    workspace: clone.dir,
    event: 'push',
    ref: 'refs/tags/v1.4.0',
    repository: 'octo-org/octo-repo',
    token: 'ghs_testtoken',
    env: { GITHUB_API_URL: fake.url },
  })
  expect(run.exitCode).toBe(1)
  expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
    'The repository is a shallow clone, so the previous release cannot be found. Set `fetch-depth: 0` on actions/checkout (it fetches every commit and tag), or set the input `fetch-history: true` to let this action run `git fetch --tags --unshallow`.',
  ])
  expect(fake.requests).toEqual([])
}, 60_000)

test('notes longer than GitHub allows: the body is cut with a note, the full notes go up as CHANGELOG.md', async () => {
  const repo = TestRepo.create(path.join(scratch.dir, 'repo'))
  fastImportHistory(repo, 2000, { 'v1.0.0': 1, 'v1.1.0': 2000 })
  const run = await runBundle({
    action: 'release-notes',
    workspace: repo.dir,
    event: 'push',
    ref: 'refs/tags/v1.1.0',
    repository: 'octo-org/octo-repo',
    token: 'ghs_testtoken',
    env: { GITHUB_API_URL: fake.url },
  })
  expect(run.exitCode).toBe(0)
  const body = run.outputs.body ?? ''
  expect(body.length).toBeLessThanOrEqual(125_000)
  expect(body).toContain('the full notes are in the attached `CHANGELOG.md`')
  const full = fake.assetData('v1.1.0', 'CHANGELOG.md')?.toString('utf8') ?? ''
  expect(full.length).toBeGreaterThan(125_000)
  expect(full.match(/^- /gm)).toHaveLength(1999)
  expect(fake.releases[0]?.record.body).toBe(body)
  expect(run.annotations.map((a) => a.message)).toContainEqual(
    `The notes are ${full.length} characters: the release body is cut, CHANGELOG.md holds them all`,
  )
}, 60_000)
