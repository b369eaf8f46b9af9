import { describe, expect, it } from 'vitest';
import { analyseBody, bodyParagraphs, handOverParagraphs, findParagraph } from '../../src/lib/text/clip-body.ts';

describe('analyseBody', () => {
  const body = analyseBody(
    'One 1,250.\n\n## Head\n\n> Quoted  text\n> on two lines.\n\n<div>raw</div>\n\nLast \\*star\\*.',
  );

  it('numbers paragraphs as the page does and marks quoted ones', () => {
    expect(body.paragraphs).toEqual([
      { n: 1, text: 'One 1,250.', quoted: false },
      { n: 2, text: 'Quoted text on two lines.', quoted: true },
      { n: 3, text: 'Last *star*.', quoted: false },
    ]);
  });

  it('gives the text a reader sees and the lines with raw HTML', () => {
    expect(body.text).toBe('One 1,250. Head Quoted text on two lines. Last *star*.');
    expect(body.rawHtmlLines).toEqual([{ line: 8, html: '<div>raw</div>' }]);
  });

  it('finds the paragraph holding a quote', () => {
    expect(findParagraph(body.paragraphs, '1,250')).toBe(1);
    expect(findParagraph(body.paragraphs, 'text on two')).toBe(2);
    expect(findParagraph(body.paragraphs, 'absent')).toBeNull();
  });
});

describe('bodyParagraphs', () => {
  it('reuses the paragraphs validation handed over, whatever blank lines the two readers kept', () => {
    const body = '\nFirst paragraph, handed over.\n\nSecond one.\n';
    const handed = analyseBody(body).paragraphs;
    handOverParagraphs(body, handed);
    expect(bodyParagraphs('First paragraph, handed over.\n\nSecond one.')).toBe(handed);
    // A hand-over is used once; reading again analyses the text afresh, with the same result.
    const again = bodyParagraphs('First paragraph, handed over.\n\nSecond one.');
    expect(again).not.toBe(handed);
    expect(again).toEqual(handed);
  });

  it('analyses a body nobody handed over', () => {
    expect(bodyParagraphs('> Quoted.\n\nOwn words.').map((p) => [p.n, p.text, p.quoted])).toEqual([
      [1, 'Quoted.', true],
      [2, 'Own words.', false],
    ]);
  });
});
