// Dependency-free checks the CI workflow runs: every script parses (lint), and text files are LF-only, without
// trailing blanks, with a final newline (--format).
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const format = process.argv.includes('--format')
const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n').filter(Boolean)
const problems = []
for (const file of files) {
  if (!format && file.endsWith('.js')) {
    try {
      execFileSync(process.execPath, ['--check', file], { stdio: 'pipe' })
    } catch (error) {
      problems.push(`${file}: ${String(error.stderr).trim()}`)
    }
  }
  if (format && /\.(js|json|md|yml|yaml|conf)$|Dockerfile$|^version$/.test(file)) {
    const text = readFileSync(file, 'utf8')
    if (text.includes('\r')) problems.push(`${file}: CRLF line ending`)
    if (!text.endsWith('\n')) problems.push(`${file}: no final newline`)
    text.split('\n').forEach((line, i) => {
      if (/[ \t]+$/.test(line)) problems.push(`${file}:${i + 1}: trailing whitespace`)
    })
  }
}
for (const problem of problems) console.error(problem)
process.exit(problems.length === 0 ? 0 : 1)
