import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listClipFiles } from '../lib/validation/content-files.ts';

/**
 * The clips collection: one entry per `.md` file under the clips folder (subfolders too), its id the file name.
 * Unlike Astro's glob() loader it keeps each entry's data and Markdown but not rendered HTML: the clip page renders
 * its body (src/lib/site/clip-markdown.ts), so the content store, which Astro holds in memory and bundles whole,
 * stays about a third of the size. It reads the files validation has just accepted (the same listing), and it parses
 * frontmatter as Astro's Markdown reader does, so the data is what glob() gave.
 */
export function clipFilesLoader(clipsDir: string): Loader {
  return {
    name: 'clip-files',
    load: async ({ store, parseData, generateDigest, watcher, config, logger }) => {
      const root = fileURLToPath(config.root);
      const idOf = (file: string) => path.basename(file, '.md');

      async function syncFile(file: string): Promise<void> {
        const contents = readFileSync(file, 'utf8');
        const id = idOf(file);
        const digest = generateDigest(contents);
        if (store.get(id)?.digest === digest) return;
        const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
        const data = await parseData({ id, data: parsed.frontmatter, filePath: file });
        store.set({
          id,
          data,
          body: parsed.content.trim(),
          filePath: path.relative(root, file).split(path.sep).join('/'),
          digest,
        });
      }

      const files = listClipFiles(clipsDir);
      const present = new Set(files.map(idOf));
      for (const id of store.keys()) if (!present.has(id)) store.delete(id);
      for (const file of files) await syncFile(file);

      if (!watcher) return;
      // npm run dev: an edited, added or removed clip updates its entry.
      const isClip = (file: string) => file.endsWith('.md') && !path.relative(clipsDir, file).startsWith('..');
      watcher.add(clipsDir);
      // An edit caught half-way (broken YAML, a field mid-change) is reported and the entry kept, as glob() does; the
      // validation overlay names the problem.
      const onChange = (file: string) => {
        if (!isClip(file)) return;
        syncFile(file).catch((error: unknown) =>
          logger.error(`Failed to reload ${path.relative(root, file)}: ${(error as Error).message}`),
        );
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (file) => {
        if (isClip(file)) store.delete(idOf(file));
      });
    },
  };
}
