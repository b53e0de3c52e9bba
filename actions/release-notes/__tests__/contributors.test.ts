import { ASCII_ORDER, compareNames } from '../src/contributors.js'

const icu = (a: string, b: string) => Math.sign(a.localeCompare(b, 'en'))

describe('compareNames is localeCompare(…, "en") without starting ICU for ASCII names', () => {
  const printable = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i))

  test('the order table holds every printable ASCII character once (a letter for both of its cases)', () => {
    expect(Array.from(ASCII_ORDER).sort()).toEqual([...new Set(printable.map((c) => c.toLowerCase()))].sort())
  })

  test('every pair of printable ASCII characters, and of two-character strings over a mixed set', () => {
    const differing: string[] = []
    for (const a of printable) for (const b of printable) if (compareNames(a, b) !== icu(a, b)) differing.push(a + b)
    const mixed = [' ', '_', '-', '.', '@', '0', '9', 'a', 'A', 'z', 'Z', '[', '$', '~']
    const pairs = mixed.flatMap((a) => mixed.map((b) => a + b))
    for (const a of pairs) for (const b of pairs) if (compareNames(a, b) !== icu(a, b)) differing.push(`${a}|${b}`)
    expect(differing).toEqual([])
  })

  test('random names, prefixes, case and logins, and names outside ASCII (which go to ICU)', () => {
    const alphabet = 'aAbBzZ09 -_.@[]'
    let seed = 5
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const names = Array.from({ length: 400 }, () =>
      Array.from({ length: Math.floor(random() * 7) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''),
    )
    names.push('Dev 1', 'Dev 10', 'dev 1', 'Dev', '@annlee', '@ann-lee', 'dependabot[bot]', 'Émile', 'Zoë', 'Ånne', '')
    const differing: string[] = []
    for (const a of names) for (const b of names) if (compareNames(a, b) !== icu(a, b)) differing.push(`${a}|${b}`)
    expect(differing).toEqual([])
    const sorted = [...names].sort(compareNames)
    expect(sorted).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')))
  })
})
