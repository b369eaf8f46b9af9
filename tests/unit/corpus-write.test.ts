import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/validation/frontmatter.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = (cli: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [path.join(ROOT, cli), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });

function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      files[path.relative(dir, full)] = readFileSync(full, 'utf8');
    }
  }
  return files;
}

describe('npm run corpus', () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'corpus-')), 'c');
  const first = run('bench/corpus/write.ts', ['--clips', '40', '--out', out]);
  const clipFiles = () => Object.keys(readTree(path.join(out, 'clips')));

  it('writes N clips in folders by year, with their captures and an outlet list, that validate', () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(clipFiles()).toHaveLength(40);
    expect(clipFiles()[0]).toMatch(/^\d{4}\/sotu-\d{4}-\d{6}\.md$/);
    expect(readdirSync(path.join(out, 'captures'))).toHaveLength(40);
    const validated = run('src/cli/validate.ts', [], { CLIPS_DIR: out });
    expect(validated.stderr).toBe('');
    expect(validated.stdout).toMatch(/^40 clips valid/);
  });

  it('gives honest metadata: devised titles, the president as author, and says which dates it assigned', () => {
    const clips = Object.values(readTree(path.join(out, 'clips'))).map((source) => {
      const clip = splitFrontmatter(source);
      if (!clip.ok) throw new Error(clip.message);
      return clip;
    });
    const washington = clips.find((c) => (c.data as { title: string }).title.startsWith('1790: '))!;
    expect(washington.data).toMatchObject({
      titleKind: 'devised',
      author: { name: 'George Washington', basis: 'stated' },
      outletKnown: { basis: 'inferred' },
      source: { url: null, urlBasis: 'unknown' },
    });
    for (const { data } of clips) {
      const { date, dateKnown } = data as { date: string; dateKnown: { basis: string } };
      expect(dateKnown.basis).toBe(/^\d{4}$/.test(date) ? 'stated' : 'inferred');
    }
    // Figures are quoted verbatim from the clip's own text.
    const withFigures = clips.filter((c) => (c.data as { figures: unknown[] }).figures.length > 0);
    expect(withFigures.length).toBeGreaterThan(5);
    for (const c of withFigures)
      for (const f of (c.data as { figures: { quote: string }[] }).figures) expect(c.body).toContain(f.quote);
  });

  it('is deterministic, and refuses to replace an existing corpus without --force', () => {
    const before = readTree(out);
    const refused = run('bench/corpus/write.ts', ['--clips', '40', '--out', out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Pass --force to replace it');
    expect(run('bench/corpus/write.ts', ['--clips', '40', '--out', out, '--force']).status).toBe(0);
    expect(readTree(out)).toEqual(before);
    expect(readdirSync(path.dirname(out)).filter((f) => f.includes('.partial-'))).toEqual([]);
  });

  it('refuses a count that is not a whole number', () => {
    const refused = run('bench/corpus/write.ts', ['--clips', 'many', '--out', `${out}-x`]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('--clips must be a whole number');
    expect(existsSync(`${out}-x`)).toBe(false);
  });
});
