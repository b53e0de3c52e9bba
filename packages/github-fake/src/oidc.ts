import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * The runner's OIDC token service (ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN) and the issuer's discovery documents
 * (`/.well-known/openid-configuration`, the JWKS), on loopback: tokens are RS256 JWTs with the claims GitHub puts in a
 * workflow's token, for the audience asked for. Not part of the REST API, so not checked against its description.
 */
export class FakeOidc {
  readonly requests: { path: string; audience: string | null; authorization: string | undefined }[] = []
  readonly requestToken = `oidc-request-${randomUUID()}`
  private readonly keys: { privateKey: KeyObject; publicKey: KeyObject }
  private server?: Server
  url = ''

  private constructor(
    /** The `iss` claim (and the issuer whose JWKS verifies the tokens). */
    readonly issuer: string,
    readonly claims: Record<string, unknown>,
  ) {
    this.keys = generateKeyPairSync('rsa', { modulusLength: 2048 })
  }

  static async start(issuer: string, claims: Record<string, unknown>): Promise<FakeOidc> {
    const oidc = new FakeOidc(issuer, claims)
    oidc.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost')
      const audience = url.searchParams.get('audience')
      oidc.requests.push({ path: url.pathname, audience, authorization: req.headers.authorization })
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(body))
      }
      if (url.pathname === '/.well-known/openid-configuration') {
        reply(200, { issuer: oidc.issuer, jwks_uri: `${oidc.issuer}/.well-known/jwks` })
        return
      }
      if (url.pathname === '/.well-known/jwks') {
        reply(200, {
          keys: [{ ...oidc.keys.publicKey.export({ format: 'jwk' }), kid: 'fake', alg: 'RS256', use: 'sig' }],
        })
        return
      }
      if (url.pathname === '/token') {
        if (req.headers.authorization !== `Bearer ${oidc.requestToken}`) {
          reply(401, { message: 'bad token' })
          return
        }
        reply(200, { value: oidc.token(audience ?? 'https://github.com') })
        return
      }
      reply(404, { message: 'Not Found' })
    })
    await new Promise<void>((resolve) => oidc.server?.listen(0, '127.0.0.1', resolve))
    oidc.url = `http://127.0.0.1:${(oidc.server.address() as AddressInfo).port}`
    return oidc
  }

  /** ACTIONS_ID_TOKEN_REQUEST_URL as the runner gives it (with a query, so clients append `&audience=`). */
  get requestUrl(): string {
    return `${this.url}/token?api-version=2.0`
  }

  token(audience: string): string {
    const now = Math.floor(Date.now() / 1000)
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
    const header = encode({ alg: 'RS256', typ: 'JWT', kid: 'fake' })
    const payload = encode({ ...this.claims, iss: this.issuer, aud: audience, iat: now, nbf: now - 5, exp: now + 600 })
    const signature = sign('sha256', Buffer.from(`${header}.${payload}`), this.keys.privateKey).toString('base64url')
    return `${header}.${payload}.${signature}`
  }

  /** Answers a request forwarded from another host (the issuer's name, through a TLS-terminating proxy). */
  get handler(): Server {
    if (!this.server) throw new Error('not started')
    return this.server
  }

  async stop(): Promise<void> {
    const server = this.server
    if (!server) return
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
