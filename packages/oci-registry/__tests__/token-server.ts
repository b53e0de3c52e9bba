// A token service after distribution's token authentication spec (docs/spec/auth/token.md and jwt.md), the
// protocol GHCR speaks: GET <realm>?service=…&scope=… with Basic credentials answers {"token": <JWT>}, an RS256 JWT
// whose x5c header carries the certificate the registry trusts (its rootcertbundle) and whose `access` claim lists
// the granted repository actions. It runs on loopback in front of the real docker-registry.
import { execFileSync } from 'node:child_process'
import { createSign, randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'

export interface TokenRequest {
  scopes: string[]
  service: string | null
  user: string | undefined
}

export interface TokenServer {
  realm: string
  service: string
  issuer: string
  rootCertBundle: string
  requests: TokenRequest[]
  stop(): Promise<void>
}

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url')

export async function startTokenServer(
  dir: string,
  user: { username: string; password: string },
): Promise<TokenServer> {
  const key = path.join(dir, 'token.key')
  const cert = path.join(dir, 'token.crt')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      '/CN=slipway-test-token-issuer',
    ],
    { stdio: 'ignore' },
  )
  const privateKey = readFileSync(key, 'utf8')
  const der = readFileSync(cert, 'utf8').replace(/-----[^-]+-----|\s/g, '')
  const service = 'slipway-test-registry'
  const issuer = 'slipway-test-issuer'
  const requests: TokenRequest[] = []
  const expected = `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const scopes = url.searchParams.getAll('scope')
    const authorization = req.headers.authorization
    const basicUser = authorization?.startsWith('Basic ')
      ? Buffer.from(authorization.slice(6), 'base64').toString('utf8').split(':')[0]
      : undefined
    requests.push({ scopes, service: url.searchParams.get('service'), user: basicUser })
    if (authorization !== expected) {
      res.writeHead(401, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }))
      return
    }
    const access = scopes.flatMap((scope) => {
      const [type, name, actions] = scope.split(':')
      return type && name && actions ? [{ type, name, actions: actions.split(',') }] : []
    })
    const now = Math.floor(Date.now() / 1000)
    const header = b64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', x5c: [der] }))
    const claims = b64url(
      JSON.stringify({
        iss: issuer,
        sub: user.username,
        aud: service,
        exp: now + 300,
        nbf: now - 10,
        iat: now,
        jti: randomUUID(),
        access,
      }),
    )
    const signature = createSign('RSA-SHA256').update(`${header}.${claims}`).sign(privateKey)
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ token: `${header}.${claims}.${b64url(signature)}`, expires_in: 300 }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (typeof address !== 'object' || !address) throw new Error('token server has no address')
  return {
    realm: `http://127.0.0.1:${address.port}/token`,
    service,
    issuer,
    rootCertBundle: cert,
    requests,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
