import {
  compareSemVer,
  formatSemVer,
  globMatch,
  isHighestStable,
  parseSemVer,
  previousVersionTag,
  sortVersionTags,
  versionOfTag,
} from '../src/index.js'

const v = (text: string) => {
  const parsed = parseSemVer(text)
  if (!parsed) throw new Error(`not semver: ${text}`)
  return parsed
}

describe('parseSemVer', () => {
  test.each([
    ['1.2.3', '1.2.3'],
    ['1.2.3-beta.1', '1.2.3-beta.1'],
    ['1.0.0-rc.1+build.5', '1.0.0-rc.1+build.5'],
  ])('%s round-trips', (text, shown) => {
    expect(formatSemVer(v(text))).toBe(shown)
  })
  test.each(['1.2', '01.2.3', '1.2.3-', '1.2.3-01', 'v1.2.3', ''])('%s is not SemVer', (text) => {
    expect(parseSemVer(text)).toBeUndefined()
  })
})

describe('compareSemVer follows the precedence of semver.org §11', () => {
  // The ordering example of the specification, lowest first.
  const ordered = [
    '1.0.0-alpha',
    '1.0.0-alpha.1',
    '1.0.0-alpha.beta',
    '1.0.0-beta',
    '1.0.0-beta.2',
    '1.0.0-beta.11',
    '1.0.0-rc.1',
    '1.0.0',
    '1.0.1',
    '1.1.0',
    '2.0.0',
    '10.0.0',
  ]
  test.each(ordered.slice(1).map((text, i) => [ordered[i]!, text]))('%s < %s', (low, high) => {
    expect(compareSemVer(v(low), v(high))).toBe(-1)
    expect(compareSemVer(v(high), v(low))).toBe(1)
  })
  test('build metadata is ignored', () => {
    expect(compareSemVer(v('1.0.0+a'), v('1.0.0+b'))).toBe(0)
  })
})

describe('previousVersionTag', () => {
  const tags = [
    'v1.0.0',
    'v1.1.0',
    'v1.2.0-rc.1',
    'v1.2.0-rc.2',
    'v1.10.0',
    'v1.2.0',
    'v1.1.1',
    'latest',
    'v2.0.0-beta.1',
  ]
  test.each([
    ['1.2.0', 'v1.1.1'], // stable: prereleases skipped, 1.1.1 (a hotfix) is the highest below
    ['1.2.0-rc.2', 'v1.2.0-rc.1'], // prerelease: prereleases count
    ['1.2.0-rc.1', 'v1.1.1'],
    ['1.10.0', 'v1.2.0'], // by version, not by name: 1.10 > 1.2
    ['2.0.0', 'v1.10.0'],
    ['2.0.0-beta.2', 'v2.0.0-beta.1'],
    ['1.0.0', undefined], // the first release
  ])('before %s comes %s', (current, expected) => {
    expect(previousVersionTag(tags, v(current), { prefix: 'v' })?.tag).toBe(expected)
  })

  test('monorepo prefixes keep components apart', () => {
    const mono = ['server-v1.0.0', 'server-v1.1.0', 'client-v1.0.5', 'client-v2.0.0', 'v9.0.0']
    expect(previousVersionTag(mono, v('1.2.0'), { prefix: 'server-v' })?.tag).toBe('server-v1.1.0')
    expect(previousVersionTag(mono, v('1.2.0'), { prefix: 'client-v' })?.tag).toBe('client-v1.0.5')
    expect(previousVersionTag(mono, v('1.2.0'), { prefix: '', pattern: 'server-v*' })).toBeUndefined()
    expect(versionOfTag('server-v1.0.0', { prefix: 'server-v', pattern: 'server-v*' })).toEqual(v('1.0.0'))
  })
})

describe('isHighestStable', () => {
  const tags = ['v1.0.0', 'v2.0.0', 'v2.1.0-rc.1', 'v1.5.0']
  test.each([
    ['2.0.0', true],
    ['2.1.0', true],
    ['1.5.1', false], // a hotfix on an older line must not become latest
    ['2.1.0-rc.2', false],
  ])('%s → %s', (current, expected) => {
    expect(isHighestStable(tags, v(current), { prefix: 'v' })).toBe(expected)
  })
})

test('sortVersionTags ignores tags that are not versions and orders by precedence', () => {
  expect(
    sortVersionTags(['v1.0.0', 'nightly', 'v1.0.0-rc.1', 'v0.9.0', 'vX'], { prefix: 'v' }).map((t) => t.tag),
  ).toEqual(['v1.0.0', 'v1.0.0-rc.1', 'v0.9.0'])
})

test.each([
  ['server-v*', 'server-v1.2.3', true],
  ['server-v*', 'client-v1.2.3', false],
  ['v?.*', 'v1.2.3', true],
  ['v1.*', 'v1x2', false],
])('glob %s on %s → %s', (pattern, text, expected) => {
  expect(globMatch(pattern, text)).toBe(expected)
})

// A RegExp of the same glob (`^.*a.*a…b$`) backtracks exponentially on this text and never returns.
test('a glob of many stars against a long tag answers at once', () => {
  const pattern = `${'*a'.repeat(30)}*b`
  expect(globMatch(pattern, 'a'.repeat(200))).toBe(false)
  expect(globMatch(pattern, `${'a'.repeat(200)}b`)).toBe(true)
})
