import { knownIsoDate } from './clip-citation.ts';

/** What a clip page says about itself to machines: reference managers, search engines, link checkers. */
export interface ClipMetadataInput {
  title: string;
  /** Outlet the text was captured from (the publisher of the page the archive copied). */
  outlet: { name: string; url: string | null } | null;
  originalOutlet: { name: string; url: string | null } | null;
  author: { name: string; pseudonym: boolean } | null;
  /** EDTF date of the text as `outlet` published it (the original's, when the outlet is unknown). */
  date: string;
  /** URL of the text as `outlet` published it, when known. */
  url: string | null;
  /** For a republication: the original's EDTF date and URL, when known. */
  originalDate?: string | null;
  originalUrl?: string | null;
  /** Absolute URL of the clip's page in the archive. */
  pageUrl: string;
  description: string;
}

export interface MetaTag {
  name?: string;
  property?: string;
  content: string;
}

/**
 * Highwire/Dublin Core tags that Zotero reads. `citation_date` carries only the known part of the date,
 * and there is no `citation_journal_title`, which would make Zotero file the clip as a journal article.
 */
export function zoteroMetaTags(input: ClipMetadataInput): MetaTag[] {
  const publisher = input.outlet ?? input.originalOutlet;
  const date = knownIsoDate(input.date);
  const tags: MetaTag[] = [{ name: 'citation_title', content: input.title }];
  if (input.author) tags.push({ name: 'citation_author', content: input.author.name });
  if (date) tags.push({ name: 'citation_date', content: date.replaceAll('-', '/') });
  if (publisher) tags.push({ name: 'citation_publisher', content: publisher.name });
  if (input.url) tags.push({ name: 'citation_public_url', content: input.url });
  tags.push({ name: 'DC.type', content: 'newspaperArticle' }, { name: 'DC.title', content: input.title });
  if (date) tags.push({ name: 'DC.date', content: date });
  if (publisher) tags.push({ name: 'DC.publisher', content: publisher.name });
  return tags;
}

/** OpenGraph tags: the page as an article, by its canonical URL. */
export function openGraphTags(input: ClipMetadataInput, siteName: string): MetaTag[] {
  const date = knownIsoDate(input.date);
  const tags: MetaTag[] = [
    { property: 'og:type', content: 'article' },
    { property: 'og:title', content: input.title },
    { property: 'og:description', content: input.description },
    { property: 'og:url', content: input.pageUrl },
    { property: 'og:site_name', content: siteName },
  ];
  if (date) tags.push({ property: 'article:published_time', content: date });
  return tags;
}

function organization(outlet: { name: string; url: string | null }) {
  return outlet.url
    ? { '@type': 'Organization', name: outlet.name, url: outlet.url }
    : { '@type': 'Organization', name: outlet.name };
}

/** A schema.org NewsArticle: the text as published, with the archive's page as where it is archived. */
export function newsArticleJsonLd(input: ClipMetadataInput): Record<string, unknown> {
  const publisher = input.outlet ?? input.originalOutlet;
  const date = knownIsoDate(input.date);
  const article: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.title,
    url: input.pageUrl,
    archivedAt: input.pageUrl,
  };
  if (publisher) article.publisher = organization(publisher);
  if (date) article.datePublished = date;
  if (input.author) article.author = { '@type': 'Person', name: input.author.name };
  if (input.originalOutlet && input.outlet && input.originalOutlet.name !== input.outlet.name) {
    // A republication: this text as the outlet published it, based on the original with its own date.
    article.sourceOrganization = organization(input.originalOutlet);
    const original: Record<string, unknown> = { '@type': 'NewsArticle', publisher: organization(input.originalOutlet) };
    const originalDate = input.originalDate ? knownIsoDate(input.originalDate) : null;
    if (originalDate) original.datePublished = originalDate;
    if (input.originalUrl) original.url = input.originalUrl;
    article.isBasedOn = original;
  } else if (input.url) {
    article.isBasedOn = input.url;
  }
  return article;
}

/** JSON for a <script type="application/ld+json">: "<" is escaped so the text can never close the element. */
export function jsonLdScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
