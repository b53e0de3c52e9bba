import { ghcrPublish } from './ghcr-publish.js'
import { isoBuild } from './iso-build.js'
import { ociLabels } from './oci-labels.js'
import { packerBuild, packerMatrix } from './packer.js'
import { releaseNotes } from './release-notes.js'
import type { RehearsalStep } from './types.js'
import { versionCheck } from './version-check.js'

/** Every rehearsal step, in pipeline order. Each action adds its own file beside this one and a line here. */
export const rehearsalSteps: RehearsalStep[] = [
  versionCheck,
  isoBuild,
  ociLabels,
  ghcrPublish,
  releaseNotes,
  packerMatrix,
  packerBuild,
]
