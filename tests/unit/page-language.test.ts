import { describe, expect, it } from 'vitest';
import { langAttribute } from '../../src/lib/site/page-language.ts';

describe('langAttribute', () => {
  it("gives the part's language only where it differs from the page's", () => {
    expect(langAttribute('es', 'en')).toBe('es');
    expect(langAttribute('pt-BR', 'en')).toBe('pt-BR');
    expect(langAttribute('en-GB', 'en')).toBe('en-GB');
    expect(langAttribute('en', 'en')).toBeUndefined();
    expect(langAttribute('EN', 'en')).toBeUndefined();
    expect(langAttribute(undefined, 'en')).toBeUndefined();
  });
});
