import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { InputError, inputReader, inputVariable, parseList } from '../src/index.js'

const reader = (inputs: Record<string, string>, extra: NodeJS.ProcessEnv = {}) =>
  inputReader({ ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputVariable(k), v])), ...extra })

const errorOf = (fn: () => unknown): InputError => {
  try {
    fn()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

describe('inputVariable', () => {
  test.each([
    ['version-file', 'INPUT_VERSION-FILE'],
    ['my input', 'INPUT_MY_INPUT'],
    ['tag_prefix', 'INPUT_TAG_PREFIX'],
  ])('%s -> %s', (name, variable) => expect(inputVariable(name)).toBe(variable))
})

describe('boolean', () => {
  test.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
    [' true ', true],
  ])('%j is %s', (value, expected) => expect(reader({ flag: value }).boolean('flag')).toBe(expected))

  test.each(['yes', 'on', '1', 'tRue', 'y'])('%j is rejected with the allowed spellings', (value) => {
    const error = errorOf(() => reader({ flag: value }).boolean('flag'))
    expect(error.message).toContain(`Input 'flag' has value "${value}"`)
    expect(error.message).toContain('true, True, TRUE, false, False, FALSE')
  })

  test('default when unset, error when unset without default', () => {
    expect(reader({}).boolean('flag', { default: true })).toBe(true)
    expect(errorOf(() => reader({}).boolean('flag')).message).toBe("Input 'flag' is empty: expected true or false")
  })
})

describe('integer', () => {
  test.each([
    ['5', 5],
    ['+7', 7],
    ['-3', -3],
    [' 90 ', 90],
  ])('%j is %d', (value, expected) => expect(reader({ n: value }).integer('n', { min: -10, max: 100 })).toBe(expected))

  test.each(['1.5', 'NaN', '1e3', '', 'ten', '101', '-11', '9007199254740993'])(
    '%j is out of range or not a number',
    (value) => {
      const r = reader({ n: value })
      if (value === '') {
        expect(errorOf(() => r.integer('n')).message).toContain('is empty')
      } else {
        expect(errorOf(() => r.integer('n', { min: -10, max: 100 })).expected).toBe('a whole number from -10 to 100')
      }
    },
  )

  test('default and optional', () => {
    expect(reader({}).integer('n', { default: 30 })).toBe(30)
    expect(reader({}).optionalInteger('n')).toBeUndefined()
  })
})

describe('enum', () => {
  test('accepts an allowed value and lists them all when not', () => {
    const r = reader({ mode: 'cidata' })
    expect(r.enum('mode', ['plain', 'cidata'] as const)).toBe('cidata')
    const error = errorOf(() => reader({ mode: 'CIDATA' }).enum('mode', ['plain', 'cidata', 'autounattend'] as const))
    expect(error.message).toBe(`Input 'mode' has value "CIDATA": expected one of plain, cidata, autounattend`)
  })
  test('default when unset', () => {
    expect(reader({}).enum('mode', ['a', 'b'] as const, { default: 'b' })).toBe('b')
  })
})

describe('string and required', () => {
  test('trims like the runner, keeps when asked', () => {
    expect(reader({ s: '  x  ' }).string('s')).toBe('x')
    expect(reader({ s: '  x  ' }).string('s', { trim: false })).toBe('  x  ')
    expect(reader({}).string('s', { default: 'd' })).toBe('d')
  })
  test('required names the input', () => {
    expect(errorOf(() => reader({ s: '   ' }).required('s')).message).toBe(
      "Input 's' is empty: expected a value: this input is required",
    )
  })
  test('invisible characters are shown in the error', () => {
    expect(errorOf(() => reader({ n: '\u200b1' }).integer('n')).message).toContain('"\\u200b1"')
    expect(errorOf(() => reader({ n: '1\t2' }).integer('n')).message).toContain('"1\\t2"')
  })
})

describe('list', () => {
  test('lines, comments and blank lines', () => {
    expect(parseList('a\n# comment\n\n  b  \r\npackage.json#version\n  # indented comment')).toEqual([
      'a',
      'b',
      'package.json#version',
    ])
  })
  test('comma mode keeps quoted commas', () => {
    expect(parseList('a,b\n"c,d",e', { comma: true })).toEqual(['a', 'b', '"c,d"', 'e'])
  })
  test('empty input is an empty list', () => {
    expect(reader({}).list('files')).toEqual([])
  })
})

describe('path', () => {
  let workspace: string
  beforeAll(() => {
    workspace = mkdtempSync(path.join(os.tmpdir(), 'slipway-ws-'))
    mkdirSync(path.join(workspace, 'sub'))
    symlinkSync(os.tmpdir(), path.join(workspace, 'escape'))
  })
  afterAll(() => rmSync(workspace, { recursive: true, force: true }))

  test('relative to the workspace', () => {
    const r = reader({ p: 'sub' }, { GITHUB_WORKSPACE: workspace })
    expect(r.path('p', { mustExist: true })).toBe(path.join(workspace, 'sub'))
  })
  test.each(['../x', '/etc/passwd', 'sub/../../x'])('%s outside the workspace is refused', (value) => {
    const r = reader({ p: value }, { GITHUB_WORKSPACE: workspace })
    expect(errorOf(() => r.path('p')).expected).toBe(`a path inside the workspace ${workspace}`)
  })
  test('a symlink leading out is refused', () => {
    const r = reader({ p: 'escape' }, { GITHUB_WORKSPACE: workspace })
    expect(errorOf(() => r.path('p')).expected).toMatch(/^a path that stays inside the workspace/)
  })
  test('mustExist', () => {
    const r = reader({ p: 'missing' }, { GITHUB_WORKSPACE: workspace })
    expect(errorOf(() => r.path('p', { mustExist: true })).expected).toBe('an existing file or directory')
    expect(r.path('p')).toBe(path.join(workspace, 'missing'))
  })
  test('allowOutside and default', () => {
    const r = reader({ p: '/etc' }, { GITHUB_WORKSPACE: workspace })
    expect(r.path('p', { allowOutside: true })).toBe('/etc')
    expect(reader({}, { GITHUB_WORKSPACE: workspace }).path('q', { default: 'version' })).toBe(
      path.join(workspace, 'version'),
    )
  })
})
