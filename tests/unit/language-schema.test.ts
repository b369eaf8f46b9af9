import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clipSchema } from '../../src/schema/clip.ts';
import { languageTagSchema } from '../../src/schema/language.ts';
import { splitFrontmatter } from '../../src/lib/validation/frontmatter.ts';

const clipFile = 'content/clips/sanctuary-cities-sacrifice-safety.md';
const clipData = (): Record<string, unknown> => {
  const split = splitFrontmatter(readFileSync(clipFile, 'utf8'));
  if (!split.ok) throw new Error(split.message);
  return split.data as Record<string, unknown>;
};

describe('language tag', () => {
  it('accepts canonical BCP 47 tags of known languages', () => {
    for (const tag of ['en', 'es', 'fr', 'de', 'pt-BR', 'it', 'zh-Hans', 'ja']) {
      expect(languageTagSchema.safeParse(tag).success, tag).toBe(true);
    }
  });

  it('refuses malformed or unknown tags, naming a fix', () => {
    for (const bad of ['english', 'xx', 'en_US', '', 'und']) {
      const result = languageTagSchema.safeParse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/Write e\.g\. en, es/);
    }
  });

  it('asks for the canonical spelling of a well-formed tag', () => {
    expect(languageTagSchema.safeParse('EN').error?.issues[0]?.message).toMatch(/"en"/);
    expect(languageTagSchema.safeParse('eng').error?.issues[0]?.message).toMatch(/"en"/);
    expect(languageTagSchema.safeParse('pt-br').error?.issues[0]?.message).toMatch(/"pt-BR"/);
  });
});

describe('clip lang and langKnown', () => {
  it('the archive clips record English, inferred', () => {
    const parsed = clipSchema.parse(clipData());
    expect(parsed.lang).toBe('en');
    expect(parsed.langKnown?.basis).toBe('inferred');
  });

  it('are optional together, so older clips stay valid', () => {
    const { lang: _lang, langKnown: _known, ...older } = clipData();
    expect(clipSchema.safeParse(older).success).toBe(true);
  });

  it('one without the other is an error on the missing field', () => {
    const { langKnown: _known, ...noEvidence } = clipData();
    const result = clipSchema.safeParse(noEvidence);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['langKnown']);
    const { lang: _lang, ...noTag } = clipData();
    expect(clipSchema.safeParse(noTag).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['lang']);
  });
});
