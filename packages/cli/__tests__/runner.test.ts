import { rmSync } from 'node:fs'
import path from 'node:path'
import { suiteRoot, TestRepo } from '@slipway/test-support'
import { parseAnnotations, parseCommandFile, repositoryFromRemote, runStep } from '../src/index.js'

describe('parseCommandFile', () => {
  test.each([
    ['', {}],
    ['a=1\nb=two words\n', { a: '1', b: 'two words' }],
    ['a=x=y\n', { a: 'x=y' }],
    ['empty=\n', { empty: '' }],
    ['multi<<ghadelimiter_1\nline 1\n\nline 3\nghadelimiter_1\nnext=2\n', { multi: 'line 1\n\nline 3', next: '2' }],
    ['crlf=1\r\nother<<D\r\nx\r\nD\r\n', { crlf: '1', other: 'x' }],
    ['same=1\nsame=2\n', { same: '2' }],
    ['blank<<D\n\nD\n', { blank: '' }],
  ])('%j', (text, values) => expect(parseCommandFile(text)).toEqual(values))

  test.each([
    ['no equals sign\n', 'Malformed command file line: no equals sign'],
    ['=value\n', 'Malformed command file line: =value'],
    ['open<<END\nnever closed\n', "Unterminated value for 'open': no line 'END'"],
  ])('refuses %j', (text, message) => expect(() => parseCommandFile(text)).toThrow(message))
})

describe('parseAnnotations', () => {
  test('reads each level with its properties, undoing the escapes of @actions/core', () => {
    const stdout = [
      'plain log line',
      '::error title=Version mismatch,file=package.json,line=3,endLine=3,col=14::package.json:3: is "1.2.4"',
      '::warning file=a%2Cb.txt,title=x%3Ay::100%25%0Asecond line',
      '::notice::just a note',
      '::debug::details',
      '::group::not an annotation',
      '  ::error::indented is not a command',
    ].join('\n')
    expect(parseAnnotations(stdout)).toEqual([
      {
        level: 'error',
        message: 'package.json:3: is "1.2.4"',
        properties: { title: 'Version mismatch', file: 'package.json', line: '3', endLine: '3', col: '14' },
      },
      { level: 'warning', message: '100%\nsecond line', properties: { file: 'a,b.txt', title: 'x:y' } },
      { level: 'notice', message: 'just a note', properties: {} },
      { level: 'debug', message: 'details', properties: {} },
    ])
  })
  test('no commands, no annotations', () => expect(parseAnnotations('hello\n::\n')).toEqual([]))
})

describe('repositoryFromRemote', () => {
  test.each([
    ['https://github.com/acme/slipway.git', 'acme/slipway'],
    ['https://github.com/acme/slipway', 'acme/slipway'],
    ['https://github.com/acme/slipway/', 'acme/slipway'],
    ['git@github.com:acme/slipway.git', 'acme/slipway'],
    ['ssh://git@github.example.com:2222/acme/slipway.git', 'acme/slipway'],
    ['https://x-access-token:secret@github.com/acme/my.repo.git', 'acme/my.repo'],
    ['slipway', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s -> %s', (url, repository) => expect(repositoryFromRemote(url)).toBe(repository))
})

describe('runStep gives the bundle the environment the runner gives', () => {
  let repo: TestRepo
  beforeAll(() => {
    repo = TestRepo.create()
    repo.commit({ message: 'init', files: { version: '1.0.0\n' } })
    repo.git('remote', 'add', 'origin', 'git@github.com:acme/widget.git')
  })
  afterAll(() => rmSync(repo.dir, { recursive: true, force: true }))
  const bundle = path.join(suiteRoot, 'packages', 'cli', '__tests__', 'fixtures', 'print-env.mjs')

  test('action.yml defaults fill the inputs not given; the given ones win', async () => {
    const run = await runStep({
      root: suiteRoot,
      action: 'version-check',
      workspace: repo.dir,
      bundle,
      inputs: { files: 'package.json#version', 'tag-prefix': 'release-' },
    })
    expect(run.exitCode).toBe(0)
    const inputs = Object.fromEntries(Object.entries(run.outputs).filter(([name]) => name.startsWith('INPUT_')))
    expect(inputs).toEqual({
      'INPUT_VERSION-FILE': 'version',
      INPUT_FILES: 'package.json#version',
      'INPUT_TAG-PREFIX': 'release-',
      'INPUT_FAIL-IF-RELEASED': 'false',
      'INPUT_REQUIRE-BUMP': 'false',
    })
  })

  test('an input the action does not declare is refused before anything runs', async () => {
    await expect(
      runStep({ root: suiteRoot, action: 'version-check', workspace: repo.dir, bundle, inputs: { version: '1' } }),
    ).rejects.toThrow("Action 'version-check' has no input 'version'; its inputs: version-file, files, tag-prefix")
  })

  test('an unknown action is refused, naming the actions there are', async () => {
    await expect(runStep({ root: suiteRoot, action: 'no-such-action', workspace: repo.dir })).rejects.toThrow(
      "Unknown action 'no-such-action': expected one of",
    )
  })

  test('GITHUB_* variables, the workspace, the repository from the remote and the event payload', async () => {
    const sha = repo.head()
    const run = await runStep({ root: suiteRoot, action: 'version-check', workspace: repo.dir, bundle })
    expect(run.outputs).toMatchObject({
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: repo.dir,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_SHA: sha,
      GITHUB_REPOSITORY: 'acme/widget',
      GITHUB_REPOSITORY_OWNER: 'acme',
      GITHUB_ACTION: 'version-check',
      cwd: repo.dir,
    })
    for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'GITHUB_EVENT_PATH']) {
      expect(run.outputs[name]!.startsWith(run.outputs.RUNNER_TEMP!)).toBe(true)
    }
    expect(JSON.parse(run.outputs.payload!)).toMatchObject({ ref: 'refs/heads/main', after: sha })
  })

  test('a tag ref, a pull_request event with its payload, and no INPUT_ leaking from the parent', async () => {
    process.env.INPUT_LEAKED = 'from the parent'
    try {
      const tag = await runStep({
        root: suiteRoot,
        action: 'version-check',
        workspace: repo.dir,
        bundle,
        ref: 'refs/tags/v1.0.0',
        repository: 'other/name',
      })
      expect(tag.outputs).toMatchObject({
        GITHUB_REF_TYPE: 'tag',
        GITHUB_REF_NAME: 'v1.0.0',
        GITHUB_REPOSITORY: 'other/name',
      })
      expect(tag.outputs.INPUT_LEAKED).toBeUndefined()
      const payload = { pull_request: { number: 5, base: { ref: 'main' } } }
      const pr = await runStep({
        root: suiteRoot,
        action: 'version-check',
        workspace: repo.dir,
        bundle,
        event: 'pull_request',
        ref: 'refs/pull/5/merge',
        payload,
      })
      expect(pr.outputs).toMatchObject({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF_NAME: '5/merge' })
      expect(pr.outputs.GITHUB_BASE_REF).toBeDefined()
      expect(JSON.parse(pr.outputs.payload!)).toEqual(payload)
    } finally {
      delete process.env.INPUT_LEAKED
    }
  })
})
