import { describe, expect, it } from 'vitest';
import { formatCitationsInWorker } from '../../src/lib/citation/citations-ahead.ts';
import {
  citationsHandedOver,
  clipCitationInput,
  clipCslRecord,
  formatCitation,
  formatCitationsAhead,
  handOverCitations,
} from '../../src/lib/citation/clip-citation.ts';

const outlets = new Map([
  ['daily-example', 'The Daily Example'],
  ['wire-example', 'Example Wire'],
]);

function record(slug: string, title: string) {
  return clipCslRecord(
    clipCitationInput(
      slug,
      {
        title,
        outlet: 'daily-example',
        originalOutlet: 'wire-example',
        author: { name: 'Jane Q. Doe', pseudonym: false },
        date: '2019-03-04',
        source: { url: 'https://example.org/story' },
      },
      (id) => outlets.get(id),
      `https://archive.example/clips/${slug}/`,
      'Test Archive',
    ),
  );
}

describe('clipCitationInput', () => {
  it('names the outlets and keeps unknowns unknown', () => {
    const input = clipCitationInput(
      'x',
      { title: 'T', outlet: null, originalOutlet: 'wire-example', author: null, date: '2019', source: { url: null } },
      (id) => outlets.get(id),
      'https://archive.example/clips/x/',
      'Test Archive',
    );
    expect(input).toMatchObject({ outletName: null, originalOutletName: 'Example Wire', author: null, url: null });
  });
});

describe('citations formatted ahead in a worker thread', () => {
  it('are the same text the page would format itself', async () => {
    const records = [record('first-story', 'First “story”'), record('second-story', 'Second & last')];
    const ahead = await formatCitationsInWorker(records);
    expect(ahead).toHaveLength(4);
    expect(ahead).toEqual(formatCitationsAhead(records));
    const texts = ahead.map(([, text]) => text);
    expect(texts).toContain(formatCitation(records[0]!, 'chicago', 'html'));
    expect(texts).toContain(formatCitation(records[1]!, 'apa', 'html'));
    expect(texts.join(' ')).toContain('The Daily Example');
  });

  it('are used by formatCitation once handed over, for exactly the record, style and format they were made for', async () => {
    const handed = record('handed-over', 'Handed over');
    const [[chicagoKey], [apaKey]] = formatCitationsAhead([handed]) as [[string, string], [string, string]];
    handOverCitations(
      Promise.resolve([
        [chicagoKey, 'CHICAGO FROM THE WORKER'],
        [apaKey, 'APA FROM THE WORKER'],
      ]),
    );
    await citationsHandedOver();
    expect(formatCitation(handed, 'chicago', 'html')).toBe('CHICAGO FROM THE WORKER');
    expect(formatCitation(handed, 'apa', 'html')).toBe('APA FROM THE WORKER');
    // Any other record, or another format, is formatted on the spot.
    expect(formatCitation(handed, 'chicago', 'text')).toContain('Handed over');
    expect(formatCitation({ ...handed, title: 'Changed' }, 'chicago', 'html')).toContain('Changed');
  });

  it('a failed worker leaves every page able to format its own', async () => {
    handOverCitations(Promise.reject(new Error('worker failed')));
    await expect(citationsHandedOver()).resolves.toBeUndefined();
    const own = record('after-failure', 'After a failure');
    expect(formatCitation(own, 'apa', 'html')).toContain('After a failure');
  });
});
