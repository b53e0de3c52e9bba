import path from 'node:path'
import { readRunnerContext } from '@slipway/action-kit'
import { Git } from '@slipway/git'
import { TestRepo, tempDir } from '@slipway/test-support'
import { computeImageMeta, readGitContext } from '../src/index.js'
import { loadEvent, runnerEnv } from './event-fixtures.js'

let scratch: ReturnType<typeof tempDir>
let repo: TestRepo

beforeAll(() => {
  scratch = tempDir('image-meta-git-')
  repo = TestRepo.create(path.join(scratch.dir, 'origin'))
  repo.commit({ message: 'one', tag: 'v1.0.0', date: '2024-02-01T10:00:00Z' })
  repo.commit({ message: 'two', tag: 'v2.0.0', date: '2024-02-02T10:00:00Z' })
  repo.git('checkout', '-q', '-b', 'release/1.x', 'v1.0.0')
  repo.commit({ message: 'hotfix', tag: 'v1.4.1', tagMessage: 'annotated hotfix', date: '2024-02-03T10:00:00Z' })
})

afterAll(() => scratch.cleanup())

test('workflow context: tags and commit time from the checkout, ref and sha from the runner', async () => {
  const env = runnerEnv(
    { ...loadEvent('push-tag-v1.2.3'), ref: 'refs/tags/v1.4.1', sha: repo.head(), payload: {} },
    scratch.dir,
  )
  const context = await readGitContext(readRunnerContext(env, scratch.dir), new Git(repo.dir))
  expect(context.repoTags?.sort()).toEqual(['v1.0.0', 'v1.4.1', 'v2.0.0'])
  expect(context.shallow).toBe(false)
  expect(context.commitDate.toISOString()).toBe('2024-02-03T10:00:00.000Z')
  // A 1.x hotfix after 2.0.0: 1.4.1, 1.4, 1, and no latest.
  const meta = computeImageMeta({ images: [], tags: [], flavor: [], labels: [], annotations: [] }, context)
  expect(meta.tagNames).toEqual(['1.4.1', '1.4', '1'])
})

test('git context: the branch of HEAD, or a tag pointing at a detached HEAD', async () => {
  const onBranch = await readGitContext(readRunnerContext({}, scratch.dir), new Git(repo.dir), { source: 'git' })
  expect(onBranch.ref).toBe('refs/heads/release/1.x')
  expect(onBranch.sha).toBe(repo.head())
  expect(onBranch.eventName).toBe('push')
  repo.git('checkout', '-q', '--detach', 'v2.0.0')
  try {
    const detached = await readGitContext(readRunnerContext({}, scratch.dir), new Git(repo.dir), { source: 'git' })
    expect(detached.ref).toBe('refs/tags/v2.0.0')
    expect(detached.commitDate.toISOString()).toBe('2024-02-02T10:00:00.000Z')
    const meta = computeImageMeta({ images: [], tags: [], flavor: [], labels: [], annotations: [] }, detached)
    expect(meta.tagNames).toEqual(['2.0.0', '2.0', '2', 'latest'])
  } finally {
    repo.git('checkout', '-q', 'release/1.x')
  }
})

test('a shallow clone has no tags: the context says so', async () => {
  const clone = repo.shallowClone(path.join(scratch.dir, 'shallow'), 'release/1.x')
  const context = await readGitContext(
    readRunnerContext(
      runnerEnv({ event: 'push', ref: 'refs/tags/v1.4.1', sha: clone.head(), payload: {} }, scratch.dir),
      scratch.dir,
    ),
    new Git(clone.dir),
  )
  expect(context.shallow).toBe(true)
  expect(context.repoTags).toEqual([])
})

test('git context outside a repository is an error', async () => {
  await expect(
    readGitContext(readRunnerContext({}, scratch.dir), new Git(scratch.dir), { source: 'git' }),
  ).rejects.toThrow('needs a git repository')
})
