import { describe, expect, it } from 'vitest';
import { detectChrome, looksLikeHeadline, looksLikeSubheading } from '../../src/lib/capture/chrome-detection.ts';

const kinds = (text: string) => detectChrome(text.split('\n')).map((c) => [c.kind, c.first, c.last]);

describe('looksLikeHeadline', () => {
  it('accepts a Title Case line and rejects a sentence', () => {
    expect(looksLikeHeadline('ICE Preparing To Make Targeted Arrests In Sanctuary Cities')).toBe(true);
    expect(looksLikeHeadline('Sanctuary cities do not hold immigrants in jail longer than required.')).toBe(false);
    expect(looksLikeHeadline('Hi')).toBe(false);
  });

  it('does not take a dated attribution line for a subheading', () => {
    expect(looksLikeSubheading('ICE Issues Warning To Sanctuary Cities')).toBe(true);
    expect(looksLikeSubheading('— ICE Alerts (@ICEAlerts) January 21, 2020')).toBe(false);
  });
});

describe('detectChrome', () => {
  it('finds the headline line and a byline under it', () => {
    const capture = 'City Council Approves The New Budget\n\nJane Doe,\n\nThe council voted on Tuesday.\n';
    expect(kinds(capture)).toEqual([
      ['headline', 0, 0],
      ['byline', 2, 2],
    ]);
  });

  it('takes a related-posts widget as one piece, from its heading through its teasers and share prompt', () => {
    const capture = [
      'The council voted on Tuesday.',
      '',
      'Related Posts:',
      'Mayor Opens New Bridge',
      'Example News',
      '',
      'The mayor cut the ribbon on a bridge that took Read more',
      '',
      'Send this to a friend',
    ].join('\n');
    expect(kinds(capture)).toEqual([['related-posts', 2, 8]]);
  });

  it('finds image file names, stray separators and syndication footers', () => {
    const capture = [
      'The council voted on Tuesday.',
      'council_meeting_small The council in session',
      'photo-2020.jpg',
      'The vote was close.',
      '|',
      'This article was originally published at Example News.',
    ].join('\n');
    expect(kinds(capture)).toEqual([
      ['image-file', 1, 1],
      ['image-file', 2, 2],
      ['separator', 4, 4],
      ['footer', 5, 5],
    ]);
  });

  it('finds image and video credits, spaced separators, "Written by" bylines and one-line "Read next:" teasers', () => {
    const capture = [
      'The council voted on Tuesday.',
      'Image Credits: Getty Images',
      '(Photo by John Moore/Getty Images)',
      'Photo: AP',
      'The vote was close.',
      '* * *',
      'Read next: Mayor Opens New Bridge',
      'The budget passes next week.',
      'Written by Jane Doe',
      '— — —',
    ].join('\n');
    expect(kinds(capture)).toEqual([
      ['image-credit', 1, 1],
      ['image-credit', 2, 2],
      ['image-credit', 3, 3],
      ['separator', 5, 5],
      ['related-posts', 6, 6],
      ['byline', 8, 8],
      ['separator', 9, 9],
    ]);
  });

  it('leaves sentences that merely start like credits, bylines or teasers alone', () => {
    const capture = [
      'The council voted on Tuesday.',
      'Photographers were barred from the hearing, the clerk said.',
      'Written by a committee in 1990, the charter is silent on it.',
      'Reported by the auditor, the errors came to 12.',
      'Read the full report here.',
      'The end.',
    ].join('\n');
    expect(kinds(capture)).toEqual([]);
  });

  it('leaves article text alone, including quotes, numbers and a footer-like sentence mid-article', () => {
    const capture = [
      'The council voted on Tuesday.',
      '“We had no choice,” the mayor said.',
      'The report was first published in March by the auditor, who found 12 errors.',
      'More text follows here.',
      'And more.',
      'The end.',
    ].join('\n');
    expect(kinds(capture)).toEqual([]);
  });
});
