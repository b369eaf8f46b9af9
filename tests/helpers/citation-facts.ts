import type { CitableClip } from '../../src/lib/citation/clip-citation.ts';

/** A clip's citation facts, flat, so that each test case can change one of them. */
export interface CitedTextFacts {
  title: string;
  author: { name: string; pseudonym: boolean } | null;
  date: string;
  /** Outlet names; they serve as ids too. */
  outlet: string | null;
  originalOutlet: string | null;
  /** URL of the text as `outlet` published it. */
  url: string | null;
  /** For a republication: the original's EDTF date and URL. */
  originalDate?: string | null | undefined;
  originalUrl?: string | null | undefined;
}

/** The frontmatter those facts stand for: a republication's own URL is a copy at its outlet. */
export function citedTextData(facts: CitedTextFacts): CitableClip['data'] {
  const { outlet, originalOutlet } = facts;
  const republished = Boolean(outlet && originalOutlet && outlet !== originalOutlet);
  return {
    title: facts.title,
    author: facts.author,
    date: facts.date,
    outlet,
    originalOutlet,
    originalDate: facts.originalDate ?? undefined,
    source: republished
      ? { url: facts.originalUrl ?? null, copies: facts.url ? [{ url: facts.url, outlet: outlet! }] : [] }
      : { url: facts.url },
  };
}
