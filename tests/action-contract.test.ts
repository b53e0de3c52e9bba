// Every action keeps the same contract with its users: its action.yml, the inputs its inputs.ts reads and the tables
// in its README say the same thing, and it runs on the same Node runtime from its committed bundle.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { listActionIds, readActionMetadata } from '@slipway/cli'
import { suiteRoot } from '@slipway/test-support'
import { parse } from 'yaml'

const actions = listActionIds(suiteRoot)

/** Input names read through the action-kit reader: `read.<kind>('name'` — the convention of every inputs.ts. */
export function inputsReadBy(source: string): string[] {
  const names = new Set<string>()
  for (const match of source.matchAll(/\bread\.(?:\w+)(?:<[^>]*>)?\(\s*['"]([^'"]+)['"]/g)) names.add(match[1]!)
  return [...names].sort()
}

/** First-column names (in backticks) of the Markdown table under a `## <heading>` of a README. */
export function readmeTableNames(readme: string, heading: string): string[] | undefined {
  const lines = readme.split('\n')
  const start = lines.findIndex((line) => new RegExp(`^##+\\s+${heading}\\s*$`, 'i').test(line))
  if (start < 0) return undefined
  const names: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (/^#/.test(line)) break
    const match = /^\|\s*`([^`]+)`\s*\|/.exec(line)
    if (match) names.push(match[1]!)
  }
  return names.sort()
}

test('there is at least one action', () => {
  expect(actions.length).toBeGreaterThan(0)
})

describe.each(actions)('%s', (id) => {
  const dir = path.join(suiteRoot, 'actions', id)
  const metadata = readActionMetadata(suiteRoot, id)
  const raw = parse(readFileSync(path.join(dir, 'action.yml'), 'utf8')) as Record<string, unknown>

  test('runs on node24 from its dist bundle, with name, description and branding', () => {
    expect(metadata.runs.using).toBe('node24')
    expect(metadata.runs.main).toBe(`../../dist/${id}/index.js`)
    expect(metadata.name).not.toBe('')
    expect(metadata.description).not.toBe('')
    expect(raw.branding).toEqual({ icon: expect.any(String), color: expect.any(String) })
    expect(existsSync(path.join(dir, 'src', 'index.ts'))).toBe(true)
  })

  test('every input and output has a description', () => {
    for (const entry of [...metadata.inputs, ...metadata.outputs])
      expect([entry.name, entry.description.trim()]).not.toEqual([entry.name, ''])
  })

  test('the inputs action.yml declares are exactly those inputs.ts reads', () => {
    const source = readFileSync(path.join(dir, 'src', 'inputs.ts'), 'utf8')
    expect(inputsReadBy(source)).toEqual(metadata.inputs.map((i) => i.name).sort())
  })

  test('the README tables list the same inputs and outputs as action.yml', () => {
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8')
    expect(readmeTableNames(readme, 'Inputs')).toEqual(metadata.inputs.map((i) => i.name).sort())
    expect(readmeTableNames(readme, 'Outputs')).toEqual(metadata.outputs.map((o) => o.name).sort())
  })

  test('the bundle is built', () => {
    expect(existsSync(path.join(suiteRoot, 'dist', id, 'index.js'))).toBe(true)
  })
})

test('the contract helpers read what they claim', () => {
  expect(inputsReadBy(`read.path('version-file', {}); read.enum<Mode>('profile', MODES); read.list("files")`)).toEqual([
    'files',
    'profile',
    'version-file',
  ])
  expect(
    readmeTableNames(
      '## Inputs\n| name | d |\n|---|---|\n| `b` | x |\n| `a` | y |\n## Outputs\n| `o` | z |\n',
      'Inputs',
    ),
  ).toEqual(['a', 'b'])
})

test('the root action.yml (the Marketplace listing) is ghcr-publish, run from its bundle', () => {
  const rootAction = parse(readFileSync(path.join(suiteRoot, 'action.yml'), 'utf8')) as {
    runs: { using: string; main: string; post?: string }
    inputs?: Record<string, unknown>
    outputs?: Record<string, unknown>
  }
  const flagship = parse(readFileSync(path.join(suiteRoot, 'actions', 'ghcr-publish', 'action.yml'), 'utf8')) as {
    inputs?: Record<string, unknown>
    outputs?: Record<string, unknown>
  }
  expect(rootAction.runs.using).toBe('node24')
  expect(rootAction.runs.main).toBe('dist/ghcr-publish/index.js')
  expect(existsSync(path.join(suiteRoot, rootAction.runs.main))).toBe(true)
  if (rootAction.runs.post) expect(rootAction.runs.post).toBe('dist/ghcr-publish/index.js')
  expect(rootAction.inputs).toEqual(flagship.inputs)
  expect(rootAction.outputs).toEqual(flagship.outputs)
})
