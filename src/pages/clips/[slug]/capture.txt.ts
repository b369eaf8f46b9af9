import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadArchive } from '../../../data/archive.ts';
import { resolveArchivePaths } from '../../../lib/validation/archive-paths.ts';

// The raw capture, byte for byte as the archive holds it (its SHA-256 is checked on every build).
export async function getStaticPaths() {
  const { clips } = await loadArchive();
  // The capture's SHA-256 is checked against its bytes on every build, so it names the bytes.
  return clips.map((clip) => ({ params: { slug: clip.slug }, cacheKey: clip.data.source.capture.sha256 }));
}

export const GET: APIRoute = async ({ params }) => {
  const clip = (await loadArchive()).bySlug.get(params.slug!)!;
  const { capturesDir } = resolveArchivePaths(process.cwd());
  const bytes = readFileSync(path.join(capturesDir, clip.data.source.capture.file));
  return new Response(bytes, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
