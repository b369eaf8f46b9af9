import { createHash } from 'node:crypto';

/** The SHA-256 a clip states for its capture (source.capture.sha256), in hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

// A WARC or WACZ shared by many clips is hashed once per process (keyed by name, size and its first bytes' hash).
const sharedHashes = new Map<string, string>();

/** `sha256`, remembered for large captures, which many clips of one web archive share. */
export function sha256Cached(name: string, bytes: Uint8Array): string {
  if (bytes.length < 1_000_000) return sha256(bytes);
  const key = `${name}:${bytes.length}:${sha256(bytes.subarray(0, 65536))}`;
  let hash = sharedHashes.get(key);
  if (!hash) sharedHashes.set(key, (hash = sha256(bytes)));
  return hash;
}
