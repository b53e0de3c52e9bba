import { compareIsoIdentifiers, isoIdentifier, jolietIdentifier, validateVolumeId } from '../src/names.js'

describe('ECMA-119 identifiers (Level 3)', () => {
  test.each([
    ['readme.txt', false, 'README.TXT;1'],
    ['Makefile', false, 'MAKEFILE.;1'],
    ['.profile', false, '_PROFILE.;1'],
    ['archive.tar.gz', false, 'ARCHIVE_TAR.GZ;1'],
    ['user-data', false, 'USER_DATA.;1'],
    ['a'.repeat(40) + '.txt', false, 'A'.repeat(27) + '.TXT;1'],
    ['my.dir', true, 'MY_DIR'],
    ['d'.repeat(40), true, 'D'.repeat(31)],
  ])('%s → %s', (name, dir, expected) => {
    expect(isoIdentifier(name, dir, new Set())).toBe(expected)
  })

  test('names that differ only by case get distinct, numbered identifiers in order', () => {
    const taken = new Set<string>()
    expect(['README', 'Readme', 'readme'].map((n) => isoIdentifier(n, false, taken))).toEqual([
      'README.;1',
      'README_1.;1',
      'README_2.;1',
    ])
  })

  test('§9.3 order: name then extension, each padded with spaces', () => {
    const ids = ['A.B;1', 'AB.;1', 'A_.;1', 'A.;1', 'A0.;1', 'A.A;1']
    expect([...ids].sort(compareIsoIdentifiers)).toEqual(['A.;1', 'A.A;1', 'A.B;1', 'A0.;1', 'AB.;1', 'A_.;1'])
  })
})

describe('Joliet identifiers', () => {
  test('short names are kept, forbidden characters and astral code points become _', () => {
    expect(jolietIdentifier('Ünïcode 日本.txt', new Set())).toBe('Ünïcode 日本.txt')
    expect(jolietIdentifier('a:b*c?.txt', new Set())).toBe('a_b_c_.txt')
    expect(jolietIdentifier('rocket 🚀.md', new Set())).toBe('rocket _.md')
  })

  test('names over 103 characters are cut to 103 with a stable hash suffix, unique between names sharing a prefix', () => {
    const a = jolietIdentifier(`${'n'.repeat(116)}.txt`, new Set())
    const b = jolietIdentifier(`${'n'.repeat(117)}.txt`, new Set())
    expect(a).toHaveLength(103)
    expect(a.endsWith('.txt')).toBe(true)
    expect(a).not.toBe(b)
    expect(jolietIdentifier(`${'n'.repeat(116)}.txt`, new Set())).toBe(a)
  })

  test('a clash after cleaning gets another suffix', () => {
    const taken = new Set<string>()
    const first = jolietIdentifier('a:b', taken)
    const second = jolietIdentifier('a?b', taken)
    expect(first).toBe('a_b')
    expect(second).not.toBe(first)
    expect(second.length).toBeLessThanOrEqual(103)
  })
})

test.each([
  ['cidata', undefined],
  ['CIDATA_2024', undefined],
  ['', 'a volume id of 1 to 32 characters'],
  ['a'.repeat(33), 'at most 32 characters (ECMA-119 §8.4.6)'],
  ['my-volume', 'only letters A-Z, digits and _ (ECMA-119 d-characters)'],
])('volume id %j', (id, problem) => {
  expect(validateVolumeId(id)).toBe(problem)
})
