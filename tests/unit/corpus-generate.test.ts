import { describe, expect, it } from 'vitest';
import { loadAddresses } from '../../bench/corpus/addresses.ts';
import { corpusClip, corpusDate, MAX_WORDS, MIN_WORDS } from '../../bench/corpus/generate.ts';
import { parseEdtfDate } from '../../src/lib/text/edtf-date.ts';

const addresses = loadAddresses();
const clips = Array.from({ length: 600 }, (_, n) => corpusClip(addresses, n));
const wordsOf = (paragraphs: string[]) => paragraphs.join(' ').split(' ').length;

describe('the benchmark corpus', () => {
  it('has clips of news-article length: about 600 words, from 200 to 2,000', () => {
    const lengths = clips.map((c) => wordsOf(c.paragraphs)).sort((a, b) => a - b);
    const median = lengths[lengths.length >> 1]!;
    expect(median).toBeGreaterThan(500);
    expect(median).toBeLessThan(750);
    expect(lengths[0]).toBeGreaterThanOrEqual(MIN_WORDS);
    // A clip stops at the end of the sentence that reaches its length.
    expect(lengths.at(-1)).toBeLessThan(MAX_WORDS + 150);
    expect(lengths.at(-1)).toBeGreaterThan(1200);
  });

  it('takes whole sentences of the addresses, verbatim', () => {
    const sentences = new Set(addresses.flatMap((a) => a.sentences));
    const clip = clips[123]!;
    for (const paragraph of clip.paragraphs) {
      const pieces = new Intl.Segmenter('en', { granularity: 'sentence' }).segment(paragraph);
      for (const { segment } of pieces) expect(sentences.has(segment.trim())).toBe(true);
    }
  });

  it('spreads clips over years, several outlets and every form of EDTF date, all valid', () => {
    expect(new Set(clips.map((c) => c.year)).size).toBeGreaterThan(150);
    const desks = new Map<string, number>();
    for (const c of clips) desks.set(c.outlet, (desks.get(c.outlet) ?? 0) + 1);
    expect(desks.size).toBeGreaterThan(10);
    expect(Math.max(...desks.values())).toBeGreaterThan(3 * Math.min(...desks.values()));
    for (const c of clips) expect(parseEdtfDate(c.date).ok).toBe(true);
    const forms = new Set(
      clips
        .map((c) => c.date.replace(/\d/g, '9'))
        .map((d) =>
          d.includes('/')
            ? d
                .split('/')
                .map((p) => p.length)
                .join('/')
            : d,
        ),
    );
    for (const form of ['9999', '9999-99-99', '9999-99', '9999-99~', '9999-99-99?', '10/10', '10/2', '2/10'])
      expect(forms).toContain(form);
    expect(clips.some((c) => c.originalOutlet !== null)).toBe(true);
  });

  it('is the same clip n whatever the corpus size, with unique slugs', () => {
    expect(corpusClip(addresses, 500)).toEqual(clips[500]);
    expect(new Set(clips.map((c) => c.slug)).size).toBe(clips.length);
  });

  it('assigns dates inside the address year, with ranges that end after they start', () => {
    let seed = 1;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 2000; i++) {
      const { date } = corpusDate(1901, rand);
      expect(parseEdtfDate(date).ok, date).toBe(true);
      expect(date).toContain('1901');
    }
  });
});
