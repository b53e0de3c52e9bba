// The container service: hands out the provisioning artifacts (ISOs, scripts, version) that new VMs fetch at first
// boot, read-only, from the fixed paths the image puts them at. Node's standard library only.
import { createReadStream } from 'node:fs'
import { readFile, readdir, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import path from 'node:path'

const ARTIFACTS = process.env.ARTIFACTS_DIR ?? '/app/artifacts'
const PORT = Number(process.env.PORT ?? 8000)
const TYPES = { '.iso': 'application/x-iso9660-image', '.ps1': 'text/plain; charset=utf-8', '': 'text/plain' }

const server = createServer(async (request, response) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end()
    return
  }
  const url = new URL(request.url ?? '/', 'http://localhost')
  if (url.pathname === '/healthz') {
    response.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n')
    return
  }
  if (url.pathname === '/version') {
    response.writeHead(200, { 'content-type': 'text/plain' }).end(await readFile(path.join(ARTIFACTS, 'version')))
    return
  }
  // Only paths inside the artifacts folder: "..", encoded or not, never leaves it.
  const file = path.join(ARTIFACTS, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.(\/|$))+/, ''))
  if (!file.startsWith(ARTIFACTS)) {
    response.writeHead(404).end()
    return
  }
  try {
    const info = await stat(file)
    if (info.isDirectory()) {
      const names = await readdir(file)
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(names.sort().join('\n') + '\n')
      return
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
    })
    if (request.method === 'HEAD') response.end()
    else createReadStream(file).pipe(response)
  } catch {
    response.writeHead(404).end()
  }
})

server.listen(PORT, () => console.log(`container-service: serving ${ARTIFACTS} on port ${PORT}`))
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)))
