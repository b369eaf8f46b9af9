import { describe, expect, it } from 'vitest';
import { buildPeopleIndex, personId, quotedPeople } from '../../src/lib/archive/people-index.ts';

describe('buildPeopleIndex', () => {
  it('groups people across clips by name, sorted by family name, with the paragraphs naming them', () => {
    const index = buildPeopleIndex([
      {
        slug: 'one',
        data: { title: 'One' },
        quotedPeople: quotedPeople(
          [
            { n: 1, text: 'Matt Albence spoke.', quoted: false },
            { n: 2, text: 'Then Tom Homan. And Matt Albence again.', quoted: false },
          ],
          [
            { name: 'Tom Homan', role: 'former director' },
            { name: 'Matt Albence', role: 'acting director' },
          ],
        ),
      },
      {
        slug: 'two',
        data: { title: 'Two' },
        quotedPeople: quotedPeople(
          [{ n: 1, text: 'Matt Albence, later.', quoted: false }],
          [{ name: 'Matt Albence', role: null, note: 'Same man.' }],
        ),
      },
    ]);
    expect(index.map((p) => p.name)).toEqual(['Matt Albence', 'Tom Homan']);
    expect(index[0]!.mentions).toEqual([
      { slug: 'one', clipTitle: 'One', role: 'acting director', note: null, paragraphs: [1, 2] },
      { slug: 'two', clipTitle: 'Two', role: null, note: 'Same man.', paragraphs: [1] },
    ]);
    expect(index[1]!.mentions[0]!.paragraphs).toEqual([2]);
  });

  it('makes ids from names', () => {
    expect(personId('Ivan Espinoza-Madrigal')).toBe('ivan-espinoza-madrigal');
    expect(personId('José Núñez')).toBe('jose-nunez');
  });
});
