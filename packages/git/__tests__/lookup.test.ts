import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { TestRepo, tempDir } from '@slipway/test-support'
import { Git } from '../src/index.js'

const temp = tempDir('slipway-git-lookup-')
afterAll(() => temp.cleanup())

test('looks up commits, files and folders in one process; what does not resolve is undefined', async () => {
  const repo = TestRepo.create(path.join(temp.dir, 'repo'))
  repo.commit({ message: 'one', files: { version: '1.0.0\n', 'sub/notes.txt': 'caf\u00e9\n' } })
  const first = repo.head()
  repo.commit({ message: 'two', files: { version: '1.1.0\n' } })
  // Run from a subfolder: `./` paths are relative to it, as for `git show`.
  const git = new Git(path.join(repo.dir, 'sub'))
  const objects = await git.lookup([
    'HEAD^^{commit}',
    'HEAD^:../version',
    'HEAD:./notes.txt',
    'HEAD:./missing',
    'nowhere^{commit}',
    'HEAD^{tree}',
    'HEAD:../sub',
  ])
  expect(objects?.map((o) => o?.type)).toEqual(['commit', 'blob', 'blob', undefined, undefined, 'tree', 'tree'])
  expect(objects?.[0]?.oid).toBe(first)
  expect(objects?.[1]?.content.toString()).toBe('1.0.0\n')
  expect(objects?.[2]?.content.toString()).toBe('caf\u00e9\n')
})

test('outside a repository the answer is undefined; a name with a line break is refused', async () => {
  const plain = path.join(temp.dir, 'plain')
  mkdirSync(plain)
  expect(await new Git(plain, { PATH: process.env.PATH, GIT_CEILING_DIRECTORIES: temp.dir }).lookup(['HEAD'])).toBe(
    undefined,
  )
  await expect(new Git(plain).lookup(['HEAD\nHEAD'])).rejects.toThrow('has a line break')
})
