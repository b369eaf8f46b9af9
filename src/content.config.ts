import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { clipFilesLoader } from './data/clip-loader.ts';
import { resolveArchivePaths } from './lib/validation/archive-paths.ts';
import { clipSchema } from './schema/clip.ts';
import { outletSchema } from './schema/outlet.ts';

const paths = resolveArchivePaths(process.cwd());

const clips = defineCollection({
  // The file name is the slug and permalink, wherever in clips/ the file sits.
  loader: clipFilesLoader(paths.clipsDir),
  schema: clipSchema,
});

const outlets = defineCollection({
  loader: file(paths.outletsFile),
  schema: outletSchema,
});

export const collections = { clips, outlets };
