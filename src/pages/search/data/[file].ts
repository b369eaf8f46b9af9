import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../../data/archive.ts';
import { cacheKey } from '../../../data/cache-keys.ts';
import { searchIndexFiles } from '../../../lib/search/archive-index.ts';

// The search index, written as static JSON files at build time (see src/lib/search/index-format.ts).
export const getStaticPaths = (async () => {
  const { clips } = await loadArchive();
  return [...(await searchIndexFiles(clips))].map(([file, body]) => ({ params: { file }, cacheKey: cacheKey(body) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { clips } = await loadArchive();
  const body = (await searchIndexFiles(clips)).get(String(params.file));
  if (body === undefined) return new Response('Not found', { status: 404 });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
