import { pagedPath } from './pagination.ts';

/**
 * Builds in-site URLs from the configured base (import.meta.env.BASE_URL), so the archive works when
 * deployed under a sub-path as well as at "/". Every internal link goes through here.
 */
export function withBase(base: string, path = ''): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\/+/, '');
}

export function clipPath(base: string, slug: string): string {
  return withBase(base, `clips/${slug}/`);
}

/** The absolute address of a clip's page: its canonical URL and the URL citations give. */
export function clipUrl(base: string, slug: string, site: URL | string | undefined): string {
  return new URL(clipPath(base, slug), site).href;
}

/** A file published beside a clip's page (`capture.txt`, `citation.bib`…). */
export function clipFilePath(base: string, slug: string, file: string): string {
  return `${clipPath(base, slug)}${file}`;
}

export function paragraphPath(base: string, slug: string, paragraph: number): string {
  return `${clipPath(base, slug)}#p-${paragraph}`;
}

/** The first page of an outlet's list, without the base (the form the Pager numbers from). */
/** The "Shared passages" section of a clip's page. */
export function sharedPassagesPath(base: string, slug: string): string {
  return `${clipPath(base, slug)}#shared-passages`;
}

export function outletListPath(id: string): string {
  return `outlets/${id}/`;
}

export function outletPath(base: string, id: string): string {
  return withBase(base, outletListPath(id));
}

/** A person's anchor on the page of the people index that holds it. */
export function personPath(base: string, id: string, indexPage: number): string {
  return `${withBase(base, pagedPath('people/', indexPage))}#person-${id}`;
}
