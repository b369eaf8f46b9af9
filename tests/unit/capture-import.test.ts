import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkImportOptions,
  importCapture,
  importTarget,
  suggestSlug,
  unknownOutletMessage,
} from '../../src/lib/capture/capture-import.ts';

const outlets = [{ id: 'example-news', name: 'Example News', url: null }];
const capture = new TextEncoder().encode('Council Approves The New Budget\n\nThe council voted on Tuesday.\n');

function target() {
  const dir = mkdtempSync(path.join(tmpdir(), 'import-'));
  return importTarget(
    {
      root: dir,
      clipsDir: path.join(dir, 'clips'),
      capturesDir: path.join(dir, 'captures'),
      outletsFile: path.join(dir, 'outlets.yaml'),
    },
    outlets,
  );
}

describe('suggestSlug', () => {
  it('prefers the headline and falls back to the file name', () => {
    expect(suggestSlug('Council Approves The New Budget', 'x/003_ab.txt')).toBe('council-approves-the-new-budget');
    expect(suggestSlug(null, 'x/003_ab.txt')).toBe('003-ab');
  });
});

describe('checkImportOptions', () => {
  it('accepts known outlets, full URLs, EDTF dates and valid slugs', () => {
    const options = { outlet: 'example-news', url: 'https://example.com/a', date: '2020-01~', slug: 'a-b' };
    expect(checkImportOptions(options, target())).toBeNull();
  });

  it('names the outlet file and gives the YAML entry for an unknown outlet', () => {
    const t = target();
    expect(checkImportOptions({ outlet: 'other-news' }, t)).toBe(unknownOutletMessage('other-news', t));
    expect(unknownOutletMessage('other-news', t)).toMatch(/outlets\.yaml lists no outlet[\s\S]*- id: other-news/);
  });
});

describe('importCapture', () => {
  it('writes the capture byte for byte and the draft, then refuses the same slug without force', () => {
    const t = target();
    const added = importCapture(capture, 'inbox/raw.txt', { outlet: 'example-news' }, t);
    expect(added).toMatchObject({ status: 'added', slug: 'council-approves-the-new-budget' });
    if (added.status !== 'added') return;
    expect(readFileSync(added.captureFile)).toEqual(Buffer.from(capture));
    expect(readFileSync(added.clipFile, 'utf8')).toContain('receivedAs: raw.txt');

    const again = importCapture(capture, 'inbox/raw.txt', {}, t);
    expect(again).toMatchObject({ status: 'skipped', slug: 'council-approves-the-new-budget' });
    expect(importCapture(capture, 'inbox/raw.txt', { force: true }, t).status).toBe('added');
  });

  it('writes nothing for a binary capture', () => {
    const t = target();
    const result = importCapture(new Uint8Array([1, 0, 2]), 'a.txt', {}, t);
    expect(result).toMatchObject({ status: 'failed', reason: expect.stringContaining('a.txt: it is a binary file') });
    expect(existsSync(t.paths.clipsDir)).toBe(false);
    expect(readdirSync(t.paths.root)).toEqual([]);
  });
});
