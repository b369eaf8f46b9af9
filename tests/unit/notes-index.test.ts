import { describe, expect, it } from 'vitest';
import {
  buildNotesIndex,
  countNoteKinds,
  NOTE_KIND_LABEL,
  NOTE_KIND_MEANING,
} from '../../src/lib/archive/notes-index.ts';
import { noteKind } from '../../src/schema/note.ts';

const clips = [
  {
    slug: 'newer',
    data: {
      title: 'Newer clip',
      notes: [
        { kind: 'typo' as const, passage: 'a some\ntime', note: 'Typo kept.', source: { name: 'The capture' } },
        {
          kind: 'distortion' as const,
          passage: 'preparing to intensify',
          note: 'It had ramped up.',
          source: { name: 'WE' },
        },
      ],
    },
    paragraphs: [
      { n: 1, text: 'ICE is preparing to intensify efforts.', quoted: false },
      { n: 2, text: 'It is going to take a some time.', quoted: true },
    ],
  },
  { slug: 'older', data: { title: 'Older clip', notes: [] }, paragraphs: [{ n: 1, text: 'Text.', quoted: false }] },
  {
    slug: 'oldest',
    data: {
      title: 'Oldest clip',
      notes: [{ kind: 'distortion' as const, passage: 'Ends here', note: 'Cut short?', source: { name: 'Research' } }],
    },
    paragraphs: [{ n: 1, text: 'Ends here.', quoted: false }],
  },
];

describe('buildNotesIndex', () => {
  const rows = buildNotesIndex(clips);

  it('lists every note in archive order, numbered within its clip, at the paragraph of its passage', () => {
    expect(rows.map((r) => [r.slug, r.number, r.paragraph, r.kindLabel])).toEqual([
      ['newer', 1, 2, 'Typo'],
      ['newer', 2, 1, 'Distortion'],
      ['oldest', 1, 1, 'Distortion'],
    ]);
    expect(rows[2]).toMatchObject({ clipTitle: 'Oldest clip', clipOrder: 2, note: 'Cut short?' });
  });

  it('counts the kinds, most frequent first', () => {
    expect(countNoteKinds(rows)).toEqual([
      { kind: 'distortion', label: 'Distortion', count: 2 },
      { kind: 'typo', label: 'Typo', count: 1 },
    ]);
  });

  it('names and explains every kind the schema allows', () => {
    for (const kind of noteKind.options) {
      expect(NOTE_KIND_LABEL[kind], kind).toMatch(/^[A-Z]/);
      expect(NOTE_KIND_MEANING[kind].length, kind).toBeGreaterThan(20);
    }
  });
});
