export * from './names.js'
export * from './tree.js'
export * from './writer.js'
