import { runAction } from '@slipway/action-kit'
import { main, post } from './main.js'

await runAction(main, post)
