import { bumpType } from '../src/bump.js'

test.each<[string | undefined, string, string]>([
  ['1.2.3', '2.0.0', 'major'],
  ['1.2.3', '1.3.0', 'minor'],
  ['1.2.3', '1.2.4', 'patch'],
  ['1.2.3', '2.0.0-rc.1', 'major'],
  ['1.3.0-rc.1', '1.3.0-rc.2', 'prerelease'],
  ['1.3.0-rc.2', '1.3.0', 'minor'],
  ['2.0.0-rc.2', '2.0.0', 'major'],
  ['1.2.4-beta.1', '1.2.4', 'patch'],
  ['1.2.3', '1.2.3+build.7', ''],
  ['1.2.3', '1.2.3', ''],
  ['1.3.0', '1.2.9', ''],
  [undefined, '1.0.0', ''],
  ['not a version', '1.0.0', ''],
])('%s → %s: %j', (previous, version, expected) => {
  expect(bumpType(previous, version)).toBe(expected)
})
