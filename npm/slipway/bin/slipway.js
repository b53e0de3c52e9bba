#!/usr/bin/env node
// The `slipway` command of the npm package: the CLI bundle built from packages/cli (dist/cli), which finds the
// action bundles it runs (dist/iso-build) and their action.yml next to it, as in a checkout of the repository.
import '../dist/cli/index.js'
