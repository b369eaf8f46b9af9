/**
 * Reads a `_headers` file (the format of Netlify and Cloudflare Pages: a path pattern on its own line, then its
 * headers indented below it) and says which headers a path gets, so the local preview server sends exactly what
 * a deployment sends. `*` matches any run of characters; every matching rule applies, in file order, and a header
 * given by two rules is sent with both values (for Content-Security-Policy, both policies are enforced).
 */
export interface HeaderRule {
  pattern: RegExp;
  source: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim();
      const escaped = source.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${escaped}$`), source, headers: [] });
      continue;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path.`);
    rule.headers.push([header[1]!, header[2]!.trim()]);
  }
  return rules;
}

/** The headers for a path (without the site's base path), merged as a deployment merges them. */
export function headersForPath(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const merged = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const earlier = merged.get(key);
      // Content-Type is replaced (a response has one); other headers add up, as Netlify does.
      merged.set(key, earlier && key !== 'content-type' ? `${earlier}, ${value}` : value);
    }
  }
  return merged;
}
