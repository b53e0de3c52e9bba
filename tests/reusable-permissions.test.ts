// GitHub checks the permissions a reusable workflow's jobs ask for when it parses the CALLER, before any `if:`: a
// caller that grants less than the union of every job's permissions gets "Invalid workflow file", even for jobs that
// would be skipped. This test computes that union for each reusable workflow of the repository and checks that every
// documented way of calling it (the example in the workflow's own header, the README's calls, the example workflows
// and this repository's workflows) grants at least that much.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { suiteRoot } from '@slipway/test-support'
import { parse } from 'yaml'

type Level = 'none' | 'read' | 'write'
type Permissions = Record<string, Level>

const RANK: Record<Level, number> = { none: 0, read: 1, write: 2 }
const SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
]
// What a job gets when neither it nor its workflow says: the restricted default of new repositories and
// organizations. A caller cannot count on the permissive default, so the documented calls must not either.
const RESTRICTED_DEFAULT: Permissions = { contents: 'read', packages: 'read' }

type Yaml = Record<string, unknown>

function normalize(value: unknown): Permissions | undefined {
  if (value === undefined || value === null) return undefined
  if (value === 'read-all' || value === 'write-all') {
    const level = value === 'read-all' ? 'read' : 'write'
    return Object.fromEntries(SCOPES.map((scope) => [scope, level]))
  }
  if (typeof value === 'object') {
    // `permissions: {}` grants nothing at all.
    return Object.fromEntries(Object.entries(value as Record<string, string>).map(([k, v]) => [k, v as Level]))
  }
  throw new Error(`permissions: unexpected ${JSON.stringify(value)}`)
}

const workflowsDir = path.join(suiteRoot, '.github', 'workflows')
const reusableNames = readdirSync(workflowsDir).filter((name) => {
  const doc = parse(readFileSync(path.join(workflowsDir, name), 'utf8')) as Yaml
  const on: unknown = doc.on
  return typeof on === 'object' && on !== null && 'workflow_call' in on
})

/** The union of what every job of a reusable workflow asks for, nested reusable calls included. */
function requiredBy(name: string, seen = new Set<string>()): Permissions {
  if (seen.has(name)) return {}
  seen.add(name)
  const doc = parse(readFileSync(path.join(workflowsDir, name), 'utf8')) as Yaml
  const workflowLevel = normalize(doc.permissions)
  const union: Permissions = {}
  for (const job of Object.values(doc.jobs as Record<string, Yaml>)) {
    const asked = normalize(job.permissions) ?? workflowLevel ?? RESTRICTED_DEFAULT
    merge(union, asked)
    const nested = typeof job.uses === 'string' ? reusableTarget(job.uses) : undefined
    if (nested) merge(union, requiredBy(nested, seen))
  }
  return union
}

function merge(into: Permissions, from: Permissions): void {
  for (const [scope, level] of Object.entries(from)) {
    if (RANK[level] > RANK[into[scope] ?? 'none']) into[scope] = level
  }
}

/** The reusable workflow of this repository a `uses:` names, or undefined. */
function reusableTarget(uses: string): string | undefined {
  const match =
    /^(?:\.\/\.github\/workflows\/|slipway-dev\/slipway\/\.github\/workflows\/)([\w.-]+\.ya?ml)(?:@.+)?$/.exec(uses)
  return match && reusableNames.includes(match[1] ?? '') ? match[1] : undefined
}

interface Caller {
  where: string
  target: string
  granted: Permissions
}

/** Every job in a workflow document that calls one of the reusable workflows, with what it grants. */
function callersIn(where: string, doc: Yaml): Caller[] {
  const jobs = doc.jobs as Record<string, Yaml> | undefined
  if (!jobs) return []
  const workflowLevel = normalize(doc.permissions)
  return Object.entries(jobs).flatMap(([id, job]) => {
    const target = typeof job.uses === 'string' ? reusableTarget(job.uses) : undefined
    if (!target) return []
    return [
      {
        where: `${where} (job ${id})`,
        target,
        granted: normalize(job.permissions) ?? workflowLevel ?? RESTRICTED_DEFAULT,
      },
    ]
  })
}

function documentedCallers(): Caller[] {
  const callers: Caller[] = []
  // The call shown in each reusable workflow's header comment.
  for (const name of reusableNames) {
    const header: string[] = []
    for (const line of readFileSync(path.join(workflowsDir, name), 'utf8').split('\n')) {
      if (!line.startsWith('#')) break
      if (line.startsWith('#   ')) header.push(line.slice(4))
    }
    const block = header.join('\n')
    if (/\buses:/.test(block)) callers.push(...callersIn(`${name} header`, parse(block) as Yaml))
  }
  // The README's yaml blocks, and each action's or example's README.
  const readmes = [
    'README.md',
    'workflows-examples/README.md',
    ...readdirSync(path.join(suiteRoot, 'workflows-examples'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `workflows-examples/${entry.name}/README.md`),
  ]
  for (const readme of readmes) {
    let text: string
    try {
      text = readFileSync(path.join(suiteRoot, readme), 'utf8')
    } catch {
      continue
    }
    for (const [index, match] of [...text.matchAll(/```ya?ml\n([\s\S]*?)```/g)].entries()) {
      const block = match[1] ?? ''
      if (!/\.github\/workflows\//.test(block)) continue
      callers.push(...callersIn(`${readme} yaml block ${index + 1}`, parse(block) as Yaml))
    }
  }
  // Every workflow file: the examples users copy and this repository's own.
  const files = [
    ...readdirSync(workflowsDir).map((name) => path.join('.github', 'workflows', name)),
    ...readdirSync(path.join(suiteRoot, 'workflows-examples'), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => path.join('workflows-examples', name)),
  ]
  for (const file of files) {
    const doc = parse(readFileSync(path.join(suiteRoot, file), 'utf8')) as Yaml | null
    if (doc && typeof doc === 'object') callers.push(...callersIn(file, doc))
  }
  return callers
}

const callers = documentedCallers()

test('every reusable workflow is called somewhere in the docs', () => {
  expect(reusableNames.length).toBeGreaterThanOrEqual(3)
  for (const name of reusableNames) expect(callers.filter((c) => c.target === name).length).toBeGreaterThan(0)
})

test.each(callers.map((caller) => [caller.where, caller] as const))(
  '%s grants what its reusable workflow asks',
  (_, caller) => {
    const required = requiredBy(caller.target)
    const missing = Object.entries(required)
      .filter(([scope, level]) => RANK[caller.granted[scope] ?? 'none'] < RANK[level])
      .map(([scope, level]) => `${scope}: ${level}`)
    expect({ target: caller.target, missing }).toEqual({ target: caller.target, missing: [] })
  },
)

test('the union is computed over every job, skipped ones included', () => {
  // A job with `if: false` still counts: the release job's `contents: write` is required of every caller.
  expect(requiredBy('template-pipeline.yml').contents).toBe('write')
  expect(requiredBy('release-pipeline.yml').packages).toBe('write')
})

// A reusable workflow cannot name its own ref in an expression (the `github` context is the caller's), so its steps
// use slipway's actions at the moving major tag. The README documents that; this keeps the tag the one the release
// workflow moves for the current version.
test('the reusable workflows use slipway actions at the major tag of this version', () => {
  const major = readFileSync(path.join(suiteRoot, 'version'), 'utf8').trim().split('.')[0]
  for (const name of reusableNames) {
    const text = readFileSync(path.join(workflowsDir, name), 'utf8')
    const refs = [...text.matchAll(/uses:\s*slipway-dev\/slipway\/([^@\s]+)@(\S+)/g)].map((m) => `${m[1]}@${m[2]}`)
    expect({ name, wrong: refs.filter((ref) => !ref.endsWith(`@v${major}`)) }).toEqual({ name, wrong: [] })
  }
})
