/**
 * A credential bound to the origin (scheme, host, port) it was given for, as browsers and docker bind them. The HTTP
 * layer attaches `authorization` only to a request whose URL has exactly this origin: a redirect, an upload
 * `Location` or a link to another origin goes without it, and a request over plain http for an https credential is
 * refused outright.
 */
export interface BoundCredential {
  /** `https://ghcr.io`, `http://127.0.0.1:5000` (URL.origin: no default port). */
  readonly origin: string
  /** The whole header value: `Basic …`, `Bearer …`, `token …`. */
  readonly authorization: string
}

export function bindCredential(url: string | URL, authorization: string): BoundCredential {
  return { origin: new URL(url).origin, authorization }
}

/** Whether a credential may go with a request to `url`. */
export function credentialApplies(credential: BoundCredential, url: URL): boolean {
  return url.origin === credential.origin
}

/** True when `url` is plain http on the host of an https credential: a downgrade that is refused, not just stripped. */
export function isDowngrade(credential: BoundCredential, url: URL): boolean {
  if (url.protocol !== 'http:') return false
  try {
    const bound = new URL(credential.origin)
    return bound.protocol === 'https:'
  } catch {
    return false
  }
}

/**
 * A URL for logs and errors: no user info, and no query (it may hold signed tokens or an upload session's state).
 * Long opaque path segments (upload session ids) are kept; they are not secrets on their own.
 */
export function redactUrl(url: string | URL): string {
  try {
    const parsed = new URL(url)
    parsed.username = ''
    parsed.password = ''
    parsed.hash = ''
    if (parsed.search) parsed.search = ''
    return `${parsed.toString()}${new URL(url).search ? '?…' : ''}`
  } catch {
    return String(url)
      .replace(/\/\/[^/@]*@/, '//')
      .replace(/\?.*$/, '?…')
  }
}
