import { describe, expect, it } from 'vitest';
import {
  compareCaptureToBody,
  normaliseCapture,
  removeOmissions,
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
