export * from './openapi.js'
export * from './server.js'
