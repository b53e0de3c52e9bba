import { ExecError } from '@slipway/action-kit'
import { TestRepo, tempDir } from '@slipway/test-support'
import { Git, openRecords } from '../src/index.js'

const dirs: { cleanup(): void }[] = []
afterAll(() => dirs.forEach((d) => d.cleanup()))

function repoWith(count: number): TestRepo {
  const dir = tempDir('slipway-git-log-')
  dirs.push(dir)
  const repo = TestRepo.create(`${dir.dir}/repo`)
  for (let i = 1; i <= count; i++) repo.commit(`feat: change ${i}`)
  return repo
}

describe('openRecords: git started now, read later', () => {
  test('output git wrote and exited before the read is all delivered, in order', async () => {
    const repo = repoWith(3)
    const stream = openRecords(new Git(repo.dir), ['log', '--format=%x1e%s'], '\x1e')
    await new Promise((resolve) => setTimeout(resolve, 300))
    const records: string[] = []
    await stream.read((record) => {
      records.push(record.trim())
      return undefined
    })
    expect(records).toEqual(['feat: change 3', 'feat: change 2', 'feat: change 1'])
  })

  test('a git that fails is reported when read; a cancelled stream cannot be read', async () => {
    const git = new Git(repoWith(1).dir)
    const failing = openRecords(git, ['log', 'no-such-revision'], '\x1e')
    await expect(failing.read(() => undefined)).rejects.toBeInstanceOf(ExecError)
    const cancelled = openRecords(git, ['log'], '\x1e')
    cancelled.cancel()
    await expect(cancelled.read(() => undefined)).rejects.toThrow('read or cancelled already')
  })
})
