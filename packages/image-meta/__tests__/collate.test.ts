import { compareLabelKeys } from '../src/collate.js'

/** A small seeded generator (mulberry32), so a failure names keys that can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('compareLabelKeys orders label keys as localeCompare does', () => {
  test('on 50,000 random pairs of keys from the label alphabet, mixed case', () => {
    const next = random(42)
    const alphabet = 'abczABCZ0189._/-'
    const key = () =>
      Array.from({ length: 1 + Math.floor(next() * 8) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('')
    const disagreements: [string, string][] = []
    for (let i = 0; i < 50_000; i++) {
      const a = key()
      const b = next() < 0.2 ? a.toUpperCase() : next() < 0.2 ? a + key() : key()
      if (Math.sign(compareLabelKeys(a, b)) !== Math.sign(a.localeCompare(b))) disagreements.push([a, b])
    }
    expect(disagreements.slice(0, 5)).toEqual([])
  })

  test('sorts the OCI keys and custom keys the same way', () => {
    const keys = [
      'org.opencontainers.image.version',
      'org.opencontainers.image.base.name',
      'com.example.Team',
      'com.example.team',
      'com.example_x',
      'com.example-x',
      'org.opencontainers.image.created',
      'maintainer',
      'Maintainer',
    ]
    expect([...keys].sort(compareLabelKeys)).toEqual([...keys].sort((a, b) => a.localeCompare(b)))
  })

  test('keys outside the alphabet fall back to localeCompare', () => {
    expect(Math.sign(compareLabelKeys('é', 'f'))).toBe(Math.sign('é'.localeCompare('f')))
    expect(Math.sign(compareLabelKeys('a é', 'a f'))).toBe(Math.sign('a é'.localeCompare('a f')))
    expect(compareLabelKeys('same.key', 'same.key')).toBe(0)
  })
})
