export * from './openapi.js'
export * from './server.js'
export * from './proxy.js'
export * from './packages.js'
