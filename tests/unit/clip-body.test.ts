import { describe, expect, it } from 'vitest';
import { analyseBody, findParagraph } from '../../src/lib/text/clip-body.ts';

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
