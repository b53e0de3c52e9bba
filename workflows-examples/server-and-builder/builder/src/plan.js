// What the builder image does with a release: the archive name and the files that go in it, sorted for stable output.
export function releasePlan({ name, version, files }) {
  if (!/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(version)) {
    throw new Error(`version '${version}' is not MAJOR.MINOR.PATCH[-PRERELEASE]`)
  }
  const entries = [...new Set(files)].filter((file) => !file.startsWith('test/')).sort()
  if (entries.length === 0) throw new Error('nothing to package')
  return { archive: `${name}-${version}.tar.gz`, entries }
}
