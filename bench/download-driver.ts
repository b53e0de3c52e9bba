// One ISO download as a process of its own, for the bench: packer-build's downloader (hashed while it arrives,
// verified, renamed into place). Run as `node <bundle> <url> <dest> <sha256>`.
import { silentLogger } from '@slipway/action-kit'
import { downloadFile } from '@slipway/download'
import { HttpClient } from '@slipway/http'

const [url, dest, hex] = process.argv.slice(2)
if (!url || !dest || !hex) throw new Error('usage: download-driver <url> <dest> <sha256>')
const http = new HttpClient({ env: {} })
try {
  await downloadFile({ http, url, dest, digest: { algorithm: 'sha256', hex }, logger: silentLogger })
} finally {
  http.close()
}
