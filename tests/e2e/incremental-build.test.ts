import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { PROJECT_ROOT } from './harness.ts';

// Adding a clip to a built archive: the rebuild reuses the previous build's caches (validation, content store,
// pages) and must give exactly what a cold build of the same content gives.
const NEW_SLUG = 'sanctuary-cities-sacrifice-safety';

function build(contentDir: string, outDir: string, cacheDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, CLIPS_DIR: contentDir, OUT_DIR: outDir, BUILD_CACHE_DIR: cacheDir };
  delete env['VITEST']; // the build must validate as it does outside the test runner
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: PROJECT_ROOT,
    env,
    encoding: 'utf8',
  });
  const output = result.stdout + result.stderr;
  if (result.status !== 0) throw new Error(`the build failed:\n${output.slice(-3000)}`);
  return output;
}

function hashes(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
  }
  return files;
}

describe('an incremental rebuild after adding a clip', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'incremental-'));
  const content = path.join(work, 'content');
  const held = path.join(work, 'held');
  cpSync(path.join(PROJECT_ROOT, 'content'), content, { recursive: true });
  cpSync(path.join(PROJECT_ROOT, 'content'), held, { recursive: true });
  const clipFile = (root: string) => path.join(root, 'clips', `${NEW_SLUG}.md`);
  const captureFile = (root: string) => path.join(root, 'captures', `${NEW_SLUG}.txt`);
  // The archive as it was before the clip arrived.
  renameSync(clipFile(content), path.join(work, 'new.md'));
  renameSync(captureFile(content), path.join(work, 'new.txt'));
  const incremental = path.join(work, 'incremental');
  const warmCache = path.join(work, 'cache-warm');
  build(content, incremental, warmCache);
  const before = hashes(incremental);
  renameSync(path.join(work, 'new.md'), clipFile(content));
  renameSync(path.join(work, 'new.txt'), captureFile(content));
  const rebuildLog = build(content, incremental, warmCache);
  const cold = path.join(work, 'cold');
  build(held, cold, path.join(work, 'cache-cold'));
  const read = (file: string) => readFileSync(path.join(incremental, file), 'utf8');

  it('reuses what did not change: other clips are not validated or rendered again', () => {
    expect(before.has(`clips/${NEW_SLUG}/index.html`)).toBe(false);
    expect(rebuildLog).toMatch(/\(cached\)|\(restored\)/);
    const reused = rebuildLog
      .split('\n')
      .filter((l) => /clips\/[a-z0-9-]+\/capture\.txt.*\((cached|restored)\)/.test(l));
    expect(reused).toHaveLength(4);
  });

  it('gives the same files, byte for byte, as a cold build of the same content', () => {
    const fresh = hashes(cold);
    const rebuilt = hashes(incremental);
    expect([...rebuilt.keys()].sort()).toEqual([...fresh.keys()].sort());
    const differing = [...fresh.keys()].filter((f) => fresh.get(f) !== rebuilt.get(f));
    expect(differing).toEqual([]);
  });

  it('shows the new clip on its page, in the lists, in the feed and in the bulk data', () => {
    expect(read(`clips/${NEW_SLUG}/index.html`)).toContain('<h1>');
    const title = /<h1>([^<]+)<\/h1>/.exec(read(`clips/${NEW_SLUG}/index.html`))![1]!;
    expect(read('index.html')).toContain(`/clips/${NEW_SLUG}/`);
    const outlet = readdirSync(path.join(incremental, 'outlets'), { withFileTypes: true }).filter(
      (d) => d.isDirectory() && read(`outlets/${d.name}/index.html`).includes(`/clips/${NEW_SLUG}/`),
    );
    expect(outlet.length).toBeGreaterThan(0);
    expect(read('rss.xml')).toContain(`/clips/${NEW_SLUG}/`);
    expect(read('rss.xml')).toContain(title.slice(0, 20));
    const index = JSON.parse(read('data/index.json')) as { clips: { files: { file: string }[] } };
    const lines = index.clips.files.flatMap((f) => read(`data/${f.file}`).trimEnd().split('\n'));
    expect(lines.map((l) => (JSON.parse(l) as { slug: string }).slug)).toContain(NEW_SLUG);
  });

  it('finds the new clip in search', async () => {
    const engine = await SearchEngine.open(async (file) => JSON.parse(read(`search/data/${file.split('?')[0]}`)));
    const response = await engine.search('sanctuary cities sacrifice safety');
    expect(response.results.map((r) => r.slug)).toContain(NEW_SLUG);
  });
});
