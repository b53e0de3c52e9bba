import { runAction } from '@slipway/action-kit'
import { main } from './main.js'
import { isImageWorker, runImageWorker } from './worker.js'

// The bundle is also the image-writing worker for large trees (worker.ts): loaded as that worker, it writes the image
// it was handed instead of running the action.
if (isImageWorker()) await runImageWorker()
else await runAction((ctx) => main(ctx, new URL(import.meta.url)))
