import { describe, expect, it } from 'vitest';
import { encodeTextDirective, highlightWhole, makeSnippet } from '../../src/lib/search/snippet.ts';

const marked = (s: { text: string; highlights: [number, number][] }) =>
  s.highlights.map(([a, b]) => s.text.slice(a, b));

describe('search snippets', () => {
  it('shows a short paragraph whole with its matches highlighted', () => {
    const snippet = makeSnippet('ICE arrested 158,581 illegal aliens.', [{ from: 2, to: 2 }]);
    expect(snippet.text).toBe('ICE arrested 158,581 illegal aliens.');
    expect(marked(snippet)).toEqual(['158,581']);
    expect(snippet.textDirective).toBe(':~:text=ICE%20arrested-,158%2C581');
  });

  it('shows the sentence holding the most matches, not the whole paragraph', () => {
    const text =
      'ICE made arrests in three cities this week. The agency’s acting director, Matt Albence, spoke to reporters. ' +
      'He said Albence would travel. Nothing else happened.';
    const tokens = text.split(/\s+/);
    const at = (word: string, from = 0) => tokens.findIndex((t, i) => i >= from && t.startsWith(word));
    const snippet = makeSnippet(text, [
      { from: at('ICE'), to: at('ICE') },
      { from: at('Matt'), to: at('Matt') },
      { from: at('Albence'), to: at('Albence') },
    ]);
    expect(snippet.text).toBe('… The agency’s acting director, Matt Albence, spoke to reporters. …');
    expect(marked(snippet)).toEqual(['Matt', 'Albence']);
    // On a tie, the first sentence with a match.
    expect(makeSnippet(text, [{ from: 0, to: 0 }]).text).toBe('ICE made arrests in three cities this week. …');
  });

  it('cuts a long sentence around the densest cluster of matches, with ellipses', () => {
    const words = Array.from({ length: 200 }, (_, i) => `w${i}`);
    words[120] = 'Albence';
    words[122] = 'Albence';
    const snippet = makeSnippet(words.join(' '), [
      { from: 5, to: 5 },
      { from: 120, to: 120 },
      { from: 122, to: 122 },
    ]);
    expect(snippet.text.startsWith('… w108 ')).toBe(true);
    expect(snippet.text.endsWith(' …')).toBe(true);
    expect(marked(snippet)).toEqual(['Albence', 'Albence']);
  });

  it('highlights a phrase as one range, separate words separately, and merges overlapping ranges', () => {
    const text = 'We have to focus on the worst of the worst.';
    expect(marked(makeSnippet(text, [{ from: 6, to: 9 }]))).toEqual(['worst of the worst']);
    const title = 'Sanctuary Cities Sacrifice Safety';
    expect(
      marked(
        highlightWhole(title, [
          { from: 0, to: 0 },
          { from: 3, to: 3 },
        ]),
      ),
    ).toEqual(['Sanctuary', 'Safety']);
    expect(
      marked(
        highlightWhole(title, [
          { from: 0, to: 1 },
          { from: 1, to: 1 },
        ]),
      ),
    ).toEqual(['Sanctuary Cities']);
  });

  it('percent-encodes the characters a text directive reserves', () => {
    expect(encodeTextDirective('92-year-old, & more')).toBe('92%2Dyear%2Dold%2C%20%26%20more');
  });

  it('ignores spans outside the text', () => {
    expect(makeSnippet('short text', [{ from: 9, to: 9 }]).highlights).toEqual([]);
  });
});
