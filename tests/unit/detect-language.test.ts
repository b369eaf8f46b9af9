import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/lib/text/detect-language.ts';
import { languageTagSchema } from '../../src/schema/language.ts';

describe('detectLanguage', () => {
  it.each([
    ['en', 'Immigration and Customs Enforcement made 158,581 arrests in the last fiscal year, a new report says.'],
    ['es', 'Las deportaciones aumentaron en las ciudades santuario durante el año pasado, según el informe.'],
    ['fr', 'Le gouvernement a annoncé de nouvelles expulsions dans les villes sanctuaires cette semaine.'],
    ['de', 'Die Abschiebungen nahmen im letzten Jahr in den Zufluchtsstädten deutlich zu, heißt es im Bericht.'],
    ['pt', 'As deportações aumentaram nas cidades santuário durante o ano passado, segundo o relatório.'],
    ['it', 'Le espulsioni sono aumentate nelle città santuario durante l’anno scorso, secondo il rapporto.'],
  ])('detects %s and marks it inferred, with a tag the schema accepts', (lang, text) => {
    const detected = detectLanguage(text);
    expect(detected?.lang).toBe(lang);
    expect(detected?.langKnown.basis).toBe('inferred');
    expect(detected?.langKnown.evidence).toMatch(/detected as/);
    expect(languageTagSchema.safeParse(detected?.lang).success).toBe(true);
  });

  it('gives no answer for text too short to judge', () => {
    expect(detectLanguage('ok')).toBeNull();
    expect(detectLanguage('158,581 — 70%')).toBeNull();
  });
});
