import { RetryableError, isRetryableStatus, parseRetryAfter, retry } from '../src/index.js'

/** A fake clock: sleeping advances it, so tests observe the delays without waiting. */
function clock() {
  let t = 0
  const waits: number[] = []
  return {
    waits,
    now: () => t,
    sleep: (ms: number) => {
      waits.push(ms)
      t += ms
      return Promise.resolve()
    },
  }
}

describe('retry', () => {
  test('retries retryable errors with growing backoff, then succeeds', async () => {
    const c = clock()
    let calls = 0
    const value = await retry(
      () => {
        calls++
        if (calls < 4) throw new RetryableError('busy')
        return Promise.resolve('done')
      },
      { ...c, random: () => 1, minDelayMs: 100 },
    )
    expect(value).toBe('done')
    expect(c.waits).toEqual([100, 200, 400])
  })

  test('jitter stays between half and all of the backoff', async () => {
    const c = clock()
    await expect(
      retry(() => Promise.reject(new RetryableError('x')), { ...c, random: () => 0, minDelayMs: 100, attempts: 3 }),
    ).rejects.toThrow('x')
    expect(c.waits).toEqual([50, 100])
  })

  test('honours Retry-After when it is longer than the backoff', async () => {
    const c = clock()
    let calls = 0
    await retry(
      () => {
        if (calls++ === 0) throw new RetryableError('rate limited', 7_000)
        return Promise.resolve()
      },
      { ...c, random: () => 0.5 },
    )
    expect(c.waits).toEqual([7_000])
  })

  test('does not retry other errors', async () => {
    const c = clock()
    await expect(retry(() => Promise.reject(new Error('bad request')), c)).rejects.toThrow('bad request')
    expect(c.waits).toEqual([])
  })

  test('stops when the time budget would be exceeded', async () => {
    const c = clock()
    let calls = 0
    await expect(
      retry(
        () => {
          calls++
          throw new RetryableError('down', 60_000)
        },
        { ...c, attempts: 10, maxElapsedMs: 100_000 },
      ),
    ).rejects.toThrow('down')
    expect(calls).toBe(2)
    expect(c.waits).toEqual([60_000])
  })

  test('a Retry-After longer than the budget left fails at once and says so', async () => {
    const c = clock()
    let calls = 0
    const failure = retry(
      () => {
        calls++
        throw new RetryableError('PUT https://registry.test/v2/x/manifests/1: HTTP 429', 300_000)
      },
      { ...c, attempts: 5, maxElapsedMs: 120_000 },
    )
    await expect(failure).rejects.toThrow(
      'PUT https://registry.test/v2/x/manifests/1: HTTP 429; the server asked to wait 300 s (Retry-After), more than the 120 s left of the retry budget, 1 attempt',
    )
    expect(calls).toBe(1)
    expect(c.waits).toEqual([])
  })

  test('the final error says how many attempts were made', async () => {
    const c = clock()
    const failure = retry(() => Promise.reject(new RetryableError('GET https://h/x: no response for 30 s (stalled)')), {
      ...c,
      attempts: 3,
    })
    await expect(failure).rejects.toThrow('GET https://h/x: no response for 30 s (stalled), 3 attempts')
    await expect(failure).rejects.toMatchObject({ attempts: 3 })
  })

  test('an error that already went through a retry keeps its count', async () => {
    const c = clock()
    const inner = (): Promise<never> => retry(() => Promise.reject(new RetryableError('token')), { ...c, attempts: 2 })
    await expect(retry(inner, { ...c, attempts: 2 })).rejects.toThrow(/^token, 2 attempts$/)
  })

  test('reports each retry', async () => {
    const c = clock()
    const seen: number[] = []
    await expect(
      retry(() => Promise.reject(new RetryableError('x')), {
        ...c,
        attempts: 3,
        onRetry: ({ attempt }) => seen.push(attempt),
      }),
    ).rejects.toThrow()
    expect(seen).toEqual([1, 2])
  })
})

describe('parseRetryAfter', () => {
  test.each([
    ['120', 0, 120_000],
    ['0', 0, 0],
    ['Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:00 GMT'), 60_000],
    ['Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:29:00 GMT'), 0],
    ['soon', 0, undefined],
    [undefined, 0, undefined],
  ])('%j at %d is %j', (header, now, expected) => expect(parseRetryAfter(header, now)).toBe(expected))
})

test.each([
  [500, true],
  [503, true],
  [429, true],
  [408, true],
  [404, false],
  [401, false],
  [200, false],
])('status %d retryable: %s', (status, expected) => expect(isRetryableStatus(status)).toBe(expected))
