import { describe, expect, it } from 'vitest';
import { siteUrlWarning } from '../../src/integrations/site-url-warning.ts';

describe('siteUrlWarning', () => {
  it('warns when SITE_URL is unset or empty, naming what it affects and how to set it', () => {
    for (const value of [undefined, '', '  ']) {
      const warning = siteUrlWarning(value);
      expect(warning).toContain('SITE_URL is not set');
      expect(warning).toContain('http://localhost:4321');
      expect(warning).toContain('SITE_URL=https://example.org npm run build');
    }
  });
  it('is silent when SITE_URL is set', () => {
    expect(siteUrlWarning('https://archive.example.org')).toBeNull();
  });
});
