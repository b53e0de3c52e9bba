import http from 'node:http'
import https from 'node:https'
import type { Duplex } from 'node:stream'
import tls from 'node:tls'
import { ProxyError } from './errors.js'
import { proxyAuthorization } from './proxy.js'

interface TunnelOptions {
  stallMs: number
  ca: string | Buffer | (string | Buffer)[] | undefined
}

type ConnectionOptions = tls.ConnectionOptions & { host?: string; port?: number; servername?: string }

/**
 * An https Agent whose connections are CONNECT tunnels through an http(s) proxy, with TLS to the target inside: the
 * way curl and the runner reach an https URL through a proxy. The agent keeps tunnels alive per target like any
 * agent. Loaded only when a proxy is in use.
 */
export function createTunnelAgent(proxy: URL, options: TunnelOptions): https.Agent {
  class TunnelAgent extends https.Agent {
    override createConnection(
      connection: ConnectionOptions,
      callback: (error: Error | null, socket?: Duplex) => void,
    ): undefined {
      const host = connection.host ?? 'localhost'
      const port = connection.port ?? 443
      const target = `${host.includes(':') ? `[${host}]` : host}:${port}`
      const send = proxy.protocol === 'https:' ? https.request : http.request
      const connect = send({
        host: proxy.hostname,
        port: proxy.port === '' ? (proxy.protocol === 'https:' ? 443 : 80) : Number(proxy.port),
        method: 'CONNECT',
        path: target,
        headers: { host: target, ...proxyAuthorization(proxy) },
        agent: false,
        ...(options.ca !== undefined ? { ca: options.ca } : {}),
      })
      let done = false
      const finish = (error: Error | null, socket?: Duplex): void => {
        if (done) return
        done = true
        clearTimeout(timer)
        callback(error, socket)
      }
      const timer = setTimeout(() => {
        connect.destroy()
        finish(new ProxyError(`the proxy ${proxy.host} did not open a tunnel to ${target} (stalled)`, undefined))
      }, options.stallMs)
      connect.once('connect', (answer, socket, head) => {
        if (answer.statusCode !== 200) {
          socket.destroy()
          finish(
            new ProxyError(
              `the proxy ${proxy.host} answered CONNECT ${target} with HTTP ${answer.statusCode ?? 0}${answer.statusCode === 407 ? ' (proxy authentication required: put the user and password in the proxy URL)' : ''}`,
              answer.statusCode,
            ),
          )
          return
        }
        if (head.length > 0) socket.unshift(head)
        const servername = connection.servername ?? (isIp(host) ? undefined : host)
        const secure = tls.connect({ ...connection, socket, ...(servername ? { servername } : {}) })
        secure.once('secureConnect', () => finish(null, secure))
        secure.once('error', (error: Error) => finish(error))
      })
      connect.once('error', (error) =>
        finish(
          Object.assign(new ProxyError(`the proxy ${proxy.host} could not be reached: ${error.message}`, undefined), {
            cause: error,
          }),
        ),
      )
      connect.end()
      return undefined
    }
  }
  return new TunnelAgent({ keepAlive: true, ...(options.ca !== undefined ? { ca: options.ca } : {}) })
}

function isIp(host: string): boolean {
  return /^[\d.]+$/.test(host) || host.includes(':')
}
