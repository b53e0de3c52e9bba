// strategy.matrix expanded as the runner expands it: the product of the vectors, less `exclude`, then each `include`
// entry added to every combination it extends without overwriting an original value, or as a new one.
import type { Value } from './expressions.js'

export type Combination = Record<string, Value>

function matches(combination: Combination, partial: Record<string, Value>): boolean {
  return Object.entries(partial).every(([key, value]) => deepEqual(combination[key], value))
}

function deepEqual(a: Value | undefined, b: Value | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

export class MatrixError extends Error {
  override name = 'MatrixError'
}

export function expandMatrix(matrix: Value): Combination[] {
  if (matrix === null) return []
  if (typeof matrix !== 'object' || Array.isArray(matrix))
    throw new MatrixError(`strategy.matrix must be a mapping, got ${JSON.stringify(matrix)}`)
  const vectors = Object.entries(matrix).filter(([key]) => key !== 'include' && key !== 'exclude')
  let combinations: Combination[] = []
  if (vectors.length > 0) {
    combinations = [{}]
    for (const [key, values] of vectors) {
      if (!Array.isArray(values)) throw new MatrixError(`strategy.matrix.${key} must be a list`)
      if (values.length === 0) throw new MatrixError(`strategy.matrix.${key} is an empty list`)
      combinations = combinations.flatMap((c) => values.map((v) => ({ ...c, [key]: v })))
    }
  }
  const exclude = listOf(matrix.exclude, 'exclude')
  combinations = combinations.filter((c) => !exclude.some((e) => matches(c, e)))
  const originals = new Set(vectors.map(([key]) => key))
  const extended = combinations.map((c) => ({ base: { ...c }, value: c }))
  const originalCount = extended.length
  for (const entry of listOf(matrix.include, 'include')) {
    let added = false
    // Only the combinations of the original matrix are extended; an entry that extends none is a combination itself.
    for (const item of extended.slice(0, originalCount)) {
      // An include entry may not overwrite a value of the original matrix; it may overwrite what an include added.
      const conflicts = Object.entries(entry).some(
        ([key, value]) => originals.has(key) && key in item.base && !deepEqual(item.base[key], value),
      )
      if (conflicts) continue
      Object.assign(item.value, entry)
      added = true
    }
    if (!added) extended.push({ base: { ...entry }, value: { ...entry } })
  }
  return extended.map((item) => item.value)
}

function listOf(value: Value | undefined, key: string): Record<string, Value>[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) throw new MatrixError(`strategy.matrix.${key} must be a list of mappings`)
  return value.map((entry) => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry))
      throw new MatrixError(`strategy.matrix.${key} must be a list of mappings`)
    return entry
  })
}

/** A leg's name as the runner shows it: the values in order, `(a, b)`. */
export function legName(combination: Combination): string {
  const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)
  const values = Object.values(combination).map((v) => cut(typeof v === 'object' ? JSON.stringify(v) : String(v), 40))
  return values.length === 0 ? '' : `(${cut(values.join(', '), 80)})`
}
