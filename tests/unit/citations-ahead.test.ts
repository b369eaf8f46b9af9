import { describe, expect, it } from 'vitest';
import { citationHtml, citationsAhead, formatCitationsInWorker } from '../../src/lib/citation/citations-ahead.ts';
import { clipCslRecord, formatCitation, formatCitationsAhead } from '../../src/lib/citation/clip-citation.ts';

const outlets = new Map([
  ['daily-example', { name: 'The Daily Example' }],
  ['wire-example', { name: 'Example Wire' }],
]);

function record(slug: string, title: string) {
  return clipCslRecord(
    {
      slug,
      url: `https://archive.example/clips/${slug}/`,
      data: {
        title,
        outlet: 'daily-example',
        originalOutlet: 'wire-example',
        author: { name: 'Jane Q. Doe', pseudonym: false },
        date: '2019-03-04',
        source: { url: 'https://example.org/story' },
      },
      outlet: outlets.get('daily-example')!,
      originalOutlet: outlets.get('wire-example')!,
    },
    'Test Archive',
  );
}

describe('clipCslRecord', () => {
  it('names the outlets and keeps unknowns unknown', () => {
    const unknowns = clipCslRecord(
      {
        slug: 'x',
        url: 'https://archive.example/clips/x/',
        data: {
          title: 'T',
          outlet: null,
          originalOutlet: 'wire-example',
          author: null,
          date: '2019',
          source: { url: null },
        },
        outlet: null,
        originalOutlet: outlets.get('wire-example')!,
      },
      'Test Archive',
    );
    expect(unknowns).toMatchObject({ 'container-title': 'Example Wire' });
    expect(unknowns).not.toHaveProperty('author');
    expect(unknowns).not.toHaveProperty('URL');
  });
});

describe('citations formatted ahead in a worker thread', () => {
  it('are the same text the page would format itself', async () => {
    const records = [record('first-story', 'First “story”'), record('second-story', 'Second & last')];
    const ahead = await formatCitationsInWorker(records);
    expect(ahead).toHaveLength(2);
    expect(ahead).toEqual(formatCitationsAhead(records));
    expect(ahead[0]!.chicago).toBe(formatCitation(records[0]!, 'chicago', 'html'));
    expect(ahead[1]!.apa).toBe(formatCitation(records[1]!, 'apa', 'html'));
    expect(ahead.map((entry) => entry.chicago).join(' ')).toContain('The Daily Example');
  });
});

describe('citationsAhead', () => {
  const clip = (slug: string, title: string) => ({
    slug,
    url: `https://archive.example/clips/${slug}/`,
    data: {
      title,
      outlet: 'daily-example',
      originalOutlet: null,
      author: null,
      date: '2019-03-04',
      source: { url: null },
    },
    outlet: outlets.get('daily-example')!,
    originalOutlet: null,
  });

  it('hands each clip its record and entries, used for exactly that clip; any other clip formats its own', async () => {
    const ahead = await citationsAhead([clip('handed-over', 'Handed over')], 'Test Archive', async (records) =>
      records.map(() => ({ chicago: 'CHICAGO FROM THE WORKER', apa: 'APA FROM THE WORKER' })),
    );
    const handed = ahead.get('handed-over')!;
    expect(handed.record).toEqual(clipCslRecord(clip('handed-over', 'Handed over'), 'Test Archive'));
    expect(citationHtml(ahead, { slug: 'handed-over', citation: handed.record }, 'chicago')).toBe(
      'CHICAGO FROM THE WORKER',
    );
    expect(citationHtml(ahead, { slug: 'handed-over', citation: handed.record }, 'apa')).toBe('APA FROM THE WORKER');
    const other = clipCslRecord(clip('other', 'Changed'), 'Test Archive');
    expect(citationHtml(ahead, { slug: 'other', citation: other }, 'chicago')).toContain('Changed');
  });

  it('a failed worker leaves every page able to format its own', async () => {
    const ahead = await citationsAhead([clip('after-failure', 'After a failure')], 'Test Archive', () =>
      Promise.reject(new Error('worker failed')),
    );
    expect(ahead.size).toBe(0);
    const own = clipCslRecord(clip('after-failure', 'After a failure'), 'Test Archive');
    expect(citationHtml(ahead, { slug: 'after-failure', citation: own }, 'apa')).toContain('After a failure');
  });
});
