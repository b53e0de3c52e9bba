import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ConfigError, recordingLogger } from '@slipway/action-kit'
import { Git } from '@slipway/git'
import { TestRepo, tempDir } from '@slipway/test-support'
import { buildNotes, type Notes } from '../src/notes.js'
import { reportUnrelatedBase, resolveRange, type ReleaseRange } from '../src/range.js'
import { fastImportHistory } from './fixtures/histories.js'

interface Options {
  tag?: string
  prefix?: string
  pattern?: string
  previousTag?: string
  firstParent?: boolean
  includePaths?: string[]
  images?: string[]
  fetchHistory?: boolean
  bodyLimit?: number
}

const dirs: { cleanup(): void }[] = []
afterAll(() => dirs.forEach((d) => d.cleanup()))

function newRepo(): TestRepo {
  const dir = tempDir('slipway-notes-')
  dirs.push(dir)
  return TestRepo.create(path.join(dir.dir, 'repo'))
}

async function notesFor(
  repo: TestRepo,
  options: Options = {},
): Promise<{ range: ReleaseRange; notes: Notes; logger: ReturnType<typeof recordingLogger> }> {
  const logger = recordingLogger()
  const git = new Git(repo.dir)
  const range = await resolveRange(
    git,
    {
      ...(options.tag !== undefined ? { tag: options.tag } : {}),
      scheme: { prefix: options.prefix ?? 'v', ...(options.pattern ? { pattern: options.pattern } : {}) },
      ...(options.previousTag !== undefined ? { previousTag: options.previousTag } : {}),
      fetchHistory: options.fetchHistory ?? false,
    },
    logger,
  )
  const notes = await buildNotes(
    git,
    {
      range,
      firstParent: options.firstParent ?? true,
      includePaths: options.includePaths ?? [],
      images: options.images ?? [],
      configPath: '.github/release.yml',
      workspace: repo.dir,
      repository: { owner: 'octo-org', repo: 'octo-repo' },
      serverUrl: 'https://github.com',
      latest: range.highestStable && !range.prerelease,
      changelogFile: path.join(changelogDir(), 'CHANGELOG.md'),
      ...(options.bodyLimit !== undefined ? { bodyLimit: options.bodyLimit } : {}),
    },
    logger,
  )
  return { range, notes, logger }
}

function changelogDir(): string {
  const dir = tempDir('slipway-notes-out-')
  dirs.push(dir)
  return dir.dir
}

const full = (notes: Notes) => readFileSync(notes.changelogFile, 'utf8')

const titles = (notes: Notes) => Object.fromEntries(notes.sections.map((s) => [s.title, s.changes.map((c) => c.title)]))

describe('range: the previous release by version', () => {
  test('linear history: sections in order, breaking first, compare link, images with latest for a stable release', async () => {
    const repo = newRepo()
    repo.commit({ message: 'feat: first', tag: 'v1.0.0' })
    repo.commit('fix(api): handle empty lists (#4)')
    repo.commit('feat: add export')
    repo.commit('perf: faster parse')
    repo.commit('Update README')
    repo.commit('feat(api)!: drop the v1 endpoint')
    repo.commit('refactor: split module\n\nBREAKING CHANGE: the config key `x` is now `y`')
    repo.commit({ message: 'chore: release', tag: 'v1.1.0' })
    const { range, notes } = await notesFor(repo, { tag: 'v1.1.0', images: ['ghcr.io/octo-org/server'] })
    expect(range.previousTag).toBe('v1.0.0')
    expect(range.highestStable).toBe(true)
    expect(notes.sections.map((s) => s.title)).toEqual([
      'Breaking changes',
      'Features',
      'Fixes',
      'Performance',
      'Chores',
      'Other changes',
    ])
    expect(titles(notes)['Breaking changes']).toEqual(['split module', 'drop the v1 endpoint'])
    expect(notes.body).toContain('  > the config key `x` is now `y`')
    expect(notes.body).toContain(
      '- **api:** handle empty lists by Test Author ([#4](https://github.com/octo-org/octo-repo/pull/4), [`',
    )
    expect(notes.body).toContain(
      'docker pull ghcr.io/octo-org/server:1.1.0\ndocker pull ghcr.io/octo-org/server:latest',
    )
    expect(notes.body.trimEnd().split('\n').at(-1)).toBe(
      '**Full Changelog**: https://github.com/octo-org/octo-repo/compare/v1.0.0...v1.1.0',
    )
    expect(notes.body.indexOf('## Docker images')).toBeLessThan(notes.body.indexOf('## Breaking changes'))
    expect(notes.commitCount).toBe(7)
  })

  test('first release: everything from the root, a commits link, no first-time marks', async () => {
    const repo = newRepo()
    repo.commit('feat: one')
    repo.commit({ message: 'fix: two', tag: 'v0.1.0' })
    const { range, notes } = await notesFor(repo, { tag: 'v0.1.0' })
    expect(range.previousTag).toBeUndefined()
    expect(notes.commitCount).toBe(2)
    expect(notes.body).toContain('**Full Changelog**: https://github.com/octo-org/octo-repo/commits/v0.1.0')
    expect(notes.contributors.map((c) => [c.name, c.firstTime])).toEqual([['Test Author', false]])
  })

  test('prereleases: a stable release skips them, a prerelease starts from the one before; no latest image', async () => {
    const repo = newRepo()
    repo.commit({ message: 'feat: base', tag: 'v1.2.0' })
    repo.commit({ message: 'feat: a', tag: 'v1.3.0-rc.1' })
    repo.commit({ message: 'fix: b', tag: 'v1.3.0-rc.2' })
    repo.commit({ message: 'fix: c', tag: 'v1.3.0' })
    expect((await notesFor(repo, { tag: 'v1.3.0' })).range.previousTag).toBe('v1.2.0')
    const rc = await notesFor(repo, { tag: 'v1.3.0-rc.2', images: ['ghcr.io/o/s'] })
    expect(rc.range.previousTag).toBe('v1.3.0-rc.1')
    expect(rc.range.prerelease).toBe(true)
    expect(rc.notes.body).toContain('docker pull ghcr.io/o/s:1.3.0-rc.2\n```')
    expect(rc.notes.body).not.toContain(':latest')
    expect(titles(rc.notes)).toEqual({ Fixes: ['b'] })
  })

  test('tags made out of date order and a hotfix on a release branch', async () => {
    const repo = newRepo()
    repo.commit({ message: 'feat: one', tag: 'v1.0.0' })
    repo.commit({ message: 'feat: two', tag: 'v1.1.0' })
    repo.git('branch', 'release/1.1')
    repo.commit({ message: 'feat: three', tag: 'v1.2.0' })
    repo.git('checkout', '-q', 'release/1.1')
    // The hotfix is tagged after v1.2.0, by date, but is a lower version.
    repo.commit({ message: 'fix: hotfix for 1.1', tag: 'v1.1.1' })
    repo.git('checkout', '-q', 'main')
    repo.commit({ message: 'feat: four', tag: 'v1.3.0' })
    const next = await notesFor(repo, { tag: 'v1.3.0' })
    expect(next.range.previousTag).toBe('v1.2.0')
    expect(titles(next.notes)).toEqual({ Features: ['four'] })
    const hotfix = await notesFor(repo, { tag: 'v1.1.1' })
    expect(hotfix.range.previousTag).toBe('v1.1.0')
    expect(hotfix.range.highestStable).toBe(false)
    expect(titles(hotfix.notes)).toEqual({ Fixes: ['hotfix for 1.1'] })
  })

  test('monorepo: prefix and pattern choose the component, include-paths its commits', async () => {
    const repo = newRepo()
    repo.commit({ message: 'feat: server start', files: { 'server/a': '1' }, tag: 'server-v1.0.0' })
    repo.commit({ message: 'feat: client start', files: { 'client/a': '1' }, tag: 'client-v2.0.0' })
    repo.commit({ message: 'fix: server bug', files: { 'server/a': '2' } })
    repo.commit({ message: 'fix: client bug', files: { 'client/a': '2' }, tag: 'client-v2.0.1' })
    repo.commit({ message: 'feat: server feature', files: { 'server/b': '1' }, tag: 'server-v1.1.0' })
    const { range, notes } = await notesFor(repo, {
      tag: 'server-v1.1.0',
      prefix: 'server-v',
      pattern: 'server-v*',
      includePaths: ['server'],
    })
    expect(range.previousTag).toBe('server-v1.0.0')
    expect(titles(notes)).toEqual({ Features: ['server feature'], Fixes: ['server bug'] })
    expect(notes.body).toContain('/compare/server-v1.0.0...server-v1.1.0')
  })

  test('previous-tag overrides the choice', async () => {
    const repo = newRepo()
    repo.commit({ message: 'feat: a', tag: 'v1.0.0' })
    repo.commit({ message: 'feat: b', tag: 'v1.1.0' })
    repo.commit({ message: 'feat: c', tag: 'v1.2.0' })
    const { range, notes } = await notesFor(repo, { tag: 'v1.2.0', previousTag: 'v1.0.0' })
    expect(range.previousTag).toBe('v1.0.0')
    expect(titles(notes)).toEqual({ Features: ['c', 'b'] })
  })

  test('a tag that is not a version of the scheme is an input error', async () => {
    const repo = newRepo()
    repo.commit({ message: 'feat: a', tag: 'nightly' })
    await expect(notesFor(repo, { tag: 'nightly' })).rejects.toThrow(
      'Input \'tag\' has value "nightly": expected a release tag of the form v<SemVer> (or set previous-tag)',
    )
  })
})

describe('merges', () => {
  function mergedHistory(): TestRepo {
    const repo = newRepo()
    repo.commit({ message: 'feat: base', tag: 'v1.0.0' })
    repo.git('checkout', '-q', '-b', 'feature/export')
    repo.commit('wip export')
    repo.commit('feat: export to CSV')
    repo.git('checkout', '-q', 'main')
    repo.commit('fix: direct commit on main')
    repo.git(
      'merge',
      '-q',
      '--no-ff',
      'feature/export',
      '-m',
      'Merge pull request #12 from someone/feature/export\n\nfeat: export to CSV and JSON',
    )
    repo.commit('feat(ui): dark mode (#13)') // a squash merge
    repo.tag('v1.1.0')
    return repo
  }

  test('first-parent: a merged pull request is its merge commit, direct commits and squash merges are kept', async () => {
    const { notes } = await notesFor(mergedHistory(), { tag: 'v1.1.0' })
    expect(titles(notes)).toEqual({
      Features: ['dark mode', 'export to CSV and JSON'],
      Fixes: ['direct commit on main'],
    })
    expect(notes.body).toContain(
      'export to CSV and JSON by Test Author ([#12](https://github.com/octo-org/octo-repo/pull/12)',
    )
    expect(notes.body).toContain('dark mode by Test Author ([#13](https://github.com/octo-org/octo-repo/pull/13)')
  })

  test('without first-parent: the branch commits instead of the merge commit', async () => {
    const { notes } = await notesFor(mergedHistory(), { tag: 'v1.1.0', firstParent: false })
    expect(titles(notes)).toEqual({
      Features: ['dark mode', 'export to CSV'],
      Fixes: ['direct commit on main'],
      'Other changes': ['wip export'],
    })
  })
  test('first-parent with skewed commit dates: a mainline commit git lists before its child is still on the mainline', async () => {
    const repo = newRepo()
    repo.commit({ message: 'feat: base', tag: 'v1.0.0', date: '2024-01-01T00:00:00Z' })
    repo.commit({ message: 'fix: x on main', date: '2024-01-01T01:40:00Z' })
    repo.git('checkout', '-q', '-b', 'side')
    repo.commit({ message: 'feat: side work', date: '2024-01-01T05:00:00Z' })
    repo.git('checkout', '-q', 'main')
    // A clock behind: the child of "x" is dated before it, so git reaches "x" through the side branch first.
    repo.commit({ message: 'fix: y on main', date: '2024-01-01T00:50:00Z' })
    repo.git('merge', '-q', '--no-ff', 'side', '-m', 'Merge pull request #7 from someone/side\n\nfeat: side feature')
    repo.tag('v1.1.0')
    const listed = repo.git('log', '--format=%s', 'v1.0.0..v1.1.0').split('\n')
    expect(listed.indexOf('fix: x on main')).toBeLessThan(listed.indexOf('fix: y on main'))
    const { notes } = await notesFor(repo, { tag: 'v1.1.0' })
    expect(titles(notes)).toEqual({ Features: ['side feature'], Fixes: ['x on main', 'y on main'] })
  })
})

describe('contributors', () => {
  test('authors and co-authors, most commits first; first-time contributors marked; noreply emails give logins', async () => {
    const repo = newRepo()
    const ann = { name: 'Ann', email: 'ann@example.com' }
    repo.commit({ message: 'feat: a', author: ann, tag: 'v1.0.0' })
    repo.commit({ message: 'feat: b', author: ann })
    repo.commit({ message: 'fix: c\n\nCo-authored-by: Bob <12345+bobby@users.noreply.github.com>', author: ann })
    repo.commit({ message: 'fix: d', author: { name: 'Cy', email: 'cy@example.com' }, tag: 'v1.1.0' })
    const { notes, logger } = await notesFor(repo, { tag: 'v1.1.0' })
    expect(notes.contributors).toEqual([
      { name: 'Ann', email: 'ann@example.com', commits: 2, firstTime: false },
      { name: 'Bob', email: '12345+bobby@users.noreply.github.com', login: 'bobby', commits: 1, firstTime: true },
      { name: 'Cy', email: 'cy@example.com', commits: 1, firstTime: true },
    ])
    // bobby comes from a noreply address, not from the API: shown by name, not as a mention.
    expect(notes.body).toContain('## Contributors\n\nAnn, Bob (first contribution 🎉), Cy (first contribution 🎉)')
    expect(logger.messages('warning')).toContain('No token: contributors are shown by name, not by GitHub account')
  })
})

describe('history that is not all there', () => {
  test('a shallow clone is reported with the actions/checkout setting, or fetched whole when allowed', async () => {
    const origin = newRepo()
    origin.commit({ message: 'feat: a', tag: 'v1.0.0' })
    origin.commit({ message: 'feat: b', tag: 'v1.1.0' })
    const dir = tempDir('slipway-shallow-')
    dirs.push(dir)
    const clone = origin.shallowClone(path.join(dir.dir, 'clone'))
    const error = await notesFor(clone, { tag: 'v1.1.0' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toContain('Set `fetch-depth: 0` on actions/checkout')
    const fixed = await notesFor(clone, { tag: 'v1.1.0', fetchHistory: true })
    expect(fixed.range.previousTag).toBe('v1.0.0')
    expect(titles(fixed.notes)).toEqual({ Features: ['b'] })
    expect(
      execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: clone.dir, encoding: 'utf8' }).trim(),
    ).toBe('false')
  })
  test('a clone without the earlier tags: a warning with the fix, or the tags fetched when allowed', async () => {
    const origin = newRepo()
    origin.commit({ message: 'feat: a', tag: 'v1.0.0' })
    origin.commit({ message: 'feat: b', tag: 'v1.1.0' })
    const dir = tempDir('slipway-notags-')
    dirs.push(dir)
    const into = path.join(dir.dir, 'clone')
    execFileSync('git', ['clone', '-q', '--no-tags', `file://${origin.dir}`, into])
    execFileSync('git', ['fetch', '-q', '--no-tags', 'origin', 'refs/tags/v1.1.0:refs/tags/v1.1.0'], { cwd: into })
    const clone = new TestRepo(into)
    const partial = await notesFor(clone, { tag: 'v1.1.0' })
    expect(partial.range.previousTag).toBeUndefined()
    expect(partial.logger.messages('warning')[0]).toContain(
      'the checkout lacks their tags. Set `fetch-depth: 0` on actions/checkout',
    )
    const fixed = await notesFor(clone, { tag: 'v1.1.0', fetchHistory: true })
    expect(fixed.range.previousTag).toBe('v1.0.0')
    expect(titles(fixed.notes)).toEqual({ Features: ['b'] })
  })
})

describe('long histories', () => {
  test('5,000 commits from git fast-import: one streamed log, every commit listed once, body cut at a section', async () => {
    const repo = newRepo()
    fastImportHistory(repo, 5000, { 'v1.0.0': 1000, 'v2.0.0': 5000 })
    const { notes, range } = await notesFor(repo, { tag: 'v2.0.0', bodyLimit: 50_000 })
    expect(range.previousTag).toBe('v1.0.0')
    expect(notes.commitCount).toBe(4000)
    expect(notes.sections.reduce((n, s) => n + s.changes.length, 0)).toBe(4000)
    expect(full(notes).match(/^- /gm)).toHaveLength(4000)
    expect(notes.truncated).toBe(true)
    expect(notes.body.length).toBeLessThanOrEqual(50_000)
    expect(notes.body).toContain('the full notes are in the attached `CHANGELOG.md`')
    expect(notes.body.trimEnd().endsWith('/compare/v1.0.0...v2.0.0')).toBe(true)
    // Every section keeps its place, cut or whole, and so do the contributors.
    expect(notes.body.match(/^## .*/gm)).toEqual(notes.sections.map((s) => `## ${s.title}`).concat('## Contributors'))
    // The history co-authors commit i with `pair{i % 3}` when i is a multiple of 50.
    const pairOne = Array.from({ length: 4000 }, (_, k) => k + 1001).filter((i) => i % 50 === 0 && i % 3 === 1)
    expect(notes.contributors.find((c) => c.email === 'pair1@example.com')?.commits).toBe(pairOne.length)
  })
})

describe('a previous release that is not an ancestor', () => {
  test('the notes list what the release has that the previous one had not, and a notice says so', async () => {
    const repo = newRepo()
    repo.commit({ message: 'feat: base', tag: 'v1.0.0' })
    repo.git('checkout', '-q', '-b', 'release-1.5')
    repo.commit({ message: 'fix: only on the 1.5 line', tag: 'v1.5.0' })
    repo.git('checkout', '-q', 'main')
    repo.commit({ message: 'feat: only on main', tag: 'v2.0.0' })
    const { range, notes, logger } = await notesFor(repo, { tag: 'v2.0.0' })
    expect(range.previousTag).toBe('v1.5.0')
    expect(titles(notes)).toEqual({ Features: ['only on main'] })
    await reportUnrelatedBase(new Git(repo.dir), range, logger)
    expect(logger.messages('notice')).toEqual([
      'v1.5.0 is not an ancestor of v2.0.0: listing the commits only the latter has',
    ])
  })

  test('no notice when the previous release is an ancestor', async () => {
    const repo = newRepo()
    repo.commit({ message: 'feat: base', tag: 'v1.0.0' })
    repo.commit({ message: 'feat: next', tag: 'v1.1.0' })
    const { range, logger } = await notesFor(repo, { tag: 'v1.1.0' })
    await reportUnrelatedBase(new Git(repo.dir), range, logger)
    expect(logger.messages('notice')).toEqual([])
  })
})
