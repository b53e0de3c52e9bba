// server-and-builder/release.yml and the reusable release-pipeline.yml, run by `slipway workflow` (the CLI bundle) on
// a repository released as v1.1.0 then v1.2.0 by two people: the version job, both images built by buildah and
// published to a docker-registry on loopback (--registry ghcr.io=...), and the GitHub release on the fake
// (--github-api). What differs from GitHub: the registry, the API, and FROM scratch Dockerfiles (no public base image).
import path from 'node:path'
import {
  OWNER,
  publishedImage,
  publishedTags,
  pipeline,
  runWorkflowCli,
  suiteRoot,
  tempDir,
  versionFiles,
  bob,
  type PreparedRun,
} from '@slipway/test-support'

const release = pipeline('server-and-builder-release')
const missing = release.missing()
if (missing !== undefined) process.stderr.write(`release-pipeline.test.ts skipped: ${missing}\n`)
const describeIf = missing === undefined ? describe : describe.skip

describeIf('release.yml on version tags', () => {
  const scratch = tempDir()
  let prepared: PreparedRun
  let runs = 0
  /** The workflow on a push of `tag`: the prepared arguments with that ref. */
  const run = async (tag: string) => {
    const args = prepared.args.map((arg, i) => (prepared.args[i - 1] === '--ref' ? `refs/tags/${tag}` : arg))
    return runWorkflowCli(suiteRoot, [...args, '--out', path.join(scratch.dir, `run-${++runs}`)])
  }
  const state = () => {
    const tags: Record<string, string> = {}
    for (const name of ['server', 'builder'])
      for (const tag of publishedTags(prepared, `${OWNER}/${name}`))
        tags[`${name}:${tag}`] = publishedImage(prepared, `${OWNER}/${name}:${tag}`).Digest
    return tags
  }

  beforeAll(async () => {
    prepared = await release.prepare(scratch.dir)
  }, 60_000)
  afterAll(async () => {
    expect(prepared.fake!.violations).toEqual([])
    await prepared.stop()
    scratch.cleanup()
  })

  test('v1.2.0: both images under 1.2.0, 1.2, 1 and latest with the same labels, then the release; a re-run changes nothing', async () => {
    const first = await run('v1.2.0')
    if (first.exitCode !== 0) throw new Error(first.log)
    expect(first.job('version').outputs).toEqual({ version: '1.2.0', owner: OWNER })
    for (const name of ['server', 'builder'])
      expect(publishedTags(prepared, `${OWNER}/${name}`)).toEqual(['1', '1.2', '1.2.0', 'latest'])
    const head = prepared.repo.git('rev-parse', 'v1.2.0^{commit}')
    const labels = publishedImage(prepared, `${OWNER}/server:1.2.0`).Labels ?? {}
    expect([labels['org.opencontainers.image.version'], labels['org.opencontainers.image.revision']]).toEqual([
      '1.2.0',
      head,
    ])

    const fake = prepared.fake!
    expect(fake.releases).toHaveLength(1)
    const record = fake.releases[0]!.record
    expect(record).toMatchObject({ tag_name: 'v1.2.0', prerelease: false, draft: false })
    const body = String(record.body)
    for (const line of ['health endpoint', 'keep file modes', 'release 1.2.0', '@annlee', '@bobray'])
      expect(body).toContain(line)
    // The notes name the images where they were published (--registry replaced ghcr.io in the step's inputs too).
    expect(body).toContain(`docker pull ${prepared.registry!.host}/${OWNER}/server:1.2.0`)

    const before = state()
    const again = await run('v1.2.0')
    expect(again.exitCode).toBe(0)
    expect(state()).toEqual(before)
    expect(fake.releases).toHaveLength(1)
  }, 400_000)

  test('v1.3.0-rc.1: only its own tag, the moving tags stay, and a prerelease', async () => {
    const before = state()
    prepared.repo.commit({
      message: 'feat: rc of 1.3.0',
      author: bob,
      files: versionFiles('1.3.0-rc.1'),
      tag: 'v1.3.0-rc.1',
    })
    const rc = await run('v1.3.0-rc.1')
    if (rc.exitCode !== 0) throw new Error(rc.log)
    const after = state()
    for (const name of ['server', 'builder']) {
      for (const tag of ['latest', '1', '1.2', '1.2.0']) expect(after[`${name}:${tag}`]).toBe(before[`${name}:${tag}`])
      expect(after[`${name}:1.3.0-rc.1`]).toMatch(/^sha256:/)
    }
    expect(prepared.fake!.releases.find((r) => r.record.tag_name === 'v1.3.0-rc.1')?.record).toMatchObject({
      prerelease: true,
    })
  }, 400_000)
})

describeIf('the reusable release-pipeline.yml, called with both images', () => {
  test('version, images and the release, with the images named in the notes', async () => {
    const definition = pipeline('release-pipeline')
    const scratch = tempDir()
    const prepared = await definition.prepare(scratch.dir)
    try {
      const result = await runWorkflowCli(suiteRoot, [...prepared.args, '--out', path.join(scratch.dir, 'run')])
      if (result.exitCode !== 0) throw new Error(result.log)
      expect(result.jobs.map((j) => [j.id, j.result])).toEqual(
        expect.arrayContaining([
          ['version', 'success'],
          ['images', 'success'],
          ['release', 'success'],
        ]),
      )
      const host = prepared.registry!.host
      expect(publishedTags(prepared, `${OWNER}/server`)).toEqual(['1', '1.2', '1.2.0', 'latest'])
      // The pulls step (jq over the images output) named both images for the notes.
      const names = result.job('release').steps.find((s) => s.id === 'pulls')?.outputs.names
      expect(names?.split('\n')).toEqual([`${host}/${OWNER}/server`, `${host}/${OWNER}/builder`])
      expect(prepared.fake!.releases.map((r) => r.record.tag_name)).toEqual(['v1.2.0'])
    } finally {
      await prepared.stop()
      scratch.cleanup()
    }
  }, 400_000)
})
