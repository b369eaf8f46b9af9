import { describe, expect, it } from 'vitest';
import { clipSchema } from '../../src/schema/clip.ts';
import { edtfDateSchema } from '../../src/schema/edtf-date.ts';
import { confidenceLevel } from '../../src/schema/confidence.ts';
import { evidenceSchema } from '../../src/schema/evidence.ts';
import { figureSchema } from '../../src/schema/figure.ts';
import { noteSchema } from '../../src/schema/note.ts';
import { outletSchema } from '../../src/schema/outlet.ts';
import { slugSchema } from '../../src/schema/slug.ts';
import { allowedKeysAt } from '../../src/lib/validation/schema-keys.ts';

describe('small schemas', () => {
  it('slug: lowercase ASCII words and hyphens only', () => {
    expect(slugSchema.safeParse('ice-raids-2017').success).toBe(true);
    for (const bad of ['ICE', 'a--b', '-a', 'a_b', 'café', ''])
      expect(slugSchema.safeParse(bad).success, bad).toBe(false);
  });

  it('edtf date: real EDTF only, with the fix in the message', () => {
    expect(edtfDateSchema.safeParse('2018-12~').success).toBe(true);
    const bad = edtfDateSchema.safeParse('Dec 2018');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/not a valid EDTF date.*Write e\.g\./);
  });

  it('figure: strict, numeric value, check status from the three labels', () => {
    const figure = { quote: '70%', value: 70, unit: 'percent', counts: 'share', attributedTo: 'statistics' };
    expect(figureSchema.safeParse(figure).success).toBe(true);
    expect(figureSchema.safeParse({ ...figure, value: '70' }).success).toBe(false);
    expect(figureSchema.safeParse({ ...figure, extra: 1 }).success).toBe(false);
    expect(figureSchema.safeParse({ ...figure, check: { status: 'confirmed', note: 'ok' } }).success).toBe(true);
    expect(figureSchema.safeParse({ ...figure, check: { status: 'true', note: 'ok' } }).success).toBe(false);
  });

  it('figure: a date cue or a phrase with no number has value and unit null, never one without the other', () => {
    const cue = {
      quote: 'Jan. 17',
      value: null,
      unit: null,
      refersTo: '2020-01-17',
      counts: 'day',
      attributedTo: 'WE',
    };
    expect(figureSchema.safeParse(cue).success).toBe(true);
    expect(figureSchema.safeParse({ ...cue, refersTo: '17 January' }).success).toBe(false);
    const half = figureSchema.safeParse({ ...cue, unit: 'days' });
    expect(half.success).toBe(false);
    expect(half.error?.issues[0]?.path).toEqual(['unit']);
    expect(half.error?.issues[0]?.message).toMatch(/value and unit go together/);
  });

  it('figure check: the research’s strengths, and a source that is a web address', () => {
    const figure = { quote: '70%', value: 70, unit: 'percent', counts: 'share', attributedTo: 'statistics' };
    for (const status of ['matches', 'consistent', 'plausible', 'unsupported', 'misattributed'])
      expect(figureSchema.safeParse({ ...figure, check: { status, note: 'n' } }).success, status).toBe(true);
    const check = { status: 'confirmed', note: 'n', source: 'javascript:alert(1)' };
    expect(figureSchema.safeParse({ ...figure, check }).success).toBe(false);
  });

  it('confidence: the four levels, optional beside a basis', () => {
    expect(confidenceLevel.options).toEqual(['high', 'medium-high', 'medium', 'low']);
    expect(evidenceSchema.safeParse({ basis: 'inferred', evidence: 'From the tweet date.' }).success).toBe(true);
    const rated = { basis: 'inferred', confidence: 'medium', evidence: 'From the tweet date.' };
    expect(evidenceSchema.safeParse(rated).success).toBe(true);
    expect(evidenceSchema.safeParse({ ...rated, confidence: 'certain' }).success).toBe(false);
  });

  it('note: a kind, an exact passage, what was found and its source (http(s) only)', () => {
    const note = {
      kind: 'distortion',
      passage: 'is preparing to intensify',
      note: 'The quoted source says it has ramped up.',
      source: { name: 'Washington Examiner', url: 'https://example.com/we' },
    };
    expect(noteSchema.safeParse(note).success).toBe(true);
    expect(noteSchema.safeParse({ ...note, kind: 'opinion' }).success).toBe(false);
    expect(noteSchema.safeParse({ ...note, passage: '' }).success).toBe(false);
    expect(noteSchema.safeParse({ ...note, source: { name: 'x', url: 'ftp://example.com/' } }).success).toBe(false);
    expect(noteSchema.safeParse({ ...note, source: undefined }).success).toBe(false);
    expect(noteSchema.safeParse({ ...note, extra: 1 }).success).toBe(false);
  });

  it('outlet: url is a URL or null', () => {
    expect(outletSchema.safeParse({ id: 'x', name: 'X', url: null }).success).toBe(true);
    expect(outletSchema.safeParse({ id: 'x', name: 'X', url: 'x.com' }).success).toBe(false);
  });

  it('lists the allowed keys at a field path for unknown-key messages', () => {
    expect(allowedKeysAt(clipSchema, [])).toContain('titleKind');
    expect(allowedKeysAt(clipSchema, ['figures', 0])).toEqual([
      'quote',
      'value',
      'unit',
      'refersTo',
      'counts',
      'attributedTo',
      'check',
    ]);
    expect(allowedKeysAt(clipSchema, ['source', 'capture'])).toContain('sha256');
    expect(allowedKeysAt(clipSchema, ['author'])).toEqual(['name', 'pseudonym', 'basis', 'confidence', 'note']);
  });
});
