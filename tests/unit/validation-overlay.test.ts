import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locateIssue, parseFieldPath } from '../../src/lib/validation/issue-location.ts';
import { validationOverlayError } from '../../src/lib/validation/validation-overlay.ts';
import { FIXTURE_ARCHIVE, FIXTURE_SLUG } from '../helpers/fixture-archive.ts';

const clip = readFileSync(`${FIXTURE_ARCHIVE}/clips/${FIXTURE_SLUG}.md`, 'utf8');
const lineOf = (text: string) => clip.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('locateIssue', () => {
  it('reads a field path with list indexes', () => {
    expect(parseFieldPath('source.copies[0].url')).toEqual(['source', 'copies', 0, 'url']);
  });

  it('points at the value of a nested frontmatter field', () => {
    expect(locateIssue({ field: 'source.url', message: 'not a web address.' }, clip)).toEqual({
      line: lineOf('url: https://example.com/city-budget'),
      column: 8,
    });
    expect(locateIssue({ field: 'figures[1].attributedTo', message: 'x' }, clip)?.line).toBe(
      lineOf('attributedTo: Example Gazette'),
    );
  });

  it('falls back to the nearest parent present when the field is missing', () => {
    expect(locateIssue({ field: 'source.capture.captured', message: 'missing' }, clip)?.line).toBe(
      lineOf('file: city-budget-fixture.txt'),
    );
  });

  it('takes the line a message states, and the first body line for the body', () => {
    expect(locateIssue({ field: 'body', message: 'line 77: raw HTML' }, clip)).toEqual({ line: 77, column: 1 });
    expect(locateIssue({ field: 'body', message: 'capture line 3 differs' }, clip)?.line).toBe(
      clip.split('\n').indexOf('---', 1) + 2,
    );
  });

  it('says nothing for a file without frontmatter or an issue without a field', () => {
    expect(locateIssue({ field: 'title', message: 'x' }, 'no frontmatter')).toBeNull();
    expect(locateIssue({ field: null, message: 'unreadable' }, clip)).toBeNull();
  });
});

describe('validationOverlayError', () => {
  const issue = {
    file: `clips/${FIXTURE_SLUG}.md`,
    field: 'source.url',
    message: 'The source url "javascript:alert(1)" is not a web address.',
    fix: 'Write a full URL starting with http:// or https://.',
  };

  it('names file, field and fix, and opens the clip at the field', () => {
    const error = validationOverlayError([issue], FIXTURE_ARCHIVE);
    expect(error.message).toBe(
      `clips/${FIXTURE_SLUG}.md › source.url: The source url "javascript:alert(1)" is not a web address.\n` +
        '    Fix: Write a full URL starting with http:// or https://.',
    );
    expect(error.hint).toMatch(/^Write a full URL starting with http:\/\/ or https:\/\/\. The same check runs/);
    expect(error.loc).toEqual({
      file: `${FIXTURE_ARCHIVE}/clips/${FIXTURE_SLUG}.md`,
      line: lineOf('url: https://example.com/city-budget'),
      column: 8,
    });
    expect(error.stack).toBe('');
  });

  it('lists every problem, and has no location for a file it cannot read', () => {
    const error = validationOverlayError(
      [
        { ...issue, file: 'clips/missing.md' },
        { ...issue, field: 'title' },
      ],
      FIXTURE_ARCHIVE,
    );
    expect(error.message).toMatch(/^2 problems in 2 files:/);
    expect(error.loc).toBeUndefined();
  });
});
