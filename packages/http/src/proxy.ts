/** The environment the runner's proxy settings arrive in (RunnerContext.env); self-hosted runners set them. */
export type ProxyEnvironment = Readonly<Record<string, string | undefined>>

const first = (...values: (string | undefined)[]): string | undefined =>
  values.map((v) => v?.trim()).find((v) => v !== undefined && v !== '')

/** Whether any proxy is configured at all. */
export function hasProxySettings(env: ProxyEnvironment): boolean {
  return first(env.https_proxy, env.HTTPS_PROXY, env.http_proxy, env.HTTP_PROXY) !== undefined
}

/**
 * The proxy a request to `target` goes through, or undefined to go direct. The rules are the runner's own (its
 * `RunnerWebProxy`, and `@actions/http-client`'s, which agree on them), so an action sees the same network as the
 * runner and `actions/checkout` on that machine:
 * - `https_proxy`/`HTTPS_PROXY` for https URLs, `http_proxy`/`HTTP_PROXY` for http ones; the lower-case name wins, an
 *   empty value counts as unset. A value without a scheme (`proxy.corp:3128`) is plain http, as curl reads it.
 * - loopback targets (`localhost`, `127.0.0.0/8`, `[::1]`) always go direct: both the runner and the toolkit bypass
 *   them without being told, and a proxy could not reach the runner's own loopback anyway.
 * - see `bypassesProxy` for `no_proxy`.
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
  const spelled = /^[a-z][a-z\d+.-]*:\/\//i.test(variable) ? variable : `http://${variable}`
  let proxy: URL
  try {
    proxy = new URL(spelled)
  } catch {
    throw new Error(`The proxy setting "${redactSetting(variable)}" is not a URL: expected http://host:port`)
  }
  if (proxy.protocol !== 'http:' && proxy.protocol !== 'https:')
    throw new Error(
      `The proxy setting "${redactSetting(variable)}" is not an http or https URL: expected http://host:port`,
    )
  return proxy
}

/** Loopback as the runner's `Uri.IsLoopback` and the toolkit's `isLoopbackAddress` see it. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase()
  return (
    host === 'localhost' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) ||
    host === '[::1]' ||
    host === '[0:0:0:0:0:0:0:1]'
  )
}

/**
 * Whether `target` is reached directly whatever the proxy variables say. `no_proxy`/`NO_PROXY` (lower case wins) is a
 * comma list; each entry is
 * - `*`: every host;
 * - a host name: that host and every host under it (`example.com` covers `api.example.com`);
 * - a name with a leading dot (`.example.com`) or `*.`: hosts under it, and the name itself;
 * - an IP literal (`10.1.2.3`, `[fd00::1]`): that address as written in the URL;
 * - any of these with `:port`: only that port (the scheme's default port when the URL has none).
 * Names compare case-insensitively; no CIDR ranges (neither the runner nor the toolkit reads them).
 */
export function bypassesProxy(target: URL, env: ProxyEnvironment): boolean {
  const host = target.hostname.toLowerCase()
  if (host === '') return false
  if (isLoopbackHost(host)) return true
  const noProxy = first(env.no_proxy, env.NO_PROXY)
  if (noProxy === undefined) return false
  const port = target.port !== '' ? target.port : target.protocol === 'https:' ? '443' : '80'
  return noProxy
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item !== '')
    .some((item) => {
      if (item === '*') return true
      const { name, port: wanted } = splitEntry(item)
      if (wanted !== undefined && wanted !== port) return false
      const bare = name.startsWith('*.') ? name.slice(2) : name.startsWith('.') ? name.slice(1) : name
      if (bare === '') return false
      return host === bare || host.endsWith(`.${bare}`)
    })
}

/** `host`, `host:port`, `[v6]`, `[v6]:port`. */
function splitEntry(item: string): { name: string; port?: string } {
  if (item.startsWith('[')) {
    const close = item.indexOf(']')
    const name = item.slice(0, close + 1)
    const rest = item.slice(close + 1)
    return rest.startsWith(':') ? { name, port: rest.slice(1) } : { name }
  }
  const colon = item.lastIndexOf(':')
  if (colon > 0 && item.indexOf(':') === colon && /^\d+$/.test(item.slice(colon + 1)))
    return { name: item.slice(0, colon), port: item.slice(colon + 1) }
  return { name: item }
}

/** A proxy setting as it may appear in an error: credentials in it are replaced. */
export function redactSetting(setting: string): string {
  return setting.replace(/\/\/[^/@]*@/, '//***@')
}

/** Basic credentials from the proxy URL's user info, for the proxy alone. */
export function proxyAuthorization(proxy: URL): Record<string, string> {
  if (proxy.username === '' && proxy.password === '') return {}
  const user = decodeURIComponent(proxy.username)
  const password = decodeURIComponent(proxy.password)
  return { 'proxy-authorization': `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` }
}
