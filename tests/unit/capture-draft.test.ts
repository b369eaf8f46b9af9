import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveArchivePaths } from '../../src/lib/validation/archive-paths.ts';
import { validateArchive } from '../../src/lib/validation/archive-validation.ts';
import { sha256 } from '../../src/lib/validation/capture-hash.ts';
import { readOutlets } from '../../src/lib/validation/outlets-file.ts';
import { removeOmissions } from '../../src/lib/validation/capture-comparison.ts';
import { draftClip, fieldName, type ClipDraft } from '../../src/lib/capture/capture-draft.ts';
import { analyseBody } from '../../src/lib/text/clip-body.ts';

const paths = resolveArchivePaths(path.resolve(import.meta.dirname, '../..'));
const archive = validateArchive(paths);
const { outlets } = readOutlets(paths.outletsFile, 'content/outlets.yaml');

function draftFromCapture(file: string, extra: Partial<Parameters<typeof draftClip>[0]> = {}): ClipDraft {
  const bytes = readFileSync(path.join(paths.capturesDir, file));
  return draftClip({
    captureText: new TextDecoder().decode(bytes),
    sha256: sha256(bytes),
    slug: 'draft',
    outlets,
    ...extra,
  });
}

/** 1-based capture lines that a list of omissions removes (the validator's own matching). */
function omittedLines(capture: string, omitted: { text: string }[]): Set<number> {
  const all = removeOmissions(capture, []);
  const kept = removeOmissions(capture, omitted);
  if (!all.ok || !kept.ok) throw new Error('an omission does not match the capture');
  const keptLines = new Set(kept.lines.map((l) => l.line));
  return new Set(all.lines.map((l) => l.line).filter((n) => !keptLines.has(n)));
}

interface Span {
  paragraph: number;
  start: number;
  end: number;
}

function occurrences(paragraphs: string[], quote: string): Span[] {
  const spans: Span[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
      spans.push({ paragraph, start: at, end: at + quote.length });
    }
  });
  return spans;
}

const overlaps = (a: Span[], b: Span[]) =>
  a.some((x) => b.some((y) => x.paragraph === y.paragraph && x.start < y.end && y.start < x.end));

interface Tally {
  expected: number;
  found: number;
  suggested: number;
  correct: number;
}

const tallies: Record<'chrome lines' | 'figures' | 'people' | 'cited outlets', Tally> = {
  'chrome lines': { expected: 0, found: 0, suggested: 0, correct: 0 },
  figures: { expected: 0, found: 0, suggested: 0, correct: 0 },
  people: { expected: 0, found: 0, suggested: 0, correct: 0 },
  'cited outlets': { expected: 0, found: 0, suggested: 0, correct: 0 },
};

function tallySets(tally: Tally, expected: Set<string>, suggested: Set<string>) {
  tally.expected += expected.size;
  tally.suggested += suggested.size;
  tally.found += [...expected].filter((e) => suggested.has(e)).length;
  tally.correct += [...suggested].filter((s) => expected.has(s)).length;
}

// Measure the drafting against the five hand-made clips: what the keeper recorded is the answer key.
for (const clip of archive.clips) {
  const file = clip.data.source.capture.file;
  const capture = readFileSync(path.join(paths.capturesDir, file), 'utf8');
  const draft = draftFromCapture(file);
  const suggestedOmitted = draft.frontmatter.omitted as { text: string }[];
  tallySets(
    tallies['chrome lines'],
    new Set([...omittedLines(capture, clip.data.omitted)].map(String)),
    new Set([...omittedLines(capture, suggestedOmitted)].map(String)),
  );

  // The drafter proposes numbers; date cues and phrases with no number ("daily", value null) are the keeper's.
  const numeric = clip.data.figures.filter((f) => f.value !== null);
  const expectedSpans = numeric.map((f) => occurrences(draft.paragraphs, f.quote));
  const candidateSpans = draft.figures.map((f) => occurrences(draft.paragraphs, f.quote));
  const figures = tallies.figures;
  figures.expected += expectedSpans.length;
  figures.suggested += candidateSpans.length;
  figures.found += expectedSpans.filter((e) => candidateSpans.some((c) => overlaps(e, c))).length;
  figures.correct += candidateSpans.filter((c) => expectedSpans.some((e) => overlaps(e, c))).length;

  tallySets(tallies.people, new Set(clip.data.people.map((p) => p.name)), new Set(draft.people.map((p) => p.name)));
  tallySets(
    tallies['cited outlets'],
    new Set(clip.data.cites.flatMap((c) => (c.outlet ? [c.outlet] : []))),
    new Set(draft.cites.map((c) => c.outlet)),
  );
}

const recall = (t: Tally) => t.found / t.expected;
const precision = (t: Tally) => t.correct / t.suggested;

describe('drafting measured against the five hand-made clips', () => {
  it('prints recall and precision per kind of suggestion', () => {
    const rows = Object.entries(tallies).map(
      ([kind, t]) =>
        `${kind.padEnd(14)} recall ${recall(t).toFixed(2)} (${t.found}/${t.expected})  precision ${precision(t).toFixed(2)} (${t.correct}/${t.suggested})`,
    );
    console.log(`Drafting suggestions vs the hand-made clips:\n${rows.join('\n')}`);
    expect(archive.clips).toHaveLength(5);
  });

  it('finds at least 80% of the page chrome the keeper left out, and suggests little else', () => {
    expect(recall(tallies['chrome lines'])).toBeGreaterThanOrEqual(0.8);
    expect(precision(tallies['chrome lines'])).toBeGreaterThanOrEqual(0.8);
  });

  it('finds at least 80% of the figures the keeper recorded', () => {
    expect(recall(tallies.figures)).toBeGreaterThanOrEqual(0.8);
    expect(precision(tallies.figures)).toBeGreaterThanOrEqual(0.5);
  });

  it('finds most of the people quoted and the outlets cited', () => {
    expect(recall(tallies.people)).toBeGreaterThanOrEqual(0.7);
    expect(recall(tallies['cited outlets'])).toBeGreaterThanOrEqual(0.8);
  });
});

describe('draftClip', () => {
  it.each(archive.clips.map((c) => [c.slug, c] as const))(
    '%s: the draft body is the capture less the suggested chrome, paragraph for paragraph',
    (_slug, clip) => {
      const capture = readFileSync(path.join(paths.capturesDir, clip.data.source.capture.file), 'utf8');
      const draft = draftFromCapture(clip.data.source.capture.file);
      const kept = removeOmissions(capture, draft.frontmatter.omitted as { text: string }[]);
      if (!kept.ok) throw new Error('a suggested omission does not match the capture');
      const body = analyseBody(draft.body);
      // Every kept line is a paragraph or a heading, in order, with the capture's characters.
      const blocks = body.paragraphs.map((p) => p.text);
      expect(blocks.length).toBeLessThanOrEqual(kept.lines.length);
      for (const p of blocks) expect(kept.lines.map((l) => l.text)).toContain(p);
      expect(body.rawHtmlLines).toEqual([]);
    },
  );

  it('takes a headline-like first line as the title, to confirm, and omits it from the body', () => {
    const draft = draftFromCapture('ice-cranks-up-the-heat-on-sanctuary-cities.txt');
    expect(draft.frontmatter.title).toBe('‘That’s Enough’: ICE Cranks Up The Heat On Lawless Sanctuary Cities');
    expect(draft.frontmatter.titleKind).toBe('published');
    expect(draft.toConfirm.map((n) => fieldName(n.path))).toContain('title');
    expect(draft.body.startsWith('In an effort to end liberal media disinformation')).toBe(true);
  });

  it('leaves the title to fill when the capture has no headline line', () => {
    const draft = draftFromCapture('ice-turns-up-the-volume-on-sanctuary-cities.txt');
    expect(draft.frontmatter.title).toBe('');
    expect(draft.frontmatter.titleKind).toBeNull();
    expect(draft.toFill.map((n) => fieldName(n.path))).toEqual(
      expect.arrayContaining(['title', 'titleKind', 'titleEvidence']),
    );
  });

  it('keeps unknown facts unknown: no outlet, author, date or URL is invented', () => {
    const draft = draftFromCapture('ice-preparing-targeted-arrests-in-sanctuary-cities.txt');
    expect(draft.frontmatter.outlet).toBeNull();
    expect(draft.frontmatter.author).toBeNull();
    expect(draft.frontmatter.date).toBeNull();
    expect((draft.frontmatter.source as { url: unknown }).url).toBeNull();
    expect(draft.toFill.map((n) => fieldName(n.path))).toEqual(
      expect.arrayContaining(['outletKnown.basis', 'outletKnown.evidence', 'date', 'dateKnown.basis']),
    );
    // The byline is pointed out, not turned into an author.
    expect(draft.toConfirm.find((n) => fieldName(n.path) === 'author')?.note).toContain('Tyler Durden,');
  });

  it('uses the outlet, date and URL the keeper gives, and asks how the URL is known', () => {
    const draft = draftFromCapture('ice-preparing-targeted-arrests-in-sanctuary-cities.txt', {
      outlet: 'speaking-about-news',
      date: '2020-09-29/2020-09-30',
      url: 'https://speakingaboutnews.com/ice-preparing-to-make-targeted-arrests-in-sanctuary-cities/',
    });
    expect(draft.frontmatter.outlet).toBe('speaking-about-news');
    expect(draft.frontmatter.date).toBe('2020-09-29/2020-09-30');
    expect(draft.toFill.map((n) => fieldName(n.path))).toContain('source.urlBasis');
    expect(draft.toFill.map((n) => fieldName(n.path))).not.toContain('date');
  });

  it('records an outlet named by a syndication footer as the original outlet, with the footer as evidence', () => {
    const draft = draftFromCapture('sanctuary-cities-sacrifice-safety.txt');
    expect(draft.frontmatter.originalOutlet).toBe('liberty-nation');
    expect(draft.frontmatter.originalKnown).toEqual({
      basis: 'stated',
      evidence: 'The capture\'s footer says: "This article was originally published at Liberty Nation."',
    });
  });

  it('escapes Markdown so that the body renders exactly the captured characters', () => {
    const capture = '# not a heading\n\n> not a quote\n\n1. not a list\n\n*stars* and _underscores_ and <b>tags</b>\n';
    const draft = draftClip({ captureText: capture, sha256: '0'.repeat(64), slug: 'x', outlets, suggest: false });
    const body = analyseBody(draft.body);
    expect(body.paragraphs.map((p) => p.text)).toEqual([
      '# not a heading',
      '> not a quote',
      '1. not a list',
      '*stars* and _underscores_ and <b>tags</b>',
    ]);
    expect(body.rawHtmlLines).toEqual([]);
  });

  it('with known facts and no suggestions (a generated corpus), leaves nothing to fill', () => {
    const draft = draftClip({
      captureText: 'First paragraph.\n\nSecond paragraph.\n',
      sha256: '0'.repeat(64),
      slug: 'x',
      outlets,
      outlet: 'cnn',
      date: '1962',
      suggest: false,
      facts: {
        title: { text: 'A devised title', kind: 'devised', evidence: 'Devised by the archive for this test.' },
        outletKnown: { basis: 'stated', evidence: 'Stated by the test that made it.' },
        author: null,
        dateKnown: { basis: 'stated', evidence: 'Stated by the test that made it.' },
      },
    });
    expect(draft.toFill).toEqual([]);
    expect(draft.toConfirm).toEqual([]);
    expect(draft.body).toBe('First paragraph.\n\nSecond paragraph.\n');
  });
});
