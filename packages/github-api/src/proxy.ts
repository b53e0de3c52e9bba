/** The environment variables a runner's proxy settings arrive in (self-hosted runners set them; hosted ones do not). */
export type ProxyEnvironment = Readonly<Record<string, string | undefined>>

const first = (...values: (string | undefined)[]): string | undefined =>
  values.map((v) => v?.trim()).find((v) => v !== undefined && v !== '')

/** Whether any proxy is configured at all: when none is, requests use Node's own `fetch` and undici is never loaded. */
export function hasProxySettings(env: ProxyEnvironment): boolean {
  return first(env.https_proxy, env.HTTPS_PROXY, env.http_proxy, env.HTTP_PROXY) !== undefined
}

/**
 * The proxy a request to `target` goes through, or undefined to go direct. The rules are those of the runner's own
 * HTTP client (`@actions/http-client`), so an action sees the same network as `actions/checkout` on that runner:
 * `https_proxy`/`HTTPS_PROXY` for https URLs, `http_proxy`/`HTTP_PROXY` for http ones (lower case wins); loopback hosts
 * never go through a proxy; `no_proxy`/`NO_PROXY` is a comma list of `*`, hosts, `host:port` and domain suffixes
 * (`example.com` and `.example.com` both cover `api.example.com`; `*.example.com` is read as `.example.com`).
 */
export function proxyFor(target: URL, env: ProxyEnvironment): URL | undefined {
  if (bypassesProxy(target, env)) return undefined
  const variable =
    target.protocol === 'https:'
      ? first(env.https_proxy, env.HTTPS_PROXY)
      : target.protocol === 'http:'
        ? first(env.http_proxy, env.HTTP_PROXY)
        : undefined
  if (variable === undefined) return undefined
  // `proxy.corp:3128` without a scheme means plain http, as curl and the runner read it.
  const spelled = /^[a-z][a-z\d+.-]*:\/\//i.test(variable) ? variable : `http://${variable}`
  let proxy: URL
  try {
    proxy = new URL(spelled)
  } catch {
    throw new Error(`The proxy setting "${redact(variable)}" is not a URL: expected http://host:port`)
  }
  if (proxy.protocol !== 'http:' && proxy.protocol !== 'https:')
    throw new Error(`The proxy setting "${redact(variable)}" is not an http or https URL: expected http://host:port`)
  return proxy
}

/** Whether `target` is reached directly whatever the proxy variables say. */
export function bypassesProxy(target: URL, env: ProxyEnvironment): boolean {
  const host = target.hostname.toUpperCase()
  if (host === '') return false
  if (host === 'LOCALHOST' || host.startsWith('127.') || host === '[::1]' || host === '[0:0:0:0:0:0:0:1]') return true
  const noProxy = first(env.no_proxy, env.NO_PROXY)
  if (noProxy === undefined) return false
  const port = target.port !== '' ? target.port : target.protocol === 'https:' ? '443' : '80'
  const candidates = [host, `${host}:${port}`]
  return noProxy
    .split(',')
    .map((item) => item.trim().toUpperCase())
    .filter((item) => item !== '')
    .map((item) => (item.startsWith('*.') ? item.slice(1) : item))
    .some(
      (item) =>
        item === '*' ||
        candidates.some(
          (candidate) =>
            candidate === item || candidate.endsWith(`.${item}`) || (item.startsWith('.') && candidate.endsWith(item)),
        ),
    )
}

/** A proxy setting as it may appear in an error: credentials in it are replaced. */
function redact(setting: string): string {
  return setting.replace(/\/\/[^/@]*@/, '//***@')
}

/**
 * A `fetch` that sends each request the way `proxyFor` decides: directly with Node's global `fetch`, or through an
 * undici `ProxyAgent` (a CONNECT tunnel). undici is imported only when the first proxied request is made, so an action
 * whose runner has no proxy never loads it (the bundler emits it as a separate chunk). undici's own `fetch` is used
 * with its agent: a dispatcher must come from the same undici as the `fetch` it is given to, and Node's built-in one
 * is a different copy.
 */
export function proxyAwareFetch(env: ProxyEnvironment): typeof fetch {
  const tunnels = new Map<string, Promise<typeof fetch>>()
  const tunnel = (proxy: URL): Promise<typeof fetch> => {
    let made = tunnels.get(proxy.href)
    if (made === undefined) {
      made = import('undici').then(({ ProxyAgent, fetch: undiciFetch }) => {
        const dispatcher = new ProxyAgent(proxy.href)
        // The Request and Response classes of undici and of Node's built-in copy differ in identity only: Octokit uses
        // them through their interface, never `instanceof`.
        // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
        const proxied: typeof fetch = (input, init) => undiciFetch(input, { ...init, dispatcher })
        return proxied
      })
      tunnels.set(proxy.href, made)
    }
    return made
  }
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input)
    const proxy = proxyFor(url, env)
    return proxy === undefined ? fetch(input, init) : (await tunnel(proxy))(input, init)
  }
}
