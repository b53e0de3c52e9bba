// The example pipelines as `slipway workflow` runs them here: each workflow file of this repository (the five
// examples and the three reusable workflows) on a git repository made for it, with only what cannot run on this
// machine replaced, by flags the log repeats: GHCR by a docker-registry on loopback, GitHub's API by the fake, the
// vendors' ISO mirrors by one on loopback, Packer's qemu source by its file source (or, where qemu is installed, the
// OS template by a tiny VM that boots under TCG), public base images by FROM scratch Dockerfiles in the repository
// made here. The release pipelines also get the runner's OIDC token service (a fake one) and Sigstore's services
// (@sigstore/mock behind a loopback proxy), through the environment of `slipway workflow`, as a runner behind a proxy
// has them. `npm start` and the pipeline tests run these same definitions.
import { execFileSync, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { FakeAttestations, FakeOidc, GitHubFake } from '@slipway/github-fake'
import { DOCKER_REGISTRY, startLocalRegistry, type LocalRegistry } from '@slipway/oci-registry/local-registry'
import { suiteRoot, TestRepo } from './index.js'
import { isoUrlsOf, startIsoMirror, type IsoMirror } from './iso-mirror.js'
import { makeTinyVm, TINY_TEMPLATE, tinyVmMissing, type TinyVm } from './tiny-vm.js'

export const OWNER = 'acme'

/** A workflow run prepared on its own repository, with the services it talks to. */
export interface PreparedRun {
  repo: TestRepo
  /** The arguments after `slipway workflow`. */
  args: string[]
  registry?: LocalRegistry
  /** The registry user and password the run publishes with. */
  registryUser?: { username: string; password: string }
  fake?: GitHubFake
  /** The attestations the run stored through the fake's attestations API. */
  attestations?: FakeAttestations
  mirror?: IsoMirror
  /** Environment of `slipway workflow` on top of this process's (the OIDC token service, the Sigstore proxy). */
  env?: Record<string, string>
  stop(): Promise<void>
}

/** The environment a prepared run's `slipway workflow` runs with. */
export function runEnv(prepared: PreparedRun): NodeJS.ProcessEnv {
  return { ...process.env, ...prepared.env }
}

export interface PipelineDefinition {
  id: string
  /** The workflow file, relative to this repository. */
  workflow: string
  title: string
  /** Why it cannot run on this machine (a tool not installed), or undefined. */
  missing(): string | undefined
  prepare(scratch: string): Promise<PreparedRun> | PreparedRun
}

function onPath(command: string, args = ['--version']): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** docker-registry and buildah, for the runs that build and publish images. */
export function imageToolsMissing(): string | undefined {
  if (!existsSync(DOCKER_REGISTRY)) return `${DOCKER_REGISTRY} is not installed (Debian docker-registry)`
  if (!onPath('buildah')) return 'buildah is not installed'
  return undefined
}

export function packerMissing(): string | undefined {
  return onPath('packer', ['version']) ? undefined : 'packer is not installed'
}

/** A repository made of an example folder, committed on `branch`. */
export function exampleRepo(example: string, dir: string, branch = 'main'): TestRepo {
  const repo = TestRepo.create(dir, branch)
  cpSync(path.join(suiteRoot, 'workflows-examples', example), repo.dir, { recursive: true })
  repo.commit(`${example} example`)
  return repo
}

/** A docker-registry on loopback with htpasswd auth and a throwaway password. */
export async function loopbackRegistry(
  dir: string,
): Promise<{ registry: LocalRegistry; user: { username: string; password: string } }> {
  const user = { username: 'rehearsal', password: randomBytes(18).toString('base64url') }
  const registry = await startLocalRegistry({ users: [user], dir })
  return { registry, user }
}

const registryArgs = (registry: LocalRegistry, user: { username: string; password: string }) => [
  '--registry',
  `ghcr.io=${registry.host}`,
  '--actor',
  user.username,
  // `--token=` keeps a password that starts with '-' from being read as an option.
  `--token=${user.password}`,
]

/**
 * What a template leg needs here: the vendors' mirrors on loopback, no plugin to install, and Packer's file source, or
 * with a tiny VM its template, ISO and variables for the real qemu builder under TCG.
 */
async function templateMirror(repo: TestRepo, job: string, step: string, vm?: TinyVm) {
  const { origins, names } = isoUrlsOf(path.join(repo.dir, 'os_pkrvars'))
  const mirror = await startIsoMirror({ names, ...(vm ? { iso: vm.iso } : {}) })
  const leg = (input: string, value: string) => ['--with', `${job}.${step}.${input}=${value}`]
  const args = [
    ...origins.flatMap((origin) => ['--mirror', `${origin}=${mirror.base}`]),
    ...(vm
      ? [
          // The example's own template, var files, `only: qemu.vm` and formats; the tiny VM's paths as variables, and
          // a short limit: it powers off in seconds, a hang should not hold the rehearsal for the leg's 80 minutes.
          ...leg('vars', vm.vars),
          ...leg('timeout-minutes', '5'),
        ]
      : leg('only', 'file.local')),
    ...leg('plugins', ''),
    // It installs qemu with sudo apt-get and opens /dev/kvm: runner setup, not part of the pipeline.
    '--skip-step',
    `${job}.QEMU, and KVM for the runner user`,
  ]
  return { mirror, args }
}

/** The container service Dockerfile, FROM scratch: the same files in the same places, its LABEL kept. */
function scratchServerDockerfile(original: string): string {
  const label = /^LABEL version=.*$/m.exec(original)?.[0] ?? ''
  return [
    '# FROM scratch stand-in for server/Dockerfile: its public base images are not reachable here.',
    'FROM scratch',
    label,
    'COPY out/iso/ /app/artifacts/isos/',
    'COPY Powershell/ /app/artifacts/scripts/',
    'COPY version /app/artifacts/version',
    'COPY app/ /app/app/',
    '',
  ].join('\n')
}

export const ann = { name: 'Ann Lee', email: 'ann@example.com' }
export const bob = { name: 'Bob Ray', email: 'bob@example.com' }

const componentDockerfile = (component: string) =>
  `FROM scratch AS files\nCOPY version ${component}/${component}.txt /opt/${component}/\n` +
  `FROM scratch\nCOPY --from=files /opt/${component} /opt/${component}\nENV COMPONENT=${component}\n`

export const versionFiles = (version: string) => ({
  version: `${version}\n`,
  'package.json': `${JSON.stringify({ name: 'server-and-builder', version, private: true }, null, 2)}\n`,
})

/**
 * The server-and-builder repository as released: v1.1.0, then two changes by two people and v1.2.0; FROM scratch
 * Dockerfiles (no public base image is reachable here).
 */
export function releaseRepo(dir: string): TestRepo {
  const repo = TestRepo.create(dir)
  repo.commit({
    message: 'feat: first server and builder',
    author: ann,
    files: {
      ...versionFiles('1.1.0'),
      'server/Dockerfile': componentDockerfile('server'),
      'server/server.txt': 'server one\n',
      'builder/Dockerfile': componentDockerfile('builder'),
      'builder/builder.txt': 'builder one\n',
    },
    tag: 'v1.1.0',
  })
  repo.commit({ message: 'feat(server): health endpoint', author: bob, files: { 'server/server.txt': 'two\n' } })
  repo.commit({ message: 'fix(builder): keep file modes', author: ann, files: { 'builder/builder.txt': 'two\n' } })
  repo.commit({ message: 'chore: release 1.2.0', author: bob, files: versionFiles('1.2.0'), tag: 'v1.2.0' })
  return repo
}

/** The claims GitHub puts in the OIDC token of a release job (what the SLSA predicate is made from). */
const releaseClaims = (repository: string) => ({
  sub: `repo:${repository}:ref:refs/tags/v1.2.0`,
  ref: 'refs/tags/v1.2.0',
  sha: 'c'.repeat(40),
  repository,
  repository_owner: OWNER,
  repository_id: '42',
  repository_owner_id: '7',
  event_name: 'push',
  workflow_ref: `${repository}/.github/workflows/release.yml@refs/tags/v1.2.0`,
  job_workflow_ref: `${repository}/.github/workflows/release.yml@refs/tags/v1.2.0`,
  runner_environment: 'github-hosted',
  run_id: '1001',
  run_attempt: '1',
})

async function releaseServices(scratch: string) {
  const { registry, user } = await loopbackRegistry(path.join(scratch, 'registry'))
  const fake = await GitHubFake.start(OWNER, 'app')
  fake.commits = [
    { sha: 'a1', email: ann.email, name: ann.name, login: 'annlee' },
    { sha: 'b1', email: bob.email, name: bob.name, login: 'bobray' },
  ]
  const attestations = new FakeAttestations(fake)
  const oidc = await FakeOidc.start('https://token.actions.githubusercontent.com', releaseClaims(`${OWNER}/app`))
  // Loaded only here: @sigstore/mock is large, and only the release pipelines sign.
  const { SigstoreServices } = await import('./sigstore-services.js')
  const sigstore = await SigstoreServices.start(mkdtempSync(path.join(scratch, 'sigstore-')), oidc)
  const env = {
    ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
    https_proxy: sigstore.proxyUrl,
    no_proxy: '127.0.0.1,localhost',
    NODE_EXTRA_CA_CERTS: sigstore.caFile,
  }
  const stop = async () => {
    await sigstore.stop()
    await oidc.stop()
    await fake.stop()
    await registry.stop()
  }
  return { registry, user, fake, attestations, env, stop }
}

const file = (workflow: string) => path.join(suiteRoot, workflow)

export const pipelines: PipelineDefinition[] = [
  {
    id: 'container-service-version-check',
    workflow: 'workflows-examples/container-service/version-check.yml',
    title: 'container-service/version-check.yml on a push to server',
    missing: () => undefined,
    prepare(scratch) {
      const repo = exampleRepo('container-service', path.join(scratch, 'repo'), 'server')
      return {
        repo,
        args: [file(this.workflow), '--repo', repo.dir, '--repository', `${OWNER}/container-service`],
        stop: () => Promise.resolve(),
      }
    },
  },
  {
    id: 'container-service-build-server',
    workflow: 'workflows-examples/container-service/build-server.yml',
    title: 'container-service/build-server.yml on a push to server: version → ISOs → image',
    missing: imageToolsMissing,
    async prepare(scratch) {
      const repo = exampleRepo('container-service', path.join(scratch, 'repo'), 'server')
      const original = readFileSync(path.join(repo.dir, 'server', 'Dockerfile'), 'utf8')
      repo.commit({
        message: 'FROM scratch stand-in',
        files: { 'server/Dockerfile': scratchServerDockerfile(original) },
      })
      const { registry, user } = await loopbackRegistry(path.join(scratch, 'registry'))
      return {
        repo,
        registry,
        registryUser: user,
        args: [
          file(this.workflow),
          '--repo',
          repo.dir,
          '--repository',
          `${OWNER}/container-service`,
          ...registryArgs(registry, user),
        ],
        stop: () => registry.stop(),
      }
    },
  },
  {
    id: 'server-and-builder-ci',
    workflow: 'workflows-examples/server-and-builder/ci.yml',
    title: 'server-and-builder/ci.yml on a push: tests, lint, version',
    missing: () => undefined,
    prepare(scratch) {
      const repo = exampleRepo('server-and-builder', path.join(scratch, 'repo'))
      return {
        repo,
        args: [file(this.workflow), '--repo', repo.dir, '--repository', `${OWNER}/server-and-builder`],
        stop: () => Promise.resolve(),
      }
    },
  },
  {
    id: 'server-and-builder-release',
    workflow: 'workflows-examples/server-and-builder/release.yml',
    title:
      'server-and-builder/release.yml on the tag v1.2.0: version → push by digest → scan → promote → attest → release',
    missing: imageToolsMissing,
    async prepare(scratch) {
      const repo = releaseRepo(path.join(scratch, 'repo'))
      const { registry, user, fake, attestations, env, stop } = await releaseServices(scratch)
      return {
        repo,
        registry,
        registryUser: user,
        fake,
        attestations,
        env,
        args: [
          file(this.workflow),
          '--repo',
          repo.dir,
          '--ref',
          'refs/tags/v1.2.0',
          '--repository',
          `${OWNER}/app`,
          ...registryArgs(registry, user),
          '--github-api',
          fake.url,
        ],
        stop,
      }
    },
  },
  {
    id: 'vm-templates-build',
    workflow: 'workflows-examples/vm-templates/build-templates.yml',
    title: 'vm-templates/build-templates.yml, run by hand for almalinux: plan → one leg per template',
    missing: packerMissing,
    async prepare(scratch) {
      const repo = exampleRepo('vm-templates', path.join(scratch, 'repo'))
      const { mirror, args } = await templateMirror(repo, 'build', 'build')
      return {
        repo,
        mirror,
        args: [
          file(this.workflow),
          '--repo',
          repo.dir,
          '--repository',
          `${OWNER}/vm-templates`,
          '--event',
          'workflow_dispatch',
          '--input',
          'os_filter=almalinux',
          ...args,
        ],
        stop: () => mirror.stop(),
      }
    },
  },
  {
    id: 'vm-templates-qemu',
    workflow: 'workflows-examples/vm-templates/build-templates.yml',
    title: "vm-templates/build-templates.yml, the almalinux 9 leg with Packer's real qemu builder under TCG",
    missing: () => packerMissing() ?? tinyVmMissing(),
    async prepare(scratch) {
      // The leg as the example writes it (its matrix and var file, `only: qemu.vm`, format, checksums, metadata,
      // artifact), with what an OS install needs that is not here (a vendor's installer, and hours) replaced: the
      // template's qemu source `vm` is the tiny VM (a kernel and a busybox initramfs that powers off under TCG), and
      // the mirror serves its small ISO. The var file's OS-specific settings (boot_command) are then unused.
      const repo = exampleRepo('vm-templates', path.join(scratch, 'repo'))
      const tiny = readFileSync(path.join(TINY_TEMPLATE, 'tiny.pkr.hcl'), 'utf8')
        .replace('source "qemu" "tiny"', 'source "qemu" "vm"')
        .replace('source.qemu.tiny', 'source.qemu.vm')
      const templates = path.join(repo.dir, 'packer_templates')
      const files: Record<string, string | null> = { 'packer_templates/tiny.pkr.hcl': tiny }
      for (const name of readdirSync(templates)) files[`packer_templates/${name}`] = null
      repo.commit({ message: "the tiny VM as the template's qemu source, for this machine", files })
      const { mirror, args } = await templateMirror(repo, 'build', 'build', makeTinyVm(scratch))
      return {
        repo,
        mirror,
        args: [
          file(this.workflow),
          '--repo',
          repo.dir,
          '--repository',
          `${OWNER}/vm-templates`,
          '--event',
          'workflow_dispatch',
          '--input',
          'os_filter=almalinux',
          ...args,
        ],
        stop: () => mirror.stop(),
      }
    },
  },
  {
    id: 'release-pipeline',
    workflow: '.github/workflows/release-pipeline.yml',
    title:
      'the reusable release-pipeline.yml, called on the tag v1.2.0 with both images for linux/amd64 and linux/arm64',
    missing: imageToolsMissing,
    async prepare(scratch) {
      const repo = releaseRepo(path.join(scratch, 'repo'))
      const { registry, user, fake, attestations, env, stop } = await releaseServices(scratch)
      const images = ['server', 'builder']
        .map((c) => `- name: ${OWNER}/${c}\n  context: .\n  file: ${c}/Dockerfile`)
        .join('\n')
      return {
        repo,
        registry,
        registryUser: user,
        fake,
        attestations,
        env,
        args: [
          file(this.workflow),
          '--repo',
          repo.dir,
          '--ref',
          'refs/tags/v1.2.0',
          '--repository',
          `${OWNER}/app`,
          '--input',
          `images=${images}`,
          '--input',
          'files=package.json#version',
          // Each leg builds its platform here (FROM scratch and COPY need no emulation), then the legs merge.
          '--input',
          'platforms=linux/amd64,linux/arm64',
          ...registryArgs(registry, user),
          '--github-api',
          fake.url,
        ],
        stop,
      }
    },
  },
  {
    id: 'template-pipeline',
    workflow: '.github/workflows/template-pipeline.yml',
    title: 'the reusable template-pipeline.yml, called for rockylinux x86_64 on the vm-templates example',
    missing: packerMissing,
    async prepare(scratch) {
      const repo = exampleRepo('vm-templates', path.join(scratch, 'repo'))
      const { mirror, args } = await templateMirror(repo, 'build', 'build')
      return {
        repo,
        mirror,
        args: [
          file(this.workflow),
          '--repo',
          repo.dir,
          '--repository',
          `${OWNER}/vm-templates`,
          '--input',
          'os-filter=rockylinux',
          '--input',
          'arch=x86_64',
          ...args,
        ],
        stop: () => mirror.stop(),
      }
    },
  },
  {
    id: 'version-check-reusable',
    workflow: '.github/workflows/version-check.yml',
    title: 'the reusable version-check.yml, called on the server-and-builder example',
    missing: () => undefined,
    prepare(scratch) {
      const repo = exampleRepo('server-and-builder', path.join(scratch, 'repo'))
      return {
        repo,
        args: [
          file(this.workflow),
          '--repo',
          repo.dir,
          '--repository',
          `${OWNER}/server-and-builder`,
          '--input',
          'files=package.json#version',
        ],
        stop: () => Promise.resolve(),
      }
    },
  },
]

/** The tags of a repository of the run's registry, as skopeo lists them with the run's credentials. */
export function publishedTags(prepared: PreparedRun, repository: string): string[] {
  const { registry, registryUser } = prepared
  if (!registry || !registryUser) throw new Error('this run has no registry')
  try {
    const out = execFileSync(
      'skopeo',
      [
        'list-tags',
        '--tls-verify=false',
        '--creds',
        `${registryUser.username}:${registryUser.password}`,
        `docker://${registry.host}/${repository}`,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    )
    return ((JSON.parse(out) as { Tags?: string[] }).Tags ?? []).sort()
  } catch {
    return []
  }
}

/** A tag's digest and labels, as skopeo reads them with the run's credentials. */
export function publishedImage(
  prepared: PreparedRun,
  reference: string,
): { Digest: string; Labels?: Record<string, string> } {
  const { registry, registryUser } = prepared
  if (!registry || !registryUser) throw new Error('this run has no registry')
  const out = execFileSync(
    'skopeo',
    [
      'inspect',
      '--tls-verify=false',
      '--creds',
      `${registryUser.username}:${registryUser.password}`,
      `docker://${registry.host}/${reference}`,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  )
  return JSON.parse(out) as { Digest: string; Labels?: Record<string, string> }
}

/** A manifest's raw JSON (a tag or a digest), as `skopeo inspect --raw` reads it; undefined when there is none. */
export function publishedManifest(prepared: PreparedRun, reference: string): Record<string, unknown> | undefined {
  const { registry, registryUser } = prepared
  if (!registry || !registryUser) throw new Error('this run has no registry')
  const found = spawnSync(
    'skopeo',
    [
      'inspect',
      '--raw',
      '--tls-verify=false',
      '--creds',
      `${registryUser.username}:${registryUser.password}`,
      `docker://${registry.host}/${reference}`,
    ],
    { encoding: 'utf8' },
  )
  if (found.status === 0) return JSON.parse(found.stdout) as Record<string, unknown>
  if (/manifest unknown|not found/i.test(found.stderr)) return undefined
  throw new Error(`skopeo inspect --raw ${reference}: ${found.stderr}`)
}

export function pipeline(id: string): PipelineDefinition {
  const found = pipelines.find((p) => p.id === id)
  if (!found) throw new Error(`no pipeline ${id}`)
  return found
}
