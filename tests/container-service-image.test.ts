// The container-service example's image, built for real: server/Dockerfile by buildah, its first stage writing both
// provisioning ISOs with `slipway iso-build` from the package's `npm pack` tarball in the build context, with no
// network (the build runs in a network namespace of its own). The image is pushed to a loopback docker-registry,
// copied by skopeo to an OCI layout, and its layer tars are listed: the service's paths, user and port are checked
// there, in what a registry really holds. node:24-slim cannot be pulled here, so both stages use a base image the
// test makes from this machine's node and npm (FROM scratch + node, its libraries, npm and busybox for /bin/sh);
// the Dockerfile takes it as NODE_IMAGE, whose default is node:24-slim.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { startLocalRegistry, type LocalRegistry } from '@slipway/oci-registry/local-registry'
import { runBundle, suiteRoot, tempDir } from '@slipway/test-support'

const example = path.join(suiteRoot, 'workflows-examples', 'container-service')
const EPOCH = '1700000000'
let scratch: ReturnType<typeof tempDir>
let registry: LocalRegistry
let buildah: string[]
let tarball: string

function run(command: string, args: string[], options: { cwd?: string } = {}): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options })
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} exited with ${String(result.status)}:\n${result.stdout}\n${result.stderr}`,
    )
  return result.stdout + result.stderr
}

/** A FROM-scratch image with this machine's node (and its shared libraries), npm/npx, and busybox as /bin/sh. */
function nodeBaseContext(dir: string): void {
  const root = path.join(dir, 'rootfs')
  const put = (from: string, to = from) => {
    mkdirSync(path.dirname(path.join(root, to)), { recursive: true })
    copyFileSync(from, path.join(root, to))
  }
  put(process.execPath, '/usr/bin/node')
  chmodSync(path.join(root, 'usr/bin/node'), 0o755)
  for (const lib of execFileSync('ldd', [process.execPath], { encoding: 'utf8' }).matchAll(/(\/\S+\.so[.\d]*)/g))
    put(lib[1]!)
  const npm = path.join(
    path.dirname(path.dirname(execFileSync('readlink', ['-f', '/usr/bin/npm'], { encoding: 'utf8' }).trim())),
  )
  cpSync(npm, path.join(root, 'usr/lib/node_modules/npm'), { recursive: true })
  symlinkSync('../lib/node_modules/npm/bin/npx-cli.js', path.join(root, 'usr/bin/npx'))
  symlinkSync('../lib/node_modules/npm/bin/npm-cli.js', path.join(root, 'usr/bin/npm'))
  put('/bin/busybox', '/bin/busybox')
  chmodSync(path.join(root, 'bin/busybox'), 0o755)
  for (const applet of ['sh', 'env', 'echo', 'printf', '[', 'test', 'cat', 'ls'])
    symlinkSync('busybox', path.join(root, 'bin', applet))
  symlinkSync('../../bin/env', path.join(root, 'usr/bin/env'))
  mkdirSync(path.join(root, 'tmp'))
  chmodSync(path.join(root, 'tmp'), 0o1777)
  mkdirSync(path.join(root, 'root'))
  writeFileSync(path.join(dir, 'Containerfile'), 'FROM scratch\nCOPY rootfs/ /\nENV PATH=/usr/bin:/bin HOME=/root\n')
}

/** A build context made of the example, as a clean checkout has it, plus the package tarball. */
function exampleContext(dir: string, prebuilt?: string[]): void {
  cpSync(example, dir, {
    recursive: true,
    filter: (source) => path.relative(example, source).split(path.sep)[0] !== 'out',
  })
  copyFileSync(tarball, path.join(dir, path.basename(tarball)))
  if (prebuilt) {
    mkdirSync(path.join(dir, 'out', 'iso'), { recursive: true })
    for (const iso of prebuilt) copyFileSync(iso, path.join(dir, 'out', 'iso', path.basename(iso)))
  }
}

/** buildah bud in a network namespace with nothing but a loopback device that is down: no registry, no npm. */
function offlineBuild(context: string, tag: string, extra: string[] = []): string {
  return run('unshare', [
    '--net',
    ...buildah,
    'bud',
    '--isolation',
    'chroot',
    '--pull-never',
    '--build-arg',
    'NODE_IMAGE=localhost/slipway-test-node:1',
    '--build-arg',
    `SLIPWAY=./${path.basename(tarball)}`,
    '--build-arg',
    `SOURCE_DATE_EPOCH=${EPOCH}`,
    ...extra,
    '-t',
    tag,
    '-f',
    path.join(context, 'server', 'Dockerfile'),
    context,
  ])
}

beforeAll(async () => {
  scratch = tempDir('slipway-container-service-')
  buildah = [
    'buildah',
    '--root',
    path.join(scratch.dir, 'storage'),
    '--runroot',
    path.join(scratch.dir, 'runroot'),
    '--storage-driver',
    'vfs',
  ]
  // The package as npm publishes it: `npm pack` of npm/slipway (its prepack stages the committed bundles).
  const packed = path.join(scratch.dir, 'packed')
  mkdirSync(packed)
  run('npm', ['pack', '--pack-destination', packed, '--silent'], { cwd: path.join(suiteRoot, 'npm', 'slipway') })
  tarball = path.join(
    packed,
    readdirSync(packed).find((f) => f.endsWith('.tgz'))!,
  )
  const base = path.join(scratch.dir, 'base')
  nodeBaseContext(base)
  run(buildah[0]!, [
    ...buildah.slice(1),
    'bud',
    '--isolation',
    'chroot',
    '-t',
    'localhost/slipway-test-node:1',
    '-f',
    path.join(base, 'Containerfile'),
    base,
  ])
  registry = await startLocalRegistry({ dir: path.join(scratch.dir, 'registry') })
}, 600_000)

afterAll(async () => {
  await registry.stop()
  spawnSync(buildah[0]!, [...buildah.slice(1), 'rmi', '--all', '--force'])
  scratch.cleanup()
})

test('the npm package holds the CLI bundle, a bin with a shebang, and what iso-build needs', () => {
  const listing = run('tar', ['-tzf', tarball]).split('\n')
  expect(listing).toEqual(
    expect.arrayContaining([
      'package/package.json',
      'package/bin/slipway.js',
      'package/dist/cli/index.js',
      'package/dist/iso-build/index.js',
      'package/actions/iso-build/action.yml',
    ]),
  )
  const manifest = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json'])) as Record<string, unknown>
  expect(manifest).toMatchObject({ name: 'slipway', bin: { slipway: 'bin/slipway.js' } })
  expect(manifest.private).toBeUndefined()
  expect(manifest.dependencies).toBeUndefined()
  expect(manifest.version).toBe(readFileSync(path.join(suiteRoot, 'version'), 'utf8').trim())
  expect(run('tar', ['-xzOf', tarball, 'package/bin/slipway.js']).startsWith('#!/usr/bin/env node\n')).toBe(true)
})

test('server/Dockerfile builds offline, its first stage running slipway iso-build; the pushed layers hold the service layout', async () => {
  const context = path.join(scratch.dir, 'clean-checkout')
  exampleContext(context)
  const log = offlineBuild(context, 'localhost/container-service:test')
  expect(log).toContain('volume-id: cidata')
  expect(log).toContain('volume-id: AUTOUNATTEND')

  const reference = `${registry.host}/example/container-service:1.4.0`
  run(buildah[0]!, [
    ...buildah.slice(1),
    'push',
    '--tls-verify=false',
    '--format',
    'oci',
    'localhost/container-service:test',
    `docker://${reference}`,
  ])
  const layout = path.join(scratch.dir, 'layout')
  run('skopeo', ['copy', '--src-tls-verify=false', `docker://${reference}`, `oci:${layout}:1.4.0`])

  const blob = (digest: string) => path.join(layout, 'blobs', ...digest.split(':'))
  const index = JSON.parse(readFileSync(path.join(layout, 'index.json'), 'utf8')) as { manifests: { digest: string }[] }
  const manifest = JSON.parse(readFileSync(blob(index.manifests[0]!.digest), 'utf8')) as {
    config: { digest: string }
    layers: { digest: string; mediaType: string }[]
  }
  const config = JSON.parse(readFileSync(blob(manifest.config.digest), 'utf8')) as {
    config: { User?: string; ExposedPorts?: Record<string, unknown>; Cmd?: string[]; Labels?: Record<string, string> }
  }
  // Every path of every layer, as the registry holds them.
  const paths = new Set<string>()
  for (const layer of manifest.layers)
    for (const entry of run('tar', ['-tzf', blob(layer.digest)]).split('\n'))
      if (entry) paths.add(entry.replace(/^\.\//, ''))
  expect([...paths]).toEqual(
    expect.arrayContaining([
      'app/artifacts/isos/WindowsProvisioning.iso',
      'app/artifacts/isos/LinuxProvisioning.iso',
      'app/artifacts/scripts/Install-Service.ps1',
      'app/artifacts/version',
      'app/app/server.mjs',
    ]),
  )
  expect(
    [...paths]
      .filter((p) => p.startsWith('app/artifacts/scripts/') && !p.endsWith('/'))
      .every((p) => p.endsWith('.ps1')),
  ).toBe(true)
  expect([...paths].some((p) => p.startsWith('usr/share/nginx'))).toBe(false)
  expect(config.config.User).toBe('1000:1000')
  expect(Object.keys(config.config.ExposedPorts ?? {})).toEqual(['8000/tcp'])
  expect(config.config.Cmd).toEqual(['node', '/app/app/server.mjs'])
  expect(config.config.Labels?.version).toBe(readFileSync(path.join(example, 'version'), 'utf8').trim())

  // The ISO in the image is the one the action writes for the same inputs: the command runs the action's code.
  const layerWithIsos = manifest.layers.find((layer) =>
    run('tar', ['-tzf', blob(layer.digest)]).includes('app/artifacts/isos/LinuxProvisioning.iso'),
  )!
  const extracted = path.join(scratch.dir, 'extracted')
  mkdirSync(extracted)
  run('tar', ['-xzf', blob(layerWithIsos.digest), '-C', extracted])
  const workspace = path.join(scratch.dir, 'action-workspace')
  cpSync(example, workspace, { recursive: true })
  const action = await runBundle({
    action: 'iso-build',
    workspace,
    env: { SOURCE_DATE_EPOCH: EPOCH },
    inputs: { source: 'Linux', profile: 'cidata', 'version-file': 'version', output: 'LinuxProvisioning.iso' },
  })
  expect(action.exitCode).toBe(0)
  const inImage = readFileSync(path.join(extracted, 'app', 'artifacts', 'isos', 'LinuxProvisioning.iso'))
  expect(inImage.equals(readFileSync(path.join(workspace, 'LinuxProvisioning.iso')))).toBe(true)
  expect(
    run('isoinfo', ['-R', '-f', '-i', path.join(extracted, 'app', 'artifacts', 'isos', 'WindowsProvisioning.iso')]),
  ).toContain('/scripts/Install-Service.ps1')
}, 900_000)

test('with the ISOs CI built in out/iso/, the first stage takes them and runs no npx', () => {
  const prebuilt = path.join(scratch.dir, 'prebuilt')
  mkdirSync(prebuilt)
  for (const name of ['WindowsProvisioning.iso', 'LinuxProvisioning.iso'])
    writeFileSync(path.join(prebuilt, name), `${name} from CI\n`)
  const context = path.join(scratch.dir, 'ci-checkout')
  exampleContext(
    context,
    readdirSync(prebuilt).map((f) => path.join(prebuilt, f)),
  )
  // A package that cannot be found: the stage fails if it tries npx at all.
  const log = offlineBuild(context, 'localhost/container-service:ci', [
    '--target',
    'isos',
    '--build-arg',
    'SLIPWAY=slipway@0.0.0-missing',
  ])
  expect(log).toContain('isos: using the ISOs built by CI (out/iso/)')
  expect(log).not.toContain('volume-id:')
  rmSync(context, { recursive: true, force: true })
}, 600_000)
