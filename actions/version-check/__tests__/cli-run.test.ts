// `slipway run version-check` from a user's shell: the CLI bundle as a child process, in a folder whose package.json
// disagrees with its version file.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { assertBundlesCurrent, suiteRoot } from '@slipway/test-support'

const fixture = path.join(suiteRoot, 'actions', 'version-check', '__tests__', 'fixtures', 'mismatch')
// dist/cli runs dist/version-check: both must be the build of these sources.
beforeAll(() => assertBundlesCurrent(suiteRoot))

const slipway = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(suiteRoot, 'dist', 'cli', 'index.js'), ...args], {
    cwd: fixture,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', NO_COLOR: '1' },
  })

test('slipway run version-check --with files=package.json#version fails with an annotation on the mismatch', () => {
  const result = slipway('run', 'version-check', '--raw', '--with', 'files=package.json#version')
  expect(result.status).toBe(1)
  expect(result.stdout).toContain(
    '::error title=Version mismatch,file=package.json,line=3,endLine=3,col=14::package.json:3: version is "1.2.4" but the version file version holds 1.2.3',
  )
  expect(result.stdout).toContain('| `package.json` | `package.json#version` | 3 | `1.2.4` | ❌ mismatch |')
  expect(result.stdout).toContain('The step failed (exit 1).')
})

test('--json gives the exit code, outputs and annotations', () => {
  const result = slipway('run', 'version-check', '--json', '--with', 'files=package.json#version')
  expect(result.status).toBe(1)
  const report = JSON.parse(result.stdout) as {
    exitCode: number
    outputs: Record<string, string>
    annotations: { level: string; properties: Record<string, string> }[]
  }
  expect(report.exitCode).toBe(1)
  expect(report.outputs.version).toBe('1.2.3')
  expect(report.annotations.filter((a) => a.level === 'error').map((a) => a.properties)).toEqual([
    { title: 'Version mismatch', file: 'package.json', line: '3', endLine: '3', col: '14' },
  ])
})

test('an input the action does not declare is refused', () => {
  const result = slipway('run', 'version-check', '--with', 'file=package.json#version')
  expect(result.status).toBe(1)
  expect(result.stderr).toContain("Action 'version-check' has no input 'file'")
})

test('--help after a command prints its usage: run <action> --help lists that action, and nothing runs', () => {
  const action = slipway('run', 'version-check', '--help')
  expect(action.status).toBe(0)
  expect(action.stdout).toMatch(/^version-check: /)
  expect(action.stdout).toContain('  input   version-file (default: "version"):')
  expect(action.stdout).toContain('  output  type:')
  expect(action.stdout).not.toContain('mismatch')
  for (const args of [
    ['run', '--help'],
    ['workflow', '-h'],
    ['list', '--help'],
  ]) {
    const result = slipway(...args)
    expect([args, result.status, result.stderr]).toEqual([args, 0, ''])
    expect(result.stdout).toContain('Usage:')
  }
  const unknown = slipway('run', 'no-such-action', '--help')
  expect(unknown.status).toBe(2)
  expect(unknown.stderr).toContain("slipway: no action named 'no-such-action'; actions: ")
})
