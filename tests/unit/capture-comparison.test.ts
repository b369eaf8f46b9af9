import { describe, expect, it } from 'vitest';
import {
  compareCaptureToBody,
  normaliseCapture,
  removeOmissions,
  excerptsAtDifference,
} from '../../src/lib/validation/capture-comparison.ts';

const capture = 'Headline\n\nFirst line.\u00a0\n\nSecond   line.\r\nRelated Posts:\nA story\n\nThird line.\n';

describe('removeOmissions', () => {
  it('removes whole lines and runs of consecutive lines, once per declaration', () => {
    const result = removeOmissions(capture, [{ text: 'Headline' }, { text: 'Related Posts:\nA story' }]);
    expect(result.ok && result.lines.map((l) => [l.line, l.text])).toEqual([
      [3, 'First line.'],
      [5, 'Second line.'],
      [9, 'Third line.'],
    ]);
  });

  it('does not match part of a line', () => {
    expect(removeOmissions(capture, [{ text: 'Related' }])).toEqual({ ok: false, omissionIndex: 0 });
  });
});

describe('compareCaptureToBody', () => {
  const omitted = [{ text: 'Headline' }, { text: 'Related Posts:\nA story' }];

  it('accepts a body equal to the capture less omissions, whitespace aside', () => {
    expect(compareCaptureToBody(capture, omitted, 'First line.\n\nSecond line.\n\nThird line.')).toEqual({ ok: true });
  });

  it('names the first capture line missing from the body', () => {
    expect(compareCaptureToBody(capture, omitted, 'First line. Third line.')).toMatchObject({
      ok: false,
      kind: 'text-differs',
      captureLine: 5,
      expected: 'Second line.',
    });
  });

  it('rejects text the capture does not have', () => {
    expect(compareCaptureToBody(capture, omitted, 'First line. Second line. Third line. Extra.')).toMatchObject({
      ok: false,
      captureLine: 0,
      found: 'Extra.',
    });
  });

  it('treats a changed character as a difference', () => {
    expect(compareCaptureToBody('It’s here.', [], "It's here.")).toMatchObject({ ok: false, captureLine: 1 });
  });
});

describe('normaliseCapture', () => {
  it('turns no-break spaces into spaces and CRLF into LF, and nothing else', () => {
    expect(normaliseCapture('a\u00a0b\r\nc “d”')).toBe('a b\nc “d”');
  });
});

describe('excerptsAtDifference', () => {
  const start = 'It is going to take some time to reverse the damage done by the policies of the past years, ';
  it('shows where two long lines part, not their identical beginnings', () => {
    const shown = excerptsAtDifference(
      `${start}as Mark Twain once famously remarked.`,
      `${start}as Mark Twain never remarked.`,
    );
    expect(shown.expected).toMatch(/^….*Mark Twain once famously remarked\.$/);
    expect(shown.found).toMatch(/^….*Mark Twain never remarked\.$/);
    expect(shown.expected).not.toBe(shown.found);
  });

  it('keeps a short line whole', () => {
    expect(excerptsAtDifference('said Jane Roe', 'said Jane Doe')).toEqual({
      expected: 'said Jane Roe',
      found: 'said Jane Doe',
    });
  });
});
