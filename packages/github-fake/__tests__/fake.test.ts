import { fixture, minimalInstance, responseSchema, validate } from '../src/openapi.js'
import { GitHubFake } from '../src/server.js'

describe('the OpenAPI checks', () => {
  test('a fixture built from the schema validates, and a wrong field type is reported', () => {
    const release = fixture<{ id: number; tag_name: string }>('release', { id: 7, tag_name: 'v1.0.0' })
    const schema = responseSchema('GET', '/repos/{owner}/{repo}/releases/{release_id}', 200)!
    expect(validate(schema, release)).toEqual([])
    expect(validate(schema, { ...release, id: 'seven' })).toEqual(['$.id: expected integer, got "seven"'])
    const { upload_url: _dropped, ...missing } = release as unknown as Record<string, unknown>
    expect(validate(schema, missing)).toContain('$.upload_url: required')
    expect(() => fixture('release', { draft: 'no' })).toThrow(/draft: expected boolean/)
  })

  test('minimalInstance fills every required property', () => {
    const asset = minimalInstance({ $ref: '#/components/schemas/release-asset' }) as Record<string, unknown>
    expect(Object.keys(asset).sort()).toEqual(
      [
        'browser_download_url',
        'content_type',
        'created_at',
        'digest',
        'download_count',
        'id',
        'label',
        'name',
        'node_id',
        'size',
        'state',
        'updated_at',
        'uploader',
        'url',
      ].sort(),
    )
  })
})

describe('GitHubFake', () => {
  let fake: GitHubFake
  beforeEach(async () => {
    fake = await GitHubFake.start('o', 'r')
  })
  afterEach(async () => {
    await fake.stop()
  })
  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${fake.url}${path}`, {
      method,
      headers: { authorization: 'token x', 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })

  test('a request body that breaks the operation schema is a 422 and a recorded violation', async () => {
    const response = await call('POST', '/repos/o/r/releases', { tag_name: 'v1', draft: 'yes' })
    expect(response.status).toBe(422)
    expect(fake.violations).toEqual([
      'request POST /repos/{owner}/{repo}/releases $.draft: expected boolean, got "yes"',
    ])
  })

  test('releases: created, found by tag unless draft, listed; faults are served then spent', async () => {
    expect((await call('POST', '/repos/o/r/releases', { tag_name: 'v1', draft: true })).status).toBe(201)
    expect((await call('GET', '/repos/o/r/releases/tags/v1')).status).toBe(404)
    const list = (await (await call('GET', '/repos/o/r/releases')).json()) as { tag_name: string }[]
    expect(list.map((r) => r.tag_name)).toEqual(['v1'])
    fake.inject({
      method: 'GET',
      path: /releases$/,
      times: 1,
      status: 403,
      headers: { 'retry-after': '1' },
      message: 'You have exceeded a secondary rate limit',
    })
    const limited = await call('GET', '/repos/o/r/releases')
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([403, '1'])
    expect((await call('GET', '/repos/o/r/releases')).status).toBe(200)
    expect(fake.violations).toEqual([])
  })

  test('a release body over 125,000 characters is refused, on create and on update, as github.com refuses it', async () => {
    const created = await call('POST', '/repos/o/r/releases', { tag_name: 'v-long', body: 'x'.repeat(125_001) })
    expect(created.status).toBe(422)
    expect(JSON.stringify(await created.json())).toContain('body is too long (maximum is 125000 characters)')
    // Characters, not UTF-16 units: 125,000 emoji (250,000 units) are within the limit.
    const atLimit = await call('POST', '/repos/o/r/releases', { tag_name: 'v-long', body: '\u{1F680}'.repeat(125_000) })
    expect(atLimit.status).toBe(201)
    const { id } = (await atLimit.json()) as { id: number }
    expect((await call('PATCH', `/repos/o/r/releases/${id}`, { body: 'y'.repeat(125_001) })).status).toBe(422)
    expect((await call('PATCH', `/repos/o/r/releases/${id}`, { body: 'y'.repeat(125_000) })).status).toBe(200)
  })

  test('a request without a token is refused, as GitHub refuses writes', async () => {
    const response = await fetch(`${fake.url}/repos/o/r/releases`, { method: 'POST', body: '{}' })
    expect(response.status).toBe(401)
  })
})
