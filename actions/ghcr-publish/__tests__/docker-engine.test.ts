// What ghcr-publish pushed, as a user gets it: a real Docker engine (Debian docker.io, dockerd with the vfs storage
// driver, no iptables, no bridge, its own folders and socket, started and stopped here) pulls the image from the
// loopback registry, and `docker image inspect`, `docker create` and `docker cp` show its labels and files. The build
// uses a secret (from a file and from the environment) and the ssh agent; skopeo copies the image back into an OCI
// layout and every layer is searched for the secrets' values.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { TestRepo, runBundle } from '@slipway/test-support'
import { USER, startHarness, type Harness } from './harness.js'

const TOKEN_VALUE = 'tok-3f9a1c77e2d54b18a6c0-from-env'
const FILE_SECRET = 'npmrc-9d2e4b1f7a6c3e5d8b0a-from-file'

interface Engine {
  docker: (args: string[], input?: string) => string
  stop(): Promise<void>
}

/** dockerd in its own folders, trusting the loopback registry over plain HTTP; undefined (with why) when it cannot start. */
async function startEngine(dir: string, insecureRegistry: string): Promise<Engine | string> {
  mkdirSync(dir, { recursive: true })
  const socket = path.join(dir, 'docker.sock')
  const log = path.join(dir, 'dockerd.log')
  const daemon: ChildProcess = spawn(
    'dockerd',
    [
      '--storage-driver',
      'vfs',
      '--iptables=false',
      '--bridge=none',
      '--data-root',
      path.join(dir, 'data'),
      '--exec-root',
      path.join(dir, 'exec'),
      '--pidfile',
      path.join(dir, 'dockerd.pid'),
      '-H',
      `unix://${socket}`,
      '--insecure-registry',
      insecureRegistry,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const stderr: string[] = []
  daemon.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()))
  const state = { exited: false }
  daemon.on('exit', () => (state.exited = true))
  daemon.on('error', () => (state.exited = true))
  const config = path.join(dir, 'client-config')
  mkdirSync(config, { recursive: true })
  const docker = (args: string[], input?: string): string =>
    execFileSync('docker', ['--config', config, '-H', `unix://${socket}`, ...args], {
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(input !== undefined ? { input } : {}),
    })
  const stop = async (): Promise<void> => {
    if (!state.exited) {
      daemon.kill('SIGTERM')
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          daemon.kill('SIGKILL')
          resolve()
        }, 15_000)
        daemon.on('exit', () => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }
  for (let waited = 0; waited < 60_000; waited += 500) {
    if (state.exited) break
    try {
      docker(['version', '--format', '{{.Server.Version}}'])
      return { docker, stop }
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
  await stop()
  writeFileSync(log, stderr.join(''))
  return `dockerd did not start: ${stderr.join('').trim().split('\n').slice(-3).join(' | ')}`
}

let h: Harness
let engine: Engine | string
let agent: { socket: string; pid: number } | undefined
beforeAll(async () => {
  h = await startHarness()
  engine = await startEngine(path.join(h.dir, 'engine'), h.registry.host)
  if (typeof engine === 'string') console.warn(`skipping the Docker engine checks: ${engine}`)
  const socket = path.join(h.dir, 'agent.sock')
  const out = execFileSync('ssh-agent', ['-a', socket, '-s'], { encoding: 'utf8' })
  agent = { socket, pid: Number(/SSH_AGENT_PID=(\d+)/.exec(out)?.[1]) }
}, 120_000)
afterAll(async () => {
  if (typeof engine !== 'string') await engine.stop()
  if (agent?.pid) process.kill(agent.pid)
  await h.stop()
})

function layersOf(layout: string): Buffer[] {
  const blobs = path.join(layout, 'blobs', 'sha256')
  return readdirSync(blobs).map((name) => {
    const bytes = readFileSync(path.join(blobs, name))
    return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes
  })
}

test('the published image pulls and runs in Docker with its labels and files; no secret reaches a layer or the log', async () => {
  const repo = TestRepo.create(`${h.dir}/repo`)
  const head = repo.commit({
    message: 'release',
    files: {
      'app/Dockerfile': [
        'FROM scratch',
        'COPY busybox /bin/busybox',
        'COPY busybox /bin/sh',
        'COPY app.txt /srv/app.txt',
        // The secrets and the agent are there during the step (their presence is recorded, never their values).
        'RUN --mount=type=secret,id=token --mount=type=secret,id=npmrc ["/bin/busybox", "sh", "-c", ' +
          '"/bin/busybox test -s /run/secrets/token && /bin/busybox test -s /run/secrets/npmrc && /bin/busybox echo yes > /secrets-seen"]',
        'RUN --mount=type=ssh ["/bin/busybox", "sh", "-c", "/bin/busybox test -S \\"$SSH_AUTH_SOCK\\" && /bin/busybox echo yes > /agent-seen"]',
        '',
      ].join('\n'),
      'app/app.txt': 'hello from slipway\n',
      'npmrc.secret': FILE_SECRET,
    },
    tag: 'v2.0.0',
  })
  copyFileSync('/usr/bin/busybox', path.join(repo.dir, 'app', 'busybox'))
  const result = await runBundle({
    action: 'ghcr-publish',
    workspace: repo.dir,
    event: 'push',
    ref: 'refs/tags/v2.0.0',
    sha: head,
    repository: 'acme/engine',
    actor: USER.username,
    token: USER.password,
    env: { BUILD_TOKEN: TOKEN_VALUE, SSH_AUTH_SOCK: agent!.socket },
    inputs: {
      registry: h.registry.host,
      insecure: 'true',
      image: 'acme/engine',
      context: 'app',
      secrets: 'id=token,env=BUILD_TOKEN\nid=npmrc,src=npmrc.secret',
      ssh: 'default',
    },
  })
  expect(result.stderr).toBe('')
  expect(result.exitCode).toBe(0)
  // builder: auto chose buildah (installed here), and said why.
  expect(result.stdout).toContain('builder: buildah (auto: buildah is installed (auto prefers it))')
  expect(result.summary).toContain('Built with **buildah**: auto: buildah is installed')
  const digest = result.outputs.digest!
  const host = h.registry.host

  // Nothing a user can read carries a secret: the values are masked, and appear nowhere else.
  for (const value of [TOKEN_VALUE, FILE_SECRET]) {
    expect(result.stdout).toContain(`::add-mask::${value}`)
    const visible = [
      result.stdout.split(`::add-mask::${value}`).join(''),
      result.summary,
      JSON.stringify(result.outputs),
    ]
    expect(visible.join('\n')).not.toContain(value)
  }
  // The image read back from the registry (skopeo, into an OCI layout): no layer, config or manifest holds them.
  const layout = path.join(h.dir, 'readback')
  execFileSync('skopeo', [
    'copy',
    '--src-tls-verify=false',
    '--src-creds',
    `${USER.username}:${USER.password}`,
    `docker://${host}/acme/engine@${digest}`,
    `oci:${layout}:image`,
  ])
  const blobs = layersOf(layout)
  // The manifest, the config and the layer (buildah commits the steps as one layer without --layers).
  expect(blobs.length).toBeGreaterThanOrEqual(3)
  for (const blob of blobs) {
    expect(blob.includes(TOKEN_VALUE)).toBe(false)
    expect(blob.includes(FILE_SECRET)).toBe(false)
  }
  // ...while the RUN steps did see them.
  expect(blobs.some((b) => b.includes('secrets-seen'))).toBe(true)
  expect(blobs.some((b) => b.includes('agent-seen'))).toBe(true)

  if (typeof engine === 'string') return
  const docker = engine.docker
  const reference = `${host}/acme/engine:2.0.0`
  docker(['login', '--username', USER.username, '--password-stdin', host], USER.password)
  docker(['pull', '--quiet', reference])
  const [inspected] = JSON.parse(docker(['image', 'inspect', reference])) as {
    RepoDigests: string[]
    Config: { Labels: Record<string, string> }
  }[]
  expect(inspected!.RepoDigests).toContain(`${host}/acme/engine@${digest}`)
  expect(inspected!.Config.Labels).toMatchObject({
    'org.opencontainers.image.version': '2.0.0',
    'org.opencontainers.image.revision': head,
    'org.opencontainers.image.source': 'https://github.com/acme/engine',
  })
  const container = docker(['create', reference, '/bin/busybox', 'true']).trim()
  const copied = path.join(h.dir, 'copied')
  mkdirSync(copied, { recursive: true })
  for (const file of ['/srv/app.txt', '/secrets-seen', '/agent-seen']) {
    docker(['cp', `${container}:${file}`, path.join(copied, path.basename(file))])
  }
  docker(['rm', container])
  expect(readFileSync(path.join(copied, 'app.txt'), 'utf8')).toBe('hello from slipway\n')
  expect(readFileSync(path.join(copied, 'secrets-seen'), 'utf8')).toBe('yes\n')
  expect(readFileSync(path.join(copied, 'agent-seen'), 'utf8')).toBe('yes\n')
  docker(['rmi', reference])
  expect(existsSync(path.join(copied, 'nothing'))).toBe(false)
}, 600_000)
