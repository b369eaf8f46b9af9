import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadArchive } from '../../../data/archive.ts';
import { rawCaptureBytes } from '../../../lib/site/raw-capture.ts';
import { captureDownload } from '../../../lib/site/capture-download.ts';
import { resolveArchivePaths } from '../../../lib/validation/archive-paths.ts';

// The raw capture, byte for byte (its SHA-256 is checked on every build); for a WARC or WACZ, the page's record.
export async function getStaticPaths() {
  const { clips } = await loadArchive();
  // The capture's SHA-256 is checked against its bytes on every build, so it names the bytes.
  return clips.map((clip) => ({
    params: { slug: clip.slug, capture: captureDownload(clip.slug, clip.data.source.capture).file },
    cacheKey: clip.data.source.capture.sha256,
  }));
}

export const GET: APIRoute = async ({ params }) => {
  const clip = (await loadArchive()).bySlug.get(params.slug!)!;
  const { capturesDir } = resolveArchivePaths(process.cwd());
  const capture = clip.data.source.capture;
  const bytes = rawCaptureBytes(readFileSync(path.join(capturesDir, capture.file)), capture);
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': captureDownload(clip.slug, capture).servedAs },
  });
};
