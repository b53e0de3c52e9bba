import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/** A JSON Schema as GitHub's OpenAPI 3.0 description writes them (the subset its REST description uses). */
export interface Schema {
  $ref?: string
  type?: string | string[]
  nullable?: boolean
  required?: string[]
  properties?: Record<string, Schema>
  items?: Schema
  enum?: unknown[]
  allOf?: Schema[]
  anyOf?: Schema[]
  oneOf?: Schema[]
  format?: string
}

interface Operation {
  requestBody?: { content?: Record<string, { schema?: Schema }> }
  responses?: Record<string, { $ref?: string; content?: Record<string, { schema?: Schema }> }>
}

interface Description {
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, Schema>; responses: Record<string, unknown> }
}

let loaded: Description | undefined

/** GitHub's published REST description (npm `@octokit/openapi`, api.github.com), parsed once. */
export function description(): Description {
  if (!loaded) {
    const require = createRequire(import.meta.url)
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json')
    loaded = JSON.parse(readFileSync(file, 'utf8')) as Description
  }
  return loaded
}

function resolve(ref: string): unknown {
  let node: unknown = description()
  for (const part of ref.replace(/^#\//, '').split('/')) node = (node as Record<string, unknown>)[part]
  if (node === undefined) throw new Error(`Unresolved $ref ${ref}`)
  return node
}

export function operation(method: string, pathTemplate: string): Operation {
  const found = description().paths[pathTemplate]?.[method.toLowerCase()]
  if (!found) throw new Error(`GitHub's OpenAPI description has no operation ${method} ${pathTemplate}`)
  return found
}

export function responseSchema(method: string, pathTemplate: string, status: number): Schema | undefined {
  let response = operation(method, pathTemplate).responses?.[String(status)]
  if (response?.$ref) response = resolve(response.$ref) as typeof response
  return response?.content?.['application/json']?.schema
}

export function requestSchema(method: string, pathTemplate: string): Schema | undefined {
  return operation(method, pathTemplate).requestBody?.content?.['application/json']?.schema
}

/**
 * Checks a value against a schema: types (with nullable), required properties, enums, items, and allOf/anyOf/oneOf
 * (oneOf is read as anyOf). Returns the list of violations, each with its JSON path; empty when the value conforms.
 */
export function validate(schema: Schema, value: unknown, at = '$'): string[] {
  if (schema.$ref) return validate(resolve(schema.$ref) as Schema, value, at)
  if (schema.allOf) return schema.allOf.flatMap((part) => validate(part, value, at))
  const alternatives = schema.anyOf ?? schema.oneOf
  if (alternatives) {
    if (value === null && schema.nullable) return []
    const results = alternatives.map((part) => validate(part, value, at))
    return results.some((r) => r.length === 0)
      ? []
      : [`${at}: matches none of the alternatives (${results[0]?.[0] ?? ''})`]
  }
  if (value === null) {
    const types = [schema.type ?? []].flat()
    return schema.nullable || types.includes('null') || schema.type === undefined ? [] : [`${at}: null is not allowed`]
  }
  if (schema.enum && !schema.enum.includes(value))
    return [`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`]
  const types = [schema.type ?? []].flat().filter((t) => t !== 'null')
  if (types.length > 0 && !types.some((type) => hasType(type, value))) {
    return [
      `${at}: expected ${types.join(' or ')}, got ${(JSON.stringify(value) as string | undefined)?.slice(0, 60) ?? typeof value}`,
    ]
  }
  const problems: string[] = []
  const items = schema.items
  if (Array.isArray(value) && items) value.forEach((item, i) => problems.push(...validate(items, item, `${at}[${i}]`)))
  if (typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>
    for (const name of schema.required ?? []) if (!(name in record)) problems.push(`${at}.${name}: required`)
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (name in record) problems.push(...validate(property, record[name], `${at}.${name}`))
    }
  }
  return problems
}

function hasType(type: string, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string'
    case 'integer':
      return Number.isInteger(value)
    case 'number':
      return typeof value === 'number'
    case 'boolean':
      return typeof value === 'boolean'
    case 'array':
      return Array.isArray(value)
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
    default:
      return true
  }
}

/**
 * The smallest value the schema accepts, every required property filled: the base of each fixture, so that a fixture
 * carries the whole shape GitHub documents and the test sets only the fields it cares about.
 */
export function minimalInstance(schema: Schema): unknown {
  if (schema.$ref) return minimalInstance(resolve(schema.$ref) as Schema)
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((part) => minimalInstance(part) as object)) as unknown
  const alternative = (schema.anyOf ?? schema.oneOf)?.[0]
  if (alternative) return minimalInstance(alternative)
  if (schema.nullable) return null
  if (schema.enum) return schema.enum[0]
  const type = [schema.type ?? 'object'].flat().find((t) => t !== 'null')
  switch (type) {
    case 'string':
      return schema.format === 'date-time'
        ? '2024-01-01T00:00:00Z'
        : schema.format === 'uri'
          ? 'https://github.invalid/'
          : ''
    case 'integer':
    case 'number':
      return 0
    case 'boolean':
      return false
    case 'array':
      return []
    default: {
      const object: Record<string, unknown> = {}
      for (const name of schema.required ?? []) object[name] = minimalInstance(schema.properties?.[name] ?? {})
      return object
    }
  }
}

/** A fixture for a component schema (`release`, `simple-user`) with the given fields; the result is validated. */
export function fixture<T extends object>(component: string, fields: Partial<T> & Record<string, unknown>): T {
  const schema: Schema = { $ref: `#/components/schemas/${component}` }
  const value = { ...(minimalInstance(schema) as object), ...fields } as T
  const problems = validate(schema, value)
  if (problems.length > 0)
    throw new Error(`Fixture ${component} does not follow GitHub's schema:\n${problems.join('\n')}`)
  return value
}
