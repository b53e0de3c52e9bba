import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { TestRepo, tempDir } from '@slipway/test-support'
import { Git, committerTime, readCommitDirect, resolveHeadDirect } from '../src/index.js'

const temp = tempDir('slipway-git-objects-')
afterAll(() => temp.cleanup())

const env = { PATH: process.env.PATH }
/** git's own answer, the reference. */
const gitTime = (dir: string, revision: string) =>
  Number(execFileSync('git', ['show', '-s', '--format=%ct', revision], { cwd: dir, encoding: 'utf8' }).trim())

function repoWithHistory(name: string): TestRepo {
  const repo = TestRepo.create(path.join(temp.dir, name))
  repo.commit({ message: 'one', files: { version: '1.0.0\n' } })
  repo.commit({ message: 'two\n\ncommitter 1 +0000 in the message', files: { version: '1.1.0\n' } })
  return repo
}

test('a loose commit, by SHA and by HEAD (a loose branch ref), reads as git shows it', async () => {
  const repo = repoWithHistory('loose')
  const head = repo.head()
  const commit = await readCommitDirect(repo.dir, env, head)
  expect(commit).toBeDefined()
  expect(committerTime(commit!)).toBe(gitTime(repo.dir, head))
  expect(await readCommitDirect(repo.dir, env, 'HEAD')).toEqual(commit)
  const first = repo.git('rev-parse', 'HEAD^')
  expect(await new Git(repo.dir, env).commitTime(first)).toBe(gitTime(repo.dir, first))
})

test('packed objects and packed refs (after git gc), and a detached HEAD, read as git shows them', async () => {
  const repo = repoWithHistory('packed')
  const head = repo.head()
  const first = repo.git('rev-parse', 'HEAD^')
  repo.git('gc', '-q', '--aggressive', '--prune=now')
  expect(repo.git('count-objects', '-v')).toMatch(/^count: 0$/m)
  for (const revision of [head, first, 'HEAD']) {
    const commit = await readCommitDirect(repo.dir, env, revision)
    expect(commit).toBeDefined()
    expect(committerTime(commit!)).toBe(gitTime(repo.dir, revision))
  }
  repo.git('checkout', '-q', '--detach', first)
  expect(committerTime((await readCommitDirect(repo.dir, env, 'HEAD'))!)).toBe(gitTime(repo.dir, first))
})

test('whatever is not the plain case is left to git', async () => {
  const repo = repoWithHistory('unusual')
  const head = repo.head()
  const tree = repo.git('rev-parse', 'HEAD^{tree}')
  // Not a commit, not a full SHA, not there.
  expect(await readCommitDirect(repo.dir, env, tree)).toBeUndefined()
  expect(await readCommitDirect(repo.dir, env, head.slice(0, 12))).toBeUndefined()
  expect(await readCommitDirect(repo.dir, env, 'f'.repeat(40))).toBeUndefined()
  // An environment that moves git's folders; a subfolder of the checkout.
  expect(await readCommitDirect(repo.dir, { ...env, GIT_DIR: path.join(repo.dir, '.git') }, head)).toBeUndefined()
  expect(await readCommitDirect(repo.dir, { ...env, GIT_CONFIG_COUNT: '1' }, head)).toBeUndefined()
  // Settings that do not move git's folders leave the plain case plain.
  expect(
    await readCommitDirect(repo.dir, { ...env, GIT_SSL_CAINFO: '/etc/ca.pem', GIT_PAGER: 'cat' }, head),
  ).toBeDefined()
  expect(await readCommitDirect(path.join(repo.dir, 'sub'), env, head)).toBeUndefined()
  // A replaced commit: git shows the replacement, so only git may answer.
  repo.commit({ message: 'three', files: { version: '1.2.0\n' } })
  const third = repo.head()
  repo.git('replace', head, third)
  expect(await readCommitDirect(repo.dir, env, head)).toBeUndefined()
  expect(await new Git(repo.dir, env).commitTime(head)).toBe(gitTime(repo.dir, head))
  // Outside a repository, neither answers.
  const git = new Git(temp.dir, { ...env, GIT_CEILING_DIRECTORIES: path.dirname(temp.dir) })
  expect(await git.commitTime(head)).toBeUndefined()
})

test('committerTime reads the header only, and only the usual committer line', () => {
  const commit = (committer: string) =>
    Buffer.from(`tree ${'0'.repeat(40)}\nauthor A <a@b> 5 +0000\n${committer}\n\ncommitter C <c@d> 9 +0000\n`)
  expect(committerTime(commit('committer C <c@d> 1700000000 -0130'))).toBe(1700000000)
  expect(committerTime(commit('committer C <c@d> soon +0000'))).toBeUndefined()
  expect(committerTime(commit('committer-ish C <c@d> 7 +0000'))).toBeUndefined()
})

/** git's own answer to resolveAndCheckShallow('HEAD'), the reference. */
function gitHead(dir: string): { commit: string | undefined; shallow: boolean } {
  const lines = execFileSync('git', ['rev-parse', '--is-shallow-repository', '--verify', '--quiet', 'HEAD^{commit}'], {
    cwd: dir,
    encoding: 'utf8',
  }).split('\n')
  return { shallow: lines[0] === 'true', commit: lines[1] }
}

test('HEAD and whether the clone is shallow, from the files, as git rev-parse answers', async () => {
  const repo = repoWithHistory('head')
  expect(await resolveHeadDirect(repo.dir, env)).toEqual(gitHead(repo.dir))
  const shallow = repo.shallowClone(path.join(temp.dir, 'head-shallow'))
  expect(await resolveHeadDirect(shallow.dir, env)).toEqual({ commit: repo.head(), shallow: true })
  expect(await resolveHeadDirect(shallow.dir, env)).toEqual(gitHead(shallow.dir))
  expect(await new Git(shallow.dir, env).resolveAndCheckShallow('HEAD')).toEqual(gitHead(shallow.dir))
  // An unborn branch is left to git, which finds no commit either.
  const empty = TestRepo.create(path.join(temp.dir, 'head-empty'))
  expect(await resolveHeadDirect(empty.dir, env)).toBeUndefined()
  expect(await new Git(empty.dir, env).resolveAndCheckShallow('HEAD')).toEqual({ commit: undefined, shallow: false })
})

test('a commit over 1 MiB (its message) is left to git, loose or packed, and git gives the time', async () => {
  const repo = repoWithHistory('huge')
  const message = path.join(temp.dir, 'huge-message.txt')
  writeFileSync(message, `huge\n\n${'x'.repeat(1_200_000)}\n`)
  repo.git('commit', '-q', '--allow-empty', '-F', message)
  const head = repo.head()
  for (const packed of [false, true]) {
    if (packed) repo.git('gc', '-q', '--prune=now')
    expect(await readCommitDirect(repo.dir, env, head)).toBeUndefined()
    expect(await new Git(repo.dir, env).commitTime(head)).toBe(gitTime(repo.dir, head))
  }
})
