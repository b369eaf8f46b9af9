import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveArchivePaths } from '../../src/lib/validation/archive-paths.ts';
import { removeOmissions } from '../../src/lib/validation/capture-comparison.ts';
import { analyseBody, collapseWhitespace } from '../../src/lib/text/clip-body.ts';
import { validateArchive } from '../../src/lib/validation/archive-validation.ts';
import { formatIssues } from '../../src/lib/validation/validation-issue.ts';

const paths = resolveArchivePaths(path.resolve(import.meta.dirname, '../..'));
const archive = validateArchive(paths);

describe('the archive content', () => {
  it('validates: every clip passes the schema and every integrity check', () => {
    expect(formatIssues(archive.issues)).toBe('0 problems in 0 files:');
    expect(archive.clips).toHaveLength(5);
  });

  it.each(archive.clips.map((c) => [c.slug, c] as const))('%s: its body is rebuilt from its capture', (_slug, clip) => {
    // Rebuild the body independently of the validator: capture lines less omissions, one per paragraph or heading.
    const capture = readFileSync(path.join(paths.capturesDir, clip.data.source.capture.file), 'utf8');
    const kept = removeOmissions(capture, clip.data.omitted);
    if (!kept.ok) throw new Error(`omitted[${kept.omissionIndex}] not found in the capture`);
    const rebuilt = kept.lines.map((l) => l.text);
    const body = analyseBody(clip.body);
    const blocks = clip.body
      .replace(/^>[ \t]?/gm, '')
      .split(/\n\s*\n/)
      .map((block) => collapseWhitespace(block.replace(/^#{1,6}\s+/gm, '')))
      .filter(Boolean);
    expect(blocks).toEqual(rebuilt);
    // Every paragraph the page numbers is one of the capture's lines.
    for (const p of body.paragraphs) expect(rebuilt).toContain(p.text);
  });

  it('records the five captures under their original names with the hashes of the raw files', () => {
    const received = archive.clips.map((c) => c.data.source.capture.receivedAs).sort();
    expect(received).toEqual([
      '000_ce73f1ba6eff3d52.txt',
      '001_e51690cebcfee4e1.txt',
      '002_e278757b7fe60643.txt',
      '003_11071d00b62c1a6b.txt',
      '004_4258fececbacf5df.txt',
    ]);
  });

  it('never invents: unknown authors and original URLs stay null', () => {
    const bySlug = new Map(archive.clips.map((c) => [c.slug, c.data]));
    expect(bySlug.get('ice-turns-up-the-volume-on-sanctuary-cities')!.author).toBeNull();
    expect(bySlug.get('ice-turns-up-the-volume-on-sanctuary-cities')!.source.url).toBeNull();
    expect(bySlug.get('sanctuary-cities-sacrifice-safety')!.outlet).toBeNull();
    expect(bySlug.get('sanctuary-cities-sacrifice-safety')!.titleKind).toBe('reconstructed');
    expect(bySlug.get('ice-preparing-targeted-arrests-in-sanctuary-cities')!.author).toMatchObject({
      name: 'Tyler Durden',
      pseudonym: true,
    });
  });
});
