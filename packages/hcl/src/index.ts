export * from './parser.js'
export * from './packer.js'
