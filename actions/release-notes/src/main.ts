import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  appendSummary,
  code,
  coreLogger,
  markdownTable,
  ownedPath,
  setOutputs,
  workflowCommands as core,
  type Logger,
  type RunnerContext,
} from '@slipway/action-kit'
import { Git } from '@slipway/git'
import type { GitHubClient } from '@slipway/github-api'
import { getInputs, type Inputs } from './inputs.js'
import { buildNotes, walkShowsAncestry, type Notes } from './notes.js'
import {
  bytesAsset,
  collectAssets,
  fileAsset,
  publishRelease,
  sha256sums,
  type Asset,
  type PublishedRelease,
  type ReleaseRequest,
} from './publish.js'
import { reportUnrelatedBase, resolveRange, type ReleaseRange } from './range.js'
import { BODY_LIMIT, withIntro } from './render.js'

/** What the step made: the range, the notes (absent with generate-release-notes: false), the body, the release. */
interface Outcome {
  range: ReleaseRange
  notes?: Notes
  body: string
  bodyFile: string
  prerelease: boolean
  published?: PublishedRelease
}

export async function main(ctx: RunnerContext): Promise<void> {
  const inputs = getInputs(ctx)
  if (inputs.token !== undefined) core.setSecret(inputs.token)
  const logger = coreLogger()
  const git = new Git(inputs.workspace, ctx.env)
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
  const outDir = ownedPath(ctx, 'RUNNER_TEMP', path.join(ctx.temp, 'release-notes'))
  await mkdir(outDir, { recursive: true })
  const client = inputs.token !== undefined ? await gitHubClient(ctx, inputs.token, logger) : undefined
  const outcome = await writeNotes(git, inputs, range, outDir, client, logger)
  if (inputs.createRelease && client && range.tag !== undefined) {
    outcome.published = await publishRelease(
      client,
      inputs.repository,
      await releaseRequest(inputs, range, outcome, assets),
      logger,
    )
  }
  report(outcome)
  await appendSummary(summary(outcome), { ...ctx.env })
}

/** Octokit is loaded only when there is a token to use it with: without one the notes come from git alone. */
async function gitHubClient(ctx: RunnerContext, token: string, logger: Logger): Promise<GitHubClient> {
  const { createGitHubClient } = await import('@slipway/github-api')
  return createGitHubClient({ token, baseUrl: ctx.apiUrl, userAgent: 'slipway-release-notes', logger, env: ctx.env })
}

/** The notes (unless only the hand-written body is wanted), the body, and the files that hold them. */
async function writeNotes(
  git: Git,
  inputs: Inputs,
  range: ReleaseRange,
  outDir: string,
  client: GitHubClient | undefined,
  logger: Logger,
): Promise<Outcome> {
  const prerelease = inputs.prerelease === 'auto' ? range.prerelease : inputs.prerelease === 'true'
  const bodyFile = path.join(outDir, 'body.md')
  const outcome: Outcome = { range, body: withIntro(inputs.intro, ''), bodyFile, prerelease }
  if (inputs.generateNotes) {
    // The default walk tells whether the previous release is an ancestor; any other asks git, beside the walk.
    const ancestry = walkShowsAncestry(inputs) ? undefined : reportUnrelatedBase(git, range, logger)
    // Awaited below; until then a failure must not count as unhandled.
    ancestry?.catch(() => undefined)
    const notes = await buildNotes(
      git,
      {
        range,
        firstParent: inputs.firstParent,
        includePaths: inputs.includePaths,
        images: inputs.images,
        // Only the release `latest` really points to (the highest stable version) gets the `:latest` pull line.
        latest: range.highestStable && !prerelease,
        configPath: inputs.config,
        workspace: inputs.workspace,
        repository: inputs.repository,
        serverUrl: inputs.serverUrl,
        changelogFile: path.join(outDir, 'CHANGELOG.md'),
        bodyLimit: BODY_LIMIT - (inputs.intro !== undefined ? inputs.intro.length + 2 : 0),
        ...(client ? { client } : {}),
      },
      logger,
    )
    await (ancestry ?? reportUnrelatedBase(git, range, logger, notes.baseIsAncestor))
    outcome.notes = notes
    outcome.body = withIntro(inputs.intro, notes.body)
    if (notes.truncated) {
      logger.warning(
        `The notes are ${notes.fullLength} characters: the release body is cut, CHANGELOG.md holds them all`,
      )
    }
  }
  await writeFile(bodyFile, outcome.body, 'utf8')
  return outcome
}

async function releaseRequest(
  inputs: Inputs,
  range: ReleaseRange,
  outcome: Outcome,
  files: readonly Asset[],
): Promise<ReleaseRequest> {
  const assets = [...files]
  if (inputs.checksums && assets.length > 0) assets.push(bytesAsset('SHA256SUMS', sha256sums(assets)))
  const { notes } = outcome
  const request: ReleaseRequest = {
    tag: range.tag ?? '',
    targetCommitish: inputs.targetCommitish ?? range.head,
    name: inputs.name ?? range.tag ?? '',
    body: outcome.body,
    bodyMode: inputs.bodyMode,
    prerelease: outcome.prerelease,
    draft: inputs.draft,
    makeLatest:
      inputs.makeLatest === 'auto' ? range.highestStable && !outcome.prerelease : inputs.makeLatest === 'true',
    assets,
    overwriteAssets: inputs.overwriteFiles,
    draftUntilAssets: inputs.draftUntilAssets,
  }
  if (inputs.discussionCategory !== undefined) request.discussionCategory = inputs.discussionCategory
  if (notes) {
    request.changelog = await fileAsset('CHANGELOG.md', notes.changelogFile, true)
    request.bodyCut = notes.truncated
    const intro = inputs.intro
    request.bodyWithin = (limit) => withIntro(intro, notes.within(limit - (intro !== undefined ? intro.length + 2 : 0)))
  }
  return request
}

function report(outcome: Outcome): void {
  const { range, notes, published } = outcome
  setOutputs({
    body: outcome.body,
    'body-file': outcome.bodyFile,
    'previous-tag': range.previousTag ?? '',
    'is-prerelease': outcome.prerelease,
    contributors: notes?.contributors ?? [],
    'release-id': published?.id ?? '',
    url: published?.url ?? '',
  })
}

function summary(outcome: Outcome): string {
  const { range, notes, published } = outcome
  const rows: [string, string][] = [
    ['Tag', range.tag !== undefined ? code(range.tag) : 'unreleased (HEAD)'],
    ['Previous tag', range.previousTag !== undefined ? code(range.previousTag) : 'none (first release)'],
  ]
  if (notes) {
    rows.push(
      ['Commits', String(notes.commitCount)],
      ['Sections', notes.sections.map((s) => `${s.title} (${s.changes.length})`).join(', ') || 'none'],
      ['Contributors', String(notes.contributors.length)],
    )
  } else rows.push(['Notes', 'not generated (generate-release-notes is false)'])
  rows.push(
    ['Prerelease', String(outcome.prerelease)],
    ['Body', `${outcome.body.length} characters${notes?.truncated ? ' (cut; full notes in CHANGELOG.md)' : ''}`],
  )
  if (published) {
    rows.push([
      'Release',
      `${published.created ? 'created' : published.changed ? 'updated' : 'unchanged'}: ${published.url}`,
    ])
    rows.push(['Assets uploaded', published.uploaded.map(code).join(', ') || 'none'])
    if (published.replaced.length > 0) rows.push(['Assets replaced', published.replaced.map(code).join(', ')])
    if (published.unchanged.length > 0) rows.push(['Assets already up', published.unchanged.map(code).join(', ')])
  } else rows.push(['Release', 'not created (create-release is false)'])
  return `### Release notes\n\n${markdownTable(['', ''], rows)}\n<details><summary>Notes</summary>\n\n${outcome.body}\n</details>\n`
}
