/**
 * One thing wrong with the repository, with where it sits. version-check collects every problem first and reports
 * them all (each as an error annotation), so a user fixes everything in one push instead of one error per run.
 */
export interface Problem {
  message: string
  /** Short annotation title: what kind of problem. */
  title: string
  /** Workspace-relative path, with `/` separators. */
  file?: string
  line?: number
  column?: number
}

/** 1-based line and column of a character offset in a text. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}
