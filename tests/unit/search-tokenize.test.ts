import { describe, expect, it } from 'vitest';
import { foldAccents, MAX_TERM_LENGTH, normaliseTerm, tokenize } from '../../src/lib/search/tokenize.ts';

const terms = (text: string) => tokenize(text).map((t) => t.term);

describe('search tokenizer', () => {
  it('lower-cases, folds accents and keeps offsets into the original text', () => {
    const text = 'Matt Albence told Café owners';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.term)).toEqual(['matt', 'albence', 'told', 'cafe', 'owners']);
    expect(tokens[3]!.word).toBe('café'); // stemmers read the accents
    for (const t of tokens) expect(normaliseTerm(text.slice(t.start, t.end))).toBe(t.term);
    expect(foldAccents('deportación')).toBe('deportacion');
  });

  it('reads a number the same whatever its separators: 158,581, 158 581, 158581', () => {
    expect(terms('arrested 158,581 illegal aliens, 11.1 million')).toEqual([
      'arrested',
      '158581',
      'illegal',
      'aliens',
      '111',
      'million',
    ]);
    expect(terms('158 581 arrests')).toEqual(['158581', 'arrests']);
    expect(terms('1 000 000 dollars, 158\u202f581')).toEqual(['1000000', 'dollars', '158581']);
    // Years and counts that merely stand side by side stay apart.
    expect(terms('in 2017 123 people, 12 345x')).toEqual(['in', '2017', '123', 'people', '12', '345x']);
    const [number] = tokenize('158 581 arrests');
    expect([number!.start, number!.end]).toEqual([0, 7]);
  });

  it('finds exactly the words of the one-expression definition it replaced, on random text', () => {
    // The rules in one regular expression (slower: its lookbehind runs at every word); tokenize must agree with it.
    const reference =
      /(?<![\p{N}.,])(\p{N}{1,3}(?:[ \u00A0\u202F]\p{N}{3})+)(?![\p{L}\p{M}\p{N}])|([\p{L}\p{M}\p{N}]+(?:['’.,][\p{L}\p{M}\p{N}]+)*)|(%)/gu;
    const pieces = [
      '1',
      '12',
      '123',
      '1234',
      ' ',
      '\u00A0',
      '\u202F',
      ',',
      '.',
      "'",
      'a',
      'é',
      'x9',
      '%',
      '-',
      '٣',
      '\n',
    ];
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 400; round++) {
      const text = Array.from({ length: 4 + random(14) }, () => pieces[random(pieces.length)]).join('');
      const expected = [...text.matchAll(reference)].map((m) => [m.index, m.index + m[0].length]);
      expect(tokenize(text).map((t) => [t.start, t.end])).toEqual(expected);
    }
  });

  it('reads a per cent sign as the word "percent"', () => {
    expect(terms('hold 10% of')).toEqual(['hold', '10', 'percent', 'of']);
    const percent = tokenize('10%')[1]!;
    expect([percent.start, percent.end]).toEqual([2, 3]);
  });

  it('cuts Chinese and Japanese text into words with Intl.Segmenter', () => {
    expect(terms('移民局在庇护城市进行了逮捕行动。')).toEqual(expect.arrayContaining(['庇护', '城市', '逮捕']));
    expect(terms('入国管理局は聖域都市で移民の逮捕を行った。')).toEqual(expect.arrayContaining(['移民', '逮捕']));
    const text = 'ICE 在庇护城市';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.word);
  });

  it('keeps inner apostrophes for stemmers, drops a final ’s, and splits hyphens', () => {
    const tokens = tokenize("That’s ICE's anti-ICE U.S. agency won't L’immigration");
    expect(tokens.map((t) => t.term)).toEqual(['that', 'ice', 'anti', 'ice', 'us', 'agency', 'wont', 'limmigration']);
    expect(tokens.map((t) => t.word).slice(-2)).toEqual(["won't", "l'immigration"]);
  });

  it('ignores punctuation, markup characters and emoji, and cuts absurdly long words', () => {
    expect(terms('<script>alert(1)</script> 🙂 — ***')).toEqual(['script', 'alert', '1', 'script']);
    expect(tokenize('x'.repeat(10_000))[0]?.term).toHaveLength(MAX_TERM_LENGTH);
  });

  it('tokenizes right-to-left scripts too', () => {
    expect(tokenize('مدينة الملاذ')).toHaveLength(2);
  });
});
