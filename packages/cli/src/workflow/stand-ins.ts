// Local stand-ins for the third-party actions the example workflows use. Each says what it did instead, in one line;
// an action without a stand-in is skipped with a line that says so (or fails the step with --strict).
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { trivyScan, uploadSarif } from './image-scan.js'

export interface StandInContext {
  /** The repository the run is of (what checkout clones). */
  repo: string
  /** The repository's `owner/name`. */
  repository: string
  ref: string
  sha: string
  workspace: string
  /** Where this run keeps its artifacts: one folder per artifact. */
  artifacts: string
  inputs: Record<string, string>
  /** The step's environment as the workflow gives it (workflow, job and step `env:`, what earlier steps exported). */
  env: Record<string, string>
  log: (line: string) => void
}

export interface StandInResult {
  /** 'skip-job': the job cannot go on here (a toolchain that is not installed); its remaining steps are skipped. */
  outcome: 'success' | 'failure' | 'skip-job'
  note: string
  outputs?: Record<string, string>
}

export type StandIn = (context: StandInContext) => StandInResult | Promise<StandInResult>

/** `owner/name` of a `uses:` (without path and ref), lower-case. */
export function actionName(uses: string): string {
  const [name = ''] = uses.split('@')
  return name.split('/').slice(0, 2).join('/').toLowerCase()
}

/**
 * The stand-in of a `uses:`, by its full path (`github/codeql-action/upload-sarif`) before its repository
 * (`actions/checkout`): one repository can hold several actions, each with a stand-in of its own or none.
 */
export function standInFor(uses: string): { name: string; standIn: StandIn } | undefined {
  const [full = ''] = uses.toLowerCase().split('@')
  for (const name of [full, actionName(uses)]) {
    const standIn = standIns[name]
    if (standIn !== undefined) return { name, standIn }
  }
  return undefined
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()

/** actions/checkout: a clean clone of the run's commit (with every tag at fetch-depth 0), origin set as on GitHub. */
const checkout: StandIn = ({ repo, repository, ref, sha, workspace, inputs }) => {
  const wanted = inputs.repository ?? ''
  if (wanted !== '' && wanted.toLowerCase() !== repository.toLowerCase())
    return { outcome: 'failure', note: `checkout of another repository (${wanted}) cannot be made locally` }
  const dir = path.resolve(workspace, inputs.path ?? '.')
  if (!dir.startsWith(workspace))
    return { outcome: 'failure', note: `path ${inputs.path ?? ''} is outside the workspace` }
  if (existsSync(dir) && readdirSync(dir).length > 0) execFileSync('rm', ['-rf', '--', dir])
  mkdirSync(dir, { recursive: true })
  const depth = Number(inputs['fetch-depth'] ?? '1')
  const target = inputs.ref !== undefined && inputs.ref !== '' ? inputs.ref : sha
  git(dir, 'init', '-q')
  const source = `file://${repo}`
  if (depth === 0) {
    git(dir, 'fetch', '-q', '--tags', source, '+refs/heads/*:refs/remotes/origin/*')
  } else {
    const refspec = inputs.ref !== undefined && inputs.ref !== '' ? inputs.ref : ref
    git(dir, 'fetch', '-q', '--no-tags', `--depth=${depth}`, source, refspec)
  }
  let commit: string
  try {
    commit = git(dir, 'rev-parse', '--verify', `${target === sha ? sha : target}^{commit}`)
  } catch {
    commit = git(dir, 'rev-parse', 'FETCH_HEAD^{commit}')
  }
  git(dir, 'checkout', '-q', '--detach', commit)
  // As on GitHub: origin is the repository on github.com, so nothing pushes back into the local repository.
  git(dir, 'remote', 'add', 'origin', `https://github.com/${repository}`)
  return {
    outcome: 'success',
    note: `checkout: ${commit.slice(0, 12)} of ${repo} into ${path.relative(workspace, dir) || '.'} (${depth === 0 ? 'all history and tags' : `depth ${depth}`})`,
    outputs: { ref: target, commit },
  }
}

function localVersion(command: string, args: string[]): string | undefined {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
      .trim()
      .replace(/^(v|Python )/, '')
  } catch {
    return undefined
  }
}

/** Whether a local version satisfies an actions/setup-* version spec (`22`, `22.x`, `>=20`, `3.12`, `lts/*`). */
export function versionMatches(local: string, spec: string): boolean {
  const wanted = spec.trim().replace(/^v/, '')
  if (wanted === '' || wanted === 'latest' || wanted === 'node' || wanted.startsWith('lts/')) return true
  const atLeast = /^>=\s*([\d.]+)$/.exec(wanted)
  const parts = (v: string) => v.split('.').map((p) => Number(p))
  if (atLeast) {
    const [a, b] = [parts(local), parts(atLeast[1] ?? '0')]
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0)
    }
    return true
  }
  const prefix = wanted.replace(/(\.x)+$/, '').split('.')
  const have = local.split('.')
  return prefix.every((p, i) => p === have[i])
}

function setupToolchain(
  tool: string,
  command: string,
  args: string[],
  versionInput: string,
  fileInput: string,
): StandIn {
  return ({ inputs, workspace }) => {
    let spec = inputs[versionInput] ?? ''
    if (spec === '' && inputs[fileInput]) {
      const file = path.join(workspace, inputs[fileInput])
      if (existsSync(file)) spec = readFileSync(file, 'utf8').trim()
    }
    const local = localVersion(command, args)
    if (local === undefined) return { outcome: 'skip-job', note: `setup: ${tool} is not installed here` }
    if (spec !== '' && !versionMatches(local, spec))
      return {
        outcome: 'skip-job',
        note: `setup: ${tool} ${spec} is wanted, this machine has ${local}: the rest of the job is skipped`,
      }
    return { outcome: 'success', note: `setup: the local ${tool} ${local} serves ${spec || 'any version'}` }
  }
}

/** The files a `path:` input names (one path or glob a line, `!` excludes), relative to the workspace. */
function artifactFiles(workspace: string, spec: string): { root: string; files: string[] } {
  const lines = spec
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
  const includes = lines.filter((l) => !l.startsWith('!'))
  const excludes = lines.filter((l) => l.startsWith('!')).map((l) => globToRegExp(path.resolve(workspace, l.slice(1))))
  const files: string[] = []
  const roots: string[] = []
  for (const include of includes) {
    const absolute = path.resolve(workspace, include)
    const globAt = absolute.search(/[*?[]/)
    const base = globAt < 0 ? absolute : path.dirname(absolute.slice(0, globAt + 1))
    roots.push(globAt < 0 && existsSync(absolute) && !statSync(absolute).isDirectory() ? path.dirname(absolute) : base)
    const re = globAt < 0 ? undefined : globToRegExp(absolute)
    const walk = (p: string) => {
      if (!existsSync(p)) return
      if (statSync(p).isDirectory()) for (const name of readdirSync(p)) walk(path.join(p, name))
      else if (re === undefined || re.test(p)) files.push(p)
    }
    walk(globAt < 0 ? absolute : base)
  }
  const kept = [...new Set(files)].filter((f) => !excludes.some((re) => re.test(f))).sort()
  // The root is the longest folder every path starts from, as upload-artifact computes it.
  let root = roots[0] ?? workspace
  for (const r of roots) while (!`${r}/`.startsWith(`${root}/`)) root = path.dirname(root)
  return { root, files: kept }
}

function globToRegExp(pattern: string): RegExp {
  let re = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? ''
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*'
      i++
    } else if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}(/.*)?$`)
}

/** actions/upload-artifact: the files into `<run>/artifacts/<name>/`, laid out as the artifact would hold them. */
const uploadArtifact: StandIn = ({ inputs, workspace, artifacts }) => {
  const name = inputs.name ?? 'artifact'
  const { root, files } = artifactFiles(workspace, inputs.path ?? '')
  if (files.length === 0) {
    const level = inputs['if-no-files-found'] ?? 'warn'
    const note = `upload-artifact: no files match ${JSON.stringify(inputs.path ?? '')}`
    return { outcome: level === 'error' ? 'failure' : 'success', note }
  }
  const dir = path.join(artifacts, name)
  if (existsSync(dir) && inputs.overwrite !== 'true')
    return { outcome: 'failure', note: `upload-artifact: an artifact named ${name} exists in this run` }
  for (const file of files) cpSync(file, path.join(dir, path.relative(root, file)))
  return {
    outcome: 'success',
    note: `upload-artifact: ${files.length} file(s) as ${name} (${path.relative(process.cwd(), dir)})`,
    outputs: { 'artifact-id': name },
  }
}

/** actions/download-artifact: by name, or every artifact (or those matching `pattern`), each in its folder or merged. */
const downloadArtifact: StandIn = ({ inputs, workspace, artifacts }) => {
  const target = path.resolve(workspace, inputs.path ?? '.')
  const all = existsSync(artifacts) ? readdirSync(artifacts).sort() : []
  const name = inputs.name ?? ''
  if (name !== '') {
    if (!all.includes(name))
      return { outcome: 'failure', note: `download-artifact: no artifact named ${name} in this run` }
    cpSync(path.join(artifacts, name), target, { recursive: true })
    return { outcome: 'success', note: `download-artifact: ${name} into ${path.relative(workspace, target) || '.'}` }
  }
  const pattern = inputs.pattern ?? ''
  const re = pattern === '' ? undefined : globToRegExp(pattern)
  const chosen = all.filter((a) => re === undefined || re.test(a))
  const merge = inputs['merge-multiple'] === 'true'
  for (const artifact of chosen)
    cpSync(path.join(artifacts, artifact), merge ? target : path.join(target, artifact), { recursive: true })
  return {
    outcome: 'success',
    note: `download-artifact: ${chosen.length === 0 ? 'no artifact' : chosen.join(', ')}${merge ? ' merged' : ''} into ${path.relative(workspace, target) || '.'}`,
    outputs: { 'download-path': target },
  }
}

const recorded =
  (what: string): StandIn =>
  ({ inputs }) => ({
    outcome: 'success',
    note: `recorded, not run: ${what}${Object.keys(inputs).length > 0 ? ` (${Object.keys(inputs).join(', ')})` : ''}`,
  })

/** The stand-ins, by `owner/name` of the action. */
export const standIns: Record<string, StandIn> = {
  'actions/checkout': checkout,
  'actions/setup-node': setupToolchain('node', process.execPath, ['--version'], 'node-version', 'node-version-file'),
  'actions/setup-python': setupToolchain('python', 'python3', ['--version'], 'python-version', 'python-version-file'),
  'actions/upload-artifact': uploadArtifact,
  'actions/download-artifact': downloadArtifact,
  'docker/login-action': recorded('docker login (the local registry flags give the credentials)'),
  'docker/setup-buildx-action': recorded('buildx setup (ghcr-publish picks its builder itself)'),
  'docker/setup-qemu-action': recorded('qemu binfmt setup'),
  'aquasecurity/trivy-action': trivyScan,
  'github/codeql-action/upload-sarif': uploadSarif,
}
