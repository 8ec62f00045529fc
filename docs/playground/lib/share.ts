import { type PlaygroundState, toState } from './state'

// A share link is the state as JSON, deflated (CompressionStream, built into
// browsers and Node >= 18, so no library) and base64url-encoded into the URL
// fragment, which never reaches a server.
const PREFIX = '#s='

async function pipe(
  bytes: Uint8Array<ArrayBuffer>,
  stream: GenericTransformStream,
): Promise<Uint8Array<ArrayBuffer>> {
  const out = new Blob([bytes]).stream().pipeThrough(stream)
  return new Uint8Array(await new Response(out).arrayBuffer())
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

/** The URL fragment (with its `#`) that carries `state`. */
export async function encodeState(state: PlaygroundState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state))
  return PREFIX + toBase64Url(await pipe(json, new CompressionStream('deflate-raw')))
}

/**
 * The state a fragment carries (fields it lacks taken from `base`), or
 * `undefined` when the fragment is not a share link; throws when it is one
 * but is damaged (so the page can say so).
 */
export async function decodeState(
  hash: string,
  base: PlaygroundState,
): Promise<PlaygroundState | undefined> {
  if (!hash.startsWith(PREFIX)) return undefined
  const bytes = await pipe(
    fromBase64Url(hash.slice(PREFIX.length)),
    new DecompressionStream('deflate-raw'),
  )
  return toState(JSON.parse(new TextDecoder().decode(bytes)), base)
}
