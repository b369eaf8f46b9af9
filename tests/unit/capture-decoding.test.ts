import { describe, expect, it } from 'vitest';
import { decodeCapture } from '../../src/lib/capture/capture-decoding.ts';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeCapture', () => {
  it('reads UTF-8 text, typographic characters included', () => {
    const result = decodeCapture(new TextEncoder().encode('‘That’s enough’ — 10%\n'));
    expect(result).toEqual({ ok: true, text: '‘That’s enough’ — 10%\n' });
  });

  it('refuses an empty or whitespace-only file', () => {
    expect(decodeCapture(bytes())).toMatchObject({ ok: false, problem: 'empty' });
    expect(decodeCapture(new TextEncoder().encode(' \n\t\n'))).toMatchObject({ ok: false, problem: 'empty' });
  });

  it('refuses a binary file (NUL bytes), e.g. a PNG', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d);
    const result = decodeCapture(png);
    expect(result).toMatchObject({ ok: false, problem: 'binary' });
    if (!result.ok) expect(result.message).toContain('binary');
  });

  it('refuses text that is not UTF-8 (Windows-1252 curly quotes) and says how to convert it', () => {
    const result = decodeCapture(bytes(0x93, 0x48, 0x69, 0x94, 0x0a));
    expect(result).toMatchObject({ ok: false, problem: 'not-utf8' });
    if (!result.ok) expect(result.message).toContain('UTF-8');
  });
});
