import { describe, expect, it } from 'vitest';
import {
  jsonLdScript,
  newsArticleJsonLd,
  openGraphTags,
  zoteroMetaTags,
  type MetadataClip,
} from '../../src/lib/citation/clip-metadata.ts';
import { citedTextData } from '../helpers/citation-facts.ts';

/** A clip page's metadata facts, flat, so each case below changes one of them. */
interface MetadataFacts {
  title: string;
  outlet: { name: string; url: string | null } | null;
  originalOutlet: { name: string; url: string | null } | null;
  author: { name: string; pseudonym: boolean } | null;
  date: string;
  /** URL of the text as `outlet` published it. */
  url: string | null;
  /** For a republication: the original's EDTF date and URL. */
  originalDate?: string | null;
  originalUrl?: string | null;
  pageUrl: string;
  description: string;
}

function clip(facts: MetadataFacts): MetadataClip {
  const outlet = facts.outlet?.name ?? null;
  const originalOutlet = facts.originalOutlet?.name ?? null;
  return {
    url: facts.pageUrl,
    excerpt: facts.description,
    data: citedTextData({ ...facts, outlet, originalOutlet }),
    outlet: facts.outlet,
    originalOutlet: facts.originalOutlet,
  };
}

const input: MetadataFacts = {
  title: '‘That’s Enough’: ICE Cranks Up The Heat On Lawless Sanctuary Cities',
  outlet: { name: 'Trending Politics', url: 'https://trendingpolitics.com/' },
  originalOutlet: null,
  author: null,
  date: '2020-01-21/2020-01-31',
  url: 'https://trendingpolitics.com/that-s-enough/',
  pageUrl: 'https://archive.example/clips/ice-cranks-up-the-heat-on-sanctuary-cities/',
  description: 'A clip.',
};

describe('zoteroMetaTags', () => {
  it('gives title, known date, publisher and type, and no journal title or author when unknown', () => {
    const tags = zoteroMetaTags(clip(input));
    const byName = Object.fromEntries(tags.map((t) => [t.name, t.content]));
    expect(byName).toMatchObject({
      citation_title: input.title,
      citation_date: '2020/01',
      citation_publisher: 'Trending Politics',
      'DC.type': 'newspaperArticle',
    });
    expect(byName).not.toHaveProperty('citation_journal_title');
    expect(byName).not.toHaveProperty('citation_author');
    const withAuthor = zoteroMetaTags(
      clip({
        ...input,
        author: { name: 'Tyler Durden', pseudonym: true },
        date: '2020-10-23/..',
      }),
    );
    expect(withAuthor).toContainEqual({ name: 'citation_author', content: 'Tyler Durden' });
    expect(withAuthor.some((t) => t.name === 'citation_date')).toBe(false);
  });
});

describe('newsArticleJsonLd', () => {
  it('names the publisher, the known date, the page and the original', () => {
    expect(newsArticleJsonLd(clip(input))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: input.title,
      url: input.pageUrl,
      archivedAt: input.pageUrl,
      publisher: { '@type': 'Organization', name: 'Trending Politics', url: 'https://trendingpolitics.com/' },
      datePublished: '2020-01',
      isBasedOn: input.url,
    });
  });

  it('names the original outlet as the source of a republication, and escapes "<" in the script text', () => {
    const ld = newsArticleJsonLd(clip({ ...input, originalOutlet: { name: 'ZeroHedge', url: null }, url: null }));
    expect(ld.sourceOrganization).toEqual({ '@type': 'Organization', name: 'ZeroHedge' });
    expect(ld.isBasedOn).toEqual({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'ZeroHedge' } });
    const script = jsonLdScript({ headline: '</script><b>' });
    expect(script).not.toContain('</script>');
    expect(JSON.parse(script)).toEqual({ headline: '</script><b>' });
  });
});

describe('a republication whose own date is unknown', () => {
  const republication: MetadataFacts = {
    ...input,
    date: '2020-09-29/..',
    originalOutlet: { name: 'ZeroHedge', url: null },
    originalDate: '2020-09-29/2020-09-30',
    originalUrl: 'https://www.zerohedge.com/political/ice-preparing',
  };

  it('has no citation_date and no datePublished of its own; the original keeps its date in isBasedOn', () => {
    expect(zoteroMetaTags(clip(republication)).map((t) => t.name)).not.toContain('citation_date');
    const ld = newsArticleJsonLd(clip(republication));
    expect(ld).not.toHaveProperty('datePublished');
    expect(ld.isBasedOn).toEqual({
      '@type': 'NewsArticle',
      publisher: { '@type': 'Organization', name: 'ZeroHedge' },
      datePublished: '2020-09',
      url: 'https://www.zerohedge.com/political/ice-preparing',
    });
  });
});

describe('openGraphTags', () => {
  it('describes the page as an article at its canonical URL', () => {
    expect(openGraphTags(clip(input), 'News Clip Archive')).toContainEqual({
      property: 'og:url',
      content: input.pageUrl,
    });
    expect(openGraphTags(clip(input), 'News Clip Archive')).toContainEqual({
      property: 'article:published_time',
      content: '2020-01',
    });
  });
});
