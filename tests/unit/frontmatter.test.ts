import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/validation/frontmatter.ts';

describe('splitFrontmatter', () => {
  it('parses YAML and returns the body after the closing line', () => {
    const result = splitFrontmatter('---\ntitle: "A: B"\nlist: [1, 2]\n---\n\nBody text.\n');
    expect(result).toMatchObject({
      ok: true,
      data: { title: 'A: B', list: [1, 2] },
      body: '\nBody text.\n',
      bodyStartLine: 5,
    });
  });

  it('reports broken YAML with its line in the file', () => {
    const result = splitFrontmatter('---\ntitle: ok\nkind: [open\n---\nBody');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/^broken YAML/);
      expect(result.line).toBeGreaterThanOrEqual(3);
    }
  });

  it('rejects duplicate keys and a missing or unclosed block', () => {
    expect(splitFrontmatter('---\na: 1\na: 2\n---\n').ok).toBe(false);
    expect(splitFrontmatter('no frontmatter').ok).toBe(false);
    expect(splitFrontmatter('---\na: 1\n').ok).toBe(false);
  });
});
