// server-and-builder/release.yml and the reusable release-pipeline.yml, run by `slipway workflow` (the CLI bundle) on
// a repository released as v1.1.0 then v1.2.0 by two people: the version job, both images built by buildah and pushed
// by digest to a docker-registry on loopback (--registry ghcr.io=...), the scan gate, the promote, SLSA provenance
// signed through @sigstore/mock with the fake OIDC token service, and the GitHub release on the fake (--github-api).
// What differs from GitHub: the registry, the API, Sigstore, FROM scratch Dockerfiles (no public base image), and the
// scan: Trivy cannot run here, so its stand-in reads the findings an image declares in its label
// `slipway.test.vulnerabilities` (packages/cli/src/workflow/image-scan.ts), and the SARIF upload is recorded.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  OWNER,
  publishedImage,
  publishedManifest,
  publishedTags,
  pipeline,
  runEnv,
  runWorkflowCli,
  suiteRoot,
  tempDir,
  versionFiles,
  bob,
  type PreparedRun,
  type WorkflowCliResult,
} from '@slipway/test-support'

const release = pipeline('server-and-builder-release')
const missing = release.missing()
if (missing !== undefined) process.stderr.write(`release-pipeline.test.ts skipped: ${missing}\n`)
const describeIf = missing === undefined ? describe : describe.skip

interface PlanImage {
  repository: string
  digest: string
  tags: string[]
  platforms: string[]
}
interface StagePlan {
  registry: string
  version: string
  images: PlanImage[]
}

/** Release tags only: an attestation pushed as a referrer adds a `sha256-<hex>` tag (the referrers tag schema). */
const releaseTags = (tags: string[]) => tags.filter((tag) => !/^sha256-[0-9a-f]{64}$/.test(tag))
const referrerTag = (digest: string) => digest.replace(':', '-')

/** The subjects (name and digest) of the SLSA statements the fake's attestations API stored. */
function attestedSubjects(prepared: PreparedRun): string[] {
  return (prepared.attestations?.stored ?? []).flatMap(({ bundle }) => {
    const envelope = bundle.dsseEnvelope as { payload: string; payloadType: string }
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as {
      predicateType: string
      subject: { name: string; digest: { sha256: string } }[]
    }
    expect([envelope.payloadType, statement.predicateType]).toEqual([
      'application/vnd.in-toto+json',
      'https://slsa.dev/provenance/v1',
    ])
    return statement.subject.map((s) => `${s.name}@sha256:${s.digest.sha256}`)
  })
}

/** The SARIF a scan leg wrote, read back from its workspace. */
function sarifOf(runDir: string, leg: string): { ruleId: string; level: string }[] {
  const sarif = JSON.parse(
    readFileSync(path.join(runDir, 'jobs', leg, 'workspace', 'trivy-results.sarif'), 'utf8'),
  ) as {
    version: string
    runs: { results: { ruleId: string; level: string }[] }[]
  }
  expect(sarif.version).toBe('2.1.0')
  return sarif.runs.flatMap((r) => r.results.map(({ ruleId, level }) => ({ ruleId, level })))
}

const byKey = (result: WorkflowCliResult) => Object.fromEntries(result.jobs.map((j) => [j.key, j.result]))
const scanLegs = (result: WorkflowCliResult) => result.jobs.filter((j) => j.id === 'scan' || j.id.endsWith('/scan'))
const stepNote = (result: WorkflowCliResult, key: string, prefix: string) =>
  result.job(key).steps.find((s) => s.name.includes(prefix))?.note ?? ''

describeIf('release.yml on version tags', () => {
  const scratch = tempDir()
  let prepared: PreparedRun
  let runs = 0
  /** The workflow on a push of `tag`: the prepared arguments with that ref, and the run's folder. */
  const run = async (tag: string) => {
    const args = prepared.args.map((arg, i) => (prepared.args[i - 1] === '--ref' ? `refs/tags/${tag}` : arg))
    const runDir = path.join(scratch.dir, `run-${++runs}`)
    const result = await runWorkflowCli(suiteRoot, [...args, '--out', runDir], { env: runEnv(prepared) })
    return { result, runDir }
  }
  /** Every release tag of both images, with its digest. */
  const state = () => {
    const tags: Record<string, string> = {}
    for (const name of ['server', 'builder'])
      for (const tag of releaseTags(publishedTags(prepared, `${OWNER}/${name}`)))
        tags[`${name}:${tag}`] = publishedImage(prepared, `${OWNER}/${name}:${tag}`).Digest
    return tags
  }
  const planOf = (result: WorkflowCliResult) => JSON.parse(result.job('push').outputs.plan ?? '') as StagePlan

  beforeAll(async () => {
    prepared = await release.prepare(scratch.dir)
  }, 60_000)
  afterAll(async () => {
    expect(prepared.fake!.violations).toEqual([])
    await prepared.stop()
    scratch.cleanup()
  })

  test('v1.2.0: pushed by digest, scanned, exactly the planned tags promoted, attested, released; a re-run changes nothing', async () => {
    const { result: first, runDir } = await run('v1.2.0')
    if (first.exitCode !== 0) throw new Error(first.log)
    expect(first.job('version').outputs).toEqual({ version: '1.2.0', owner: OWNER })
    expect(first.job('cleanup').result).toBe('skipped')
    for (const job of ['push', 'promote', 'attest', 'release']) expect(first.job(job).result).toBe('success')
    const host = prepared.registry!.host

    // The plan the push stage handed to the gates: both images by digest, each with the four tags it will get.
    const plan = planOf(first)
    expect(plan.images.map((i) => [i.repository, [...i.tags].sort()])).toEqual([
      [`${OWNER}/server`, ['1', '1.2', '1.2.0', 'latest']],
      [`${OWNER}/builder`, ['1', '1.2', '1.2.0', 'latest']],
    ])
    // The gate scanned each pushed digest (the stand-in says it is one), found nothing, wrote SARIF, recorded the upload.
    expect(scanLegs(first).map((j) => j.result)).toEqual(['success', 'success'])
    for (const [index, image] of plan.images.entries()) {
      const key = scanLegs(first)[index]!.key
      expect(stepNote(first, key, 'trivy-action')).toMatch(
        new RegExp(`^stand-in for Trivy: 0 declared finding\\(s\\) in ${image.repository}@sha256:`),
      )
      expect(stepNote(first, key, 'upload-sarif')).toMatch(/^recorded, not run: the code scanning upload of/)
      expect(sarifOf(runDir, `scan-${index + 1}`)).toEqual([])
    }
    expect(first.log).toContain('stand-in for aquasecurity/trivy-action: Trivy does not run here')

    // The promote applied exactly the planned tags, each onto the digest the push stage pushed and the scan passed.
    for (const image of plan.images) {
      const name = image.repository.split('/')[1]!
      expect(releaseTags(publishedTags(prepared, image.repository))).toEqual([...image.tags].sort())
      for (const tag of image.tags)
        expect(publishedImage(prepared, `${image.repository}:${tag}`).Digest).toBe(image.digest)
      expect(state()[`${name}:1.2.0`]).toBe(image.digest)
    }
    const head = prepared.repo.git('rev-parse', 'v1.2.0^{commit}')
    const labels = publishedImage(prepared, `${OWNER}/server:1.2.0`).Labels ?? {}
    expect([labels['org.opencontainers.image.version'], labels['org.opencontainers.image.revision']]).toEqual([
      '1.2.0',
      head,
    ])

    // Provenance: one SLSA attestation per promoted digest, stored through the API and pushed as a referrer.
    const references = plan.images.map((i) => `${host}/${i.repository}@${i.digest}`)
    expect(attestedSubjects(prepared)).toEqual(references)
    for (const image of plan.images)
      expect(publishedTags(prepared, image.repository)).toContain(referrerTag(image.digest))

    const fake = prepared.fake!
    expect(fake.releases).toHaveLength(1)
    const record = fake.releases[0]!.record
    expect(record).toMatchObject({ tag_name: 'v1.2.0', prerelease: false, draft: false })
    const body = String(record.body)
    for (const line of ['health endpoint', 'keep file modes', 'release 1.2.0', '@annlee', '@bobray'])
      expect(body).toContain(line)
    // The notes name the images where they were published (--registry replaced ghcr.io in the step's inputs too).
    expect(body).toContain(`docker pull ${host}/${OWNER}/server:1.2.0`)
    // The body carries the size table (a first release here) and how to verify each image.
    expect(body).toMatch(new RegExp(`\\| \`${host}/${OWNER}/server\` \\| [\\d.]+ (B|KiB) \\| first release \\|`))
    for (const reference of references) expect(body).toContain(`gh attestation verify oci://${reference} -R acme/app`)

    const before = state()
    const { result: again } = await run('v1.2.0')
    expect(again.exitCode).toBe(0)
    expect(planOf(again).images.map((i) => i.digest)).toEqual(plan.images.map((i) => i.digest))
    expect(state()).toEqual(before)
    expect(fake.releases).toHaveLength(1)
  }, 400_000)

  test('v1.3.0-rc.1: only its own tag, the moving tags stay, a prerelease with the size change since 1.2.0', async () => {
    const before = state()
    prepared.repo.commit({
      message: 'feat: rc of 1.3.0',
      author: bob,
      files: versionFiles('1.3.0-rc.1'),
      tag: 'v1.3.0-rc.1',
    })
    const { result: rc } = await run('v1.3.0-rc.1')
    if (rc.exitCode !== 0) throw new Error(rc.log)
    expect(planOf(rc).images.map((i) => i.tags)).toEqual([['1.3.0-rc.1'], ['1.3.0-rc.1']])
    const after = state()
    for (const name of ['server', 'builder']) {
      for (const tag of ['latest', '1', '1.2', '1.2.0']) expect(after[`${name}:${tag}`]).toBe(before[`${name}:${tag}`])
      expect(after[`${name}:1.3.0-rc.1`]).toMatch(/^sha256:/)
    }
    const record = prepared.fake!.releases.find((r) => r.record.tag_name === 'v1.3.0-rc.1')?.record
    expect(record).toMatchObject({ prerelease: true })
    expect(String(record?.body)).toMatch(
      new RegExp(
        `\\| \`${prepared.registry!.host}/${OWNER}/server\` \\| [^|]+ \\| [-+]?[\\d.]+ (B|KiB) \\([-+][\\d.]+%\\) since 1\\.2\\.0 \\|`,
      ),
    )
  }, 400_000)

  test('v1.3.0 with a CRITICAL finding: the scan fails, nothing is tagged or released, the cleanup deletes what was pushed', async () => {
    const before = state()
    const releases = prepared.fake!.releases.length
    const attestations = prepared.attestations!.stored.length
    const dockerfile = (component: string, finding: string) =>
      `${prepared.repo.git('show', `HEAD:${component}/Dockerfile`).trimEnd()}\n` +
      `LABEL slipway.test.vulnerabilities="${finding}"\n`
    prepared.repo.commit({
      message: 'feat: 1.3.0',
      author: bob,
      files: {
        ...versionFiles('1.3.0'),
        // The server declares a CRITICAL finding; the builder a LOW one, below the gate's HIGH,CRITICAL.
        'server/Dockerfile': dockerfile('server', 'CVE-2099-0001=CRITICAL'),
        'builder/Dockerfile': dockerfile('builder', 'CVE-2099-0002=LOW'),
      },
      tag: 'v1.3.0',
    })
    const { result, runDir } = await run('v1.3.0')
    expect(result.exitCode).toBe(1)
    const plan = planOf(result)
    const [server, builder] = scanLegs(result)
    expect([server!.result, builder!.result]).toEqual(['failure', 'success'])
    expect(stepNote(result, server!.key, 'trivy-action')).toContain('1 at HIGH,CRITICAL: CVE-2099-0001 CRITICAL')
    // The SARIF is written and uploaded even for the failing image; limit-severities-for-sarif keeps LOW out of it.
    expect(sarifOf(runDir, 'scan-1')).toEqual([{ ruleId: 'CVE-2099-0001', level: 'error' }])
    expect(result.job(server!.key).steps.find((s) => s.name.includes('upload-sarif'))?.outcome).toBe('success')
    expect(sarifOf(runDir, 'scan-2')).toEqual([])
    expect(byKey(result)).toMatchObject({
      push: 'success',
      promote: 'skipped',
      attest: 'skipped',
      release: 'skipped',
      cleanup: 'success',
    })

    // No tag moved or appeared, no release, no attestation.
    expect(state()).toEqual(before)
    for (const image of plan.images) expect(publishedTags(prepared, image.repository)).not.toContain('1.3.0')
    expect(prepared.fake!.releases).toHaveLength(releases)
    expect(prepared.attestations!.stored).toHaveLength(attestations)

    // The cleanup deleted exactly the two manifests the push stage pushed: gone by digest, the releases before intact.
    const host = prepared.registry!.host
    expect(plan.images.every((i) => (i as PlanImage & { pushed: boolean }).pushed)).toBe(true)
    const deleted = result.job('cleanup').steps.find((s) => s.id === 'cleanup')?.outputs.deleted
    expect(deleted?.split('\n').sort()).toEqual(plan.images.map((i) => `${host}/${i.repository}@${i.digest}`).sort())
    for (const image of plan.images)
      expect(publishedManifest(prepared, `${image.repository}@${image.digest}`)).toBe(undefined)
    for (const name of ['server', 'builder'])
      expect(publishedManifest(prepared, `${OWNER}/${name}@${before[`${name}:1.2.0`]}`)).toBeDefined()
  }, 400_000)
})

describeIf('the reusable release-pipeline.yml', () => {
  test('platforms linux/amd64,linux/arm64: a push leg each, four scans, one OCI index per image, attested and released', async () => {
    const definition = pipeline('release-pipeline')
    const scratch = tempDir()
    const prepared = await definition.prepare(scratch.dir)
    try {
      const runDir = path.join(scratch.dir, 'run')
      const result = await runWorkflowCli(suiteRoot, [...prepared.args, '--out', runDir], { env: runEnv(prepared) })
      if (result.exitCode !== 0) throw new Error(result.log)
      const results = byKey(result)
      expect(
        Object.entries(results)
          .filter(([key]) => key.startsWith('push '))
          .map(([, r]) => r),
      ).toEqual(['success', 'success'])
      expect(results).toMatchObject({
        version: 'success',
        plans: 'success',
        promote: 'success',
        attest: 'success',
        release: 'success',
        cleanup: 'skipped',
      })
      expect(result.job('plans').outputs.stage).toBe('merge')
      expect(scanLegs(result).map((j) => j.result)).toEqual(['success', 'success', 'success', 'success'])

      // Each leg pushed both images for its platform; the merge made one OCI index per image from the legs' digests.
      const legs = ['linux-amd64', 'linux-arm64'].map(
        (name) =>
          JSON.parse(readFileSync(path.join(runDir, 'artifacts', `plan-${name}`, 'plan.json'), 'utf8')) as StagePlan,
      )
      const host = prepared.registry!.host
      const promoted = JSON.parse(result.job('promote').outputs.images ?? '') as { name: string; digest: string }[]
      for (const [index, name] of ['server', 'builder'].entries()) {
        const repository = `${OWNER}/${name}`
        expect(releaseTags(publishedTags(prepared, repository))).toEqual(['1', '1.2', '1.2.0', 'latest'])
        const manifest = publishedManifest(prepared, `${repository}:1.2.0`) as {
          mediaType: string
          manifests: { digest: string; platform: { os: string; architecture: string } }[]
        }
        expect(manifest.mediaType).toBe('application/vnd.oci.image.index.v1+json')
        expect(manifest.manifests.map((m) => [`${m.platform.os}/${m.platform.architecture}`, m.digest])).toEqual(
          legs.map((leg) => [leg.images[index]!.platforms.join(), leg.images[index]!.digest]),
        )
        expect(legs.map((leg) => leg.images[index]!.platforms)).toEqual([['linux/amd64'], ['linux/arm64']])
        expect(promoted[index]).toMatchObject({ name: `${host}/${repository}` })
        expect(publishedImage(prepared, `${repository}:latest`).Digest).toBe(promoted[index]!.digest)
      }
      // The attestations are of the indexes, the notes name both images, and the body has the sizes and verify lines.
      const references = promoted.map((image) => `${image.name}@${image.digest}`)
      expect(attestedSubjects(prepared)).toEqual(references)
      const names = result.job('release').steps.find((s) => s.id === 'report')?.outputs.names
      expect(names?.split('\n')).toEqual([`${host}/${OWNER}/server`, `${host}/${OWNER}/builder`])
      expect(prepared.fake!.releases.map((r) => r.record.tag_name)).toEqual(['v1.2.0'])
      const body = String(prepared.fake!.releases[0]!.record.body)
      expect(body).toMatch(
        new RegExp(
          `\\| \`${host}/${OWNER}/server\` \\| [^|]+ \\| first release \\| linux/amd64 [^,]+, linux/arm64 [^|]+\\|`,
        ),
      )
      for (const reference of references) expect(body).toContain(`gh attestation verify oci://${reference} -R acme/app`)
      expect(prepared.fake!.violations).toEqual([])
    } finally {
      await prepared.stop()
      scratch.cleanup()
    }
  }, 600_000)

  test('platforms decide the push legs: empty is one leg on the runner, each platform its own, arm64 on its runner', async () => {
    const definition = pipeline('release-pipeline')
    const scratch = tempDir()
    const prepared = await definition.prepare(scratch.dir)
    try {
      const legsFor = async (platforms: string) => {
        const args = prepared.args.map((arg) => (arg.startsWith('platforms=') ? `platforms=${platforms}` : arg))
        const result = await runWorkflowCli(
          suiteRoot,
          [...args, '--job', 'version', '--out', path.join(scratch.dir, `legs-${platforms.length}`)],
          { env: runEnv(prepared) },
        )
        if (result.exitCode !== 0) throw new Error(result.log)
        return JSON.parse(result.job('version').outputs.legs ?? '') as unknown
      }
      expect(await legsFor('')).toEqual([{ platform: '', name: 'native', runner: 'ubuntu-latest' }])
      expect(await legsFor(' linux/arm64, linux/amd64,')).toEqual([
        { platform: 'linux/amd64', name: 'linux-amd64', runner: 'ubuntu-latest' },
        { platform: 'linux/arm64', name: 'linux-arm64', runner: 'ubuntu-24.04-arm' },
      ])
    } finally {
      await prepared.stop()
      scratch.cleanup()
    }
  }, 120_000)
})
