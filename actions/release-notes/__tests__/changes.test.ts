import { ChangeStore, changeOf, sectionize, sectionizeStored, type Change } from '../src/changes.js'
import type { GitCommit } from '../src/commits.js'
import { parseReleaseConfig } from '../src/release-config-file.js'
import { categorize } from '../src/release-config.js'

const commit = (message: string, parents = ['p1']): GitCommit => ({
  sha: 'a'.repeat(40),
  parents,
  authorName: 'Ann',
  authorEmail: 'ann@example.com',
  time: 0,
  message,
})

type Expected = Partial<Pick<Change, 'type' | 'scope' | 'title' | 'breaking' | 'breakingNotes' | 'pullRequest'>>

test.each<[string, Expected]>([
  ['feat: add export', { type: 'feat', title: 'add export', breaking: false }],
  ['fix(api): handle nulls (#12)', { type: 'fix', scope: 'api', title: 'handle nulls', pullRequest: 12 }],
  ['feat(api)!: drop v1', { type: 'feat', breaking: true, breakingNotes: [] }],
  [
    'refactor: rename\n\nBREAKING CHANGE: `x` is now `y`\nCo-authored-by: Bob <bob@example.com>',
    { type: 'refactor', breaking: true, breakingNotes: ['`x` is now `y`'] },
  ],
  [
    'Merge pull request #7 from bob/topic\n\nfeat(ui): dark mode',
    { type: 'feat', scope: 'ui', title: 'dark mode', pullRequest: 7 },
  ],
  ['Merge pull request #8 from bob/topic', { title: 'Merge bob/topic', pullRequest: 8, breaking: false }],
  ['Update README (#9)', { title: 'Update README', pullRequest: 9 }],
  ['Lock: keep optional entries', { title: 'Lock: keep optional entries', breaking: false }],
  ['FEAT: shouting', { type: 'feat', title: 'shouting' }],
  ['Revert "feat: x"\n\nThis reverts commit abc.', { title: 'Revert "feat: x"' }],
])('%j', (message, expected) => {
  const change = changeOf(commit(message))
  expect(change).toMatchObject(expected)
  if (!('type' in expected)) expect(change.type).toBeUndefined()
})

test('co-authors come from trailers, case-insensitively', () => {
  expect(
    changeOf(commit('fix: x\n\nco-authored-by: Bob Ray <bob@example.com>\nCo-Authored-By: Cy <cy@example.com>'))
      .coAuthors,
  ).toEqual([
    { name: 'Bob Ray', email: 'bob@example.com' },
    { name: 'Cy', email: 'cy@example.com' },
  ])
})

test('sections: breaking first, then types in a fixed order, other changes last; categories claim first', () => {
  const changes = ['chore: c', 'Misc', 'fix: b', 'feat!: z', 'feat: a', 'perf: p (#3)'].map((m) => changeOf(commit(m)))
  expect(sectionize(changes).map((s) => [s.title, s.changes.map((c) => c.title)])).toEqual([
    ['Breaking changes', ['z']],
    ['Features', ['a']],
    ['Fixes', ['b']],
    ['Performance', ['p']],
    ['Chores', ['c']],
    ['Other changes', ['Misc']],
  ])
  const claimed = sectionize(changes, (c) => (c.pullRequest === 3 ? 'Speed' : c.type === 'chore' ? null : undefined))
  expect(claimed.map((s) => s.title)).toEqual(['Breaking changes', 'Speed', 'Features', 'Fixes', 'Other changes'])
})

test('sections of a store list the same changes, in the same order, as sections of the changes themselves', () => {
  const messages = ['chore: c', 'Misc', 'fix: b', 'feat!: z', 'feat: a', 'perf: p (#3)', 'fix: d (#4)', 'docs: e']
  const many = Array.from({ length: 700 }, (_, i) => `${messages[i % messages.length] ?? ''} ${i}`)
  const store = new ChangeStore()
  for (const message of many) store.add(changeOf(commit(message)))
  store.seal()
  // Every other change, backwards: the sections follow the order of the indexes given.
  const indexes = Array.from({ length: 350 }, (_, i) => 699 - 2 * i)
  const category = (c: Change) => (c.pullRequest === 3 ? 'Speed' : c.type === 'docs' ? null : undefined)
  const titles = (sections: ReturnType<typeof sectionize>) =>
    sections.map((s) => [s.title, s.changes.length, s.changes.map((c) => c.title), [...s.changes].map((c) => c.sha)])
  expect(titles(sectionizeStored(store, indexes, category))).toEqual(
    titles(
      sectionize(
        indexes.map((i) => changeOf(commit(many[i] ?? ''))),
        category,
      ),
    ),
  )
})

describe('ChangeStore: one compact record per commit, read back as the change it was', () => {
  const plain = (change: Change) => ({
    sha: change.sha,
    type: change.type,
    scope: change.scope,
    title: change.title,
    breaking: change.breaking,
    breakingNotes: [...change.breakingNotes],
    pullRequest: change.pullRequest,
    author: { ...change.author },
    coAuthors: change.coAuthors.map((person) => ({ ...person })),
  })
  const messages = [
    'feat(api): add export (#12)',
    'fix: handle nulls',
    'Update README',
    'refactor!: rename\n\nBREAKING CHANGE: `x` is now `y`\nCo-authored-by: Bob <bob@example.com>',
    'Merge pull request #7 from bob/topic\n\nfeat(ui): dark mode',
    'docs: ünïcödé, emoji 🎉 and 中文',
    'chore: a pull request zero (#0)',
    'chore: a pull request past 32 bits (#99999999999)',
    `feat: ${'long '.repeat(2000)}`,
    '',
  ]
  const commits = (count: number, shaLength: number) =>
    Array.from({ length: count }, (_, i) => ({
      sha: i.toString(16).padStart(shaLength, '0'),
      parents: [],
      authorName: `Dev ${i % 7}`,
      authorEmail: `dev${i % 7}@example.com`,
      time: 0,
      message: messages[i % messages.length] ?? '',
    }))

  test.each([
    ['SHA-1, within a block', 7, 40],
    ['SHA-1, over three blocks', 2500, 40],
    ['SHA-256', 1100, 64],
  ])('%s', (_name, count, shaLength) => {
    const store = new ChangeStore()
    const expected = commits(count, shaLength).map((commit) => plain(changeOf(commit)))
    const indexes = commits(count, shaLength).map((commit) => store.add(changeOf(commit)))
    expect(indexes).toEqual(expected.map((_, i) => i))
    expect(store.size).toBe(count)
    // Read before and after the last block is sealed.
    expect(plain(store.change(count - 1))).toEqual(expected[count - 1])
    store.seal()
    expect(indexes.map((i) => plain(store.change(i)))).toEqual(expected)
  })

  test('a SHA of another length than the others is kept as it came; people are shared; a merge takes its branch author', () => {
    const store = new ChangeStore()
    const base = { parents: [], authorName: 'Ann', authorEmail: 'ann@example.com', time: 0, message: 'feat: a' }
    const a = store.add(changeOf({ ...base, sha: 'a'.repeat(40) }))
    const odd = store.add(changeOf({ ...base, sha: 'not-hex' }))
    const bob = store.add(changeOf({ ...base, sha: 'b'.repeat(40), authorName: 'Bob', authorEmail: 'bob@example.com' }))
    store.seal()
    expect([store.change(a).sha, store.change(odd).sha, store.change(bob).sha]).toEqual([
      'a'.repeat(40),
      'not-hex',
      'b'.repeat(40),
    ])
    expect(store.change(a).author).toBe(store.change(odd).author)
    store.creditTo(a, bob)
    expect(store.change(a).author).toEqual({ name: 'Bob', email: 'bob@example.com' })
    store.change(odd).author = { name: 'Cy', email: 'cy@example.com' }
    expect(store.change(odd).author).toEqual({ name: 'Cy', email: 'cy@example.com' })
    expect(() => store.change(3)).toThrow(RangeError)
  })
})

describe('release.yml', () => {
  const config = parseReleaseConfig(
    [
      'changelog:',
      '  exclude:',
      '    labels: [ignore-for-release]',
      '    authors: [renovate-bot]',
      '  categories:',
      '    - title: Breaking Changes 🛠',
      '      labels: [semver-major]',
      '    - title: New Features 🎉',
      '      labels: [feature]',
      '      exclude:',
      '        labels: [internal]',
      '    - title: Everything else',
      '      labels: ["*"]',
    ].join('\n'),
    '.github/release.yml',
  )
  test.each<[string[], string | undefined, string | null | undefined]>([
    [['feature'], 'ann', 'New Features 🎉'],
    [['feature', 'semver-major'], 'ann', 'Breaking Changes 🛠'],
    [['feature', 'internal'], 'ann', 'Everything else'],
    [['ignore-for-release', 'feature'], 'ann', null],
    [['feature'], 'renovate-bot', null],
    [[], undefined, 'Everything else'],
  ])('labels %j by %s → %s', (labels, author, expected) => {
    expect(categorize(config, { labels, ...(author ? { author } : {}) })).toBe(expected)
  })
  test('a mistake points at its line', () => {
    expect(() => parseReleaseConfig('changelog:\n  categories:\n    - labels: [x]\n', '.github/release.yml')).toThrow(
      '.github/release.yml:3: a category needs a `title`',
    )
  })
})
