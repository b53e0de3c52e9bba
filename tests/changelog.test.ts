// scripts/changelog.mjs: where a release's section lands in CHANGELOG.md (re-runs replace it, newer ones go on top).
import { placeSection } from '../scripts/changelog.mjs'

describe('placeSection', () => {
  test('an empty changelog gets the heading and the section', () => {
    expect(placeSection('', 'v1.0.0', '## v1.0.0 (2026-11-30)\n\nfirst')).toBe(
      '# Changelog\n\n## v1.0.0 (2026-11-30)\n\nfirst\n',
    )
  })

  test('a newer release goes on top, an older one stays below', () => {
    const first = placeSection('', 'v1.0.0', '## v1.0.0 (2026-11-30)\n\nfirst\n\n### Fixes\n\n- one')
    const both = placeSection(first, 'v1.1.0', '## v1.1.0 (2026-12-10)\n\nsecond')
    expect(both).toBe(
      '# Changelog\n\n## v1.1.0 (2026-12-10)\n\nsecond\n\n## v1.0.0 (2026-11-30)\n\nfirst\n\n### Fixes\n\n- one\n',
    )
  })

  test('a re-run replaces the section of its tag in place and nothing else', () => {
    const both = placeSection(
      placeSection('', 'v1.0.0', '## v1.0.0 (2026-11-30)\n\nfirst'),
      'v1.1.0',
      '## v1.1.0 (2026-12-10)\n\nsecond',
    )
    const again = placeSection(both, 'v1.0.0', '## v1.0.0 (2026-11-30)\n\nfirst, amended')
    expect(again).toBe('# Changelog\n\n## v1.1.0 (2026-12-10)\n\nsecond\n\n## v1.0.0 (2026-11-30)\n\nfirst, amended\n')
    expect(placeSection(again, 'v1.0.0', '## v1.0.0 (2026-11-30)\n\nfirst, amended')).toBe(again)
  })

  test('v1.0.0 does not claim the section of v1.0.0-rc.1', () => {
    const rc = placeSection('', 'v1.0.0-rc.1', '## v1.0.0-rc.1 (2026-11-20)\n\nrc')
    expect(placeSection(rc, 'v1.0.0', '## v1.0.0 (2026-11-30)\n\nfinal')).toBe(
      '# Changelog\n\n## v1.0.0 (2026-11-30)\n\nfinal\n\n## v1.0.0-rc.1 (2026-11-20)\n\nrc\n',
    )
  })
})
