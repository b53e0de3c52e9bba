export * from './checksum.js'
export * from './download.js'
export * from './iso.js'
export * from './plan.js'
