// The log walking lives in @slipway/git; the notes read its records through these names.
export { coAuthorsOf, streamCommits, type GitCommit, type LogRange, type Person } from '@slipway/git'
