/** A value a page states about itself, and where in the capture it was read. */
export interface Stated<T = string> {
  value: T;
  evidence: string;
}

/** Everything a page states about itself, each field listing every source that states it, best first. */
export interface PageMetadata {
  title: Stated[];
  siteName: Stated[];
  authors: Stated<string[]>[];
  published: Stated[];
  modified: Stated[];
  url: Stated[];
  lang: Stated[];
  section: Stated[];
  keywords: Stated<string[]>[];
}

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|ScholarlyArticle|TechArticle)$/;

type JsonObject = Record<string, unknown>;

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
}

function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .map((v) => (typeof v === 'object' && v !== null ? text((v as JsonObject).name) : text(v)))
    .filter((v): v is string => v !== null && !/^https?:\/\//.test(v));
}

/** Every schema.org article object in the page's JSON-LD (through @graph and arrays), in document order. */
export function jsonLdArticles(document: Document): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const object = node as JsonObject;
    const types = ([] as unknown[]).concat(object['@type'] ?? []).map(String);
    if (types.some((t) => ARTICLE_TYPES.test(t))) found.push(object);
    if (object['@graph']) visit(object['@graph']);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD states nothing; the other sources still count.
    }
  }
  return found;
}

// A page is searched for a dozen meta tags: its <meta> elements are listed once, not once a tag.
const metaElements = new WeakMap<Document, Element[]>();

function meta(document: Document, attribute: 'name' | 'property' | 'itemprop', key: string): Element[] {
  let all = metaElements.get(document);
  if (!all) metaElements.set(document, (all = [...document.querySelectorAll('meta')]));
  return all.filter(
    (m) => (m.getAttribute(attribute) ?? '').toLowerCase() === key.toLowerCase() && m.getAttribute('content')?.trim(),
  );
}

function metaSource(attribute: string, key: string): string {
  return `\`<meta ${attribute}="${key}">\` in the capture`;
}

/**
 * Reads what a page states about itself: citation_* (Highwire/Google Scholar) tags, OpenGraph and `article:*`
 * tags, schema.org JSON-LD, Dublin Core, `<link rel=canonical>`, `<html lang>`, the `<title>`, the first `<h1>`
 * and `<time datetime>`. Values are kept as written; nothing is guessed.
 */
export function readPageMetadata(document: Document): PageMetadata {
  const result: PageMetadata = {
    title: [],
    siteName: [],
    authors: [],
    published: [],
    modified: [],
    url: [],
    lang: [],
    section: [],
    keywords: [],
  };
  const fromMeta = (field: keyof PageMetadata, attribute: 'name' | 'property' | 'itemprop', key: string) => {
    const tags = meta(document, attribute, key);
    if (tags.length === 0) return;
    const values = tags.map((t) => t.getAttribute('content')!.replace(/\s+/g, ' ').trim());
    const listField = field === 'authors' || field === 'keywords';
    const value = listField
      ? values.flatMap((v) => (field === 'keywords' && tags.length === 1 ? v.split(/\s*,\s*/) : [v])).filter(Boolean)
      : values[0]!;
    if (field === 'authors' && (value as string[]).every((v) => /^https?:\/\//.test(v))) return;
    (result[field] as Stated<unknown>[]).push({ value, evidence: metaSource(attribute, key) });
  };

  fromMeta('title', 'name', 'citation_title');
  fromMeta('title', 'property', 'og:title');
  fromMeta('authors', 'name', 'citation_author');
  fromMeta('published', 'name', 'citation_publication_date');
  fromMeta('published', 'name', 'citation_date');
  fromMeta('published', 'property', 'article:published_time');
  fromMeta('modified', 'property', 'article:modified_time');
  fromMeta('siteName', 'property', 'og:site_name');
  fromMeta('siteName', 'name', 'citation_journal_title');
  fromMeta('url', 'name', 'citation_public_url');
  fromMeta('section', 'property', 'article:section');
  fromMeta('keywords', 'property', 'article:tag');

  for (const article of jsonLdArticles(document)) {
    const type = ([] as unknown[]).concat(article['@type'])[0];
    const where = (key: string) => `\`${key}\` of the schema.org ${String(type)} (JSON-LD) in the capture`;
    const push = (field: keyof PageMetadata, value: unknown, key: string) => {
      if (value !== null && value !== undefined && (!Array.isArray(value) || value.length > 0)) {
        (result[field] as Stated<unknown>[]).push({ value, evidence: where(key) });
      }
    };
    push('title', text(article.headline), 'headline');
    push('authors', names(article.author), 'author');
    push('published', text(article.datePublished), 'datePublished');
    push('modified', text(article.dateModified), 'dateModified');
    push('siteName', names(article.publisher)[0] ?? null, 'publisher');
    const page = article.mainEntityOfPage;
    push(
      'url',
      text(article.url) ?? text(typeof page === 'object' && page ? (page as JsonObject)['@id'] : page),
      'url',
    );
    push('lang', text(article.inLanguage), 'inLanguage');
    push('section', text(([] as unknown[]).concat(article.articleSection ?? [])[0]), 'articleSection');
    const keywords = article.keywords;
    push(
      'keywords',
      Array.isArray(keywords) ? keywords.map(text).filter(Boolean) : (text(keywords)?.split(/\s*,\s*/) ?? null),
      'keywords',
    );
  }

  fromMeta('authors', 'name', 'author');
  fromMeta('authors', 'property', 'article:author');
  fromMeta('published', 'name', 'DC.date.issued');
  fromMeta('published', 'name', 'dcterms.date');
  fromMeta('published', 'name', 'date');
  fromMeta('published', 'itemprop', 'datePublished');
  fromMeta('title', 'name', 'DC.title');
  fromMeta('title', 'name', 'twitter:title');
  fromMeta('siteName', 'name', 'application-name');
  fromMeta('keywords', 'name', 'keywords');
  fromMeta('keywords', 'name', 'news_keywords');

  const canonical = document.querySelector('link[rel~="canonical"][href]')?.getAttribute('href')?.trim();
  if (canonical) result.url.unshift({ value: canonical, evidence: '`<link rel="canonical">` in the capture' });
  fromMeta('url', 'property', 'og:url');

  const h1 = document.querySelector('article h1, main h1, h1');
  const h1Text = h1?.textContent?.replace(/\s+/g, ' ').trim();
  if (h1Text) result.title.push({ value: h1Text, evidence: 'the first `<h1>` of the capture' });
  const titleText = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  if (titleText) result.title.push({ value: titleText, evidence: 'the `<title>` of the capture' });

  const time = document.querySelector('article time[datetime], time[pubdate][datetime], time.published[datetime]');
  const datetime = time?.getAttribute('datetime')?.trim();
  if (datetime) result.published.push({ value: datetime, evidence: '`<time datetime>` in the article' });

  const htmlLang = document.documentElement?.getAttribute('lang')?.trim();
  if (htmlLang) result.lang.unshift({ value: htmlLang, evidence: '`<html lang>` of the capture' });
  const contentLanguage = [...document.querySelectorAll('meta[http-equiv]')].find(
    (m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-language',
  );
  const declared = contentLanguage?.getAttribute('content')?.split(',')[0]?.trim();
  if (declared)
    result.lang.push({ value: declared, evidence: '`<meta http-equiv="content-language">` in the capture' });
  fromMeta('lang', 'property', 'og:locale');
  return result;
}
