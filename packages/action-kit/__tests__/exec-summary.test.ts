import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ExecError, appendSummary, code, exec, markdownTable, recordingLogger } from '../src/index.js'

describe('exec', () => {
  test('passes arguments verbatim, with no shell', async () => {
    const result = await exec('printf', ['%s|', '$(whoami)', 'a b', '; rm -rf /'])
    expect(result.stdout).toBe('$(whoami)|a b|; rm -rf /|')
  })
  test('feeds stdin and captures stderr', async () => {
    const result = await exec('sh', ['-c', 'cat; echo err >&2'], { input: 'hello' })
    expect(result).toEqual({ exitCode: 0, stdout: 'hello', stderr: 'err\n' })
  })
  test('a failure throws ExecError with the command and stderr', async () => {
    const error = await exec('sh', ['-c', 'echo boom >&2; exit 3']).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ExecError)
    expect((error as ExecError).exitCode).toBe(3)
    expect((error as ExecError).message).toContain('exited with code 3:\nboom')
  })
  test('allowFailure returns the exit code', async () => {
    expect((await exec('sh', ['-c', 'exit 4'], { allowFailure: true })).exitCode).toBe(4)
  })
  test('streams lines', async () => {
    const lines: string[] = []
    const errs: string[] = []
    await exec('sh', ['-c', 'echo a; echo b; echo c >&2'], {
      onStdoutLine: (l) => lines.push(l),
      onStderrLine: (l) => errs.push(l),
    })
    expect(lines).toEqual(['a', 'b'])
    expect(errs).toEqual(['c'])
  })
  test('noStdin gives the child end-of-file, discardStderr keeps no stderr', async () => {
    const result = await exec('sh', ['-c', 'cat; echo out; echo err >&2; exit 2'], {
      noStdin: true,
      discardStderr: true,
      allowFailure: true,
    })
    expect(result).toEqual({ exitCode: 2, stdout: 'out\n', stderr: '' })
    await expect(exec('cat', [], { noStdin: true, input: 'x' })).rejects.toThrow('input with noStdin')
  })
  test('a missing program rejects', async () => {
    await expect(exec('slipway-no-such-program', [])).rejects.toMatchObject({ code: 'ENOENT' })
  })
})

describe('summary', () => {
  test('markdownTable escapes pipes and newlines', () => {
    expect(
      markdownTable(
        ['file', 'value'],
        [
          ['a|b', 'x\ny'],
          [code('1.0.0'), undefined],
        ],
      ),
    ).toBe('| file | value |\n| --- | --- |\n| a\\|b | x<br>y |\n| `1.0.0` |  |\n')
  })
  test('appendSummary writes to GITHUB_STEP_SUMMARY only when set', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'slipway-sum-'))
    const file = path.join(dir, 'summary.md')
    try {
      expect(await appendSummary('# one', { GITHUB_STEP_SUMMARY: file })).toBe(true)
      expect(await appendSummary('two\n', { GITHUB_STEP_SUMMARY: file })).toBe(true)
      expect(readFileSync(file, 'utf8')).toBe('# one\ntwo\n')
      expect(await appendSummary('x', {})).toBe(false)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

test('recordingLogger records levels and annotation properties', async () => {
  const logger = recordingLogger()
  logger.info('hello')
  logger.warning('careful', { file: 'version', startLine: 1 })
  const value = await logger.group('step', () => Promise.resolve(42))
  expect(value).toBe(42)
  expect(logger.records).toEqual([
    { level: 'info', message: 'hello' },
    { level: 'warning', message: 'careful', properties: { file: 'version', startLine: 1 } },
    { level: 'group', message: 'step' },
  ])
  expect(logger.messages('warning')).toEqual(['careful'])
})
