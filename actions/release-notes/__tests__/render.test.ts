import { changeOf, sectionize, type Change } from '../src/changes.js'
import type { GitCommit } from '../src/commits.js'
import type { Contributor } from '../src/contributors.js'
import { BODY_LIMIT, groupedNumber, plainText, renderNotes, withIntro, type NotesInput } from '../src/render.js'

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

describe('the fast paths give what the long way gives', () => {
  // plainText as it was before it returned plain text untouched: every rule applied to every text.
  function escapedTheLongWay(text: string): string {
    const escapeRun = (run: string) =>
      run
        .replace(/[\\`*_[\]<>~|&!]/g, '\\$&')
        .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
        .replace(/:\/\//g, ':\u200b//')
        .replace(/\b(www)\./gi, '$1\u200b.')
    let out = ''
    let from = 0
    for (const match of text.matchAll(/`[^`\n]+`/g)) {
      out += escapeRun(text.slice(from, match.index))
      out += match[0]
      from = match.index + match[0].length
    }
    out += escapeRun(text.slice(from))
    return out.replace(
      /^(\s*)(?:([#+=>-])|(\d+)([.)]))/gm,
      (_all, space: string, mark?: string, digits?: string, dot?: string) =>
        mark !== undefined ? `${space}\\${mark}` : `${space}${digits ?? ''}\\${dot ?? ''}`,
    )
  }

  test('plainText on 20,000 random texts, and on texts that only look special', () => {
    // Each piece is something a rule reacts to, or something next to it that it must not react to.
    const pieces = [
      ...'abcXYZ019 .,:;/()\'"?%$^{}\t'.split(''),
      ...'\\`*_[]<>~|&!@#+=-'.split(''),
      '\n',
      '\r',
      '\u2028',
      '\u2029',
      '\u00a0',
      '\u3000',
      'é',
      '🎉',
      '://',
      'www.',
      'WWW.',
      'awww.',
      '1.',
      '12)',
      '`code`',
      '@ann',
      'a@b',
      ' - ',
      '> ',
    ]
    let seed = 17
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const texts = Array.from({ length: 20_000 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 8) }, () => pieces[Math.floor(random() * pieces.length)]).join(''),
    )
    texts.push('change number 12345', 'Update component 7', '  indented text', '2024 was a year', 'x'.repeat(500))
    const differing = texts.filter((text) => plainText(text) !== escapedTheLongWay(text))
    expect(differing).toEqual([])
    // Both kinds were tried: texts returned as they are, and texts that needed escapes.
    expect(texts.filter((text) => plainText(text) === text).length).toBeGreaterThan(1_000)
    expect(texts.filter((text) => plainText(text) !== text).length).toBeGreaterThan(1_000)
  })

  test.each([0, 7, 999, 1_000, 12_345, 125_000, 999_999, 1_000_000, 123_456_789_012, -4_321])(
    'groupedNumber(%d) is what toLocaleString("en") writes',
    (value) => {
      expect(groupedNumber(value)).toBe(value.toLocaleString('en'))
    },
  )

  test('an author is looked up once for all of their lines', () => {
    const ann = { name: 'Ann Lee', email: 'ann@example.com' }
    const changes = ['feat: a', 'fix: b', 'docs: c'].map((message) => {
      const change = changeOf(commit(message))
      change.author = ann
      return change
    })
    let asked = 0
    const loginOf = (change: Change) => {
      asked++
      return change.author === ann ? 'annlee' : undefined
    }
    const body = renderNotes(input(changes, { loginOf, resolvedLogins: new Set(['annlee']) })).body
    expect(body.match(/ by @annlee \(/g)).toHaveLength(3)
    expect(asked).toBe(1)
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
