import { z } from 'astro/zod';
import { evidenceSchema } from './evidence.ts';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The canonical form of a BCP 47 tag, or null when it is not well-formed. */
function canonicalTag(value: string): string | null {
  try {
    return Intl.getCanonicalLocales(value)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The language of a clip's text as a BCP 47 tag (`en`, `es`, `pt-BR`, `zh-Hans`), in its canonical spelling,
 * with a primary subtag that names a known language (so `english` or `xx` are refused).
 */
export const languageTagSchema = z.string().superRefine((value, ctx) => {
  const canonical = canonicalTag(value);
  const primary = canonical?.split('-')[0] ?? '';
  if (!canonical || !/^[a-z]{2,3}$/.test(primary) || !languageNames.of(primary)) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a BCP 47 language tag of a known language. Write e.g. en, es, fr, de, pt-BR or zh-Hans.`,
    });
  } else if (canonical !== value) {
    ctx.addIssue({ code: 'custom', message: `Write the language tag as "${canonical}" (its canonical BCP 47 form).` });
  }
});

/** How the language is known: stated by the capture (e.g. `<html lang>`), or inferred (detected from the text). */
export const languageKnownSchema = evidenceSchema;
