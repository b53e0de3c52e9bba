// slipway's workflow commands against @actions/core's own: the same calls must write the same bytes, so the runner
// (and `slipway run`) reads them the same way.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
// eslint-disable-next-line no-restricted-imports -- the reference implementation this module must match
import * as actionsCore from '@actions/core'
import { tempDir } from '@slipway/test-support'
import { workflowCommands as ours } from '../src/index.js'

type Api = Pick<
  typeof ours,
  'error' | 'warning' | 'notice' | 'debug' | 'info' | 'setSecret' | 'setOutput' | 'exportVariable' | 'saveState'
>
const theirs: Api = actionsCore

const FILE_VARIABLES = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE'] as const
const saved = { ...process.env }
let temp: ReturnType<typeof tempDir>
beforeEach(() => {
  temp = tempDir()
})
afterEach(() => {
  temp.cleanup()
  for (const name of Object.keys(process.env)) if (!(name in saved)) Reflect.deleteProperty(process.env, name)
  Object.assign(process.env, saved)
})

/** Runs a call with stdout and the command files captured; random heredoc delimiters are made comparable. */
async function capture(
  api: Api | typeof ours,
  call: (api: Api) => unknown,
  withFiles: boolean,
): Promise<{ stdout: string; files: Record<string, string> }> {
  for (const name of FILE_VARIABLES) {
    if (withFiles) {
      const file = path.join(temp.dir, `${name}-${Math.random()}`)
      writeFileSync(file, '')
      process.env[name] = file
    } else Reflect.deleteProperty(process.env, name)
  }
  const chunks: string[] = []
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = (chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
    return true
  }
  try {
    await call(api)
  } finally {
    process.stdout.write = write
  }
  const files: Record<string, string> = {}
  if (withFiles) for (const name of FILE_VARIABLES) files[name] = readFileSync(process.env[name]!, 'utf8')
  const same = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_X')
  return {
    stdout: same(chunks.join('')),
    files: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, same(v)])),
  }
}

const calls: [string, (api: Api) => unknown][] = [
  [
    'error with every annotation property',
    (c) =>
      c.error('bad: 100%\r\nnext', {
        title: 'T: a, b',
        file: 'dir/a,b.json',
        startLine: 3,
        endLine: 4,
        startColumn: 5,
        endColumn: 9,
      }),
  ],
  ['error with an Error', (c) => c.error(new TypeError('a bug'))],
  ['error with properties that are all empty', (c) => c.error('x', { title: undefined })],
  ['warning with a title only', (c) => c.warning('careful', { title: 'Heads up' })],
  ['notice without properties', (c) => c.notice('fyi\nsecond line')],
  ['debug', (c) => c.debug('details %25 stay escaped')],
  ['info', (c) => c.info('plain text ::not a command::')],
  ['setSecret', (c) => c.setSecret('s3cr3t')],
  [
    'setOutput of each type',
    (c) => {
      c.setOutput('text', 'one\ntwo')
      c.setOutput('number', 3)
      c.setOutput('flag', false)
      c.setOutput('object', { a: [1, 'x'] })
      c.setOutput('nothing', undefined)
    },
  ],
  ['exportVariable', (c) => c.exportVariable('SLIPWAY_TEST_VARIABLE', 'value')],
  ['saveState', (c) => c.saveState('pid', 42)],
]

describe.each([
  ['with the runner files', true],
  ['without them (the old stdout commands)', false],
])('%s', (_label, withFiles) => {
  test.each(calls)('%s writes what @actions/core writes', async (_name, call) => {
    const expected = await capture(theirs, call, withFiles)
    const actual = await capture(ours, call, withFiles)
    expect(actual).toEqual(expected)
    expect(expected.stdout + Object.values(expected.files).join('')).not.toBe('')
  })
})

test('group wraps its body like @actions/core and returns its value', async () => {
  const body = async () => {
    process.stdout.write('inside\n')
    return Promise.resolve(7)
  }
  const expected = await capture(theirs, () => actionsCore.group('Step', body), true)
  let returned: number | undefined
  const actual = await capture(ours, async () => (returned = await ours.group('Step', body)), true)
  expect(actual).toEqual(expected)
  expect(returned).toBe(7)
})

test('a command file that is gone is an error, as in @actions/core', () => {
  process.env.GITHUB_OUTPUT = path.join(temp.dir, 'missing')
  expect(() => ours.setOutput('a', 'b')).toThrow(`Missing file at path: ${process.env.GITHUB_OUTPUT}`)
  expect(() => actionsCore.setOutput('a', 'b')).toThrow(`Missing file at path: ${process.env.GITHUB_OUTPUT}`)
})
