import { readFileSync } from 'node:fs'
import { inputReader, InputError, type InputReader, type RunnerContext } from '@slipway/action-kit'
import { BODY_LIMIT } from './render.js'

export type Auto = 'auto' | 'true' | 'false'

export interface Inputs {
  token?: string
  repository: { owner: string; repo: string }
  /** The release tag; undefined for notes of unreleased work. */
  tag?: string
  tagPrefix: string
  tagPattern?: string
  previousTag?: string
  fetchHistory: boolean
  firstParent: boolean
  includePaths: string[]
  /** Workspace-relative path of the release.yml-compatible config. */
  config: string
  images: string[]
  createRelease: boolean
  /** The release title; undefined for the tag. */
  name?: string
  /** Hand-written text placed before the generated notes (from `body` or the file `body-path`). */
  intro?: string
  /** False: the body is only the hand-written text (the release carries just that and the assets). */
  generateNotes: boolean
  discussionCategory?: string
  /** What GitHub creates the tag from when it does not exist yet; undefined for the commit the notes run to. */
  targetCommitish?: string
  prerelease: Auto
  draft: boolean
  makeLatest: Auto
  bodyMode: 'replace' | 'append'
  files: string[]
  overwriteFiles: boolean
  failOnUnmatchedFiles: boolean
  checksums: boolean
  draftUntilAssets: boolean
  workspace: string
  serverUrl: string
}

const AUTO = ['auto', 'true', 'false'] as const

export function getInputs(ctx: RunnerContext, read: InputReader = inputReader({ ...ctx.env })): Inputs {
  const repositoryText = read.string('repository', { default: ctx.repository })
  const [owner, repo, ...extra] = repositoryText.split('/')
  if (!owner || !repo || extra.length > 0) throw new InputError('repository', repositoryText, 'owner/name')
  const tag =
    read.optional('tag') ?? (ctx.ref.startsWith('refs/tags/') ? ctx.ref.slice('refs/tags/'.length) : undefined)
  const createRelease = read.enum('create-release', AUTO, { default: 'auto' })
  const inputs: Inputs = {
    repository: { owner, repo },
    tagPrefix: read.string('tag-prefix', { default: 'v' }),
    fetchHistory: read.boolean('fetch-history', { default: false }),
    firstParent: read.boolean('first-parent', { default: true }),
    includePaths: read.list('include-paths'),
    config: read.string('config', { default: '.github/release.yml' }),
    images: read.list('images', { comma: true }),
    // On a tag event the release is the point of the step; elsewhere only the notes are wanted.
    createRelease: createRelease === 'auto' ? ctx.ref.startsWith('refs/tags/') : createRelease === 'true',
    generateNotes: read.boolean('generate-release-notes', { default: true }),
    prerelease: read.enum('prerelease', AUTO, { default: 'auto' }),
    draft: read.boolean('draft', { default: false }),
    makeLatest: read.enum('make-latest', AUTO, { default: 'auto' }),
    bodyMode: read.enum('body-mode', ['replace', 'append'] as const, { default: 'replace' }),
    files: read.list('files'),
    // As softprops/action-gh-release: a re-run with a rebuilt file replaces it (safely: see publish.ts).
    overwriteFiles: read.boolean('overwrite-files', { default: true }),
    failOnUnmatchedFiles: read.boolean('fail-on-unmatched-files', { default: true }),
    checksums: read.boolean('checksums', { default: true }),
    draftUntilAssets: read.boolean('draft-until-assets', { default: true }),
    workspace: read.workspace,
    serverUrl: ctx.serverUrl,
  }
  const token = read.optional('token')
  if (token !== undefined) inputs.token = token
  if (tag !== undefined) inputs.tag = tag
  const tagPattern = read.optional('tag-pattern')
  if (tagPattern !== undefined) inputs.tagPattern = tagPattern
  const previousTag = read.optional('previous-tag')
  if (previousTag !== undefined) inputs.previousTag = previousTag
  const name = read.optional('name')
  if (name !== undefined) inputs.name = name
  const discussionCategory = read.optional('discussion-category-name')
  if (discussionCategory !== undefined) inputs.discussionCategory = discussionCategory
  const targetCommitish = read.optional('target-commitish')
  if (targetCommitish !== undefined) inputs.targetCommitish = targetCommitish
  const intro = readIntro(read)
  if (intro !== undefined) inputs.intro = intro
  for (const image of inputs.images) {
    if (!/^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::\d+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(image)) {
      throw new InputError('images', image, 'an image name without a tag, such as ghcr.io/owner/server')
    }
  }
  if (inputs.createRelease && inputs.tag === undefined) {
    throw new InputError('tag', '', 'a tag to release (this is not a tag event), or create-release: false')
  }
  if (inputs.createRelease && inputs.token === undefined) {
    throw new InputError('token', '', 'a token with contents: write to create the release')
  }
  return inputs
}

/** `body` or the file `body-path` (not both), kept as written apart from surrounding blank lines. */
function readIntro(read: InputReader): string | undefined {
  const body = read.raw('body') === undefined ? undefined : read.string('body', { trim: false })
  const bodyPath = read.optionalPath('body-path', { mustExist: true })
  const shown = read.raw('body-path') ?? ''
  if (body !== undefined && bodyPath !== undefined) {
    throw new InputError('body-path', shown, 'either body or body-path, not both')
  }
  let text = body
  if (bodyPath !== undefined) {
    try {
      text = readFileSync(bodyPath, 'utf8')
    } catch (error) {
      throw new InputError('body-path', shown, `a readable text file (${(error as Error).message})`)
    }
  }
  if (text === undefined) return undefined
  text = text.replace(/^\s*\n/, '').trimEnd()
  if (text === '') return undefined
  // The generated notes need room too; a hand-written text past GitHub's limit could never be sent.
  if (text.length > BODY_LIMIT - 1000) {
    throw new InputError(
      bodyPath !== undefined ? 'body-path' : 'body',
      bodyPath !== undefined ? shown : `${text.slice(0, 40)}…`,
      `a text under ${(BODY_LIMIT - 1000).toLocaleString('en')} characters (GitHub's limit for a release body is ${BODY_LIMIT.toLocaleString('en')})`,
    )
  }
  return text
}
