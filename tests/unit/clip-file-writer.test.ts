import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftClip } from '../../src/lib/capture/capture-draft.ts';
import { renderClipFile, writeFilesAtomically } from '../../src/lib/capture/clip-file-writer.ts';
import { splitFrontmatter } from '../../src/lib/validation/frontmatter.ts';

const outlets = [{ id: 'example-news', name: 'Example News', url: null }];

describe('renderClipFile', () => {
  it('writes valid YAML frontmatter with TO FILL and TO CONFIRM comments, then the body', () => {
    const draft = draftClip({
      captureText: 'Council Approves The New Budget\n\n“It is 12% more,” Mayor Jane Doe said.\n',
      sha256: 'a'.repeat(64),
      slug: 'budget',
      outlets,
    });
    const file = renderClipFile(draft);
    const split = splitFrontmatter(file);
    if (!split.ok) throw new Error(split.message);
    expect(split.data).toMatchObject({ title: 'Council Approves The New Budget', date: null, outlet: null });
    expect(split.body.trim()).toBe('“It is 12% more,” Mayor Jane Doe said.');
    expect(file).toContain('date: null # TO FILL: the publication date as EDTF');
    expect(file).toMatch(/# TO CONFIRM: suggested figure "12%"[^\n]*\n {2}- quote: 12%/);
    expect(file).toMatch(/# TO CONFIRM: suggested person "Jane Doe"/);
  });

  it('quotes a day-precision date, which Astro would otherwise read as a date object instead of EDTF text', () => {
    const draft = draftClip({
      captureText: 'Text.\n',
      sha256: 'a'.repeat(64),
      slug: 'dated',
      outlets,
      date: '2020-01-21',
    });
    expect(renderClipFile(draft)).toContain('date: "2020-01-21"');
  });
});

describe('writeFilesAtomically', () => {
  const folder = () => mkdtempSync(path.join(tmpdir(), 'writer-'));

  it('writes every file, creating folders, and leaves no temporary file', () => {
    const dir = folder();
    writeFilesAtomically([
      { path: path.join(dir, 'a', 'one.txt'), content: 'one' },
      { path: path.join(dir, 'b', 'two.txt'), content: new Uint8Array([116, 119, 111]) },
    ]);
    expect(readFileSync(path.join(dir, 'a', 'one.txt'), 'utf8')).toBe('one');
    expect(readFileSync(path.join(dir, 'b', 'two.txt'), 'utf8')).toBe('two');
    expect(readdirSync(path.join(dir, 'a'))).toEqual(['one.txt']);
  });

  it('refuses to overwrite unless told to, and then writes nothing at all', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'two.txt'), 'kept');
    const files = [
      { path: path.join(dir, 'one.txt'), content: 'new' },
      { path: path.join(dir, 'two.txt'), content: 'new' },
    ];
    expect(() => writeFilesAtomically(files)).toThrow(/two\.txt already exists; nothing was written/);
    expect(readdirSync(dir)).toEqual(['two.txt']);
    writeFilesAtomically(files, true);
    expect(readFileSync(path.join(dir, 'two.txt'), 'utf8')).toBe('new');
  });

  it('removes the files already written when a later one cannot be written', () => {
    const dir = folder();
    mkdirSync(path.join(dir, 'blocked'));
    writeFileSync(path.join(dir, 'blocked', 'file'), '');
    const files = [
      { path: path.join(dir, 'one.txt'), content: 'one' },
      // A folder cannot be created where a file stands.
      { path: path.join(dir, 'blocked', 'file', 'two.txt'), content: 'two' },
    ];
    expect(() => writeFilesAtomically(files)).toThrow();
    expect(readdirSync(dir)).toEqual(['blocked']);
  });
});
