import { mkdirSync, symlinkSync, writeFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { tempDir } from '@slipway/test-support'
import {
  assertName,
  ConfigError,
  InputError,
  ownedPath,
  parseSourceDateEpoch,
  readRunnerContext,
  removeOwned,
} from '@slipway/action-kit'

describe('readRunnerContext', () => {
  const temp = tempDir('slipway-ctx-')
  afterAll(() => temp.cleanup())

  test('reads the runner variables once, with the runner fallbacks', () => {
    const eventPath = path.join(temp.dir, 'event.json')
    writeFileSync(eventPath, JSON.stringify({ before: 'abc', repository: { default_branch: 'main' } }))
    const ctx = readRunnerContext(
      {
        GITHUB_WORKSPACE: temp.dir,
        RUNNER_TEMP: path.join(temp.dir, 'tmp'),
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REF: 'refs/tags/v1.2.3',
        GITHUB_SHA: 'f'.repeat(40),
        GITHUB_REPOSITORY: 'acme/widget',
        GITHUB_SERVER_URL: 'https://ghe.example.com/',
        SOURCE_DATE_EPOCH: '1700000000',
        ACTIONS_RUNTIME_TOKEN: 't',
        ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/',
        GITHUB_ACTIONS: 'true',
      },
      '/',
    )
    expect(ctx).toMatchObject({
      workspace: temp.dir,
      temp: path.join(temp.dir, 'tmp'),
      eventName: 'push',
      payload: { before: 'abc', repository: { default_branch: 'main' } },
      ref: 'refs/tags/v1.2.3',
      repository: 'acme/widget',
      serverUrl: 'https://ghe.example.com',
      apiUrl: 'https://ghe.example.com/api/v3',
      graphqlUrl: 'https://ghe.example.com/api/v3/graphql',
      sourceDateEpoch: 1700000000,
      services: { cache: true, artifacts: true },
      onRunner: true,
    })
  })

  test('off a runner: the current folder, the system temp folder, github.com, no services', () => {
    const ctx = readRunnerContext({}, temp.dir)
    expect(ctx.workspace).toBe(temp.dir)
    expect(ctx.apiUrl).toBe('https://api.github.com')
    expect(ctx.payload).toEqual({})
    expect(ctx.services).toEqual({ cache: false, artifacts: false })
    expect(ctx.sourceDateEpoch).toBeUndefined()
  })

  test('an unreadable or non-object event payload is a ConfigError naming the file', () => {
    const bad = path.join(temp.dir, 'bad.json')
    writeFileSync(bad, '[1,2]')
    expect(() => readRunnerContext({ GITHUB_EVENT_PATH: bad })).toThrow(ConfigError)
    expect(() => readRunnerContext({ GITHUB_EVENT_PATH: path.join(temp.dir, 'missing.json') })).toThrow(
      /cannot be read/,
    )
  })

  test.each([
    ['0', 0],
    [' 1700000000 ', 1700000000],
    ['', undefined],
    [undefined, undefined],
  ])('SOURCE_DATE_EPOCH %p is %p', (value, expected) => {
    expect(parseSourceDateEpoch(value)).toBe(expected)
  })

  test.each(['-1', '1e9', '12.5', 'yesterday', '0x10'])('SOURCE_DATE_EPOCH %p is refused', (value) => {
    expect(() => parseSourceDateEpoch(value)).toThrow(/SOURCE_DATE_EPOCH is .*whole number of seconds/)
  })
})

describe('owned paths', () => {
  const temp = tempDir('slipway-owned-')
  afterAll(() => temp.cleanup())
  const workspace = path.join(temp.dir, 'work', 'repo')
  const runnerTemp = path.join(temp.dir, 'runner-temp')
  const roots = { workspace, temp: runnerTemp }
  mkdirSync(path.join(workspace, '.git'), { recursive: true })
  mkdirSync(runnerTemp, { recursive: true })

  test.each([
    ['.', /the workspace itself/],
    ['', /a path inside the workspace/],
    ['..', /a parent of the workspace/],
    ['out/../..', /a parent of the workspace/],
    ['/', /a parent of the workspace/],
    ['.git', /inside a \.git folder/],
    ['.git/hooks', /inside a \.git folder/],
    ['../other', /outside the workspace/],
    ['/etc/slipway', /outside the workspace/],
    [runnerTemp, /the runner temp folder itself/],
    ['out\u0000x', /control characters/],
  ])('%p is refused', (value, message) => {
    let error: unknown
    try {
      ownedPath(roots, 'output-directory', value)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe('output-directory')
    expect((error as InputError).message).toMatch(message)
  })

  test.each([
    ['out', path.join(workspace, 'out')],
    ['out/iso', path.join(workspace, 'out', 'iso')],
    [path.join(runnerTemp, 'x'), path.join(runnerTemp, 'x')],
  ])('%p resolves to %p', (value, expected) => {
    expect(ownedPath(roots, 'output-directory', value)).toBe(expected)
  })

  test('a symbolic link in the workspace cannot steer a path outside it', () => {
    const outside = path.join(temp.dir, 'outside')
    mkdirSync(outside)
    symlinkSync(outside, path.join(workspace, 'link'))
    expect(() => ownedPath(roots, 'output', 'link/x')).toThrow(/outside the workspace/)
    symlinkSync(workspace, path.join(workspace, 'self'))
    expect(() => ownedPath(roots, 'output', 'self')).toThrow(/the workspace itself/)
  })

  test('removeOwned deletes an owned folder and refuses the workspace', async () => {
    const out = path.join(workspace, 'out')
    mkdirSync(out, { recursive: true })
    writeFileSync(path.join(out, 'f'), 'x')
    await removeOwned(roots, out)
    expect(existsSync(out)).toBe(false)
    await expect(removeOwned(roots, workspace)).rejects.toThrow(/Refusing to delete .*the workspace itself/)
    expect(existsSync(path.join(workspace, '.git'))).toBe(true)
  })

  test.each([
    ['..', /names a folder above/],
    ['.', /names a folder above/],
    ['a/b', /path separator/],
    ['a\\b', /path separator/],
    ['a\nb', /control character/],
    ['', /is empty/],
    ['x'.repeat(256), /255 bytes/],
  ])('name %p is refused', (value, message) => {
    expect(() => assertName('artifact-name', value)).toThrow(message)
  })

  test('a plain name passes unchanged', () => {
    expect(assertName('artifact-name', 'ubuntu-22.04 (amd64)')).toBe('ubuntu-22.04 (amd64)')
  })
})
