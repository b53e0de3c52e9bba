import { rmSync } from 'node:fs'
import { Git } from '@slipway/git'
import { TestRepo, tempDir } from '@slipway/test-support'
import { checkConsistency } from '../src/consistency.js'
import { parseRules } from '../src/rules.js'
import { workspaceFiles } from '../src/workspace-files.js'

const files: Record<string, string> = {
  version: '1.2.3\n',
  'package.json': '{\n  "name": "app",\n  "version": "1.2.3",\n  "private": true\n}\n',
  'web/package.json': '{ "name": "web",\n\n  "version": "1.2.4" }\n',
  'web/node_modules/dep/package.json': '{ "version": "9.9.9" }\n',
  'chart/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\nappVersion: "1.2.3"\n',
  'chart/values.yaml': 'image:\n  repository: app\n  tag: 1.2.2\nreplicas: 2\n',
  'pyproject.toml':
    '[build-system]\nrequires = ["hatchling"]\n\n[project]\nname = "app"\ndescription = """\nversion = "0.0.0"\n"""\nversion = "1.2.3"\n',
  'Cargo.toml': '[package]\nname = "app"\nversion = "1.2.0"\n',
  'inline.toml': 'tool = { name = "x", version = "1.2.3" }\n',
  'server/Dockerfile':
    'FROM alpine AS build\nLABEL version="1.2.3"\nFROM alpine\nLABEL org.example.x=1 \\\n      version="1.2.1"\n',
  'bad.json': '{\n  "version": "1.2.3",\n}\n',
  'bad.yaml': 'a: [1, 2\nversion: 1.2.3\n',
  'bad.toml': '[project]\nversion = 1.2.3\n',
  'numbers.yaml': 'version: 1.2\nnested:\n  list:\n    - name: x\n      version: "1.2.3"\n',
  'numbers.json': '{"version": 123, "meta": {"version": {"a": 1}}, "list": [{"version": "1.2.3"}]}',
}

let repo: TestRepo
beforeAll(() => {
  repo = TestRepo.create()
  repo.commit({ message: 'init', files })
  // Not committed, not ignored: a glob still finds it (git ls-files --others).
  repo.write('tools/package.json', '{"version":"1.2.3"}\n')
  repo.write('.gitignore', 'ignored/\n')
  repo.write('ignored/package.json', '{"version":"0.0.1"}\n')
})
afterAll(() => rmSync(repo.dir, { recursive: true, force: true }))

const check = (rulesText: string, version = '1.2.3') =>
  checkConsistency(parseRules(rulesText), version, {
    workspace: repo.dir,
    versionFile: 'version',
    listFiles: () => workspaceFiles(repo.dir, new Git(repo.dir)),
  })

describe('values found, with the line where each sits', () => {
  test.each([
    ['package.json#version', 'package.json', 3, '1.2.3', 'match'],
    ['web/package.json#version', 'web/package.json', 3, '1.2.4', 'mismatch'],
    ['chart/Chart.yaml#appVersion', 'chart/Chart.yaml', 4, '1.2.3', 'match'],
    ['chart/values.yaml#image.tag', 'chart/values.yaml', 3, '1.2.2', 'mismatch'],
    ['pyproject.toml#project.version', 'pyproject.toml', 9, '1.2.3', 'match'],
    ['Cargo.toml#package.version', 'Cargo.toml', 3, '1.2.0', 'mismatch'],
    ['inline.toml#tool.version', 'inline.toml', 1, '1.2.3', 'match'],
    ['numbers.yaml#nested.list.0.version', 'numbers.yaml', 5, '1.2.3', 'match'],
    ['numbers.json#list.0.version', 'numbers.json', 1, '1.2.3', 'match'],
  ])('%s', async (rule, file, line, value, verdict) => {
    const report = await check(rule)
    expect(report.checked).toEqual([{ file, rule, line, value, verdict }])
    if (verdict === 'match') expect(report.problems).toEqual([])
    else {
      expect(report.problems).toEqual([
        {
          title: 'Version mismatch',
          file,
          line,
          column: expect.any(Number),
          message: `${file}:${line}: ${rule.split('#')[1]!} is "${value}" but the version file version holds 1.2.3 (files line 1: ${rule})`,
        },
      ])
    }
  })

  test('a mismatch points at the column of the value', async () => {
    const report = await check('web/package.json#version')
    expect(report.problems[0]).toMatchObject({ line: 3, column: 14 })
  })

  test('a regex rule checks every match, each on its own line', async () => {
    const report = await check('server/Dockerfile:/version="(?<version>[^"]+)"/')
    expect(report.checked.map((c) => [c.line, c.value, c.verdict])).toEqual([
      [2, '1.2.3', 'match'],
      [5, '1.2.1', 'mismatch'],
    ])
    expect(report.problems).toHaveLength(1)
    expect(report.problems[0]).toMatchObject({ file: 'server/Dockerfile', line: 5, column: 16 })
  })
})

describe('a glob expands over the workspace files, never node_modules or ignored files', () => {
  test('**/package.json#version', async () => {
    const report = await check('**/package.json#version')
    expect(report.checked.map((c) => [c.file, c.verdict])).toEqual([
      ['package.json', 'match'],
      ['tools/package.json', 'match'],
      ['web/package.json', 'mismatch'],
    ])
    expect(report.problems.map((p) => p.file)).toEqual(['web/package.json'])
  })
  test('a glob that matches nothing is a problem', async () => {
    const report = await check('**/setup.json#version')
    expect(report.checked).toEqual([{ file: '**/setup.json', rule: '**/setup.json#version', verdict: 'no match' }])
    expect(report.problems[0]!.message).toBe('No file matches "**/setup.json" (files line 1: **/setup.json#version)')
  })
  test('outside a git repository the workspace is walked', async () => {
    const temp = tempDir()
    const dir = temp.dir
    try {
      const plain = new TestRepo(dir)
      plain.write('a/package.json', '{}')
      plain.write('node_modules/x/package.json', '{}')
      plain.write('b/c/package.json', '{}')
      expect(await workspaceFiles(dir, new Git(dir))).toEqual(['a/package.json', 'b/c/package.json'])
    } finally {
      temp.cleanup()
    }
  })
})

describe('nothing found is a problem, never a pass', () => {
  test.each([
    ['missing.json#version', 'missing file', 'missing.json: the file does not exist'],
    ['package.json#versions', 'missing key', 'package.json: no key versions'],
    ['chart/values.yaml#image.digest', 'missing key', 'chart/values.yaml: no key image.digest (it has image'],
    ['pyproject.toml#tool.poetry.version', 'missing key', 'pyproject.toml: no key tool.poetry.version'],
    ['server/Dockerfile:/APP_VERSION=(?<version>\\S+)/', 'no match', 'does not match anywhere in the file'],
  ])('%s', async (rule, verdict, message) => {
    const report = await check(rule)
    expect(report.checked.map((c) => c.verdict)).toEqual([verdict])
    expect(report.problems).toHaveLength(1)
    expect(report.problems[0]!.title).toBe('Version not found')
    expect(report.problems[0]!.message).toContain(message)
    expect(report.problems[0]!.message).toContain(`(files line 1: ${rule})`)
  })
})

describe('unreadable files and values that are not strings', () => {
  test.each([
    ['bad.json#version', 'Invalid JSON', 3, 'bad.json:3:1: not valid JSON: expected a property name but found "}"'],
    ['bad.yaml#version', 'Invalid YAML', 2, 'bad.yaml:2:'],
    ['bad.toml#project.version', 'Invalid TOML', 2, 'bad.toml:2:'],
    [
      'numbers.yaml#version',
      'Version mismatch',
      1,
      'version is the number 1.2, not the string "1.2.3"; write it as a quoted string',
    ],
    ['numbers.json#version', 'Version mismatch', 1, 'version is the number 123, not the string'],
    ['numbers.json#meta.version', 'Version mismatch', 1, 'meta.version is an object, not the string'],
    ['chart/values.yaml#image', 'Version mismatch', 2, 'image is an object, not the string'],
  ])('%s', async (rule, title, line, message) => {
    const report = await check(rule)
    expect(report.problems).toHaveLength(1)
    expect(report.problems[0]).toMatchObject({ title, line })
    expect(report.problems[0]!.message).toContain(message)
  })
})

test('several rules are all checked and every problem collected', async () => {
  const report = await check('package.json#version\nmissing.json#version\n\n# comment\nCargo.toml#package.version')
  expect(report.checked.map((c) => c.verdict)).toEqual(['match', 'missing file', 'mismatch'])
  expect(report.problems.map((p) => p.message.replace(/^.*\(files line (\d+).*$/, '$1'))).toEqual(['2', '5'])
})
