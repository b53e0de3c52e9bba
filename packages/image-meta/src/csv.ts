/**
 * One line of CSV as csv-parse reads it with its defaults (the parser metadata-action runs on each line of `tags`,
 * `flavor` and `images`): fields separated by commas; a field that starts with `"` is quoted, may hold commas, and
 * writes a quote as `""`; a quote anywhere else, text after a closing quote, or a quote left open is an error.
 * Nothing is trimmed here (the callers trim keys and values, as metadata-action does).
 */
export class CsvLineError extends Error {
  override readonly name = 'CsvLineError'
}

export function parseCsvLine(line: string): string[] {
  const fields: string[] = []
  let field = ''
  let i = 0
  while (i <= line.length) {
    if (line[i] === '"') {
      if (field !== '') {
        throw new CsvLineError(
          `a quote inside the unquoted field ${JSON.stringify(field + '"')}: quote the whole field ("key=value") and write a quote in it as ""`,
        )
      }
      // A quoted field: runs to the quote that is not doubled.
      i++
      for (;;) {
        if (i >= line.length) throw new CsvLineError(`a quote opened before ${JSON.stringify(field)} is never closed`)
        const char = line.charAt(i)
        if (char === '"') {
          if (line[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i++
          break
        }
        field += char
        i++
      }
      if (i < line.length && line[i] !== ',') {
        throw new CsvLineError(
          `text after the closing quote of ${JSON.stringify(field)}: a quoted field ends at a comma or the end of the line`,
        )
      }
    }
    if (i >= line.length || line[i] === ',') {
      fields.push(field)
      field = ''
      i++
      continue
    }
    field += line.charAt(i)
    i++
  }
  return fields
}
