import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ConfigError, recordingLogger } from '@slipway/action-kit'
import { Git, authorsSeenFrom, startAuthorWalk } from '@slipway/git'
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

describe('first-time contributors, found without reading the whole past when it is not needed', () => {
  /**
   * An author's only earlier commit is the root, 3,000 commits below the previous release; a co-author of commit
   * 2,000 of the fast-imported history (pair1) authors a commit of the release; someone else is new. The walk back
   * has to read past what git runs ahead with before it is read, all the way to the root.
   */
  function deepHistory(): TestRepo {
    const repo = newRepo()
    const root = repo.commit({
      message: 'feat: the very first commit',
      author: { name: 'Old Timer', email: 'old@example.com' },
    })
    fastImportHistory(repo, 3000, { 'v1.0.0': 3000 }, root)
    repo.commit({ message: 'fix: back after years', author: { name: 'Old Timer', email: 'OLD@example.com' } })
    repo.commit({ message: 'feat: pairing again', author: { name: 'Pair 1', email: 'pair1@example.com' } })
    repo.commit({ message: 'feat: hello', author: { name: 'New Person', email: 'new@example.com' } })
    repo.commit({ message: 'chore: regular work', author: { name: 'Dev 3', email: 'dev3@example.com' } })
    repo.tag('v1.1.0')
    return repo
  }

  test('an author seen only at the root, or only as a co-author long ago, is not new; someone new is', async () => {
    const repo = deepHistory()
    expect(repo.git('rev-list', '--count', 'v1.0.0')).toBe('3001')
    const { notes } = await notesFor(repo, { tag: 'v1.1.0' })
    expect(notes.commitCount).toBe(4)
    expect(Object.fromEntries(notes.contributors.map((c) => [c.email.toLowerCase(), c.firstTime]))).toEqual({
      'old@example.com': false,
      'pair1@example.com': false,
      'new@example.com': true,
      'dev3@example.com': false,
    })
    expect(notes.body).toContain('New Person (first contribution 🎉)')
    expect(notes.body).not.toContain('Old Timer (first contribution')
  })

  test('the walk back stops once every author is seen: a release by recent authors reads a few commits', async () => {
    const repo = deepHistory()
    const git = new Git(repo.dir)
    const base = repo.git('rev-parse', 'v1.0.0')
    // What earlierContributors asks first: Dev 3 committed a few commits below v1.0.0.
    const recent = await authorsSeenFrom(git, base, new Set(['dev3@example.com']))
    expect(recent).toEqual({
      seen: new Set(['dev3@example.com']),
      complete: true,
      walked: expect.any(Number) as number,
    })
    expect(recent.walked).toBeLessThanOrEqual(10)
    const deep = await authorsSeenFrom(git, base, new Set(['old@example.com', 'new@example.com']))
    expect(deep).toEqual({ seen: new Set(['old@example.com']), complete: true, walked: 3001 })
    // A walk started early and read late gives the same answer as one read at once (git waits on the full pipe).
    const early = startAuthorWalk(git, base)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await early.seen(new Set(['old@example.com', 'new@example.com']))).toEqual(deep)
    const bounded = await startAuthorWalk(git, base, 500).seen(new Set(['old@example.com']))
    expect(bounded).toEqual({ seen: new Set(), complete: false, walked: 500 })
  })

  test('two emails of one account in the release: one contributor, not new if either was seen before', async () => {
    const repo = newRepo()
    const oldStyle = { name: 'Ann', email: 'ann@users.noreply.github.com' }
    fastImportHistory(repo, 2000, { 'v1.0.0': 2000 }, repo.commit({ message: 'feat: long ago', author: oldStyle }))
    repo.commit({
      message: 'feat: with the new address',
      author: { name: 'Ann', email: '123+ann@users.noreply.github.com' },
    })
    repo.commit({ message: 'fix: with the old one', author: oldStyle })
    repo.tag('v1.1.0')
    const { notes } = await notesFor(repo, { tag: 'v1.1.0' })
    expect(notes.contributors).toEqual([
      {
        name: 'Ann',
        email: expect.stringMatching(/ann@users\.noreply\.github\.com$/) as string,
        login: 'ann',
        commits: 2,
        firstTime: false,
      },
    ])
  })
})

describe('the walk tells whether the previous release is an ancestor (no git merge-base for the default walk)', () => {
  test('through a merge of the previous release: an ancestor; on another line: not; without first-parent: git is asked', async () => {
    const repo = newRepo()
    repo.commit({ message: 'feat: base' })
    repo.git('checkout', '-q', '-b', 'release-1.0')
    repo.commit({ message: 'fix: on the release line', tag: 'v1.0.0' })
    repo.git('checkout', '-q', 'main')
    repo.commit({ message: 'feat: on main' })
    // v1.0.0 is reachable from v2.0.0 only as the second parent of this merge.
    repo.git(
      'merge',
      '-q',
      '--no-ff',
      'release-1.0',
      '-m',
      'Merge pull request #3 from someone/release-1.0\n\nfix: merge the fix',
    )
    repo.commit({ message: 'feat: after the merge', tag: 'v2.0.0' })
    repo.git('checkout', '-q', 'release-1.0')
    repo.commit({ message: 'fix: a hotfix', tag: 'v1.0.1' })
    const merged = await notesFor(repo, { tag: 'v2.0.0', previousTag: 'v1.0.0' })
    expect(merged.notes.baseIsAncestor).toBe(true)
    await reportUnrelatedBase(new Git(repo.dir), merged.range, merged.logger, merged.notes.baseIsAncestor)
    expect(merged.logger.messages('notice')).toEqual([])
    const apart = await notesFor(repo, { tag: 'v2.0.0', previousTag: 'v1.0.1' })
    expect(apart.notes.baseIsAncestor).toBe(false)
    await reportUnrelatedBase(new Git(repo.dir), apart.range, apart.logger, apart.notes.baseIsAncestor)
    expect(apart.logger.messages('notice')).toEqual([
      'v1.0.1 is not an ancestor of v2.0.0: listing the commits only the latter has',
    ])
    // The same answer from git, for the walks that skip commits or rewrite parents.
    const noMerges = await notesFor(repo, { tag: 'v2.0.0', previousTag: 'v1.0.0', firstParent: false })
    expect(noMerges.notes.baseIsAncestor).toBeUndefined()
    await reportUnrelatedBase(new Git(repo.dir), noMerges.range, noMerges.logger, noMerges.notes.baseIsAncestor)
    expect(noMerges.logger.messages('notice')).toEqual([])
    const same = await notesFor(repo, { tag: 'v2.0.0', previousTag: 'v2.0.0' })
    expect([same.notes.commitCount, same.notes.baseIsAncestor]).toEqual([0, true])
  })

  test('a merged pull request is credited to the author of its branch, not to who merged it', async () => {
    const repo = newRepo()
    repo.commit({ message: 'feat: base', tag: 'v1.0.0' })
    repo.git('checkout', '-q', '-b', 'topic')
    repo.commit({ message: 'feat: the work', author: { name: 'Bob Ray', email: 'bob@example.com' } })
    repo.git('checkout', '-q', 'main')
    repo.commit({ message: 'fix: meanwhile on main', author: { name: 'Cy', email: 'cy@example.com' } })
    repo.git('merge', '-q', '--no-ff', 'topic', '-m', 'Merge pull request #5 from bob/topic\n\nfeat: the feature')
    repo.tag('v1.1.0')
    const { notes } = await notesFor(repo, { tag: 'v1.1.0' })
    expect(notes.body).toContain('- the feature by Bob Ray ([#5](https://github.com/octo-org/octo-repo/pull/5)')
    expect(notes.body).toContain('- meanwhile on main by Cy (')
    expect(notes.contributors.map((c) => [c.name, c.commits])).toEqual([
      ['Bob Ray', 1],
      ['Cy', 1],
    ])
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
