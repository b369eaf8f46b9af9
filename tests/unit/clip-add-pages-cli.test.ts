import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../helpers/page-archive.ts';
import { buildWarc } from '../helpers/web-archives.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLIP_ADD = path.join(ROOT, 'src/cli/clip-add.ts');
const VALIDATE = path.join(ROOT, 'src/cli/validate.ts');

function emptyArchive() {
  const dir = mkdtempSync(path.join(tmpdir(), 'clip-add-pages-'));
  const archive = path.join(dir, 'archive');
  mkdirSync(path.join(archive, 'clips'), { recursive: true });
  mkdirSync(path.join(archive, 'captures'), { recursive: true });
  copyFileSync(path.join(ROOT, 'content/outlets.yaml'), path.join(archive, 'outlets.yaml'));
  return { dir, archive };
}

function run(cli: string, args: string[], archive: string) {
  return spawnSync(process.execPath, [cli, ...args], {
    cwd: ROOT,
    env: { ...process.env, CLIPS_DIR: archive },
    encoding: 'utf8',
  });
}

// Each case starts Node several times; on a busy machine that takes tens of seconds.
describe('npm run clip:add with web pages', { timeout: 180_000 }, () => {
  it('--help documents every format and option', () => {
    const help = run(CLIP_ADD, ['--help'], ROOT);
    expect(help.status).toBe(0);
    for (const word of [
      '.txt',
      '.html, .htm',
      'SingleFile',
      '.warc, .warc.gz',
      '.wacz',
      'datapackage.json',
      '--outlet',
      '--url',
      '--date',
      '--slug',
      '--force',
      'draft: true',
    ]) {
      expect(help.stdout).toContain(word);
    }
  });

  it('adds a saved page as a draft, proposes its outlet, and validate lists the draft and its fields', () => {
    const { archive } = emptyArchive();
    const added = run(CLIP_ADD, [path.join(PAGES, 'french.html')], archive);
    expect(added.stderr).toBe('');
    expect(added.stdout).toMatch(/Added \S*clips\/a-calais-[a-z-]+\.md \(a draft\)/);
    expect(readFileSync(path.join(archive, 'outlets.yaml'), 'utf8')).toMatch(
      /- id: lecho-du-littoral\n {2}name: L’Écho du Littoral\n {2}url: https:\/\/echolittoral\.example\/\n$/,
    );
    const validated = run(VALIDATE, [], archive);
    expect(validated.status).toBe(0);
    expect(validated.stdout).toMatch(
      /1 draft waits for review and is not published:\n {2}\S*clips\/a-calais-[a-z-]+\.md: title \(TO CONFIRM\), outlet \(TO CONFIRM\)/,
    );

    // Deleting "draft: true" while TO CONFIRM marks remain does not publish unreviewed suggestions: validate fails.
    const clipFile = added.stdout.match(/Added (\S+\.md)/)![1]!;
    const full = path.resolve(ROOT, clipFile); // printed relative to the directory the command ran in
    writeFileSync(full, readFileSync(full, 'utf8').replace(/^draft: true\n/m, ''));
    const undrafted = run(VALIDATE, [], archive);
    expect(undrafted.status).toBe(1);
    expect(undrafted.stdout + undrafted.stderr).toMatch(/still marked TO CONFIRM .*but the clip is not a draft/);
  });

  it('imports every page of a WARC with a summary, and refuses a truncated one writing nothing', async () => {
    const { dir, archive } = emptyArchive();
    const pages = ['jsonld-news.html', 'spanish.html', 'singlefile.html'].map((name, i) => ({
      url: `https://site${i}.example/${name}`,
      body: readFileSync(path.join(PAGES, name)),
    }));
    const warc = path.join(dir, 'crawl.warc.gz');
    const bytes = await buildWarc(pages, true);
    writeFileSync(warc, bytes);
    const added = run(CLIP_ADD, [warc], archive);
    expect(added.stdout).toMatch(/3 pages: 3 added, 0 skipped, 0 failed\./);
    expect(readdirSync(path.join(archive, 'captures'))).toEqual(['crawl.warc.gz']);

    const { archive: other } = emptyArchive();
    writeFileSync(warc, bytes.subarray(0, bytes.length - 500));
    const refused = run(CLIP_ADD, [warc], other);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /crawl\.warc\.gz: the WARC file is cut short or damaged[\s\S]*Nothing was written\./,
    );
    expect(readdirSync(path.join(other, 'captures'))).toEqual([]);
  });
});
