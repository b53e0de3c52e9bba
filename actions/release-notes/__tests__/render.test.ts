import { changeOf, sectionize, type Change } from '../src/changes.js'
import type { GitCommit } from '../src/commits.js'
import type { Contributor } from '../src/contributors.js'
import { BODY_LIMIT, plainText, renderNotes, withIntro, type NotesInput } from '../src/render.js'

const url = 'https://github.com/octo-org/octo-repo'
let counter = 0
const commit = (message: string, author = { name: 'Ann Lee', email: 'ann@example.com' }): GitCommit => ({
  sha: (++counter).toString(16).padStart(40, 'a'),
  parents: ['p1'],
  authorName: author.name,
  authorEmail: author.email,
  time: 0,
  message,
})

function input(changes: Change[], overrides: Partial<NotesInput> = {}): NotesInput {
  return {
    repositoryUrl: url,
    tag: 'v1.1.0',
    previousTag: 'v1.0.0',
    version: '1.1.0',
    latest: true,
    images: [],
    sections: sectionize(changes),
    contributors: [],
    resolvedLogins: new Set(),
    loginOf: () => undefined,
    ...overrides,
  }
}

/**
 * Hostile text as it would be rendered by GitHub: what must not come out of it. A zero-width space breaks mentions
 * and autolinks; a backslash-escaped character is literal.
 */
describe('markdown injection: subjects and names render as the text they are', () => {
  test.each<[string, string]>([
    ['[Click me](https://evil.example)', '\\[Click me\\](https:\u200b//evil.example)'],
    ['![x](https://evil.example/pixel.png)', '\\!\\[x\\](https:\u200b//evil.example/pixel.png)'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['ping @acme/maintainers now', 'ping @\u200bacme/maintainers now'],
    ['see www.evil.example', 'see www\u200b.evil.example'],
    ['mail evil@example.com', 'mail evil@\u200bexample.com'],
    ['**bold** _it_ ~~gone~~', '\\*\\*bold\\*\\* \\_it\\_ \\~\\~gone\\~\\~'],
    ['a | table | row', 'a \\| table \\| row'],
    ['&lt;script&gt;', '\\&lt;script\\&gt;'],
    ['# heading', '\\# heading'],
    ['1. ordered', '1\\. ordered'],
    ['> quote', '\\> quote'],
    ['keep `code [x](y)` as code', 'keep `code [x](y)` as code'],
    ['an unbalanced ` tick', 'an unbalanced \\` tick'],
    ['back\\slash', 'back\\\\slash'],
  ])('%j', (text, expected) => {
    expect(plainText(text)).toBe(expected)
  })

  test('a hostile subject, scope and author name on a change line: no link, image, HTML or mention survives', () => {
    const change = changeOf(
      commit('feat([x](https://e.example)): <b>bold</b> ![i](https://e.example/i.png) @acme/team (#7)', {
        name: '[Click me](https://evil.example)',
        email: 'evil@example.com',
      }),
    )
    const body = renderNotes(input([change])).body
    const line = body.split('\n').find((l) => l.startsWith('- ')) ?? ''
    expect(line).toBe(
      `- **\\[x\\](https:\u200b//e.example):** \\<b\\>bold\\</b\\> \\!\\[i\\](https:\u200b//e.example/i.png) @\u200bacme/team by \\[Click me\\](https:\u200b//evil.example) ([#7](${url}/pull/7), [\`${change.sha.slice(0, 7)}\`](${url}/commit/${change.sha}))`,
    )
    // The links slipway makes are the only links on the line.
    expect([...line.matchAll(/(?<!\\)\]\(/g)]).toHaveLength(2)
  })

  test.each<[string, Partial<Contributor>, string[], string]>([
    ['a team as a name', { name: '@acme/maintainers' }, [], '@\u200bacme/maintainers'],
    [
      'a link as a name',
      { name: '[Click me](https://evil.example)' },
      [],
      '\\[Click me\\](https:\u200b//evil.example)',
    ],
    ['a heading as the first name', { name: '# Owned' }, [], '\\# Owned'],
    ['a resolved login', { name: 'Ann', login: 'annlee' }, ['annlee'], '@annlee'],
    ['a bot account', { name: 'dependabot[bot]', login: 'dependabot[bot]' }, ['dependabot[bot]'], '@dependabot[bot]'],
    ['a noreply login, not resolved through the API', { name: 'Bob', login: 'bobby' }, [], 'Bob'],
    ['a "login" that is not one', { name: 'Eve', login: 'acme/maintainers' }, ['acme/maintainers'], 'Eve'],
  ])('contributors: %s', (_what, person, resolved, expected) => {
    const contributor: Contributor = { name: 'x', email: 'x@example.com', commits: 1, firstTime: false, ...person }
    const body = renderNotes(
      input([changeOf(commit('fix: a'))], { contributors: [contributor], resolvedLogins: new Set(resolved) }),
    ).body
    expect(body).toContain(`## Contributors\n\n${expected}\n`)
  })
})

describe('authors and images', () => {
  test('each change line names its author: @login when resolved, else the name', () => {
    const changes = [
      changeOf(commit('feat: Add iPXE boot menu', { name: 'Ann Lee', email: 'ann@example.com' })),
      changeOf(commit('fix: a typo', { name: 'Bob Ray', email: 'bob@example.com' })),
    ]
    const body = renderNotes(
      input(changes, {
        resolvedLogins: new Set(['annlee']),
        loginOf: (c) => (c.author.email === 'ann@example.com' ? 'annlee' : undefined),
      }),
    ).body
    expect(body).toContain('- Add iPXE boot menu by @annlee ([`')
    expect(body).toContain('- a typo by Bob Ray ([`')
  })

  test.each<[string, boolean, string[]]>([
    ['the release latest points to', true, ['docker pull ghcr.io/o/s:1.1.0', 'docker pull ghcr.io/o/s:latest']],
    ['a hotfix below the highest version', false, ['docker pull ghcr.io/o/s:1.1.0']],
  ])('%s', (_what, latest, lines) => {
    const body = renderNotes(input([changeOf(commit('fix: a'))], { latest, images: ['ghcr.io/o/s'] })).body
    expect(body).toContain(`\`\`\`sh\n${lines.join('\n')}\n\`\`\``)
  })
})

describe('size', () => {
  test('a 200,000-character subject is cut on its line: every section and the Contributors keep their place', () => {
    const changes = [
      changeOf(commit(`feat: ${'x'.repeat(200_000)}`)),
      changeOf(commit('fix: small fix')),
      changeOf(commit(`chore: ${'y'.repeat(300)}\n\nBREAKING CHANGE: ${'z'.repeat(50_000)}`)),
    ]
    const contributors: Contributor[] = [{ name: 'Ann Lee', email: 'ann@example.com', commits: 3, firstTime: false }]
    const rendered = renderNotes(input(changes, { contributors }))
    expect(rendered.truncated).toBe(false)
    expect(rendered.body.length).toBeLessThan(5_000)
    expect(rendered.body.match(/^## .*/gm)).toEqual([
      '## Breaking changes',
      '## Features',
      '## Fixes',
      '## Contributors',
    ])
    expect(rendered.body).toContain(`- ${'x'.repeat(499)}… by Ann Lee`)
    expect(rendered.body.trimEnd().endsWith('/compare/v1.0.0...v1.1.0')).toBe(true)
  })

  test('notes past the limit: every section keeps its heading and says how many more CHANGELOG.md holds', () => {
    const changes = [
      ...Array.from({ length: 3000 }, (_, i) => changeOf(commit(`feat: feature number ${i} ${'f'.repeat(40)}`))),
      ...Array.from({ length: 50 }, (_, i) => changeOf(commit(`fix: fix number ${i}`))),
    ]
    const contributors: Contributor[] = Array.from({ length: 5000 }, (_, i) => ({
      name: `Person ${i}`,
      email: `p${i}@example.com`,
      commits: 1,
      firstTime: false,
    }))
    let full = ''
    const rendered = renderNotes(input(changes, { contributors }), BODY_LIMIT, (text) => (full += text))
    expect(rendered.truncated).toBe(true)
    expect(rendered.fullLength).toBe(full.length)
    expect(full.match(/^- /gm)).toHaveLength(3050)
    expect(rendered.body.length).toBeLessThanOrEqual(BODY_LIMIT)
    expect(rendered.body.match(/^## .*/gm)).toEqual(['## Features', '## Fixes', '## Contributors'])
    expect(rendered.body).toMatch(/^- … and [\d,]+ more in `CHANGELOG.md`$/m)
    expect(rendered.body).toMatch(/Person 0, Person 1, .*, and [\d,]+ more\n/)
    expect(rendered.body).toContain('the full notes are in the attached `CHANGELOG.md`')
    expect(rendered.body.trimEnd().endsWith('/compare/v1.0.0...v1.1.0')).toBe(true)
  })

  test('a smaller limit (what an append leaves) is kept too', () => {
    const changes = Array.from({ length: 500 }, (_, i) => changeOf(commit(`feat: feature ${i}`)))
    const body = renderNotes(input(changes), 10_000).body
    expect(body.length).toBeLessThanOrEqual(10_000)
    expect(body).toContain('## Features')
  })

  test('the hand-written text comes first', () => {
    expect(withIntro('Read me first.', '## Fixes\n')).toBe('Read me first.\n\n## Fixes\n')
    expect(withIntro(undefined, '## Fixes\n')).toBe('## Fixes\n')
    expect(withIntro('Only this.', '')).toBe('Only this.\n')
  })
})
