import { checkVersionText, parseStrict, versionFromOldText } from '../src/version-file.js'

describe('checkVersionText: well-formed files', () => {
  test.each([
    ['1.2.3', '1.2.3'],
    ['1.2.3\n', '1.2.3'],
    ['0.0.0\n', '0.0.0'],
    ['2.0.0-rc.1\n', '2.0.0-rc.1'],
    ['1.0.0-alpha.beta+exp.sha.5114f85\n', '1.0.0-alpha.beta+exp.sha.5114f85'],
    ['10.20.30+build.7', '10.20.30+build.7'],
  ])('%j holds %s', (text, version) => {
    const check = checkVersionText(text, 'version')
    expect(check.problems).toEqual([])
    expect(check.version?.version).toBe(version)
    expect(check.line).toBe(1)
  })
})

describe('checkVersionText: each mistake is its own problem, with line and column', () => {
  test.each([
    ['\uFEFF1.2.3\n', [[1, 1, 'byte order mark']], '1.2.3'],
    ['1.2.3\r\n', [[1, 6, 'ends with CRLF']], '1.2.3'],
    ['v1.2.3\n', [[1, 1, 'starts with "v"; write the bare version "1.2.3"']], '1.2.3'],
    ['V1.2.3\n', [[1, 1, 'starts with "V"']], '1.2.3'],
    [' 1.2.3\n', [[1, 1, 'leading white space " "']], '1.2.3'],
    ['1.2.3 \n', [[1, 6, 'trailing white space " "']], '1.2.3'],
    ['1.2.3\t\n', [[1, 6, 'trailing white space "\\t"']], '1.2.3'],
    ['1.2.3\n1.2.4\n', [[2, 1, 'line 2 holds "1.2.4"; the file holds exactly one line']], '1.2.3'],
    ['1.2.3\n\n', [[2, 1, 'line 2 is blank after the version']], '1.2.3'],
    ['\n1.2.3\n', [[1, 1, 'line 1 is blank before the version']], '1.2.3'],
    ['', [[1, 1, 'the file is empty']], undefined],
    ['\n', [[1, 1, 'the file is empty']], undefined],
    ['1.2\n', [[1, 1, '"1.2" is not a SemVer 2.0.0 version']], undefined],
    ['01.2.3\n', [[1, 1, '"01.2.3" is not a SemVer 2.0.0 version']], undefined],
    ['1.2.3-01\n', [[1, 1, 'is not a SemVer 2.0.0 version']], undefined],
    ['=1.2.3\n', [[1, 1, '"=1.2.3" is not a SemVer 2.0.0 version']], undefined],
    ['vv1.2.3\n', [[1, 1, '"vv1.2.3" is not a SemVer 2.0.0 version']], undefined],
    ['1.2.3.4\n', [[1, 1, 'is not a SemVer 2.0.0 version']], undefined],
    [
      '\uFEFF v1.2.3 \r\n1.2.4\r\n',
      [
        [1, 1, 'byte order mark'],
        [1, 9, 'ends with CRLF'],
        [2, 6, 'line 2 ends with CRLF'],
        [2, 1, 'line 2 holds "1.2.4"'],
        [1, 1, 'leading white space'],
        [1, 8, 'trailing white space'],
        [1, 2, 'starts with "v"'],
      ],
      '1.2.3',
    ],
  ] as const)('%j', (text, expected, version) => {
    const check = checkVersionText(text, 'dir/version')
    expect(check.problems.map((p) => [p.line, p.column])).toEqual(expected.map(([line, column]) => [line, column]))
    for (const [index, [line, column, words]] of expected.entries()) {
      const problem = check.problems[index]!
      expect(problem.file).toBe('dir/version')
      expect(problem.title).toBe('Version file format')
      expect(problem.message).toContain(`dir/version:${line}:${column}: `)
      expect(problem.message).toContain(words)
    }
    expect(check.version?.version).toBe(version)
  })
})

describe('parseStrict', () => {
  test.each([
    ['1.2.3', { major: 1, minor: 2, patch: 3, prerelease: '', build: '', isPrerelease: false }],
    ['1.2.3-rc.1+b.5', { major: 1, minor: 2, patch: 3, prerelease: 'rc.1', build: 'b.5', isPrerelease: true }],
    ['0.1.0+20240101', { major: 0, minor: 1, patch: 0, prerelease: '', build: '20240101', isPrerelease: false }],
  ])('%s', (text, parts) => expect(parseStrict(text)).toEqual({ version: text, ...parts }))
  test.each(['v1.2.3', ' 1.2.3', '1.2.3 ', '1.2', '1.2.3-', '1.2.3+', '99999999999999999999.0.0', ''])(
    'refuses %j',
    (text) => expect(parseStrict(text)).toBeUndefined(),
  )
})

describe('versionFromOldText forgives what an older revision may hold', () => {
  test.each([
    ['1.2.3\n', '1.2.3'],
    ['\uFEFFv1.2.3\r\n', '1.2.3'],
    ['\n  1.2.3  \n', '1.2.3'],
    ['not a version\n', undefined],
    ['', undefined],
  ])('%j -> %s', (text, version) => expect(versionFromOldText(text)).toBe(version))
})
