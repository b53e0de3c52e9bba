import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { workflowCommands as core } from '@slipway/action-kit'
import { appendSummary, code, coreLogger, markdownTable, setOutputs } from '@slipway/action-kit'
import { Git } from '@slipway/git'
import { getInputs } from './inputs.js'
import { buildNotes } from './notes.js'
import { bytesAsset, collectAssets, publishRelease, sha256sums, type PublishedRelease } from './publish.js'
import { reportUnrelatedBase, resolveRange } from './range.js'

export async function main(): Promise<void> {
  const inputs = getInputs()
  if (inputs.token !== undefined) core.setSecret(inputs.token)
  const logger = coreLogger()
  const git = new Git(inputs.workspace)
  const range = await resolveRange(
    git,
    {
      ...(inputs.tag !== undefined ? { tag: inputs.tag } : {}),
      scheme: { prefix: inputs.tagPrefix, ...(inputs.tagPattern !== undefined ? { pattern: inputs.tagPattern } : {}) },
      ...(inputs.previousTag !== undefined ? { previousTag: inputs.previousTag } : {}),
      fetchHistory: inputs.fetchHistory,
    },
    logger,
  )
  // Every file is found and hashed before the first request that changes anything.
  const assets = inputs.createRelease
    ? await collectAssets(inputs.files, inputs.workspace, !inputs.failOnUnmatchedFiles, logger)
    : []
  // Octokit is loaded only when there is a token to use it with: without one the notes come from git alone.
  const client =
    inputs.token !== undefined
      ? (await import('@slipway/github-api')).createGitHubClient({
          token: inputs.token,
          userAgent: 'slipway-release-notes',
          logger,
          env: process.env,
        })
      : undefined
  const ancestry = reportUnrelatedBase(git, range, logger)
  // Awaited below; until then a failure must not count as unhandled.
  ancestry.catch(() => undefined)
  const notes = await buildNotes(
    git,
    {
      range,
      firstParent: inputs.firstParent,
      includePaths: inputs.includePaths,
      images: inputs.images,
      configPath: inputs.config,
      workspace: inputs.workspace,
      repository: inputs.repository,
      serverUrl: inputs.serverUrl,
      ...(client ? { client } : {}),
    },
    logger,
  )
  await ancestry
  const outDir = path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), 'release-notes')
  await mkdir(outDir, { recursive: true })
  const bodyFile = path.join(outDir, 'body.md')
  await writeFile(bodyFile, notes.body, 'utf8')
  await writeFile(path.join(outDir, 'CHANGELOG.md'), notes.full, 'utf8')
  if (notes.truncated)
    logger.warning(
      `The notes are ${notes.full.length} characters: the release body is cut, CHANGELOG.md holds them all`,
    )

  const prerelease = inputs.prerelease === 'auto' ? range.prerelease : inputs.prerelease === 'true'
  let published: PublishedRelease | undefined
  if (inputs.createRelease && client && range.tag !== undefined) {
    if (inputs.checksums && assets.length > 0) assets.push(bytesAsset('SHA256SUMS', sha256sums(assets)))
    if (notes.truncated) assets.push(bytesAsset('CHANGELOG.md', Buffer.from(notes.full, 'utf8'), true))
    published = await publishRelease(
      client,
      inputs.repository,
      {
        tag: range.tag,
        targetCommitish: range.head,
        name: range.tag,
        body: notes.body,
        bodyMode: inputs.bodyMode,
        prerelease,
        draft: inputs.draft,
        makeLatest: inputs.makeLatest === 'auto' ? range.highestStable && !prerelease : inputs.makeLatest === 'true',
        assets,
        overwriteAssets: inputs.overwriteFiles,
        draftUntilAssets: inputs.draftUntilAssets,
      },
      logger,
    )
  }

  setOutputs({
    body: notes.body,
    'body-file': bodyFile,
    'previous-tag': range.previousTag ?? '',
    'is-prerelease': prerelease,
    contributors: notes.contributors,
    'release-id': published?.id ?? '',
    url: published?.url ?? '',
  })
  const rows: [string, string][] = [
    ['Tag', range.tag !== undefined ? code(range.tag) : 'unreleased (HEAD)'],
    ['Previous tag', range.previousTag !== undefined ? code(range.previousTag) : 'none (first release)'],
    ['Commits', String(notes.commitCount)],
    ['Sections', notes.sections.map((s) => `${s.title} (${s.changes.length})`).join(', ') || 'none'],
    ['Contributors', String(notes.contributors.length)],
    ['Prerelease', String(prerelease)],
    ['Body', `${notes.body.length} characters${notes.truncated ? ' (cut; full notes in CHANGELOG.md)' : ''}`],
  ]
  if (published) {
    rows.push([
      'Release',
      `${published.created ? 'created' : published.changed ? 'updated' : 'unchanged'}: ${published.url}`,
    ])
    rows.push(['Assets uploaded', published.uploaded.map(code).join(', ') || 'none'])
    if (published.replaced.length > 0) rows.push(['Assets replaced', published.replaced.map(code).join(', ')])
    if (published.unchanged.length > 0) rows.push(['Assets already up', published.unchanged.map(code).join(', ')])
  } else rows.push(['Release', 'not created (create-release is false)'])
  await appendSummary(
    `### Release notes\n\n${markdownTable(['', ''], rows)}\n<details><summary>Notes</summary>\n\n${notes.body}\n</details>\n`,
  )
}
