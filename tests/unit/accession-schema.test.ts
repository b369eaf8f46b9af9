import { describe, expect, it } from 'vitest';
import { accessionDateSchema } from '../../src/schema/accession.ts';

describe('accessionDateSchema', () => {
  it('accepts a real day as YYYY-MM-DD', () => {
    expect(accessionDateSchema.parse('2026-11-23')).toBe('2026-11-23');
    expect(accessionDateSchema.parse('2024-02-29')).toBe('2024-02-29');
  });
  it('refuses other shapes and days that do not exist, saying what to write', () => {
    expect(accessionDateSchema.safeParse('23 November 2026').error?.issues[0]?.message).toContain('YYYY-MM-DD');
    expect(accessionDateSchema.safeParse('2026-11').success).toBe(false);
    expect(accessionDateSchema.safeParse('2025-02-29').error?.issues[0]?.message).toContain('does not exist');
  });
});
