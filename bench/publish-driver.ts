// One ghcr-publish push as a process of its own, for the bench: an image from an OCI layout pushed by digest with
// ghcr-publish's client (blobs mounted from the given repositories where they are, the rest uploaded), then tagged
// with one manifest PUT. Run as `node <bundle> <layout> <registry> <repository> <mount-from,...> <tag>` over plain
// HTTP (a loopback registry), with REGISTRY_USER and REGISTRY_PASSWORD in the environment.
import { RegistryClient, pushImageByDigest, readOciLayout } from '@slipway/oci-registry'

const [layout, registry, repository, mountFrom, tag] = process.argv.slice(2)
if (!layout || !registry || !repository || mountFrom === undefined || !tag)
  throw new Error('usage: publish-driver <layout> <registry> <repository> <mount-from,...> <tag>')
const client = new RegistryClient({
  registry,
  insecure: true,
  credentials: { username: process.env.REGISTRY_USER ?? '', password: process.env.REGISTRY_PASSWORD ?? '' },
})
// What ghcr-publish does before it builds (checkRegistry): the registry answers, and the tag it will move is looked
// up. Here beside reading the layout, which stands for the build.
const lookup = client.ping().then(() => client.headManifest(repository, tag))
const content = await readOciLayout(layout, 'image')
const existing = await lookup
// As ghcr-publish pushes: the image the tag points at now lends its layers.
await pushImageByDigest(client, repository, content, {
  mountFrom: mountFrom.split(',').filter(Boolean),
  relatives: existing ? [existing.digest] : [],
})
await client.putManifest(repository, tag, content.root.bytes, content.root.mediaType)
