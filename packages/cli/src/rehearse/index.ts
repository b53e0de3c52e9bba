import { ghcrPublish } from './ghcr-publish.js'
import { isoBuild } from './iso-build.js'
import { ociLabels } from './oci-labels.js'
import { packerBuild, packerMatrix } from './packer.js'
import { containerServicePipeline, releasePipeline, vmTemplatesPipeline } from './pipelines.js'
import { releaseNotes } from './release-notes.js'
import type { RehearsalStep } from './types.js'
import { versionCheck } from './version-check.js'

/**
 * Every rehearsal step: each action once on its own example (in pipeline order; each action adds its own file beside
 * this one and a line here), then the three example pipelines, action after action, as their workflows chain them.
 */
export const rehearsalSteps: RehearsalStep[] = [
  versionCheck,
  isoBuild,
  ociLabels,
  ghcrPublish,
  releaseNotes,
  packerMatrix,
  packerBuild,
  containerServicePipeline,
  releasePipeline,
  vmTemplatesPipeline,
]
