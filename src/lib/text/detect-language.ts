import { eld } from 'eld/medium';

export interface DetectedLanguage {
  /** BCP 47 tag of the detected language (ISO 639-1 where one exists). */
  lang: string;
  /** The `langKnown` evidence to record with it: detection is always an inference. */
  langKnown: { basis: 'inferred'; evidence: string };
}

/** Fewer letters than this give the detector too little to go on. */
const MIN_LETTERS = 20;

/**
 * The language of a text, detected with the ELD n-gram detector, or null when the text is too short or the
 * detector is not confident. For `clip:add` when a capture does not state its language.
 */
export function detectLanguage(text: string): DetectedLanguage | null {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return null;
  const result = eld.detect(text.slice(0, 20_000));
  if (!result.language || !result.isReliable()) return null;
  const lang = Intl.getCanonicalLocales(result.language)[0] ?? result.language;
  const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
  return {
    lang,
    langKnown: {
      basis: 'inferred',
      evidence: `The capture does not state a language; the text was detected as ${name} by the ELD language detector.`,
    },
  };
}
