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

export function paragraphPath(base: string, slug: string, paragraph: number): string {
  return `${clipPath(base, slug)}#p-${paragraph}`;
}
