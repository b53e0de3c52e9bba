// `slipway workflow`: the runner's semantics, on a workflow of `run:` steps made to exercise each one, in a git
// repository made here; then the parts on their own (matrix expansion, expressions, the log view).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { suiteRoot, tempDir, TestRepo } from '@slipway/test-support'
import { LogRenderer } from '../src/index.js'
import {
  evaluate,
  expandMatrix,
  interpolate,
  parseDeclaredFindings,
  parseImageRef,
  runWorkflow,
  sarifReport,
  standInFor,
  versionMatches,
  workflowCommand,
  type Value,
  type WorkflowOptions,
  type WorkflowResult,
} from '../src/workflow/index.js'

const fixtures = path.join(import.meta.dirname, 'fixtures', 'workflows')

/** A local run of `.github/workflows/<file>` in `repo`: a push to main of its HEAD, no token, nothing replaced. */
const localRun = (
  repo: TestRepo,
  file: string,
  runDir: string,
  extra: Partial<WorkflowOptions> = {},
): WorkflowOptions => ({
  file: path.join(repo.dir, '.github', 'workflows', file),
  repo: repo.dir,
  root: suiteRoot,
  event: 'push',
  ref: 'refs/heads/main',
  sha: repo.head(),
  repository: 'acme/app',
  actor: 'tester',
  token: '',
  inputs: {},
  secrets: {},
  vars: {},
  replacements: { registries: [], mirrors: [], overrides: [], skipSteps: [] },
  runDir,
  write: () => undefined,
  ...extra,
})

describe('a workflow run', () => {
  const scratch = tempDir('slipway-workflow-test-')
  let repo: TestRepo
  let result: WorkflowResult
  let log = ''
  const options = (extra: Partial<WorkflowOptions> = {}): WorkflowOptions =>
    localRun(repo, 'semantics.yml', path.join(scratch.dir, `run-${Math.random().toString(36).slice(2)}`), {
      event: 'workflow_dispatch',
      write: (text) => (log += text),
      ...extra,
    })
  const job = (key: string) => {
    const found = result.jobs.find((j) => j.key === key)
    if (!found) throw new Error(`no job ${key} in ${result.jobs.map((j) => j.key).join(', ')}`)
    return found
  }
  const step = (key: string, id: string) => job(key).steps.find((s) => s.id === id)

  beforeAll(async () => {
    repo = TestRepo.create(path.join(scratch.dir, 'repo'))
    repo.commit({
      message: 'workflows',
      files: {
        '.github/workflows/semantics.yml': readFileSync(path.join(fixtures, 'semantics.yml'), 'utf8'),
        '.github/workflows/called.yml': readFileSync(path.join(fixtures, 'called.yml'), 'utf8'),
        'sub/.keep': '',
      },
    })
    result = await runWorkflow(options({ inputs: { greeting: 'hi' } }))
  }, 120_000)
  afterAll(() => scratch.cleanup())

  test('outputs pass from step to job to needs; env, GITHUB_ENV, GITHUB_PATH and defaults reach the steps', () => {
    expect(job('first').outputs).toEqual({ word: 'top-job-step-hi', where: 'sub' })
    expect(step('first', 'next')?.outputs).toEqual({ exported: 'from-first', tool: 'tool-ran' })
    expect(step('first', 'say')?.summary).toBe('## first\n')
    expect(step('cleanup', 'report')?.outputs.results).toBe('success,failure,top-job-step-hi')
  })

  test('continue-on-error, timeout-minutes, failure() and always(), and the jobs after a failure', () => {
    expect(step('broken', 'soft')).toMatchObject({ outcome: 'failure', conclusion: 'success' })
    expect(step('broken', 'after-soft')?.outputs.soft).toBe('failure/success')
    expect(step('broken', 'slow')).toMatchObject({ outcome: 'failure', note: 'timed out (timeout-minutes)' })
    expect(step('broken', 'skipped-after-failure')?.outcome).toBe('skipped')
    expect(step('broken', 'on-failure')?.outputs.ran).toBe('yes')
    expect(step('broken', 'always')?.outputs.ran).toBe('yes')
    expect(job('broken').result).toBe('failure')
    expect(job('after-broken').result).toBe('skipped')
    expect(job('cleanup').result).toBe('success')
    expect(result.exitCode).toBe(1)
  })

  test('matrix legs: the product less exclude, include extending or adding; an unknown action skipped, said so', () => {
    const legs = result.jobs.filter((j) => j.id === 'legs').map((j) => j.matrix)
    expect(legs).toEqual([
      { os: 'linux', size: 1, extra: 'yes' },
      { os: 'linux', size: 2, extra: 'yes' },
      { os: 'windows', size: 1 },
      { os: 'mac', size: 9 },
    ])
    const first = result.jobs.find((j) => j.id === 'legs')!
    expect(first.steps[0]).toMatchObject({ outcome: 'skipped' })
    expect(first.steps[0]?.note).toContain(
      'some-org/unknown-action@v1: no local stand-in for this action (--strict fails here)',
    )
    expect(log).toContain('leg=linux-1-yes 4')
  })

  test('a reusable workflow call: inputs with defaults, secrets, outputs', () => {
    expect(job('call').outputs).toEqual({ echoed: 'top-job-step-hi x2 token-length 19' })
    expect(job('call/inner').result).toBe('success')
    expect(step('after-call', 'got')?.outputs.echo).toBe('top-job-step-hi x2 token-length 19')
  })

  test('workflow commands are rendered for a person: annotations with file:line, groups folded, masks', () => {
    expect(log).toContain('Warning: a.txt:3: Careful: watch out\n')
    expect(log).toContain('  second line\n')
    expect(log).toContain('the value is ***\n')
    expect(log).not.toContain('sup3r-secret-value')
    expect(log).toContain('▸ Details (1 line folded; --raw shows them)\n')
    expect(log).toMatch(/job\s+result\s+steps\n/)
  })

  test('--job runs a job and what it needs; --matrix keeps the legs asked for; --strict fails an unknown action', async () => {
    log = ''
    const only = await runWorkflow(options({ jobs: ['legs'], matrix: { os: 'windows' }, strict: true }))
    expect(only.jobs.map((j) => j.key)).toEqual(['legs (windows, 1)'])
    expect(only.jobs[0]?.steps[0]).toMatchObject({ outcome: 'failure' })
    expect(only.exitCode).toBe(1)
    expect(log).toContain('--matrix keeps 1 of 4 legs')
  }, 60_000)

  test('--raw keeps the workflow commands as written (masked values still hidden)', async () => {
    log = ''
    await runWorkflow(options({ jobs: ['first'], raw: true }))
    expect(log).toContain('::warning file=a.txt,line=3,title=Careful::watch out%0Asecond line')
    expect(log).toContain('::group::Details\n')
    expect(log).not.toContain('sup3r-secret-value')
  }, 60_000)

  test('the command line runs the file: the header names each replacement, the last line the outcome', async () => {
    let printed = ''
    const out = path.join(scratch.dir, 'command-run')
    const { exitCode, result: run } = await workflowCommand(
      suiteRoot,
      [
        path.join(repo.dir, '.github/workflows/semantics.yml'),
        '--event=workflow_dispatch',
        '--input=greeting=hey',
        '--job=first',
        '--registry=ghcr.io=127.0.0.1:5999',
        '--mirror=https://vault.example=http://127.0.0.1:9',
        '--out',
        out,
      ],
      (t) => (printed += t),
    )
    expect(exitCode).toBe(0)
    expect(run?.jobs.find((j) => j.key === 'first')?.outputs.word).toBe('top-job-step-hey')
    const lines = printed.split('\n')
    expect(lines[0]).toMatch(/semantics\.yml on workflow_dispatch refs\/heads\/main \([0-9a-f]{12}\) of local\/repo$/)
    expect(lines.slice(1, 4)).toEqual([
      '  registry ghcr.io → 127.0.0.1:5999 (--registry)',
      '  downloads https://vault.example → http://127.0.0.1:9 (--mirror)',
      `  run folder: ${out}`,
    ])
    expect(printed.trimEnd().endsWith('The workflow succeeded.')).toBe(true)
    await expect(
      workflowCommand(suiteRoot, [path.join(repo.dir, '.github/workflows/semantics.yml'), '--with=bad', '--dry-run']),
    ).rejects.toThrow('--with "bad": expected job.step.input=value')
  }, 60_000)

  test('--dry-run prints the plan and runs nothing', async () => {
    let printed = ''
    const { plan } = await workflowCommand(
      suiteRoot,
      [path.join(repo.dir, '.github/workflows/semantics.yml'), '--dry-run'],
      (t) => (printed += t),
    )
    expect(plan?.jobs.map((j) => j.id)).toEqual([
      'first',
      'broken',
      'after-broken',
      'cleanup',
      'legs',
      'call',
      'after-call',
    ])
    expect(plan?.jobs.find((j) => j.id === 'legs')?.legs).toEqual([
      '(linux, 1, yes)',
      '(linux, 2, yes)',
      '(windows, 1)',
      '(mac, 9)',
    ])
    expect(plan?.jobs.find((j) => j.id === 'call')?.calls?.plan.jobs.map((j) => j.id)).toEqual(['inner'])
    expect(printed).toContain('- some-org/unknown-action@v1 [skipped: some-org/unknown-action has no stand-in]')
  })

  test('bad input is one clear error before anything runs, and leaves no server listening', async () => {
    const listening = () => process.getActiveResourcesInfo().filter((r) => r === 'TCPServerWrap').length
    const before = listening()
    await expect(runWorkflow(options({ inputs: { nope: 'x' } }))).rejects.toThrow(
      "the workflow declares no input 'nope'; its inputs: greeting",
    )
    await expect(runWorkflow(options({ jobs: ['missing'] }))).rejects.toThrow(
      '--job missing: the workflow has no such job',
    )
    // The local artifact service listens only for a run that starts; one left open kept the test worker alive.
    expect(listening()).toBe(before)
  })
})

describe('failure() up the chain of needs, and the OIDC token only where id-token: write is granted', () => {
  const scratch = tempDir('slipway-workflow-gates-')
  afterAll(() => scratch.cleanup())

  test('a job after a skipped job sees the failure before it; only jobs granting id-token: write get the token', async () => {
    const repo = TestRepo.create(path.join(scratch.dir, 'repo'))
    const workflow = [
      'name: Gates',
      'on: push',
      'permissions:',
      '  contents: read',
      'jobs:',
      '  gate:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: exit 1',
      '  promote:',
      '    needs: gate',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo promoted',
      '  cleanup:',
      '    needs: promote',
      '    if: failure()',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo cleaned',
      '  release:',
      '    needs: promote',
      '    if: ${{ !cancelled() && !failure() }}',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo released',
      '  signed:',
      '    runs-on: ubuntu-latest',
      '    permissions:',
      '      id-token: write',
      '    steps:',
      '      - id: token',
      '        run: echo "url=${ACTIONS_ID_TOKEN_REQUEST_URL:-none} token=${#ACTIONS_ID_TOKEN_REQUEST_TOKEN}" >> "$GITHUB_OUTPUT"',
      '  unsigned:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - id: token',
      '        run: echo "url=${ACTIONS_ID_TOKEN_REQUEST_URL:-none} token=${#ACTIONS_ID_TOKEN_REQUEST_TOKEN}" >> "$GITHUB_OUTPUT"',
      '',
    ].join('\n')
    repo.commit({ message: 'gates', files: { '.github/workflows/gates.yml': workflow } })
    let log = ''
    const result = await runWorkflow(
      localRun(repo, 'gates.yml', path.join(scratch.dir, 'run'), {
        idToken: { url: 'http://127.0.0.1:9/token?api-version=2.0', token: 'oidc-request-token' },
        write: (text) => (log += text),
      }),
    )
    const results = Object.fromEntries(result.jobs.map((j) => [j.key, j.result]))
    // promote is skipped (its need failed); cleanup and release see the gate's failure through it, as on GitHub.
    expect(results).toMatchObject({ gate: 'failure', promote: 'skipped', cleanup: 'success', release: 'skipped' })
    const token = (key: string) => result.jobs.find((j) => j.key === key)?.steps[0]?.outputs.url
    expect(token('signed')).toBe('http://127.0.0.1:9/token?api-version=2.0 token=18')
    expect(token('unsigned')).toBe('none token=0')
    expect(log).not.toContain('oidc-request-token')
  }, 60_000)

  test('github.ref_name agrees with GITHUB_REF_NAME: the branch, the tag, <number>/merge for a pull request', async () => {
    const repo = TestRepo.create(path.join(scratch.dir, 'refs'))
    const workflow = [
      'on: [push, pull_request]',
      'permissions:',
      '  contents: read',
      'jobs:',
      '  names:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - id: names',
      '        run: echo "expression=${{ github.ref_name }} env=$GITHUB_REF_NAME" >> "$GITHUB_OUTPUT"',
      '',
    ].join('\n')
    repo.commit({ message: 'names', files: { '.github/workflows/names.yml': workflow } })
    const names = async (event: string, ref: string) => {
      const run = await runWorkflow(
        localRun(repo, 'names.yml', path.join(scratch.dir, `names-${event}-${ref.replaceAll('/', '-')}`), {
          event,
          ref,
        }),
      )
      return run.jobs[0]?.steps[0]?.outputs.expression
    }
    expect(await names('push', 'refs/heads/main')).toBe('main env=main')
    expect(await names('push', 'refs/tags/v1.2.0')).toBe('v1.2.0 env=v1.2.0')
    expect(await names('pull_request', 'refs/pull/7/merge')).toBe('7/merge env=7/merge')
  }, 60_000)
})

describe('the scan stand-ins', () => {
  test.each([
    ['127.0.0.1:5000/acme/server@sha256:abc', ['127.0.0.1:5000', 'acme/server', 'sha256:abc']],
    ['ghcr.io/acme/app/server:1.2.3', ['ghcr.io', 'acme/app/server', '1.2.3']],
    ['localhost/acme/server', ['localhost', 'acme/server', 'latest']],
  ])('image-ref %s', (ref, [registry, repository, reference]) =>
    expect(parseImageRef(ref)).toEqual({ registry, repository, reference }),
  )

  test('an image-ref without a registry host, and a malformed declared finding, are errors', () => {
    expect(() => parseImageRef('alpine:3')).toThrow('names no registry host')
    expect(parseDeclaredFindings(' CVE-2099-0001=critical,GHSA-x-y=LOW ')).toEqual([
      { id: 'CVE-2099-0001', severity: 'CRITICAL' },
      { id: 'GHSA-x-y', severity: 'LOW' },
    ])
    expect(() => parseDeclaredFindings('CVE-2099-0001=BAD')).toThrow('expected ID=SEVERITY')
  })

  test("the stand-ins are found by the action's full path before its repository", () => {
    expect(standInFor('github/codeql-action/upload-sarif@5d4e8d1aca955e8d8589aabd499c5cae939e33c7')?.name).toBe(
      'github/codeql-action/upload-sarif',
    )
    expect(standInFor('github/codeql-action/init@v4')).toBeUndefined()
    expect(standInFor('aquasecurity/trivy-action@v0.35.0')?.name).toBe('aquasecurity/trivy-action')
  })

  test('upload-sarif records a SARIF file and fails without one, as the upload does', async () => {
    const scratch = tempDir('slipway-sarif-')
    try {
      const upload = standInFor('github/codeql-action/upload-sarif@v4')!.standIn
      const context = { repo: '', repository: 'acme/app', ref: '', sha: '', artifacts: '', env: {}, log: () => {} }
      const sarif = sarifReport('127.0.0.1:5000/acme/server@sha256:abc', [
        { id: 'CVE-2099-0001', severity: 'HIGH', platforms: ['linux/amd64'] },
      ])
      mkdirSync(path.join(scratch.dir, 'out'))
      writeFileSync(path.join(scratch.dir, 'out', 'trivy.sarif'), JSON.stringify(sarif))
      const found = await upload({ ...context, workspace: scratch.dir, inputs: { sarif_file: 'out/trivy.sarif' } })
      expect(found).toMatchObject({ outcome: 'success' })
      expect(found.note).toMatch(/^recorded, not run: the code scanning upload of out\/trivy.sarif: 1 result\(s\)/)
      const absent = await upload({ ...context, workspace: scratch.dir, inputs: { sarif_file: 'nope.sarif' } })
      expect(absent).toMatchObject({ outcome: 'failure' })
    } finally {
      scratch.cleanup()
    }
  })
})

describe('expandMatrix', () => {
  test.each([
    ['include only', { include: [{ a: 1 }, { a: 2, b: 3 }] }, [{ a: 1 }, { a: 2, b: 3 }]],
    [
      'include extends without overwriting, else adds',
      {
        fruit: ['apple', 'pear'],
        animal: ['cat'],
        include: [{ color: 'green' }, { fruit: 'apple', shape: 'round' }, { fruit: 'banana' }],
      },
      [
        { fruit: 'apple', animal: 'cat', color: 'green', shape: 'round' },
        { fruit: 'pear', animal: 'cat', color: 'green' },
        { fruit: 'banana' },
      ],
    ],
    [
      'exclude by partial match',
      { a: [1, 2], b: ['x', 'y'], exclude: [{ a: 2, b: 'y' }] },
      [
        { a: 1, b: 'x' },
        { a: 1, b: 'y' },
        { a: 2, b: 'x' },
      ],
    ],
  ])('%s', (_name, matrix, legs) => expect(expandMatrix(matrix as Value)).toEqual(legs))

  test('a vector that is not a list is an error', () =>
    expect(() => expandMatrix({ a: 'x' })).toThrow('strategy.matrix.a must be a list'))
})

describe("expressions (GitHub's evaluator)", () => {
  const scope = {
    contexts: {
      github: { event_name: 'push', ref: 'refs/heads/main' },
      inputs: { n: 3 },
      needs: { plan: { outputs: { matrix: '{"include":[{"a":1}]}' } } },
    },
  }
  test.each([
    ["github.event_name == 'push' && 'yes' || 'no'", 'yes'],
    ['fromJSON(needs.plan.outputs.matrix).include[0].a', 1],
    ['inputs.n > 2', true],
    ["format('{0}-{1}', github.ref, inputs.n)", 'refs/heads/main-3'],
    ["contains(github.ref, 'main')", true],
  ])('%s', (expression, value) => expect(evaluate(expression, scope)).toEqual(value))

  test('interpolate keeps the type of a whole expression and joins the parts of a text', () => {
    expect(interpolate('${{ inputs.n }}', scope)).toBe(3)
    expect(interpolate('n=${{ inputs.n }}, ${{ github.event_name }}', scope)).toBe('n=3, push')
    expect(() => interpolate('${{ nope.x }}', scope)).toThrow("Unrecognized named-value: 'nope'")
  })
})

describe('setup-node and setup-python stand-ins', () => {
  test.each([
    ['20.19.1', '20', true],
    ['20.19.1', '20.x', true],
    ['20.19.1', '22', false],
    ['20.19.1', '>=18', true],
    ['20.19.1', '>=22.8', false],
    ['3.12.3', '3.12', true],
    ['20.19.1', 'lts/*', true],
  ])('%s satisfies %s: %s', (local, spec, ok) => expect(versionMatches(local, spec)).toBe(ok))
})

describe('LogRenderer', () => {
  const render = (lines: string[], options: { raw?: boolean; debug?: boolean; secrets?: string[] } = {}) => {
    let out = ''
    const log = new LogRenderer((t) => (out += t), options)
    log.chunk(lines.join('\n').slice(0, 7))
    log.chunk(lines.join('\n').slice(7) + '\n')
    log.flush()
    return out
  }
  test('renders annotations, folds groups, masks values, hides debug unless asked', () => {
    const out = render(
      [
        '::error title=Invalid input%3A tags,file=action.yml,line=12,col=3::Input tags is wrong',
        '::notice::plain note',
        '::debug::hidden',
        '::group::Build',
        'step 1',
        '::error::inside a group is still shown',
        '::endgroup::',
        '::add-mask::t0ken-value',
        'token t0ken-value here',
      ],
      { secrets: ['given-secret'] },
    )
    expect(out).toBe(
      [
        'Error: action.yml:12:3: Invalid input: tags: Input tags is wrong',
        'Notice: plain note',
        'Error: inside a group is still shown',
        '▸ Build (1 line folded; --raw shows them)',
        'token *** here',
        '',
      ].join('\n'),
    )
  })
  test('--raw keeps the commands, and still masks', () => {
    expect(render(['::add-mask::abc123', '::error::x abc123'], { raw: true })).toBe('::add-mask::***\n::error::x ***\n')
  })
})
