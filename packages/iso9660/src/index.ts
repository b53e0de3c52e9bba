export * from './names.js'
export * from './tree.js'
export * from './writer.js'
export { decodeName, encodeName, fsPath, showName } from './raw-names.js'
