import { describe, expect, it } from 'vitest';
import { openArchiveSearch } from '../helpers/search-archive.ts';

// The archive's five clips and the multilingual fixture clips (Spanish, French, German, Portuguese, Italian,
// Japanese, Chinese), indexed together as the build indexes an archive.
const { engine, clips } = await openArchiveSearch(undefined, 'tests/fixtures/multilingual');
const bodyOf = (slug: string) =>
  clips
    .find((c) => c.slug === slug)!
    .paragraphs.map((p) => p.text)
    .join(' ');

const SACRIFICE = 'sanctuary-cities-sacrifice-safety';
const PREPARING = 'ice-preparing-targeted-arrests-in-sanctuary-cities';
const VOLUME = 'ice-turns-up-the-volume-on-sanctuary-cities';
const CRANKS = 'ice-cranks-up-the-heat-on-sanctuary-cities';
const AMNESTY = 'amnesty-advocates-claim-ice-raids-retaliation';
const ES = 'ciudad-santuario-es-fixture';
const FR = 'villes-refuges-fr-fixture';
const DE = 'zufluchtsstaedte-de-fixture';
const PT = 'cidades-santuario-pt-fixture';
const IT = 'citta-santuario-it-fixture';
const JA = 'seiiki-toshi-ja-fixture';
const ZH = 'bihu-chengshi-zh-fixture';

// A query as a reader types it, and the clip that must come first.
const EXPECTED: [query: string, first: string][] = [
  // Names, places and words of the five clips.
  ['Albence', VOLUME],
  ['Tom Homan', VOLUME],
  ['Chad Wolf', PREPARING],
  ['Mike Alvarez', PREPARING],
  ['CNN', AMNESTY],
  ['magistrate judge', AMNESTY],
  ['Travis County', AMNESTY],
  ['Todd Lyons', SACRIFICE],
  ['Espinoza', SACRIFICE],
  ['drug addiction', SACRIFICE],
  ['propaganda war', CRANKS],
  ['socialist', CRANKS],
  ['Pew', AMNESTY],
  ['Tyler Durden', PREPARING],
  // Inflections (stemming), typos (corrected because the word is missing), graceful degradation.
  ['retaliate', AMNESTY],
  ['retaliaton', AMNESTY],
  ['Albense', VOLUME],
  ['sanctuery safety', SACRIFICE],
  ['validly Albence', VOLUME],
  ['Albence anyone knows', VOLUME],
  ['propagandas', CRANKS],
  // Proximity: the clip with the phrase ranks above clips that merely use both words.
  ['sanctuary op', PREPARING],
  ['worst of the worst', SACRIFICE],
  // Exact phrases.
  ['"worst of the worst"', SACRIFICE],
  ['"targeted arrests"', PREPARING],
  // Numbers across separators and formats.
  ['158,581', SACRIFICE],
  ['158 581', SACRIFICE],
  ['158581', SACRIFICE],
  ['10 percent', AMNESTY],
  ['70 percent', ES],
  ['70%', ES],
  // Other languages, found by inflected forms, with accents folded.
  ['vecino', ES],
  ['encuestado', ES],
  ['ciudades santuario', ES],
  ['alcaldes', ES],
  ['expulsion', FR],
  ['arrestation', FR],
  ["l'immigration municipale", FR],
  ['Abschiebung', DE],
  ['Burgermeister', DE],
  ['Zufluchtsstadt', DE],
  ['deportação', PT],
  ['prefeitos', PT],
  ['espulsione', IT],
  ['sindaci', IT],
  // Chinese and Japanese, by two-character words.
  ['移民', JA],
  ['送還', JA],
  ['庇护', ZH],
  ['城市', ZH],
];

describe('search: expected first results', () => {
  it(`puts the expected clip first for ${EXPECTED.length} queries`, async () => {
    expect(EXPECTED.length).toBeGreaterThanOrEqual(40);
    const wrong: string[] = [];
    for (const [query, first] of EXPECTED) {
      const response = await engine.search(query);
      const got = response.results[0]?.slug;
      if (got !== first) wrong.push(`${query}: ${got ?? 'nothing'} (wanted ${first})`);
    }
    expect(wrong).toEqual([]);
  });

  it('finds the source of a pasted 60-word paragraph first, and says it searched its most informative words', async () => {
    const words = bodyOf(SACRIFICE).split(/\s+/).slice(0, 60);
    expect(words).toHaveLength(60);
    const response = await engine.search(words.join(' '));
    expect(response.results[0]?.slug).toBe(SACRIFICE);
    const pasted100 = bodyOf(SACRIFICE).split(/\s+/).slice(60, 160).join(' ');
    const long = await engine.search(pasted100);
    expect(long.results[0]?.slug).toBe(SACRIFICE);
    expect(long.plan.leftOut.length).toBeGreaterThan(0);
    expect(long.plan.words.length).toBeLessThanOrEqual(24);
  });

  it('reports words no clip contains, and what a typo was taken for', async () => {
    const response = await engine.search('validly Albence');
    expect(response.plan.missing).toEqual(['validly']);
    const typo = await engine.search('Albense');
    expect(typo.shownFor).toEqual({ albense: 'Albence' });
  });

  it('does not widen a correctly spelt word into other words', async () => {
    const response = await engine.search('safe ');
    expect(response.plan.corrected).toEqual([]);
    expect(response.plan.words[0]!.expansions.map((e) => e.kind)).toEqual(['exact']);
  });

  it('highlights the words as written in the clip', async () => {
    const [result] = (await engine.search('deportaciones')).results;
    const marks = result!.snippets.flatMap((s) => s.highlights.map(([a, b]) => s.text.slice(a, b)));
    expect(marks).toContain('deportación');
    const [percent] = (await engine.search('70 percent')).results;
    expect(percent!.snippets[0]!.highlights.map(([a, b]) => percent!.snippets[0]!.text.slice(a, b))).toEqual(['70%']);
  });
});
