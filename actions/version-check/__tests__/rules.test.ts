import { InputError, inputReader, inputVariable } from '@slipway/action-kit'
import { getInputs } from '../src/inputs.js'
import { parseRule, parseRules, type KeyRule, type RegexRule } from '../src/rules.js'

const errorOf = (fn: () => unknown): InputError => {
  try {
    fn()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

describe('parseRule: the rule forms', () => {
  test.each([
    ['package.json#version', 'package.json', 'json', ['version'], false],
    ['chart/Chart.yaml#appVersion', 'chart/Chart.yaml', 'yaml', ['appVersion'], false],
    ['deploy/values.yml#image.tag', 'deploy/values.yml', 'yaml', ['image', 'tag'], false],
    ['pyproject.toml#project.version', 'pyproject.toml', 'toml', ['project', 'version'], false],
    ['**/package.json#version', '**/package.json', 'json', ['version'], true],
    ['packages/*/package.json#version', 'packages/*/package.json', 'json', ['version'], true],
    ['./app.json#expo.version', 'app.json', 'json', ['expo', 'version'], false],
    ['a#b/c.json#version', 'a#b/c.json', 'json', ['version'], false],
  ])('%s', (line, file, format, key, glob) => {
    const rule = parseRule(line, 4) as KeyRule
    expect(rule).toEqual({ kind: 'key', source: line, inputLine: 4, path: file, glob, format, key })
  })

  test('a regex rule with a named group', () => {
    const rule = parseRule('server/Dockerfile:/LABEL version="(?<version>[^"]+)"/', 2) as RegexRule
    expect(rule.kind).toBe('regex')
    expect(rule.path).toBe('server/Dockerfile')
    expect(rule.glob).toBe(false)
    expect(rule.pattern.flags).toBe('dg')
    expect([...'LABEL version="1.2.3"'.matchAll(rule.pattern)].map((m) => m.groups?.version)).toEqual(['1.2.3'])
  })

  test('regex flags are kept, and a glob path is allowed', () => {
    const rule = parseRule('**/Dockerfile:/^label version=(?<version>\\S+)$/im', 1) as RegexRule
    expect(rule.glob).toBe(true)
    expect(rule.pattern.flags).toBe('dgim')
  })
})

describe('parseRule: every mistake is an InputError naming files and the line', () => {
  test.each([
    ['package.json', 'one rule a line'],
    ['package.json#', 'a dotted key after #'],
    ['package.json#a..b', 'a dotted key after #'],
    ['#version', 'a file path before # or :/'],
    ['Dockerfile#version', 'a .json, .yaml, .yml or .toml file before #key'],
    ['/etc/package.json#version', 'a path inside the workspace'],
    ['../package.json#version', 'a path inside the workspace'],
    ['a\\package.json#version', 'a path with / separators'],
    ['Dockerfile:/LABEL version="([^"]+)"/', 'a named group (?<version>…)'],
    ['Dockerfile:/(?<other>x)/', 'a named group (?<version>…)'],
    ['Dockerfile:/(?<version>[/', 'a valid regular expression (Invalid regular expression'],
    ['Dockerfile:/(?<version>x)/g', 'flags among i, m, s, u (not g)'],
    ['Dockerfile://', 'a non-empty regular expression'],
  ])('%s', (line, expected) => {
    const error = errorOf(() => parseRule(line, 7))
    expect(error.input).toBe('files')
    expect(error.value).toBe(line)
    expect(error.message).toContain(expected)
    expect(error.message).toContain('(line 7 of files)')
  })
})

describe('parseRules', () => {
  test('skips blank and comment lines but counts them', () => {
    const rules = parseRules('# the npm package\npackage.json#version\n\n  chart/Chart.yaml#appVersion  \r\n')
    expect(rules.map((r) => [r.inputLine, r.source])).toEqual([
      [2, 'package.json#version'],
      [4, 'chart/Chart.yaml#appVersion'],
    ])
  })
  test('a bad line names its own line number', () => {
    expect(
      errorOf(() => parseRules('package.json#version\n# comment\n\nsetup.cfg#metadata.version')).message,
    ).toContain('line 4 of files')
  })
  test('an empty input is no rules', () => expect(parseRules('')).toEqual([]))
})

describe('getInputs', () => {
  const read = (inputs: Record<string, string>) =>
    inputReader({
      GITHUB_WORKSPACE: '/work/repo',
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputVariable(k), v])),
    })

  test('defaults', () => {
    expect(getInputs(read({ 'tag-prefix': 'v' }))).toEqual({
      workspace: '/work/repo',
      versionFile: '/work/repo/version',
      files: [],
      tagPrefix: 'v',
      failIfReleased: false,
      requireBump: false,
    })
  })
  test.each(['', 'v', 'release-', 'widget@', 'apps/web/v'])('tag-prefix %j is a valid prefix', (prefix) => {
    // The runner passes action.yml's default v when the input is not given: an empty value is `tag-prefix: ''`.
    expect(getInputs(read({ 'tag-prefix': prefix })).tagPrefix).toBe(prefix)
  })
  test('every input read', () => {
    const inputs = getInputs(
      read({
        'version-file': 'app/VERSION',
        files: 'package.json#version',
        'tag-prefix': 'release-',
        'fail-if-released': 'true',
        'require-bump': 'True',
      }),
    )
    expect(inputs).toMatchObject({
      versionFile: '/work/repo/app/VERSION',
      tagPrefix: 'release-',
      failIfReleased: true,
      requireBump: true,
    })
    expect(inputs.files).toHaveLength(1)
  })
  test.each([
    ['tag-prefix', 'v ', undefined],
    ['tag-prefix', 'v~', 'a tag name prefix'],
    ['tag-prefix', 'a..b', 'a tag name prefix'],
    ['tag-prefix', '.v', 'a tag name prefix'],
    ['tag-prefix', 'v@{', 'a tag name prefix'],
    ['fail-if-released', 'yes', 'true or false'],
    ['require-bump', '1', 'true or false'],
    ['version-file', '../version', 'a path inside the workspace'],
    ['files', 'package.json', '(line 1 of files)'],
  ])('%s=%j is refused', (name, value, expected) => {
    if (expected === undefined) {
      // The runner trims inputs: "v " is the prefix "v".
      expect(getInputs(read({ [name]: value })).tagPrefix).toBe('v')
      return
    }
    const error = errorOf(() => getInputs(read({ [name]: value })))
    expect(error.input).toBe(name)
    expect(error.message).toContain(expected)
  })
})
