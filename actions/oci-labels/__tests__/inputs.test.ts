import { ConfigError, InputError, inputReader } from '@slipway/action-kit'
import { getEnvSettings, getInputs, parseCreated } from '../src/inputs.js'

const read = (inputs: Record<string, string>) =>
  inputReader(Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])))

describe('getInputs', () => {
  test('defaults', () => {
    const inputs = getInputs(read({}))
    expect(inputs).toMatchObject({
      images: [],
      tags: [],
      sepTags: '\n',
      sepLabels: '\n',
      bakeTarget: 'docker-metadata-action',
      context: 'workflow',
      created: 'commit',
      githubToken: undefined,
      dockerfile: undefined,
    })
  })

  test('lists drop comments and empty lines; separators keep spaces; \\n is understood', () => {
    const inputs = getInputs(
      read({
        tags: '# release tags\ntype=semver,pattern={{version}}\n\ntype=sha\n',
        'sep-tags': ', ',
        'sep-labels': '\\n',
      }),
    )
    expect(inputs.tags).toEqual(['type=semver,pattern={{version}}', 'type=sha'])
    expect(inputs.sepTags).toBe(', ')
    expect(inputs.sepLabels).toBe('\n')
  })

  test.each([
    [{ tags: 'type=sha\ntype=nope' }, 'tags', 'type=nope'],
    [{ flavor: 'latest=maybe' }, 'flavor', 'latest=maybe'],
    [{ images: 'ghcr.io/acme/app:v1' }, 'images', 'ghcr.io/acme/app:v1'],
    [{ context: 'commit' }, 'context', 'commit'],
    [{ created: 'yesterday' }, 'created', 'yesterday'],
    [{ 'bake-target': 'my target' }, 'bake-target', 'my target'],
    [{ dockerfile: 'does/not/exist' }, 'dockerfile', 'does/not/exist'],
  ])('%j fails on %s', (given, input, value) => {
    try {
      getInputs(read(given))
      throw new Error('expected an InputError')
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
      expect([(error as InputError).input, (error as InputError).value]).toEqual([input, value])
    }
  })
})

test.each([
  ['commit', 'commit'],
  ['now', 'now'],
  ['2024-05-01T12:00:00Z', new Date('2024-05-01T12:00:00Z')],
  ['2024-05-01T14:00:00.5+02:00', new Date('2024-05-01T12:00:00.500Z')],
])('created %s', (value, expected) => {
  expect(parseCreated(value)).toEqual(expected)
})

describe('getEnvSettings: the DOCKER_METADATA_* variables', () => {
  test('defaults', () => {
    expect(getEnvSettings({})).toEqual({
      shortShaLength: 7,
      prHeadSha: false,
      annotationLevels: ['manifest'],
      setOutputEnv: true,
    })
  })

  test('values', () => {
    expect(
      getEnvSettings({
        DOCKER_METADATA_SHORT_SHA_LENGTH: '12',
        DOCKER_METADATA_PR_HEAD_SHA: 'True',
        DOCKER_METADATA_ANNOTATIONS_LEVELS: 'manifest, index,index-descriptor,manifest[linux/amd64]',
        DOCKER_METADATA_SET_OUTPUT_ENV: 'false',
      }),
    ).toEqual({
      shortShaLength: 12,
      prHeadSha: true,
      annotationLevels: ['manifest', 'index', 'index-descriptor', 'manifest[linux/amd64]'],
      setOutputEnv: false,
    })
  })

  test.each([
    ['DOCKER_METADATA_SHORT_SHA_LENGTH', 'seven'],
    ['DOCKER_METADATA_SHORT_SHA_LENGTH', '0'],
    ['DOCKER_METADATA_PR_HEAD_SHA', 'yes please'],
    ['DOCKER_METADATA_ANNOTATIONS_LEVELS', 'manifest,layer'],
    ['DOCKER_METADATA_SET_OUTPUT_ENV', 'maybe'],
  ])('%s=%s is a ConfigError naming it', (name, value) => {
    expect(() => getEnvSettings({ [name]: value })).toThrow(ConfigError)
    expect(() => getEnvSettings({ [name]: value })).toThrow(name)
  })
})
