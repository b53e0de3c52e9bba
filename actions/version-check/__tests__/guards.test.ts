import { rmSync } from 'node:fs'
import path from 'node:path'
import { Git } from '@slipway/git'
import { TestRepo, tempDir } from '@slipway/test-support'
import {
  bumpGuard,
  readPreviousVersion,
  releasedGuard,
  releaseTagGuard,
  type EventContext,
  type VersionAt,
} from '../src/guards.js'

const at: VersionAt = { version: '1.2.3', file: 'version', line: 1, tagPrefix: 'v' }
const push: EventContext = { eventName: 'push', ref: 'refs/heads/main' }
const pullRequest: EventContext = { eventName: 'pull_request', ref: 'refs/pull/7/merge', baseRef: 'main' }

const previousVersionText = async (git: Git, context: EventContext, file: string) =>
  (await readPreviousVersion(git, context, file)).previous
const baseVersionText = (git: Git, baseRef: string, file: string) =>
  previousVersionText(git, { ...pullRequest, baseRef }, file)

const scratch: string[] = []
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true })
})
const repoWith = (...versions: string[]): TestRepo => {
  const repo = TestRepo.create()
  scratch.push(repo.dir)
  for (const version of versions) repo.commit({ message: `version ${version}`, files: { version: `${version}\n` } })
  return repo
}

describe('release tag guard', () => {
  test.each([
    ['refs/heads/main', 'v', 'skipped', undefined],
    ['refs/tags/v1.2.3', 'v', 'pass', undefined],
    ['refs/tags/1.2.3', '', 'pass', undefined],
    ['refs/tags/release-1.2.3', 'release-', 'pass', undefined],
    [
      'refs/tags/v1.2.4',
      'v',
      'fail',
      'The pushed tag v1.2.4 does not match version 1.2.3 (expected v1.2.3): set version to 1.2.4 or tag v1.2.3 instead',
    ],
    ['refs/tags/1.2.3', 'v', 'fail', 'tags of this repository are "v" + version (tag-prefix): tag v1.2.3 instead'],
  ])('%s with prefix %j: %s', (ref, tagPrefix, verdict, message) => {
    const result = releaseTagGuard({ eventName: 'push', ref }, { ...at, tagPrefix })
    expect(result.verdict).toBe(verdict)
    if (message === undefined) expect(result.problem).toBeUndefined()
    else {
      expect(result.problem).toMatchObject({ file: 'version', line: 1, title: 'Tag does not match the version' })
      expect(result.problem!.message).toContain(message)
    }
  })
})

describe('released guard (fail-if-released), from real git tags', () => {
  test('a version whose tag exists fails', async () => {
    const repo = repoWith('1.2.3')
    repo.tag('v1.2.3', 'release 1.2.3')
    const result = await releasedGuard(new Git(repo.dir), push, at)
    expect(result.verdict).toBe('fail')
    expect(result.problem?.message).toBe(
      'Version 1.2.3 was already released: tag v1.2.3 exists. Bump the version in version (fail-if-released)',
    )
  })
  test('a version with no tag passes', async () => {
    const repo = repoWith('1.2.2', '1.2.3')
    repo.tag('v1.2.2', undefined, 'HEAD^')
    expect(await releasedGuard(new Git(repo.dir), push, at)).toMatchObject({ verdict: 'pass', detail: 'no tag v1.2.3' })
  })
  test('a tag push is the release itself: skipped', async () => {
    const repo = repoWith('1.2.3')
    repo.tag('v1.2.3')
    const result = await releasedGuard(new Git(repo.dir), { eventName: 'push', ref: 'refs/tags/v1.2.3' }, at)
    expect(result.verdict).toBe('skipped')
  })
  test('a shallow clone without tags asks origin', async () => {
    const origin = repoWith('1.2.2', '1.2.3')
    origin.tag('v1.2.3')
    const temp = tempDir()
    const dir = temp.dir
    try {
      const clone = origin.shallowClone(path.join(dir, 'clone'))
      expect(await new Git(clone.dir).tags()).toEqual([])
      const released = await releasedGuard(new Git(clone.dir), push, at)
      expect(released.verdict).toBe('fail')
      expect(released.problem?.message).toContain('tag v1.2.3 exists')
      const next = await releasedGuard(new Git(clone.dir), push, { ...at, version: '1.2.4' })
      expect(next).toMatchObject({ verdict: 'pass', detail: 'no tag v1.2.4 on origin' })
    } finally {
      temp.cleanup()
    }
  })
  test('a shallow clone whose origin is gone says how to fetch the tags', async () => {
    const origin = repoWith('1.2.2', '1.2.3')
    const temp = tempDir()
    const dir = temp.dir
    try {
      const clone = origin.shallowClone(path.join(dir, 'clone'))
      clone.git('remote', 'remove', 'origin')
      const result = await releasedGuard(new Git(clone.dir), push, at)
      expect(result.verdict).toBe('fail')
      expect(result.problem?.message).toContain('Set fetch-depth: 0 (or fetch-tags: true) in actions/checkout')
    } finally {
      temp.cleanup()
    }
  })
})

describe('bump guard (require-bump) on the base branch read with git', () => {
  const base = (repo: TestRepo) => baseVersionText(new Git(repo.dir), 'main', 'version')

  test.each([
    ['1.2.2', '1.2.3', 'pass', '1.2.2 → 1.2.3'],
    ['1.2.3-rc.1', '1.2.3', 'pass', '1.2.3-rc.1 → 1.2.3'],
    ['1.2.3', '1.2.3', 'fail', '1.2.3 is not greater than 1.2.3 on main'],
    ['1.3.0', '1.2.3', 'fail', '1.2.3 is not greater than 1.3.0 on main'],
    ['1.2.3', '1.2.3+build.2', 'fail', '1.2.3+build.2 is not greater than 1.2.3 on main'],
    ['v1.2.2\r', '1.2.3', 'pass', '1.2.2 → 1.2.3'],
  ])('base %s, head %s: %s', async (before, after, verdict, detail) => {
    const repo = repoWith(before)
    repo.git('checkout', '-q', '-b', 'feature')
    repo.commit({ message: 'bump', files: { version: `${after}\n` } })
    const result = bumpGuard(pullRequest, { ...at, version: after }, await base(repo))
    expect(result).toMatchObject({ verdict, detail })
    if (verdict === 'fail') expect(result.problem?.message).toContain('bump the version in version (require-bump)')
  })

  test('origin/<base> is read before a local <base>', async () => {
    const origin = repoWith('1.2.0')
    origin.commit({ message: 'on origin', files: { version: '1.2.5\n' } })
    const temp = tempDir()
    const dir = temp.dir
    try {
      const clone = new TestRepo(path.join(dir, 'clone'))
      origin.git('clone', '-q', '--branch', 'main', `file://${origin.dir}`, clone.dir)
      clone.git('config', 'user.name', 'T')
      clone.git('config', 'user.email', 't@example.com')
      clone.git('reset', '-q', '--hard', 'HEAD^')
      const found = await baseVersionText(new Git(clone.dir), 'main', 'version')
      expect(found).toEqual({ revision: 'origin/main', text: '1.2.5' })
      expect(bumpGuard(pullRequest, at, found).verdict).toBe('fail')
    } finally {
      temp.cleanup()
    }
  })

  test('a base branch that is not fetched says exactly what to do', async () => {
    const origin = repoWith('1.2.2')
    origin.git('checkout', '-q', '-b', 'feature')
    origin.commit({ message: 'bump', files: { version: '1.2.3\n' } })
    const temp = tempDir()
    const dir = temp.dir
    try {
      const clone = origin.shallowClone(path.join(dir, 'clone'), 'feature')
      const found = await baseVersionText(new Git(clone.dir), 'main', 'version')
      expect(found).toBeUndefined()
      const result = bumpGuard(pullRequest, at, found)
      expect(result.verdict).toBe('fail')
      expect(result.problem).toMatchObject({ file: 'version', line: 1, title: 'Version not bumped' })
      expect(result.problem?.message).toBe(
        'Cannot read version on the base branch: neither origin/main nor main exists in this clone. Set fetch-depth: 0 in actions/checkout, or run git fetch origin main before this step (require-bump)',
      )
    } finally {
      temp.cleanup()
    }
  })

  test('a version file new on the branch passes', async () => {
    const repo = TestRepo.create()
    scratch.push(repo.dir)
    repo.commit({ message: 'init', files: { README: 'x\n' } })
    const found = await base(repo)
    expect(found).toEqual({ revision: 'main', text: undefined })
    expect(bumpGuard(pullRequest, at, found)).toMatchObject({
      verdict: 'pass',
      detail: 'version is new (absent on main)',
    })
  })

  test('not a pull request: skipped', () => {
    expect(bumpGuard(push, at, undefined).verdict).toBe('skipped')
  })
})

describe('previous version', () => {
  test('on a push: the payload before, else HEAD^', async () => {
    const repo = repoWith('1.0.0', '1.1.0', '1.2.0')
    const git = new Git(repo.dir)
    const first = repo.git('rev-list', '--max-parents=0', 'HEAD')
    expect(await previousVersionText(git, { ...push, before: first }, 'version')).toEqual({
      revision: first,
      text: '1.0.0',
    })
    expect(await previousVersionText(git, { ...push, before: '0'.repeat(40) }, 'version')).toEqual({
      revision: 'HEAD^',
      text: '1.1.0',
    })
  })
  test('on the first commit there is none', async () => {
    const repo = repoWith('1.0.0')
    expect(await previousVersionText(new Git(repo.dir), push, 'version')).toBeUndefined()
    expect(await readPreviousVersion(new Git(repo.dir), push, 'version')).toEqual({
      repository: true,
      previous: undefined,
    })
  })
  test('outside a repository: no repository, no previous version', async () => {
    const temp = tempDir()
    try {
      const git = new Git(temp.dir, { PATH: process.env.PATH, GIT_CEILING_DIRECTORIES: path.dirname(temp.dir) })
      expect(await readPreviousVersion(git, push, 'version')).toEqual({ repository: false, previous: undefined })
    } finally {
      temp.cleanup()
    }
  })
  test('on a pull request: the base branch', async () => {
    const repo = repoWith('1.0.0')
    repo.git('checkout', '-q', '-b', 'feature')
    repo.commit({ message: 'a', files: { version: '1.1.0\n' } })
    repo.commit({ message: 'b', files: { version: '1.2.0\n' } })
    expect(await previousVersionText(new Git(repo.dir), pullRequest, 'version')).toEqual({
      revision: 'main',
      text: '1.0.0',
    })
  })
})
