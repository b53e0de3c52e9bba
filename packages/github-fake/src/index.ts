export * from './openapi.js'
export * from './server.js'
export * from './proxy.js'
