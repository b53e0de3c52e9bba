import type { RunResult } from '../runner.js'

export interface RehearsalContext {
  /** The slipway checkout (actions/, dist/, workflows-examples/). */
  root: string
  /** out/: each step's summary is written here as <step>.md. */
  outDir: string
  /** A scratch folder for this rehearsal, removed afterwards. */
  scratch: string
  log(line: string): void
}

/** One action run of a pipeline rehearsal: a workflow step, run from its bundle. */
export interface PipelineStepRun {
  /** Short id, used for the summary file name (`out/<rehearsal step>/<n>-<id>.md`). */
  id: string
  title: string
  run: RunResult
  /** Lines to print under the run's outputs (the notes body, checksums). */
  notes?: string[]
}

export interface RehearsalStepResult {
  /** The action run, when the step ran one. */
  run?: RunResult
  /** The action runs of a pipeline, in order, each output passed on to the next as the workflow does. */
  runs?: PipelineStepRun[]
  /** Lines to print under the step's heading (checksums, notes). */
  notes?: string[]
  /** Why the step was skipped (a tool missing on this machine): a skip is not a failure. */
  skipped?: string
}

export interface RehearsalStep {
  /** Short id, used for the summary file name. */
  id: string
  title: string
  run(context: RehearsalContext): Promise<RehearsalStepResult>
}
