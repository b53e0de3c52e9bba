import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

/**
 * A stand-in for the proxy of a self-hosted runner: an HTTP proxy on loopback that answers CONNECT, as corporate
 * proxies do for TLS, and tunnels each connection to 127.0.0.1 on the port the client asked for, whatever the host
 * name (so a client can name a host no resolver knows, which only the proxy can reach). Records every CONNECT.
 */
export class ConnectProxy {
  readonly connects: { target: string; authorization: string | undefined }[] = []
  private readonly sockets = new Set<Socket>()
  private constructor(private readonly server: Server) {}

  static async start(): Promise<ConnectProxy> {
    const proxy = new ConnectProxy(createServer((_req, res) => res.writeHead(405).end()))
    proxy.server.on('connection', (socket) => proxy.track(socket))
    proxy.server.on('connect', (req, client: Socket, head: Buffer) => {
      const target = req.url ?? ''
      proxy.connects.push({ target, authorization: req.headers['proxy-authorization'] })
      const upstream = connect(Number(target.split(':').at(-1)), '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.write(head)
        upstream.pipe(client)
        client.pipe(upstream)
      })
      proxy.track(upstream)
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
    })
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve))
    return proxy
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port
  }

  private track(socket: Socket): void {
    this.sockets.add(socket)
    socket.on('close', () => this.sockets.delete(socket))
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}
