import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveArchivePaths } from '../../src/lib/validation/archive-paths.ts';
import { validateArchive } from '../../src/lib/validation/archive-validation.ts';
import { findAlteredOmission } from '../../src/lib/validation/capture-comparison.ts';
import { RESEARCH } from '../fixtures/research/research.ts';
import { readResearchNotes } from '../helpers/research-notes.ts';

// The five clips compared field by field with the research notes they were made from, so that no later edit can
// drift from what the research found: not a date, a URL, a confidence or the strength of a check.
const ROOT = path.resolve(import.meta.dirname, '../..');
const notes = readResearchNotes(path.join(ROOT, 'tests/fixtures/research/PROVENANCE.md'));
const paths = resolveArchivePaths(ROOT);
const archive = validateArchive(paths);
const byReceivedAs = new Map(archive.clips.map((c) => [c.data.source.capture.receivedAs, c]));
const squash = (s: string) => s.replace(/\u00a0/g, ' ');

describe('the transcription of the research notes', () => {
  it('quotes the notes verbatim wherever it says what they say', () => {
    for (const record of RESEARCH) {
      const said = [
        record.title.said,
        record.outlet.said,
        record.original?.said,
        record.author.said,
        record.date.said,
        record.captured.said,
        record.url.said,
        ...record.flags.map((f) => f.said),
        ...record.omitted.map((o) => `\`${o}\``),
        ...record.copies,
      ].filter((s): s is string => typeof s === 'string');
      for (const quote of said) expect(notes.text, `${record.file}: ${quote}`).toContain(quote);
    }
  });

  it('covers every file of the summary table and every row of the figure tables', () => {
    expect(RESEARCH.map((r) => r.file.slice(0, 3))).toEqual([...notes.summary.keys()]);
    for (const record of RESEARCH) {
      const rows = notes.figures.filter((f) => f.file === record.file && !f.widget).map((f) => f.quote);
      expect(Object.keys(record.figures).sort(), record.file).toEqual(rows.sort());
    }
  });

  it('reads each check at the strength of its wording', () => {
    for (const row of notes.figures.filter((f) => !f.widget)) {
      const status = RESEARCH.find((r) => r.file === row.file)!.figures[row.quote]!.status;
      const check = row.check.toLowerCase();
      const expected = check.startsWith('confirmed number, flagged')
        ? 'differs'
        : check.startsWith('confirmed') || check === 'correct period'
          ? 'confirmed'
          : /\bmatches\b|^verbatim/.test(check)
            ? 'matches'
            : /^consistent/.test(check)
              ? 'consistent'
              : /plausible/.test(check)
                ? 'plausible'
                : /unsupported claim/.test(check)
                  ? 'unsupported'
                  : /misattribution/.test(check)
                    ? 'misattributed'
                    : /^not verified|"the list" is unclear/.test(check)
                      ? 'unverified'
                      : /^flag/.test(check)
                        ? 'differs'
                        : null;
      expect(status, `${row.file} "${row.quote}": ${row.check}`).toBe(expected);
    }
  });
});

describe('the five clips agree with the research, field by field', () => {
  it('validates, and each capture of the research is one clip', () => {
    expect(archive.issues).toEqual([]);
    expect([...byReceivedAs.keys()].sort()).toEqual(RESEARCH.map((r) => r.file));
  });

  for (const record of RESEARCH) {
    describe(record.file, () => {
      const clip = byReceivedAs.get(record.file)!;
      const data = clip.data;

      it('title and how it is known', () => {
        expect(data.title).toBe(record.title.text);
        expect(data.titleKind).toBe(record.title.kind);
      });

      it('outlet, original outlet and author, with basis and confidence', () => {
        expect(data.outlet).toBe(record.outlet.id);
        expect(data.outletKnown.basis).toBe(record.outlet.basis);
        expect(data.outletKnown.confidence).toBe(record.outlet.confidence);
        expect(data.originalOutlet).toBe(record.original?.id ?? null);
        if (record.original) {
          expect(data.originalKnown?.basis).toBe(record.original.basis);
          expect(data.originalKnown?.confidence).toBe(record.original.confidence);
        }
        expect(data.author?.name ?? null).toBe(record.author.name);
      });

      it('date, basis and confidence; capture date and how it is known', () => {
        const [date, known] =
          record.date.of === 'original' ? [data.originalDate, data.originalDateKnown] : [data.date, data.dateKnown];
        expect(date).toBe(record.date.edtf);
        expect(known?.basis).toBe(record.date.basis);
        expect(known?.confidence).toBe(record.date.confidence);
        expect(data.source.capture.captured ?? null).toBe(record.captured.edtf);
        expect(data.source.capture.capturedKnown?.basis).toBe(record.captured.basis);
      });

      it('original URL and the copies found', () => {
        expect(data.source.url).toBe(record.url.url);
        expect(data.source.urlBasis).toBe(record.url.url ? 'found' : 'unknown');
        expect(data.source.copies.map((c) => c.url)).toEqual(record.copies);
      });

      it('every figure and date cue of the research, no other, each checked at the strength of its wording', () => {
        const research = notes.figures.filter((f) => f.file === record.file && !f.widget);
        expect(data.figures.map((f) => f.quote).sort()).toEqual(research.map((f) => f.quote).sort());
        for (const row of research) {
          const figure = data.figures.find((f) => f.quote === row.quote)!;
          const expected = record.figures[row.quote]!;
          expect(figure.check?.status ?? null, `"${row.quote}": ${row.check}`).toBe(expected.status);
          expect(figure.refersTo, `"${row.quote}" refers to`).toBe(expected.refersTo);
        }
      });

      it('figures of the page chrome stay verbatim in what was left out', () => {
        const chrome = squash(data.omitted.map((o) => o.text).join('\n'));
        for (const row of notes.figures.filter((f) => f.file === record.file && f.widget)) {
          expect(chrome, row.quote).toContain(row.quote);
        }
      });

      it('every flag as an archivist’s note of its kind on its passage', () => {
        for (const flag of record.flags) {
          const match = data.notes.find((n) => n.kind === flag.kind && n.passage.includes(flag.passage));
          expect(match, `${flag.kind}: ${flag.passage}`).toBeDefined();
        }
        expect(data.notes).toHaveLength(record.flags.length);
      });

      it('what was left out, verbatim: the lines the research quotes, byte for byte as the capture has them', () => {
        const omitted = data.omitted.flatMap((o) => o.text.split('\n')).map(squash);
        for (const line of record.omitted) expect(omitted, line).toContain(line);
        const capture = readFileSync(path.join(paths.capturesDir, data.source.capture.file), 'utf8');
        expect(findAlteredOmission(capture, data.omitted)).toBeNull();
      });

      it('everyone the research lists as quoted', () => {
        expect(data.people.map((p) => p.name).sort()).toEqual([...record.quoted].sort());
      });
    });
  }
});
