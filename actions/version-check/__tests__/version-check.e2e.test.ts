// The built bundle, run as the runner runs it: INPUT_* variables, GITHUB_* files, an event payload, a real git repo.
import { rmSync } from 'node:fs'
import type { RunResult } from '@slipway/cli'
import { runBundle, TestRepo } from '@slipway/test-support'

const scratch: string[] = []
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true })
})
const repo = (): TestRepo => {
  const created = TestRepo.create()
  scratch.push(created.dir)
  return created
}
const errors = (run: RunResult) => run.annotations.filter((a) => a.level === 'error')

test('a consistent repository passes, with every output and a summary table', async () => {
  const r = repo()
  r.commit({ message: 'first', files: { version: '1.2.2\n', 'package.json': '{"version":"1.2.2"}\n' } })
  r.commit({
    message: 'bump',
    files: {
      version: '1.3.0-rc.1+build.5\n',
      'package.json': '{\n  "name": "app",\n  "version": "1.3.0-rc.1+build.5"\n}\n',
      'chart/Chart.yaml': 'apiVersion: v2\nappVersion: "1.3.0-rc.1+build.5"\n',
      'pyproject.toml': '[project]\nname = "app"\nversion = "1.3.0-rc.1+build.5"\n',
      'server/Dockerfile': 'FROM alpine\nLABEL version="1.3.0-rc.1+build.5"\n',
      'web/package.json': '{"version": "1.3.0-rc.1+build.5"}\n',
      'web/node_modules/dep/package.json': '{"version": "0.0.1"}\n',
    },
  })
  const run = await runBundle({
    action: 'version-check',
    workspace: r.dir,
    inputs: {
      files: [
        '**/package.json#version',
        '# the chart',
        'chart/Chart.yaml#appVersion',
        'pyproject.toml#project.version',
        'server/Dockerfile:/LABEL version="(?<version>[^"]+)"/',
      ].join('\n'),
    },
  })
  expect(errors(run)).toEqual([])
  expect(run.exitCode).toBe(0)
  expect(run.outputs).toEqual({
    version: '1.3.0-rc.1+build.5',
    major: '1',
    minor: '3',
    patch: '0',
    prerelease: 'rc.1',
    build: 'build.5',
    'is-prerelease': 'true',
    tag: 'v1.3.0-rc.1+build.5',
    'previous-version': '1.2.2',
    changed: 'true',
    type: 'minor',
  })
  expect(run.summary).toContain('### ✅ version-check: 1.3.0-rc.1+build.5')
  expect(run.summary).toContain('| `version` | version file | 1 | `1.3.0-rc.1+build.5` | ✅ well formed |')
  expect(run.summary).toContain('| `package.json` | `**/package.json#version` | 3 | `1.3.0-rc.1+build.5` | ✅ match |')
  expect(run.summary).toContain(
    '| `web/package.json` | `**/package.json#version` | 1 | `1.3.0-rc.1+build.5` | ✅ match |',
  )
  expect(run.summary).not.toContain('node_modules')
  expect(run.summary).toContain('| `pyproject.toml` | `pyproject.toml#project.version` | 3 |')
  expect(run.summary).toContain('| `server/Dockerfile` | `server/Dockerfile:/LABEL version="(?<version>[^"]+)"/` | 2 |')
  expect(run.summary).toContain(
    '| `chart/Chart.yaml` | `chart/Chart.yaml#appVersion` | 2 | `1.3.0-rc.1+build.5` | ✅ match |',
  )
})

test('every problem is annotated on its file and line, then the step fails once', async () => {
  const r = repo()
  r.commit({
    message: 'init',
    files: {
      version: '1.2.3\r\n',
      'package.json': '{\n  "name": "app",\n  "version": "1.2.4"\n}\n',
      'pyproject.toml': '[project]\nname = "app"\nversion = "1.2.3"\n',
    },
  })
  const run = await runBundle({
    action: 'version-check',
    workspace: r.dir,
    inputs: { files: 'package.json#version\npyproject.toml#project.version\nmissing.yaml#version' },
  })
  expect(run.exitCode).toBe(1)
  expect(errors(run).map((a) => [a.properties.title, a.properties.file, a.properties.line])).toEqual([
    ['Version file format', 'version', '1'],
    ['Version mismatch', 'package.json', '3'],
    ['Version not found', undefined, undefined],
  ])
  expect(errors(run)[1]!.message).toBe(
    'package.json:3: version is "1.2.4" but the version file version holds 1.2.3 (files line 1: package.json#version)',
  )
  expect(run.summary).toContain('### ❌ version-check: 3 problems')
  expect(run.summary).toContain('| `package.json` | `package.json#version` | 3 | `1.2.4` | ❌ mismatch |')
  expect(run.summary).toContain('| `pyproject.toml` | `pyproject.toml#project.version` | 3 | `1.2.3` | ✅ match |')
  expect(run.summary).toContain('| `missing.yaml` | `missing.yaml#version` |  |  | ❌ file missing |')
  // The version was read, so the outputs are all there for steps that run on failure.
  expect(run.outputs.version).toBe('1.2.3')
})

test('a bad rule is one input error naming files and the line, before anything is read', async () => {
  const r = repo()
  r.commit({ message: 'init', files: { version: 'not a version\n' } })
  const run = await runBundle({
    action: 'version-check',
    workspace: r.dir,
    inputs: { files: 'package.json#version\n\nDockerfile#version' },
  })
  expect(run.exitCode).toBe(1)
  expect(errors(run)).toEqual([
    {
      level: 'error',
      message: expect.stringMatching(/^Input 'files' has value "Dockerfile#version": expected .* \(line 3 of files\)$/),
      properties: { title: 'Invalid input: files' },
    },
  ])
  expect(run.outputs).toEqual({})
  expect(run.summary).toBe('')
})

test.each([
  ['refs/tags/v1.2.3', 'v', 0, []],
  ['refs/tags/1.2.3', '', 0, []],
  ['refs/tags/v1.2.4', 'v', 1, ['The pushed tag v1.2.4 does not match version 1.2.3 (expected v1.2.3)']],
  ['refs/tags/v1.2.3', '', 1, ['The pushed tag v1.2.3 does not match version 1.2.3 (expected 1.2.3)']],
])('release guard on a tag push to %s with tag-prefix %j', async (ref, tagPrefix, exitCode, messages) => {
  const r = repo()
  r.commit({ message: 'init', files: { version: '1.2.3\n' }, tag: ref.replace('refs/tags/', '') })
  const run = await runBundle({
    action: 'version-check',
    workspace: r.dir,
    ref,
    event: 'push',
    inputs: { 'tag-prefix': tagPrefix },
  })
  expect(run.exitCode).toBe(exitCode)
  expect(run.outputs.tag).toBe(`${tagPrefix}1.2.3`)
  expect(errors(run).map((a) => a.message.replace(/:.*$/, ''))).toEqual(messages)
  for (const annotation of errors(run)) expect(annotation.properties).toMatchObject({ file: 'version', line: '1' })
})

test('fail-if-released fails a push of a version whose tag exists', async () => {
  const r = repo()
  r.commit({ message: 'init', files: { version: '1.2.3\n' }, tag: 'v1.2.3' })
  r.commit({ message: 'change without a bump' })
  const run = await runBundle({ action: 'version-check', workspace: r.dir, inputs: { 'fail-if-released': 'true' } })
  expect(run.exitCode).toBe(1)
  expect(errors(run).map((a) => a.properties.title)).toEqual(['Version already released'])
  expect(run.summary).toContain('| not released yet | ❌ fail | tag v1.2.3 exists |')
})

describe('bump guard on a pull_request payload', () => {
  const pullRequest = (r: TestRepo, head: string) => {
    r.commit({ message: 'init', files: { version: '1.2.3\n' } })
    r.git('checkout', '-q', '-b', 'feature')
    r.commit({ message: 'work', files: { version: `${head}\n`, 'src.txt': 'x\n' } })
    return runBundle({
      action: 'version-check',
      workspace: r.dir,
      event: 'pull_request',
      ref: 'refs/pull/12/merge',
      inputs: { 'require-bump': 'true' },
      payload: { number: 12, pull_request: { number: 12, base: { ref: 'main' }, head: { ref: 'feature' } } },
    })
  }
  test('a bumped version passes, and previous-version is the base branch version', async () => {
    const run = await pullRequest(repo(), '1.3.0')
    expect(errors(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      version: '1.3.0',
      'previous-version': '1.2.3',
      changed: 'true',
      type: 'minor',
    })
    expect(run.summary).toContain('| version bumped | ✅ pass | 1.2.3 → 1.3.0 |')
  })
  test('an unchanged version fails with an annotation on the version file', async () => {
    const run = await pullRequest(repo(), '1.2.3')
    expect(run.exitCode).toBe(1)
    expect(errors(run)).toEqual([
      {
        level: 'error',
        message: 'Version 1.2.3 is not greater than 1.2.3 on main: bump the version in version (require-bump)',
        properties: { title: 'Version not bumped', file: 'version', line: '1', endLine: '1' },
      },
    ])
    expect(run.outputs).toMatchObject({ 'previous-version': '1.2.3', changed: 'false' })
  })
  test('a shallow clone without the base branch says how to fetch it', async () => {
    const origin = repo()
    origin.commit({ message: 'init', files: { version: '1.2.3\n' } })
    origin.git('checkout', '-q', '-b', 'feature')
    origin.commit({ message: 'bump', files: { version: '1.2.4\n' } })
    const clone = origin.shallowClone(`${origin.dir}-clone`, 'feature')
    scratch.push(clone.dir)
    const payload = { pull_request: { number: 3, base: { ref: 'main' } } }
    const run = await runBundle({ action: 'version-check', workspace: clone.dir, event: 'pull_request', payload })
    expect(run.exitCode).toBe(0)
    expect(run.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toEqual([
      'The base branch main is not in this clone: previous-version is empty and changed is false. Set fetch-depth: 0 in actions/checkout, or run git fetch origin main before this step',
    ])
    const bump = await runBundle({
      action: 'version-check',
      workspace: clone.dir,
      event: 'pull_request',
      payload,
      inputs: { 'require-bump': 'true' },
    })
    expect(bump.exitCode).toBe(1)
    expect(errors(bump).map((a) => a.message)).toEqual([
      'Cannot read version on the base branch: neither origin/main nor main exists in this clone. Set fetch-depth: 0 in actions/checkout, or run git fetch origin main before this step (require-bump)',
    ])
  })
})
