import { randomBytes } from 'node:crypto'
import { cpSync, existsSync } from 'node:fs'
import path from 'node:path'
import { isOnPath } from '@slipway/action-kit'
import { DOCKER_REGISTRY, startLocalRegistry, type LocalRegistry } from '@slipway/oci-registry/local-registry'
import { runStep, type RunOptions, type RunResult } from '../runner.js'
import { hasPacker, localLegInputs, rehearsedLeg, startIsoMirror, templateTree } from './packer.js'
import type { PipelineStepRun, RehearsalStep, RehearsalStepResult } from './types.js'
import { ScratchRepo, workflowInputs } from './workflow.js'

// The three pipelines of workflows-examples/, each run action after action from the bundles, as its workflow chains
// them: the `with:` values are read from the example workflow itself, outputs are passed on as `needs.*`/`steps.*`
// would pass them, and only what cannot run here is replaced (GHCR by a docker-registry on loopback, public base images
// by FROM scratch, the vendors' ISO mirrors by one on loopback, qemu by Packer's file source, the GitHub release by
// notes only).

const OWNER = 'acme'

/** Why the image steps cannot run on this machine, or undefined when they can. */
async function imageToolsMissing(): Promise<string | undefined> {
  if (!existsSync(DOCKER_REGISTRY)) return `${DOCKER_REGISTRY} is not installed (Debian docker-registry)`
  if (!(await isOnPath('buildah', ['--version']))) return 'buildah is not installed'
  return undefined
}

/** A docker-registry on loopback with htpasswd auth and a throwaway password, for one rehearsal. */
async function rehearsalRegistry(scratch: string): Promise<{ registry: LocalRegistry; actor: string; token: string }> {
  const user = { username: 'rehearsal', password: randomBytes(18).toString('base64url') }
  const registry = await startLocalRegistry({ users: [user], dir: path.join(scratch, 'registry') })
  return { registry, actor: user.username, token: user.password }
}

/** Runs the steps in order, each recorded; stops at the first that fails, as a job does. */
class PipelineRecorder {
  readonly runs: PipelineStepRun[] = []

  constructor(private readonly base: Omit<RunOptions, 'action'>) {}

  failed(): boolean {
    return this.runs.some((r) => r.run.exitCode !== 0)
  }

  async step(
    id: string,
    title: string,
    options: Omit<RunOptions, 'root'>,
    notes?: (run: RunResult) => string[],
  ): Promise<RunResult> {
    const run = await runStep({ ...this.base, ...options })
    this.runs.push({ id, title, run, ...(notes && run.exitCode === 0 ? { notes: notes(run) } : {}) })
    return run
  }

  result(extra: Omit<RehearsalStepResult, 'runs'> = {}): RehearsalStepResult {
    return { ...extra, runs: this.runs }
  }
}

/** The FROM scratch stand-in for container-service/server/Dockerfile: the same files in the same places, no base. */
function scratchServerDockerfile(version: string): string {
  return [
    '# The rehearsal stand-in for server/Dockerfile: its public base images are not reachable here.',
    'FROM scratch AS bundle',
    'COPY out/iso/ /bundle/iso/',
    'COPY Scripts/ /bundle/scripts/',
    'COPY Powershell/ /bundle/powershell/',
    'COPY version /bundle/version',
    '',
    'FROM scratch',
    `LABEL version="${version}"`,
    'COPY server/nginx.conf /etc/nginx/conf.d/default.conf',
    'COPY --from=bundle /bundle/ /usr/share/nginx/html/',
    '',
  ].join('\n')
}

/**
 * container-service/build-server.yml on a push to `server`: version-check → iso-build (Linux cidata, Windows
 * autounattend, with the version file) → ghcr-publish of the image bundling the ISOs, tagged the version and latest.
 */
export const containerServicePipeline: RehearsalStep = {
  id: 'pipeline-container-service',
  title: 'pipeline container-service/build-server.yml: version-check → iso-build ×2 → ghcr-publish',
  async run({ root, scratch }) {
    const example = path.join(root, 'workflows-examples', 'container-service')
    const workflow = path.join(example, 'build-server.yml')
    const repo = new ScratchRepo(path.join(scratch, 'repo'))
    cpSync(example, repo.dir, { recursive: true })
    const sha = repo.commit('container service')
    const pipeline = new PipelineRecorder({
      root,
      workspace: repo.dir,
      event: 'push',
      ref: 'refs/heads/server',
      sha,
      repository: `${OWNER}/container-service`,
    })

    const version = await pipeline.step('version-check', 'jobs.version: version-check', {
      action: 'version-check',
      inputs: workflowInputs(workflow, 'version', 'version-check'),
    })
    if (pipeline.failed()) return pipeline.result()

    for (const [nth, name] of ['linux', 'windows'].entries()) {
      const inputs = workflowInputs(workflow, 'isos', 'iso-build', { nth })
      await pipeline.step(
        `iso-build-${name}`,
        `jobs.isos: iso-build ${inputs.profile ?? ''} → ${inputs.output ?? ''}`,
        { action: 'iso-build', inputs },
        (run) => [`sha256 ${run.outputs.sha256 ?? ''} (${run.outputs.size ?? '?'} bytes)`],
      )
      if (pipeline.failed()) return pipeline.result()
    }

    const missing = await imageToolsMissing()
    if (missing) return pipeline.result({ skipped: `jobs.image (ghcr-publish): ${missing}` })
    // download-artifact would merge the ISO artifacts into out/iso, where iso-build wrote them.
    const dockerfile = path.join('server', 'Dockerfile.scratch')
    repo.write(dockerfile, scratchServerDockerfile(version.outputs.version ?? ''))
    const { registry, actor, token } = await rehearsalRegistry(scratch)
    try {
      await pipeline.step(
        'ghcr-publish',
        `jobs.image: ghcr-publish to docker-registry on ${registry.host} (FROM scratch stand-in for server/Dockerfile)`,
        {
          action: 'ghcr-publish',
          actor,
          token,
          inputs: workflowInputs(workflow, 'image', 'ghcr-publish', {
            values: {
              'github.repository_owner': OWNER,
              'needs.version.outputs.version': version.outputs.version ?? '',
            },
            overrides: { registry: registry.host, insecure: 'true', builder: 'buildah', file: dockerfile },
          }),
        },
      )
    } finally {
      await registry.stop()
    }
    return pipeline.result()
  },
}

const ann = { name: 'Ann Lee', email: 'ann@example.com' }
const bob = { name: 'Bob Ray', email: 'bob@example.com' }

const componentDockerfile = (component: string) =>
  [
    `# The ${component} image, FROM scratch so the rehearsal needs no public base image.`,
    'FROM scratch',
    `COPY version ${component}/${component}.txt /opt/${component}/`,
    `ENV COMPONENT=${component}`,
    '',
  ].join('\n')

const versionFiles = (version: string) => ({
  version: `${version}\n`,
  'package.json': `${JSON.stringify({ name: 'server-and-builder', version, private: true }, null, 2)}\n`,
})

/**
 * server-and-builder/release.yml on the tag v1.2.0 of a repository made here (v1.1.0 before it, commits by two
 * people): version-check → oci-labels (the tags and labels the images get) → ghcr-publish of both images → release-notes
 * with create-release false: no token, no request, the body printed.
 */
export const releasePipeline: RehearsalStep = {
  id: 'pipeline-release',
  title:
    'pipeline server-and-builder/release.yml on tag v1.2.0: version-check → oci-labels → ghcr-publish → release-notes',
  async run({ root, scratch }) {
    const workflow = path.join(root, 'workflows-examples', 'server-and-builder', 'release.yml')
    const repo = new ScratchRepo(path.join(scratch, 'repo'))
    repo.commit('feat: server and builder images', {
      author: ann,
      tag: 'v1.1.0',
      files: {
        ...versionFiles('1.1.0'),
        'server/Dockerfile': componentDockerfile('server'),
        'server/server.txt': 'server\n',
        'builder/Dockerfile': componentDockerfile('builder'),
        'builder/builder.txt': 'builder\n',
      },
    })
    repo.commit('feat(server): health endpoint', { author: bob, files: { 'server/server.txt': 'server, healthy\n' } })
    repo.commit('fix(builder): keep file modes', { author: ann, files: { 'builder/builder.txt': 'builder, modes\n' } })
    const sha = repo.commit('chore: release 1.2.0', { author: bob, files: versionFiles('1.2.0'), tag: 'v1.2.0' })
    const pipeline = new PipelineRecorder({
      root,
      workspace: repo.dir,
      event: 'push',
      ref: 'refs/tags/v1.2.0',
      sha,
      repository: `${OWNER}/app`,
    })

    await pipeline.step('version-check', 'jobs.version: version-check', {
      action: 'version-check',
      inputs: workflowInputs(workflow, 'version', 'version-check'),
    })
    if (pipeline.failed()) return pipeline.result()
    // The owner step: `${OWNER,,}`.
    const owner = OWNER.toLowerCase()

    const missing = await imageToolsMissing()
    const started = missing ? undefined : await rehearsalRegistry(scratch)
    const host = started?.registry.host ?? 'ghcr.io'
    try {
      const labels = await pipeline.step(
        'oci-labels',
        'oci-labels: the tags and OCI labels both images get',
        {
          action: 'oci-labels',
          inputs: { images: `${host}/${owner}/server\n${host}/${owner}/builder` },
        },
        (run) => [`tags: ${(run.outputs['tag-names'] ?? '').split('\n').join(', ')}`],
      )
      if (pipeline.failed()) return pipeline.result()

      if (started) {
        const publish = await pipeline.step(
          'ghcr-publish',
          `jobs.images: ghcr-publish of server and builder to docker-registry on ${host}`,
          {
            action: 'ghcr-publish',
            actor: started.actor,
            token: started.token,
            inputs: workflowInputs(workflow, 'images', 'ghcr-publish', {
              values: { 'needs.version.outputs.owner': owner },
              overrides: { registry: host, insecure: 'true', builder: 'buildah' },
            }),
          },
          (run) => {
            const published = (run.outputs.tags ?? '').split('\n').map((ref) => ref.slice(ref.lastIndexOf(':') + 1))
            const planned = (labels.outputs['tag-names'] ?? '').split('\n')
            const agree = [...new Set(published)].sort().join(',') === [...planned].sort().join(',')
            return [`tags ${agree ? 'agree with' : 'DIFFER from'} oci-labels: ${[...new Set(published)].join(', ')}`]
          },
        )
        if (publish.exitCode !== 0) return pipeline.result()
      }

      const notesInputs = workflowInputs(workflow, 'release', 'release-notes', {
        values: { 'needs.version.outputs.owner': owner },
      })
      await pipeline.step(
        'release-notes',
        'jobs.release: release-notes (create-release false: notes only, no token)',
        {
          action: 'release-notes',
          token: '',
          inputs: {
            ...notesInputs,
            images: (notesInputs.images ?? '').replaceAll('ghcr.io/', `${host}/`),
            'create-release': 'false',
          },
        },
        (run) => ['', ...(run.outputs.body ?? '').trimEnd().split('\n')],
      )
    } finally {
      await started?.registry.stop()
    }
    return pipeline.result(missing ? { skipped: `jobs.images (ghcr-publish): ${missing}` } : {})
  },
}

/**
 * vm-templates/build-templates.yml on a manual run for every OS: version-check → packer-matrix → one packer-build leg
 * (almalinux 9 x86_64) filled from its matrix entry, with Packer's file source and the ISO from a loopback mirror.
 */
export const vmTemplatesPipeline: RehearsalStep = {
  id: 'pipeline-vm-templates',
  title: 'pipeline vm-templates/build-templates.yml: version-check → packer-matrix → packer-build (one leg)',
  async run({ root, scratch }) {
    const workflow = path.join(root, templateTree, 'build-templates.yml')
    const repo = new ScratchRepo(path.join(scratch, 'repo'))
    cpSync(path.join(root, templateTree), repo.dir, { recursive: true })
    const sha = repo.commit('vm templates')
    const pipeline = new PipelineRecorder({
      root,
      workspace: repo.dir,
      event: 'workflow_dispatch',
      payload: { inputs: { os_filter: 'all' } },
      ref: 'refs/heads/main',
      sha,
      repository: `${OWNER}/vm-templates`,
    })

    await pipeline.step('version-check', 'jobs.plan: version-check', {
      action: 'version-check',
      inputs: workflowInputs(workflow, 'plan', 'version-check'),
    })
    if (pipeline.failed()) return pipeline.result()
    const plan = await pipeline.step(
      'packer-matrix',
      'jobs.plan: packer-matrix (workflow_dispatch, os_filter all)',
      // The os-filter expression gives inputs.os_filter on a manual run.
      {
        action: 'packer-matrix',
        inputs: workflowInputs(workflow, 'plan', 'packer-matrix', { overrides: { 'os-filter': 'all' } }),
      },
      (run) => [
        `legs: ${legsOf(run)
          .map((entry) => String(entry.artifact_name))
          .join(', ')}`,
      ],
    )
    if (pipeline.failed()) return pipeline.result()

    if (!hasPacker()) return pipeline.result({ skipped: 'jobs.build (packer-build): packer is not installed' })
    const entry = legsOf(plan).find((e) => e.var_file === rehearsedLeg.varFile)
    if (!entry) throw new Error(`packer-matrix planned no leg for ${rehearsedLeg.varFile}`)
    const values = Object.fromEntries(Object.entries(entry).map(([key, value]) => [`matrix.${key}`, String(value)]))
    const mirror = await startIsoMirror()
    try {
      await pipeline.step(
        'packer-build',
        `jobs.build: packer-build, leg ${String(entry.artifact_name)} (file source, ISO from ${mirror.base})`,
        {
          action: 'packer-build',
          event: 'push',
          inputs: workflowInputs(workflow, 'build', 'packer-build', {
            values,
            // Installing plugins needs the network and Packer 1.8+; the file source needs none.
            overrides: { ...localLegInputs(mirror, path.join(scratch, 'iso-cache')), plugins: undefined },
          }),
        },
        (run) => [`artifact ${run.outputs['artifact-path'] ?? ''}`, `sha256 ${run.outputs.sha256 ?? ''}`],
      )
    } finally {
      await mirror.stop()
    }
    return pipeline.result()
  },
}

type MatrixEntry = Record<string, string | number | boolean>

function legsOf(run: RunResult): MatrixEntry[] {
  return (JSON.parse(run.outputs.matrix ?? '{"include":[]}') as { include: MatrixEntry[] }).include
}
