// Request handling without the socket: a plain function from method and path to a response, easy to test.
export function route(method, path, { version }) {
  if (method !== 'GET' && method !== 'HEAD') {
    return { status: 405, headers: { allow: 'GET, HEAD' }, body: 'method not allowed\n' }
  }
  if (path === '/healthz') return { status: 200, headers: {}, body: 'ok\n' }
  if (path === '/version')
    return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ version }) }
  return { status: 404, headers: {}, body: 'not found\n' }
}
