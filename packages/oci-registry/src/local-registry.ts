import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'

export const DOCKER_REGISTRY = '/usr/bin/docker-registry'

export interface LocalRegistry {
  /** `127.0.0.1:<port>`: the registry host to give a client (plain HTTP). */
  host: string
  port: number
  /** Where it keeps its blobs and repositories. */
  storage: string
  /** The registry's own log (warnings and errors), for a failing test's message. */
  log(): string
  stop(): Promise<void>
}

export interface LocalRegistryOptions {
  /** Users for htpasswd (bcrypt) auth; none means an open registry. */
  users?: { username: string; password: string }[]
  /**
   * Token auth (distribution's token spec, as GHCR uses) instead of htpasswd: the registry sends clients to `realm`
   * and trusts JWTs signed by the key of the certificate in `rootCertBundle`.
   */
  token?: { realm: string; service: string; issuer: string; rootCertBundle: string }
  /** Where to keep config, htpasswd and storage; default a temp dir removed by stop(). */
  dir?: string
  /**
   * Answer with relative `Location` headers (distribution's `http.relativeurls`), for a registry behind a TLS front
   * that it cannot see: without it, it names its own plain http URL.
   */
  relativeUrls?: boolean
}

/** A free TCP port on 127.0.0.1, from the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

/**
 * Starts Debian's `docker-registry` (distribution 2.8) on 127.0.0.1 with a temp config, storage and htpasswd file,
 * and waits until `/v2/` answers. For `slipway rehearse` and tests: the real registry, on loopback only.
 */
export async function startLocalRegistry(options: LocalRegistryOptions = {}): Promise<LocalRegistry> {
  const dir = options.dir ?? mkdtempSync(path.join(os.tmpdir(), 'slipway-registry-'))
  mkdirSync(dir, { recursive: true })
  const storage = path.join(dir, 'storage')
  const users = options.users ?? []
  const htpasswd = path.join(dir, 'htpasswd')
  if (users.length > 0) {
    const lines = users.map(({ username, password }) =>
      execFileSync('htpasswd', ['-Bbn', username, password], { encoding: 'utf8' }).trim(),
    )
    writeFileSync(htpasswd, lines.join('\n') + '\n', { mode: 0o600 })
  }
  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    const config = path.join(dir, 'config.yml')
    writeFileSync(
      config,
      [
        'version: 0.1',
        'log:',
        '  level: warn',
        '  accesslog:',
        '    disabled: true',
        'storage:',
        '  filesystem:',
        `    rootdirectory: ${storage}`,
        '  delete:',
        '    enabled: true',
        'http:',
        `  addr: 127.0.0.1:${port}`,
        '  secret: slipway-local-registry',
        ...(options.relativeUrls ? ['  relativeurls: true'] : []),
        ...authConfig(options, users.length > 0 ? htpasswd : undefined),
        '',
      ].join('\n'),
    )
    const child = spawn(DOCKER_REGISTRY, ['serve', config], { stdio: ['ignore', 'pipe', 'pipe'] })
    let log = ''
    child.stdout.setEncoding('utf8').on('data', (c: string) => (log += c))
    child.stderr.setEncoding('utf8').on('data', (c: string) => (log += c))
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    if (await waitUntilUp(port, child)) {
      return {
        host: `127.0.0.1:${port}`,
        port,
        storage,
        log: () => log,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) {
            child.kill('SIGTERM')
            await exited
          }
          if (options.dir === undefined) rmSync(dir, { recursive: true, force: true })
        },
      }
    }
    child.kill('SIGKILL')
    await exited
    // The port may have been taken between freePort() and the registry's bind: try another one.
    if (attempt >= 3) throw new Error(`docker-registry did not start on 127.0.0.1:${port}:\n${log}`)
  }
}

function authConfig(options: LocalRegistryOptions, htpasswd: string | undefined): string[] {
  if (options.token) {
    const { realm, service, issuer, rootCertBundle } = options.token
    return [
      'auth:',
      '  token:',
      `    realm: ${realm}`,
      `    service: ${service}`,
      `    issuer: ${issuer}`,
      `    rootcertbundle: ${rootCertBundle}`,
    ]
  }
  return htpasswd ? ['auth:', '  htpasswd:', '    realm: slipway', `    path: ${htpasswd}`] : []
}

async function waitUntilUp(port: number, child: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return false
    try {
      const response = await fetch(`http://127.0.0.1:${port}/v2/`, { signal: AbortSignal.timeout(1000) })
      await response.arrayBuffer()
      if (response.status === 200 || response.status === 401) return true
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return false
}
