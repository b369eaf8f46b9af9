import { describe, expect, it } from 'vitest';
import { openArchiveSearch } from '../helpers/search-archive.ts';

// The archive's own five clips and the multilingual fixtures, indexed as the build indexes them.
const { engine } = await openArchiveSearch(undefined, 'tests/fixtures/multilingual');

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '',
  ' ',
  '"',
  '“',
  '”',
  '""',
  '"sanctuary',
  'cities"',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '*',
  '+',
  '?',
  '.*',
  '\\',
  '^',
  '$',
  '|',
  '(?<=a)',
  '[^]',
  '\\u0000',
  '\u0000',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</mark>',
  '&amp;',
  '&lt;b&gt;',
  'javascript:alert(1)',
  '🙂',
  '👩‍👩‍👧',
  '🇺🇸',
  'مدينة الملاذ',
  'עִיר מִקְלָט',
  '\u202e',
  '\u200f',
  'e\u0301',
  '\ud800',
  '\udfff',
  'Ａｌｂｅｎｃｅ',
  'İstanbul',
  'ß',
  'ﬁ',
  'sanctuery',
  'Albense',
  'ICE',
  '158,581',
  '11.1',
  '-',
  ',',
  '&',
  ':~:text=',
  '%',
  '%00',
  'the',
  'of',
  '移民',
  'deportaciones',
  '158 581',
  '70%',
  '\n',
  '\t',
  'NaN',
  'undefined',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
];

function generateQuery(next: () => number, i: number): string {
  if (i % 1000 === 0) return 'a'.repeat(10_000);
  if (i % 1000 === 1) return Array.from({ length: 10_000 }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
  if (i % 500 === 2) return String.fromCharCode(...Array.from({ length: 2000 }, () => Math.floor(next() * 0xffff)));
  const parts = Math.floor(next() * 6);
  let query = '';
  for (let p = 0; p < parts; p++) {
    query +=
      next() < 0.8 ? PIECES[Math.floor(next() * PIECES.length)] : String.fromCodePoint(Math.floor(next() * 0x2ffff));
    if (next() < 0.5) query += ' ';
  }
  return query;
}

describe('search fuzzing', () => {
  it('answers 10,000 generated queries without an exception, with well-formed results', async () => {
    const next = random(20_260_101);
    let answered = 0;
    for (let i = 0; i < 10_000; i++) {
      const query = generateQuery(next, i);
      const response = await engine.search(query, { sort: i % 2 ? 'date' : 'relevance', limit: 5 });
      expect(response.total).toBeGreaterThanOrEqual(response.results.length);
      for (const result of response.results) {
        for (const part of [result.title, ...result.snippets]) {
          for (const [start, end] of part.highlights) {
            expect(start).toBeGreaterThanOrEqual(0);
            expect(end).toBeLessThanOrEqual(part.text.length);
            expect(start).toBeLessThan(end);
          }
        }
      }
      answered++;
    }
    expect(answered).toBe(10_000);
  }, 120_000); // ten thousand queries: minutes on a busy two-core machine

  it('also survives being handed something that is not a string', async () => {
    for (const value of [undefined, null, 42, {}, []]) {
      await expect(engine.search(value as unknown as string)).resolves.toMatchObject({ total: 0 });
    }
  });
});
