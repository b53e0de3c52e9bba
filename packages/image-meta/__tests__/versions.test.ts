import { compareSemVer } from '@slipway/semver-tags'
import { normalizePep440, parsePep440, parseTagVersion, isPep440Special } from '../src/index.js'

describe('parseTagVersion (strict, as node-semver valid())', () => {
  test.each([
    ['v1.2.3', '1.2.3'],
    ['1.2.3', '1.2.3'],
    ['v2.0.8-beta.67', '2.0.8-beta.67'],
    ['1.0.0-rc.1+build.5', '1.0.0-rc.1'],
    ['0.3.0', '0.3.0'],
  ])('%s is %s', (text, version) => {
    expect(parseTagVersion(text)?.version).toBe(version)
  })

  test.each(['1.2', '01.2.3', '1.2.3rc2', '20200110-RC2', 'p1-v1.0.0', 'vv1.2.3', '1.2.3-01', ''])(
    '%s is no semver',
    (t) => {
      expect(parseTagVersion(t)).toBeUndefined()
    },
  )

  test('precedence follows SemVer §11', () => {
    const order = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11']
    const more = ['1.0.0-rc.1', '1.0.0', '1.0.1', '1.1.0', '2.0.0']
    const all = [...order, ...more].map((v) => parseTagVersion(v)!)
    const shuffled = [...all].reverse().sort(compareSemVer)
    expect(shuffled.map((v) => v.version)).toEqual([...order, ...more])
  })
})

describe('PEP 440', () => {
  test.each([
    ['1.2.3rc2', '1.2.3rc2', true],
    ['V1.2.3-RC.2', '1.2.3rc2', true],
    ['1.0-alpha1', '1.0a1', true],
    ['1.0.0.post1', '1.0.0.post1', true],
    ['1.0-1', '1.0.post1', true],
    ['1.0.dev', '1.0.dev0', true],
    ['1!2.0+Local_7', '1!2.0+local.7', false],
    ['20200110-RC2', '20200110rc2', true],
    ['v1.2.3', '1.2.3', false],
  ])('%s normalises to %s (special: %s)', (text, normalized, special) => {
    const version = parsePep440(text)!
    expect(normalizePep440(version)).toBe(normalized)
    expect(isPep440Special(version)).toBe(special)
  })

  test.each(['1.2.3-beta.67.x', 'p1-v1.0.0', 'abc', '1..2'])('%s is no PEP 440 version', (text) => {
    expect(parsePep440(text)).toBeUndefined()
  })
})
