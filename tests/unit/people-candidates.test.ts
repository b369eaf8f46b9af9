import { describe, expect, it } from 'vitest';
import { findPeopleCandidates } from '../../src/lib/capture/people-candidates.ts';

const names = (...paragraphs: string[]) => findPeopleCandidates(paragraphs).map((p) => p.name);

describe('findPeopleCandidates', () => {
  it('finds names in sentences with a verb of speaking, without their titles', () => {
    expect(names('US Magistrate Judge Andrew Austin suggested the raid was retaliation.')).toEqual(['Andrew Austin']);
    expect(names('“We are two steps behind,” said ICE spokesman Mike Alvarez.')).toEqual(['Mike Alvarez']);
  });

  it('finds a full name whose surname speaks elsewhere in the text', () => {
    expect(names('The acting director, Matt Albence, is speaking out more.', '“No,” Albence said on Friday.')).toEqual([
      'Matt Albence',
    ]);
  });

  it('ignores places, organisations and names in sentences where nobody speaks', () => {
    expect(names('Officials in New York and Los Angeles said nothing.')).toEqual([]);
    expect(names('According to the Lawyers Committee for Civil Rights, it is safe.')).toEqual([]);
    expect(names('Chad Wolf will travel to Denver.')).toEqual([]);
  });
});
