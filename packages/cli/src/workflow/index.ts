// `slipway workflow` as a library (tests, the rehearsal): loading it loads GitHub's workflow parser.
export * from './command.js'
export * from './engine.js'
export * from './expressions.js'
export * from './image-scan.js'
export * from './load.js'
export * from './matrix.js'
export * from './plan.js'
export * from './stand-ins.js'
