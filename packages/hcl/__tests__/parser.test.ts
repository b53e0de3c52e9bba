import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { ConfigError } from '@slipway/action-kit'
import { suiteRoot } from '@slipway/test-support'
import { bodyToJson, parseHcl, readTemplate, readVarFile, scalarText, variableValue } from '../src/index.js'

// hcl2-parser is hashicorp/hcl itself (through hcl2json, compiled with GopherJS): the reference our parser must agree
// with. It is too large and slow to bundle into an action (3.8 MB, ~330 ms to load), so it serves as the test oracle.
const require = createRequire(import.meta.url)
const reference = require('hcl2-parser') as { parseToObject(input: string): [unknown, unknown] }

const exampleTree = path.join(suiteRoot, 'workflows-examples', 'vm-templates')

function hclFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return hclFiles(full)
    return name.endsWith('.hcl') ? [full] : []
  })
}

describe('parseHcl agrees with hashicorp/hcl (hcl2-parser)', () => {
  const files = hclFiles(exampleTree)

  test('the example tree has templates and var files for five OSes', () => {
    expect(files.filter((f) => f.endsWith('.pkrvars.hcl'))).toHaveLength(10)
    expect(files.filter((f) => f.endsWith('.pkr.hcl') && !f.endsWith('.pkrvars.hcl'))).toHaveLength(3)
  })

  test.each(hclFiles(exampleTree).map((f) => [path.relative(exampleTree, f), f]))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8')
    const [expected, error] = reference.parseToObject(text)
    expect(error).toBeNull()
    expect(bodyToJson(parseHcl(text, file))).toEqual(expected)
  })

  test.each([
    ['numbers and booleans', 'a = 1\nb = 2.5\nc = true\nd = false\ne = null\nf = -3\n'],
    ['escapes', 'a = "tab\\there \\"quoted\\" \\u00e9 back\\\\slash"\n'],
    ['interpolation kept as written', 'a = "${var.os_name}-${upper("x}")}"\n'],
    ['references and calls', 'a = var.x\nb = upper(var.y)\nc = var.list[0]\nd = local.a ? "x" : "y"\n'],
    ['comments everywhere', '# one\n// two\n/* three\n four */ a = "x" # tail\nb = 2 // tail\n'],
    ['heredoc', 'a = <<EOF\nline one\n  line two\nEOF\n'],
    ['indented heredoc', 'a = <<-EOT\n    one\n      two\n    EOT\n'],
    ['tuples over lines', 'a = [\n  "x",\n  "y", # c\n  3\n]\nb = []\n'],
    ['objects', 'a = {\n  k = "v"\n  "q-k" = 2\n  n: [1, 2]\n}\nb = { x = 1, y = "z" }\n'],
    [
      'nested blocks with labels',
      'source "qemu" "vm" {\n  a = 1\n  inner {\n    b = "c"\n  }\n}\nbuild {\n  sources = ["source.qemu.vm"]\n}\n',
    ],
    ['one-line block', 'variable "x" { default = "y" }\n'],
    ['escaped template', 'a = "$${literal}"\n'],
    ['CRLF line ends', 'a = "x"\r\nb = 2\r\n'],
  ])('%s', (_name, text) => {
    const [expected, error] = reference.parseToObject(text)
    expect(error).toBeNull()
    expect(bodyToJson(parseHcl(text, 'snippet.hcl'))).toEqual(expected)
  })
})

test('template directives are kept as written (hcl2json would re-space them)', () => {
  const body = parseHcl('b = "%{ if true }yes%{ endif }"\n')
  expect(body.attributes.get('b')?.value).toBe('%{ if true }yes%{ endif }')
})

describe('parseHcl errors', () => {
  test.each([
    ['unterminated string', 'a = "abc\nb = 1\n', 1, 5],
    ['missing value', 'a = \n', 1, 5],
    ['missing brace', 'build {\n  a = 1\n', 3, 1],
    ['duplicate attribute', 'a = 1\nb = 2\na = 3\n', 3, 1],
    ['two attributes on a line', 'a = 1 b = 2\n', 1, 9],
    ['bad escape', 'a = "\\q"\n', 1, 6],
    ['unclosed heredoc', 'a = <<EOF\nx\n', 1, 5],
    ['garbage', '= 1\n', 1, 1],
  ])('%s', (_name, text, line, column) => {
    let caught: unknown
    try {
      parseHcl(text, 'bad.pkrvars.hcl')
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ConfigError)
    expect((caught as ConfigError).location).toEqual({ file: 'bad.pkrvars.hcl', line, column })
    // hashicorp/hcl rejects the same text
    expect(reference.parseToObject(text)[0]).toBeNull()
  })
})

describe('Packer templates and var files', () => {
  const template = readTemplate(path.join(exampleTree, 'packer_templates'))

  test('variables of a template directory, with defaults', () => {
    expect([...template.variables.keys()]).toEqual(
      expect.arrayContaining(['os_name', 'iso_url', 'iso_checksum', 'accelerator']),
    )
    expect(template.variables.get('os_arch')?.default).toBe('x86_64')
    expect(template.variables.get('cpus')?.default).toBe(2)
    expect(template.variables.has('os_name')).toBe(true)
    expect(template.variables.get('os_name')?.default).toBeUndefined()
  })

  test('a var file overrides defaults', () => {
    const vars = readVarFile(path.join(exampleTree, 'os_pkrvars', 'centos', 'centos-stream-9-aarch64.pkrvars.hcl'))
    expect(scalarText(variableValue('os_version', template, vars))).toBe('stream-9')
    expect(scalarText(variableValue('os_arch', template, vars))).toBe('aarch64')
    expect(scalarText(variableValue('iso_checksum', template, vars))).toMatch(/^file:https:\/\/.*SHA256SUM$/)
    expect(scalarText(variableValue('memory', template, vars))).toBe('2048')
  })

  test('a var file may not hold expressions or blocks', () => {
    const dir = path.join(suiteRoot, 'packages', 'hcl', '__tests__', 'fixtures')
    expect(() => readVarFile(path.join(dir, 'expression.pkrvars.hcl'), 'expression.pkrvars.hcl')).toThrow(
      'expression.pkrvars.hcl:2: os_version must be a constant value in a var file, not var.x',
    )
    expect(() => readVarFile(path.join(dir, 'block.pkrvars.hcl'), 'block.pkrvars.hcl')).toThrow(
      'block.pkrvars.hcl:2: a var file holds only assignments, not a source block',
    )
  })
})
