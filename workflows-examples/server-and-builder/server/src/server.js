import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { route } from './routes.js'

const version = readFileSync(new URL('../../version', import.meta.url), 'utf8').trim()
const port = Number(process.env.PORT ?? 8080)

createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost')
  const response = route(req.method ?? 'GET', pathname, { version })
  res.writeHead(response.status, response.headers)
  res.end(req.method === 'HEAD' ? undefined : response.body)
}).listen(port, () => console.log(`server ${version} listening on ${port}`))
