import { describe, expect, it } from 'vitest';
import { clipSchema } from '../../src/schema/clip.ts';
import { edtfDateSchema } from '../../src/schema/edtf-date.ts';
import { figureSchema } from '../../src/schema/figure.ts';
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
      'counts',
      'attributedTo',
      'check',
    ]);
    expect(allowedKeysAt(clipSchema, ['source', 'capture'])).toContain('sha256');
    expect(allowedKeysAt(clipSchema, ['author'])).toEqual(['name', 'pseudonym', 'basis', 'note']);
  });
});
