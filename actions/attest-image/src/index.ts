import { runAction } from '@slipway/action-kit'
import { main } from './main.js'

await runAction(main)
