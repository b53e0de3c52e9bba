import { inputReader, InputError, type InputReader } from '@slipway/action-kit'

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

export function getInputs(read: InputReader = inputReader(), env: NodeJS.ProcessEnv = process.env): Inputs {
  const repositoryText = read.string('repository', { default: env.GITHUB_REPOSITORY ?? '' })
  const [owner, repo, ...extra] = repositoryText.split('/')
  if (!owner || !repo || extra.length > 0) throw new InputError('repository', repositoryText, 'owner/name')
  const ref = env.GITHUB_REF ?? ''
  const tag = read.optional('tag') ?? (ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined)
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
    createRelease: createRelease === 'auto' ? ref.startsWith('refs/tags/') : createRelease === 'true',
    prerelease: read.enum('prerelease', AUTO, { default: 'auto' }),
    draft: read.boolean('draft', { default: false }),
    makeLatest: read.enum('make-latest', AUTO, { default: 'auto' }),
    bodyMode: read.enum('body-mode', ['replace', 'append'] as const, { default: 'replace' }),
    files: read.list('files'),
    overwriteFiles: read.boolean('overwrite-files', { default: false }),
    failOnUnmatchedFiles: read.boolean('fail-on-unmatched-files', { default: true }),
    checksums: read.boolean('checksums', { default: true }),
    draftUntilAssets: read.boolean('draft-until-assets', { default: true }),
    workspace: read.workspace,
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
  }
  const token = read.optional('token')
  if (token !== undefined) inputs.token = token
  if (tag !== undefined) inputs.tag = tag
  const tagPattern = read.optional('tag-pattern')
  if (tagPattern !== undefined) inputs.tagPattern = tagPattern
  const previousTag = read.optional('previous-tag')
  if (previousTag !== undefined) inputs.previousTag = previousTag
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
