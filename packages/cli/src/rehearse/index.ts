import { ociLabels } from './oci-labels.js'
import type { RehearsalStep } from './types.js'
import { packerBuild, packerMatrix } from './packer.js'
import { versionCheck } from './version-check.js'

/** Every rehearsal step, in pipeline order. Each action adds its own file beside this one and a line here. */
export const rehearsalSteps: RehearsalStep[] = [versionCheck, ociLabels, packerMatrix, packerBuild]
