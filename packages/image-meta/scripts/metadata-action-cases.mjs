// Regenerates __tests__/fixtures/metadata-action-cases.json from a checkout of docker/metadata-action:
//
//   node packages/image-meta/scripts/metadata-action-cases.mjs <path of a docker/metadata-action git directory>
//
// It reads the case tables of that project's __tests__/meta.test.ts (their data only: inputs, event, expected version,
// tags, labels, JSON and Bake output) with the TypeScript parser, never running their code, and the .env/.json event
// fixtures they name, trimmed to the payload fields either implementation reads. What is committed is that data.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

const gitDir = process.argv[2]
if (!gitDir) {
  console.error('usage: metadata-action-cases.mjs <docker/metadata-action git directory>')
  process.exit(2)
}
const git = (...args) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8' })
const show = (file) => git('show', `HEAD:${file}`)
const exists = (file) => {
  try {
    git('cat-file', '-e', `HEAD:${file}`)
    return true
  } catch {
    return false
  }
}

const commit = git('rev-parse', 'HEAD').trim()
// The most specific release tag on the commit (v6.2.0 rather than the moving v6).
const version =
  git('tag', '--points-at', 'HEAD')
    .split('\n')
    .filter((t) => t !== '')
    .sort((a, b) => b.length - a.length)[0] ?? commit

/** The value of a literal expression (array, object, string, number, boolean, undefined); throws on anything else. */
function literal(node) {
  if (ts.isAsExpression(node) || ts.isParenthesizedExpression(node)) return literal(node.expression)
  if (ts.isArrayLiteralExpression(node)) return node.elements.map(literal)
  if (ts.isObjectLiteralExpression(node)) {
    const out = {}
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property)) throw new Error(`unsupported property at ${where(property)}`)
      const name = property.name
      const key = ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined
      if (key === undefined) throw new Error(`unsupported key at ${where(property)}`)
      out[key] = literal(property.initializer)
    }
    return out
  }
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isNumericLiteral(node)) return Number(node.text)
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false
  if (ts.isIdentifier(node) && node.text === 'undefined') return undefined
  throw new Error(`not a literal at ${where(node)}: ${node.getText()}`)
}

let source
const where = (node) => {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart())
  return `meta.test.ts:${line + 1}`
}

source = ts.createSourceFile('meta.test.ts', show('__tests__/meta.test.ts'), ts.ScriptTarget.Latest, true)

/** describe('<group>', () => { test.each([...])(...) }) → the group name and its rows. */
const tables = []
function visit(node) {
  if (
    ts.isCallExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'describe' &&
    ts.isStringLiteral(node.arguments[0])
  ) {
    const group = node.arguments[0].text
    const findEach = (inner) => {
      if (
        ts.isCallExpression(inner) &&
        ts.isPropertyAccessExpression(inner.expression) &&
        inner.expression.name.text === 'each' &&
        ts.isArrayLiteralExpression(inner.arguments[0])
      ) {
        tables.push({ group, rows: inner.arguments[0].elements.map((row) => ({ row, at: where(row) })) })
        return
      }
      ts.forEachChild(inner, findEach)
    }
    ts.forEachChild(node, findEach)
    return
  }
  ts.forEachChild(node, visit)
}
visit(source)

/** The .env fixture as dotenv reads it, and its event payload trimmed to what metadata-action and slipway read. */
const environments = {}
function environment(envFile) {
  if (environments[envFile]) return
  const vars = {}
  for (const line of show(`__tests__/fixtures/${envFile}`).split(/\r?\n/)) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line)
    if (match) vars[match[1]] = match[2]
  }
  const eventFile = vars.GITHUB_EVENT_PATH ? path.posix.normalize(vars.GITHUB_EVENT_PATH) : ''
  const payload = eventFile && exists(eventFile) ? JSON.parse(show(eventFile)) : {}
  environments[envFile] = {
    GITHUB_EVENT_NAME: vars.GITHUB_EVENT_NAME ?? '',
    GITHUB_REF: vars.GITHUB_REF ?? '',
    GITHUB_SHA: vars.GITHUB_SHA ?? '',
    GITHUB_REPOSITORY: vars.GITHUB_REPOSITORY ?? '',
    GITHUB_SERVER_URL: vars.GITHUB_SERVER_URL ?? '',
    event: eventFile ? path.posix.basename(eventFile) : '',
    payload: trimPayload(payload),
  }
}

function pick(object, keys) {
  if (object === null || typeof object !== 'object') return object
  const out = {}
  for (const key of keys) if (object[key] !== undefined) out[key] = object[key]
  return out
}

function trimPayload(payload) {
  const out = pick(payload, ['number', 'base_ref'])
  if (payload.repository) {
    out.repository = pick(payload.repository, ['name', 'full_name', 'html_url', 'default_branch'])
  }
  if (payload.pull_request) {
    out.pull_request = {
      number: payload.pull_request.number,
      head: pick(payload.pull_request.head, ['ref', 'sha']),
      base: pick(payload.pull_request.base, ['ref', 'sha']),
    }
  }
  if (payload.head_commit !== undefined) out.head_commit = pick(payload.head_commit, ['id', 'timestamp'])
  if (Array.isArray(payload.commits)) out.commits = payload.commits.map((c) => pick(c, ['id', 'timestamp']))
  return out
}

const cases = []
for (const { group, rows } of tables) {
  if (group === 'isRawStatement') {
    for (const { row, at } of rows) {
      const [pattern, expected] = literal(row)
      cases.push({ group, name: `isRawStatement ${pattern}`, at, pattern, expected })
    }
    continue
  }
  for (const { row, at } of rows) {
    const values = literal(row)
    const [name, envFile, inputs] = values
    environment(envFile)
    const entry = { group, name, at, env: envFile, inputs }
    if (group === 'json') entry.json = values[3]
    else if (group === 'bakeFile') {
      entry.bakeTags = values[3]
      entry.bakeLabels = values[4]
      entry.bakeAnnotations = values[5]
    } else if (group === 'bakeFileTagsLabels') entry.bake = values[3]
    else if (group === 'sepTags') entry.joinedTags = values[3]
    else {
      const [, , , exVersion, exTags, exLabels, exAnnotations] = values
      entry.version = { main: exVersion.main ?? null, partial: exVersion.partial, latest: exVersion.latest ?? null }
      entry.tags = exTags
      entry.labels = exLabels
      // pr-head-sha's table has one list for labels and annotations; the others give annotations or undefined (same).
      entry.annotations = exAnnotations ?? exLabels
      if (group === 'pr-head-sha') entry.prHeadSha = true
    }
    cases.push(entry)
  }
}

const repo = JSON.parse(show('__tests__/fixtures/repo.json'))
const out = {
  source: {
    repository: 'docker/metadata-action',
    version,
    commit,
    file: '__tests__/meta.test.ts',
    note:
      'Case data transcribed from the upstream test tables by packages/image-meta/scripts/metadata-action-cases.mjs ' +
      '(inputs, events and expected outputs only). The upstream test mocks the clock and moment-timezone so that ' +
      'every date, current or commit, is `clock`; the GitHub API answer is `repo` (fixtures/repo.json, the fields ' +
      'read). Event payloads keep only the fields metadata-action and slipway read.',
  },
  clock: '2020-01-10T00:30:00.000Z',
  repo: {
    name: repo.name,
    html_url: repo.html_url,
    description: repo.description,
    license: repo.license?.spdx_id,
    default_branch: repo.default_branch,
  },
  environments,
  cases,
}
const target = path.join(import.meta.dirname, '..', '__tests__', 'fixtures', 'metadata-action-cases.json')
writeFileSync(target, `${JSON.stringify(out, null, 2)}\n`)
console.log(`${cases.length} cases from ${version} (${commit.slice(0, 12)}) written to ${target}`)
