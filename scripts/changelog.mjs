// npm run changelog -- <tag> [--repository owner/name] [--file CHANGELOG.md]
// Writes the section of one release into the changelog with slipway's own release-notes action (its bundle, with
// create-release=false: nothing is sent anywhere). The notes run from the previous release tag to <tag>; when <tag>
// does not exist yet (the changelog is written before the release is tagged), a throwaway clone tags HEAD with it.
// A hand-written introduction in docs/releases/<tag>.md, when present, goes before the generated notes (body-path).
// The section replaces an earlier one of the same tag, so re-running it is safe; newer sections stay on top.
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const root = path.resolve(import.meta.dirname, '..')

/** The changelog with the section of `tag` put in place: replacing its earlier section, else above every other. */
export function placeSection(changelog, tag, section) {
  const heading = '# Changelog\n'
  const body = changelog.startsWith(heading) ? changelog.slice(heading.length) : changelog
  const sections = body.split(/^(?=## )/m).filter((part) => part.trim() !== '')
  const own = (part) => part.startsWith(`## ${tag} `) || part.startsWith(`## ${tag}\n`)
  const at = sections.findIndex(own)
  const text = `${section.trim()}\n\n`
  if (at >= 0) sections[at] = text
  else sections.unshift(text)
  return `${heading}\n${sections.map((part) => `${part.trim()}\n\n`).join('')}`.trimEnd() + '\n'
}

/** The notes' headings one level down, under the release's own `## <tag>` heading. */
const demoted = (markdown) => markdown.replace(/^(#{1,5}) /gm, '#$1 ')

function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      repository: { type: 'string', default: 'slipway-dev/slipway' },
      file: { type: 'string', default: 'CHANGELOG.md' },
      date: { type: 'string' },
    },
  })
  const [tag] = positionals
  if (tag === undefined || !/^v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(tag))
    throw new Error(`changelog: the tag to write is needed, like v1.2.3 (got ${tag === undefined ? 'nothing' : tag})`)
  const cli = path.join(root, 'dist', 'cli', 'index.js')
  if (!existsSync(cli)) throw new Error('changelog: dist/cli/index.js is missing; run `npm run build` first')

  const scratch = mkdtempSync(path.join(os.tmpdir(), 'slipway-changelog-'))
  try {
    const clone = path.join(scratch, 'repo')
    execFileSync('git', ['clone', '--quiet', '--no-local', root, clone])
    const git = (...args) => execFileSync('git', args, { cwd: clone, encoding: 'utf8' }).trim()
    const known = git('tag', '--list', tag) === tag
    if (!known) git('tag', tag, 'HEAD')
    git('remote', 'set-url', 'origin', `https://github.com/${values.repository}.git`)
    const intro = path.join(root, 'docs', 'releases', `${tag}.md`)
    const args = [cli, 'run', 'release-notes', '--json', '--repository', values.repository]
    args.push('--ref', `refs/tags/${tag}`, '--workspace', clone)
    args.push('--with', `tag=${tag}`, '--with', 'create-release=false', '--with', 'token=')
    if (existsSync(intro)) {
      // The introduction as it is now (it may not be committed yet), at its place in the clone's workspace.
      const inClone = path.join(clone, 'docs', 'releases', `${tag}.md`)
      mkdirSync(path.dirname(inClone), { recursive: true })
      copyFileSync(intro, inClone)
      args.push('--with', `body-path=${path.relative(clone, inClone)}`)
    }
    const run = spawnSync(process.execPath, args, { cwd: clone, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    const result = run.stdout.trim() === '' ? undefined : JSON.parse(run.stdout)
    if (result?.exitCode !== 0) {
      const errors = (result?.annotations ?? []).filter((a) => a.level === 'error').map((a) => a.message)
      throw new Error(`changelog: release-notes failed: ${errors.join('; ') || run.stderr.trim()}`)
    }
    const date =
      values.date ?? new Date(Number(git('log', '-1', '--format=%ct', tag)) * 1000).toISOString().slice(0, 10)
    const previous = result.outputs['previous-tag']
    const link = previous
      ? `https://github.com/${values.repository}/compare/${previous}...${tag}`
      : `https://github.com/${values.repository}/tree/${tag}`
    const section = `## ${tag} (${date})\n\n[${previous ? `Changes since ${previous}` : 'The first release'}](${link})\n\n${demoted(result.outputs.body)}`
    const file = path.resolve(root, values.file)
    const before = existsSync(file) ? readFileSync(file, 'utf8') : ''
    writeFileSync(file, placeSection(before, tag, section))
    process.stdout.write(`${path.relative(root, file)}: ${tag} ${known ? '' : '(not tagged yet) '}written\n`)
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    main(process.argv.slice(2))
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
}
