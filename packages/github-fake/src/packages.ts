import { fixture } from './openapi.js'
import type { GitHubFake, Response } from './server.js'

export interface FakePackageVersion {
  id: number
  /** The manifest digest, for a container package. */
  name: string
  tags: string[]
}

type OwnerKind = 'orgs' | 'users'

/**
 * GHCR's package versions as GitHub's packages API shows them (`/orgs/…` or `/users/…`,
 * `/packages/container/{name}/versions`): listing with pagination and deleting a version. The test seeds the versions
 * to match what it pushed to the registry on loopback; every route and payload is checked against the OpenAPI
 * description like the fake's other routes.
 */
export class FakePackages {
  private readonly store = new Map<string, FakePackageVersion[]>()
  readonly deleted: { owner: string; packageName: string; id: number; name: string }[] = []
  private nextId = 5000

  constructor(
    private readonly fake: GitHubFake,
    private readonly ownerKinds: Record<string, OwnerKind> = {},
  ) {
    for (const kind of ['orgs', 'users'] as const) {
      const owner = kind === 'orgs' ? '{org}' : '{username}'
      const base = `/${kind}/${owner}/packages/{package_type}/{package_name}/versions`
      fake.addRoute('GET', base, new RegExp(`^/${kind}/([^/]+)/packages/([^/]+)/([^/]+)/versions$`), (m, request) =>
        this.list(kind, m, request.query),
      )
      fake.addRoute(
        'DELETE',
        `${base}/{package_version_id}`,
        new RegExp(`^/${kind}/([^/]+)/packages/([^/]+)/([^/]+)/versions/(\\d+)$`),
        (m) => this.remove(kind, m),
      )
    }
  }

  private key(owner: string, packageName: string): string {
    return `${owner}/${packageName}`
  }

  /** Adds a version (a manifest in the registry) to a container package; returns its id. */
  seed(owner: string, packageName: string, name: string, tags: string[] = []): number {
    const id = this.nextId++
    const key = this.key(owner, packageName)
    this.store.set(key, [...(this.store.get(key) ?? []), { id, name, tags }])
    return id
  }

  versions(owner: string, packageName: string): FakePackageVersion[] {
    return this.store.get(this.key(owner, packageName)) ?? []
  }

  private found(kind: OwnerKind, match: string[]): { owner: string; packageName: string } | undefined {
    const [owner = '', type = '', name = ''] = match
    const packageName = decodeURIComponent(name)
    // GitHub answers 404 when the owner is not of the kind the route names (an org route for a user's package).
    if ((this.ownerKinds[owner] ?? 'orgs') !== kind || type !== 'container') return undefined
    return this.store.has(this.key(owner, packageName)) ? { owner, packageName } : undefined
  }

  private notFound(): Response {
    return { status: 404, body: { message: 'Package not found.', documentation_url: 'https://docs.github.com/rest' } }
  }

  private list(kind: OwnerKind, match: string[], query: URLSearchParams): Response {
    const found = this.found(kind, match)
    if (!found) return this.notFound()
    const perPage = Number(query.get('per_page') ?? 30)
    const page = Number(query.get('page') ?? 1)
    const all = this.versions(found.owner, found.packageName)
    const body = all.slice((page - 1) * perPage, page * perPage).map((v) => this.view(kind, found, v))
    const headers: Record<string, string> = {}
    if (page * perPage < all.length) {
      const next = new URL(`${this.fake.url}/${kind}/${match[0] ?? ''}/packages/container/${match[2] ?? ''}/versions`)
      for (const [key, value] of query) next.searchParams.set(key, value)
      next.searchParams.set('page', String(page + 1))
      headers.link = `<${next.toString()}>; rel="next"`
    }
    return { status: 200, body, headers }
  }

  private remove(kind: OwnerKind, match: string[]): Response {
    const found = this.found(kind, match)
    if (!found) return this.notFound()
    const versions = this.versions(found.owner, found.packageName)
    const index = versions.findIndex((v) => v.id === Number(match[3]))
    if (index < 0) return this.notFound()
    const [version] = versions.splice(index, 1)
    if (version) this.deleted.push({ ...found, id: version.id, name: version.name })
    return { status: 204 }
  }

  private view(
    kind: OwnerKind,
    where: { owner: string; packageName: string },
    version: FakePackageVersion,
  ): Record<string, unknown> {
    const encoded = encodeURIComponent(where.packageName)
    return fixture('package-version', {
      id: version.id,
      name: version.name,
      url: `${this.fake.url}/${kind}/${where.owner}/packages/container/${encoded}/versions/${version.id}`,
      package_html_url: `https://github.invalid/${where.owner}/packages/container/package/${encoded}`,
      created_at: '2024-01-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z',
      metadata: { package_type: 'container', container: { tags: version.tags } },
    })
  }
}
