import { describe, expect, it } from 'vitest';
import { analyzerKey, loadAnalyzer, STEMMED_LANGUAGES } from '../../src/lib/search/analyzer.ts';
import { tokenize } from '../../src/lib/search/tokenize.ts';

const indexTerms = async (lang: string, text: string) => {
  const analyzer = await loadAnalyzer(analyzerKey(lang));
  return tokenize(text).map((t) => analyzer.indexTerm(t.word));
};

describe('search analyzer', () => {
  it('stems with Snowball in at least English, Spanish, French, German, Portuguese and Italian', async () => {
    expect(STEMMED_LANGUAGES).toEqual(expect.arrayContaining(['en', 'es', 'fr', 'de', 'pt', 'it']));
    const same = async (lang: string, a: string, b: string) => {
      const [x] = await indexTerms(lang, a);
      const [y] = await indexTerms(lang, b);
      expect(x, `${lang}: ${a} / ${b}`).toBe(y);
    };
    await same('en', 'cylinders', 'cylinder');
    await same('en', 'deportations', 'deportation');
    await same('es', 'deportaciones', 'deportación');
    await same('fr', 'expulsions', 'expulsion');
    await same('de', 'Abschiebungen', 'Abschiebung');
    await same('pt', 'deportações', 'deportação');
    await same('it', 'espulsioni', 'espulsione');
  });

  it('folds accents after stemming, so the index holds one form', async () => {
    expect(await indexTerms('de', 'Bürgermeister')).toEqual(['burgermeist']);
  });

  it('leaves out each language’s stop words, and only those', async () => {
    expect(await indexTerms('en', 'the worst of the worst')).toEqual([null, 'worst', null, null, 'worst']);
    expect(await indexTerms('es', 'la ciudad de')).toEqual([null, 'ciud', null]);
    expect((await indexTerms('de', 'die Stadt'))[0]).toBeNull();
    expect((await indexTerms('en', 'die'))[0]).toBe('die'); // English "die" is a word
  });

  it('drops French and Italian elided articles', async () => {
    expect(await indexTerms('fr', "l'immigration")).toEqual(await indexTerms('fr', 'immigration'));
    expect(await indexTerms('it', "l'espulsione")).toEqual(await indexTerms('it', 'espulsione'));
  });

  it('maps a clip’s BCP 47 tag to its analyzer, and indexes other languages word for word', async () => {
    expect(analyzerKey('pt-BR')).toBe('pt');
    expect(analyzerKey('EN')).toBe('en');
    expect(analyzerKey('ja')).toBe('und');
    expect(analyzerKey(undefined)).toBe('und');
    expect(await indexTerms('ja', '移民の逮捕')).toEqual(['移民', 'の', '逮捕']);
    expect(await indexTerms('xx', 'Café the')).toEqual(['cafe', 'the']);
  });
});
