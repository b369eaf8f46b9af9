import type { Clip } from '../archive/clip.ts';
import type { Outlet } from '../../schema/outlet.ts';
import { citedUrl, isRepublication, knownIsoDate, type CitableClip } from './clip-citation.ts';

/** The parts of a clip its page tells machines about: reference managers, search engines, link checkers. */
export type MetadataClip = Pick<Clip, 'url' | 'excerpt'> & {
  data: CitableClip['data'];
  /** Outlet the text was captured from (the publisher of the page the archive copied). */
  outlet: Pick<Outlet, 'name' | 'url'> | null;
  originalOutlet: Pick<Outlet, 'name' | 'url'> | null;
};

export interface MetaTag {
  name?: string;
  property?: string;
  content: string;
}

/**
 * Highwire/Dublin Core tags that Zotero reads. `citation_date` carries only the known part of the date,
 * and there is no `citation_journal_title`, which would make Zotero file the clip as a journal article.
 */
export function zoteroMetaTags(clip: MetadataClip): MetaTag[] {
  const publisher = clip.outlet ?? clip.originalOutlet;
  const date = knownIsoDate(clip.data.date);
  const tags: MetaTag[] = [{ name: 'citation_title', content: clip.data.title }];
  if (clip.data.author) tags.push({ name: 'citation_author', content: clip.data.author.name });
  if (date) tags.push({ name: 'citation_date', content: date.replaceAll('-', '/') });
  if (publisher) tags.push({ name: 'citation_publisher', content: publisher.name });
  const url = citedUrl(clip.data);
  if (url) tags.push({ name: 'citation_public_url', content: url });
  tags.push({ name: 'DC.type', content: 'newspaperArticle' }, { name: 'DC.title', content: clip.data.title });
  if (date) tags.push({ name: 'DC.date', content: date });
  if (publisher) tags.push({ name: 'DC.publisher', content: publisher.name });
  return tags;
}

/** OpenGraph tags: the page as an article, by its canonical URL. */
export function openGraphTags(clip: MetadataClip, siteName: string): MetaTag[] {
  const date = knownIsoDate(clip.data.date);
  const tags: MetaTag[] = [
    { property: 'og:type', content: 'article' },
    { property: 'og:title', content: clip.data.title },
    { property: 'og:description', content: clip.excerpt },
    { property: 'og:url', content: clip.url },
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
export function newsArticleJsonLd(clip: MetadataClip): Record<string, unknown> {
  const publisher = clip.outlet ?? clip.originalOutlet;
  const date = knownIsoDate(clip.data.date);
  const url = citedUrl(clip.data);
  const article: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: clip.data.title,
    url: clip.url,
    archivedAt: clip.url,
  };
  if (publisher) article.publisher = organization(publisher);
  if (date) article.datePublished = date;
  if (clip.data.author) article.author = { '@type': 'Person', name: clip.data.author.name };
  if (clip.originalOutlet && clip.outlet && clip.originalOutlet.name !== clip.outlet.name) {
    // A republication: this text as the outlet published it, based on the original with its own date.
    article.sourceOrganization = organization(clip.originalOutlet);
    const original: Record<string, unknown> = { '@type': 'NewsArticle', publisher: organization(clip.originalOutlet) };
    const republished = isRepublication(clip.data);
    const originalDate = republished && clip.data.originalDate ? knownIsoDate(clip.data.originalDate) : null;
    if (originalDate) original.datePublished = originalDate;
    if (republished && clip.data.source.url) original.url = clip.data.source.url;
    article.isBasedOn = original;
  } else if (url) {
    article.isBasedOn = url;
  }
  return article;
}

/** JSON for a <script type="application/ld+json">: "<" is escaped so the text can never close the element. */
export function jsonLdScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
