import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBulkData } from '../../data/bulk-data.ts';

// One file of bulk data: the clips (JSON Lines) or figures (CSV) of one year, or part of one.
export const getStaticPaths = (async () => {
  const files = await loadBulkData();
  return files.map((f) => ({ params: { file: f.shard.file }, props: { file: f.shard.file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const file = (await loadBulkData()).find((f) => f.shard.file === props.file)!;
  return new Response(file.render(), { headers: { 'Content-Type': file.contentType } });
};
