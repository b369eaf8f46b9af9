import { describe, expect, it } from 'vitest';
import {
  bodyParagraphs,
  paragraphsKey,
  publishHandOver,
  receiveHandOver,
} from '../../src/lib/archive/build-hand-over.ts';
import { analyseBody } from '../../src/lib/text/clip-body.ts';

describe('bodyParagraphs', () => {
  it('reuses the paragraphs validation handed over, whatever blank lines the two readers kept', () => {
    const body = '\nFirst paragraph, handed over.\n\nSecond one.\n';
    const handed = analyseBody(body).paragraphs;
    const handOver = { paragraphs: new Map([[paragraphsKey(body), handed]]), citations: Promise.resolve(new Map()) };
    expect(bodyParagraphs(handOver, 'First paragraph, handed over.\n\nSecond one.')).toBe(handed);
    // A hand-over is used once; reading again analyses the text afresh, with the same result.
    const again = bodyParagraphs(handOver, 'First paragraph, handed over.\n\nSecond one.');
    expect(again).not.toBe(handed);
    expect(again).toEqual(handed);
  });

  it('analyses a body nobody handed over', () => {
    expect(bodyParagraphs(receiveHandOver(), '> Quoted.\n\nOwn words.').map((p) => [p.n, p.text, p.quoted])).toEqual([
      [1, 'Quoted.', true],
      [2, 'Own words.', false],
    ]);
  });
});

describe('publishHandOver and receiveHandOver', () => {
  it('give the archive module exactly what validation published, and an empty hand-over before that', async () => {
    const before = receiveHandOver();
    expect(before.paragraphs.size).toBe(0);
    expect((await before.citations).size).toBe(0);
    const published = { paragraphs: new Map(), citations: Promise.resolve(new Map()) };
    publishHandOver(published);
    expect(receiveHandOver()).toBe(published);
  });
});
