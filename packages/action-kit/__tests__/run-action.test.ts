// runAction as the runner sees it: a child process's exit code and the workflow commands on its stdout.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { parseAnnotations } from '@slipway/cli'
import { suiteRoot } from '@slipway/test-support'

const script = path.join(suiteRoot, 'packages', 'action-kit', '__tests__', 'fixtures', 'run-action.ts')
const tsx = path.join(suiteRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')

const run = (mode: string) => {
  const result = spawnSync(process.execPath, [tsx, script, mode], {
    cwd: suiteRoot,
    encoding: 'utf8',
    env: { ...process.env, RUNNER_DEBUG: '1' },
  })
  const annotations = parseAnnotations(result.stdout)
  return {
    status: result.status,
    errors: annotations.filter((a) => a.level === 'error'),
    debug: annotations.filter((a) => a.level === 'debug'),
  }
}

test('a main that returns leaves the step green, with no error', () => {
  const result = run('ok')
  expect(result.status).toBe(0)
  expect(result.errors).toEqual([])
})

test('an InputError is one ::error naming the input, the value and what was expected', () => {
  const result = run('input-error')
  expect(result.status).toBe(1)
  expect(result.errors).toEqual([
    {
      level: 'error',
      message: `Input 'tag-prefix' has value "v~": expected a tag name prefix`,
      properties: { title: 'Invalid input: tag-prefix' },
    },
  ])
  expect(result.debug).toEqual([])
})

test('a ConfigError is one ::error on its file, line and column', () => {
  const result = run('config-error')
  expect(result.status).toBe(1)
  expect(result.errors).toEqual([
    {
      level: 'error',
      message: 'version:2:3: not a SemVer version',
      properties: { file: 'version', line: '2', endLine: '2', col: '3' },
    },
  ])
})

test('any other Error is a bug: its message, and its stack under debug', () => {
  const result = run('error')
  expect(result.status).toBe(1)
  expect(result.errors.map((e) => e.message)).toEqual(['a bug'])
  expect(result.debug.some((d) => d.message.startsWith('TypeError: a bug\n'))).toBe(true)
})

test.each([
  ['string', 'a plain string'],
  ['undefined', 'undefined'],
  ['object', '{"code":42}'],
])('a throw of a non-Error (%s) fails the step too', (mode, shown) => {
  const result = run(mode)
  expect(result.status).toBe(1)
  expect(result.errors.map((e) => e.message)).toEqual([`The action failed with a value that is not an Error: ${shown}`])
})
