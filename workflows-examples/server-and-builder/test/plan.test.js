import assert from 'node:assert/strict'
import { test } from 'node:test'
import { releasePlan } from '../builder/src/plan.js'

test('the archive is named after the version and lists files once, sorted, without tests', () => {
  const plan = releasePlan({
    name: 'server',
    version: '2.1.0',
    files: ['version', 'server/src/a.js', 'test/x.js', 'version'],
  })
  assert.deepEqual(plan, { archive: 'server-2.1.0.tar.gz', entries: ['server/src/a.js', 'version'] })
})

test('a bad version or an empty file list is refused', () => {
  assert.throws(() => releasePlan({ name: 's', version: 'v2.1', files: ['a'] }), /not MAJOR\.MINOR\.PATCH/)
  assert.throws(() => releasePlan({ name: 's', version: '2.1.0-rc.1', files: ['test/a.js'] }), /nothing to package/)
})
