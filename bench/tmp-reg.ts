import { startLocalRegistry } from '@slipway/oci-registry/local-registry'
const r = await startLocalRegistry({ users: [{ username: 'me', password: 'pw-123456' }] })
console.log(r.host)
await new Promise(() => {})
