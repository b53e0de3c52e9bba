import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { releasePlan } from './plan.js'

// Usage: builder <name> <source-dir>: packs the tracked files of <source-dir> into <name>-<version>.tar.gz.
const [name = 'server', source = '.'] = process.argv.slice(2)
const version = readFileSync(`${source}/version`, 'utf8').trim()
const files = execFileSync('git', ['-C', source, 'ls-files'], { encoding: 'utf8' }).split('\n').filter(Boolean)
const plan = releasePlan({ name, version, files })
execFileSync('tar', ['-C', source, '--sort=name', '--mtime=@0', '-czf', plan.archive, ...plan.entries], {
  stdio: 'inherit',
})
console.log(plan.archive)
