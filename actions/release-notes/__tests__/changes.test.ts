import { changeOf, sectionize, type Change } from '../src/changes.js'
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
