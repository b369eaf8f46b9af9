import type { Outlet } from '../../schema/outlet.ts';
import type { WarcRecordLocation } from '../../schema/source.ts';
import type { ClipDraft, FieldNote } from './capture-draft.ts';
import { findCitedOutlets } from './cited-outlets.ts';
import { findFigureCandidates } from './figure-candidates.ts';
import type { PageExtraction } from './html-page-extraction.ts';
import { matchOutlet, type OutletMatch } from './outlet-match.ts';
import type { Stated } from './page-metadata.ts';
import { findPeopleCandidates } from './people-candidates.ts';
import { statedDateToEdtf, statedLanguageTag } from './saved-page-notes.ts';
import { slugify } from './slugify.ts';
import { detectLanguage } from '../text/detect-language.ts';

/** Where the clip's capture is kept and what is known about the file. */
export interface StoredCapture {
  file: string;
  sha256: string;
  receivedAs: string | null;
  record?: WarcRecordLocation;
  packageCheck?: string;
}

export interface HtmlDraftInput {
  page: PageExtraction;
  slug: string;
  capture: StoredCapture;
  outlets: readonly Outlet[];
  /** Given by the keeper on the command line; they replace what the page states. */
  outlet?: string | null | undefined;
  url?: string | null | undefined;
  date?: string | null | undefined;
}

export interface HtmlDraft extends ClipDraft {
  /** An outlet the page names that outlets.yaml does not list, to be added with the clip. */
  proposedOutlet: Outlet | null;
}

const same = (a: string, b: string) =>
  a.toLowerCase().replace(/\s+/g, ' ').trim() === b.toLowerCase().replace(/\s+/g, ' ').trim();

/** Other sources that state a different value, said for the keeper to choose. */
function disagreements(values: Stated[], chosen: Stated): string {
  const others = values.filter((v) => v !== chosen && !same(v.value, chosen.value) && !v.evidence.includes('<title>'));
  return others.map((v) => `${v.evidence.replace(/ in the capture$/, '')} says "${v.value}"`).join('; ');
}

/** The first stated date that reads as an EDTF date, with where it was read. */
function firstDate(values: Stated[]): Stated | null {
  for (const v of values) {
    const edtf = statedDateToEdtf(v.value);
    if (edtf) return { value: edtf, evidence: `${v.evidence} ("${v.value}")` };
  }
  return null;
}

/** The title, with a note when sources disagree; the `<title>` counts only when nothing else states one. */
function chooseTitle(page: PageExtraction): { chosen: Stated | null; note: string } {
  const titles = page.metadata.title;
  const chosen = titles.find((t) => !t.evidence.includes('<title>')) ?? titles[0] ?? null;
  return { chosen, note: chosen ? disagreements(titles, chosen) : '' };
}

/**
 * Drafts a clip from an HTML page (saved on its own or found in a WARC/WACZ): the body is the extracted article,
 * and every metadata value is one the page, the saving tool or the WARC record states, with basis `stated` and
 * evidence naming where it was read. What nothing states stays unknown. The draft is marked `draft: true` and
 * every suggestion TO CONFIRM; it is kept out of the published site until the keeper confirms it.
 */
export function draftFromPage(input: HtmlDraftInput): HtmlDraft {
  const { page } = input;
  const { metadata } = page;
  const toFill: FieldNote[] = [];
  const toConfirm: FieldNote[] = [];

  const { chosen: title, note: titleNote } = chooseTitle(page);
  if (title) {
    toConfirm.push({ path: ['title'], note: `read from ${title.evidence}${titleNote ? `; but ${titleNote}` : ''}` });
  } else {
    toFill.push({ path: ['title'], note: 'the page states no headline; devise one and set titleKind: devised' });
  }

  const siteName = metadata.siteName[0] ?? null;
  const pageUrl = page.address?.value ?? null;
  const match: OutletMatch = input.outlet
    ? {
        outlet: input.outlets.find((o) => o.id === input.outlet) ?? null,
        proposed: null,
        evidence: 'given with --outlet',
      }
    : matchOutlet(input.outlets, siteName, absolute(pageUrl));
  const outletId = match.outlet?.id ?? match.proposed?.id ?? null;
  const outletKnown = input.outlet
    ? null
    : outletId
      ? { basis: 'stated', evidence: match.evidence }
      : { basis: 'unknown', evidence: 'The capture names no site: no og:site_name, publisher or address states it.' };
  if (!input.outlet)
    toConfirm.push({
      path: ['outlet'],
      note: match.proposed ? `a new outlet, added to outlets.yaml: ${match.evidence}` : match.evidence,
    });
  if (input.outlet) toFill.push({ path: ['outletKnown', 'basis'], note: 'stated / found / inferred / unknown' });

  const authors = metadata.authors[0] ?? null;
  const author = authors
    ? { name: authors.value.join(' and '), pseudonym: false, basis: 'stated', note: `Read from ${authors.evidence}.` }
    : null;
  toConfirm.push({ path: ['author'], note: authors ? `read from ${authors.evidence}` : 'the page states no author' });

  const published = firstDate(metadata.published);
  const date = input.date ?? published?.value ?? 'XXXX';
  const dateKnown = input.date
    ? { basis: null, evidence: '' }
    : published
      ? { basis: 'stated', evidence: `Read from ${published.evidence}.` }
      : { basis: 'unknown', evidence: 'The capture states no publication date (no meta tag, JSON-LD or <time>).' };
  if (input.date) {
    toFill.push({ path: ['dateKnown', 'basis'], note: 'stated / found / inferred / unknown' });
    toFill.push({ path: ['dateKnown', 'evidence'], note: 'say in a sentence how the date is known' });
  } else
    toConfirm.push({
      path: ['date'],
      note: published ? `read from ${published.evidence}` : 'no date stated: XXXX means unknown',
    });
  const modified = firstDate(metadata.modified);

  const statedLang = metadata.lang.map((l) => ({ ...l, tag: statedLanguageTag(l.value) })).find((l) => l.tag);
  const detected = statedLang ? null : detectLanguage(page.body.blocks.join('\n'));
  const lang = statedLang
    ? {
        lang: statedLang.tag,
        langKnown: { basis: 'stated', evidence: `Read from ${statedLang.evidence} ("${statedLang.value}").` },
      }
    : detected;
  if (lang) toConfirm.push({ path: ['lang'], note: lang.langKnown.evidence });
  const url = pageUrl;
  const urlSource = input.url ? null : page.address;
  if (input.url) toFill.push({ path: ['source', 'urlBasis'], note: 'how the URL is known: stated / found / inferred' });

  const captured = page.context.captured ?? page.saved.saved ?? null;
  const text = page.body.blocks.join(' ');
  const figures = findFigureCandidates(page.body.blocks);
  // The outlets the archive knows, and the site the page names, are organisations, not people.
  const organisations = [...input.outlets.map((o) => o.name), ...(siteName ? [siteName.value] : [])];
  const people = findPeopleCandidates(page.body.blocks, organisations);
  const cites = findCitedOutlets(text, input.outlets, outletId ? [outletId] : []);
  people.forEach((p, i) =>
    toConfirm.push({
      path: ['people', i],
      note: `suggested person "${p.name}": keep if the text quotes them, and give the role it names`,
    }),
  );

  const omitted = [
    ...page.body.images.map((image) => ({
      text: image.alt || image.caption || image.src.split('/').pop() || image.src,
      reason: image.caption ? `image, captioned "${image.caption}"` : 'image',
      src: image.src,
    })),
    ...page.chrome
      .filter((c) => !text.includes(c.excerpt))
      .map((c) => ({
        text: c.excerpt,
        reason: `${c.kind}${c.links ? ` (${c.links} link${c.links > 1 ? 's' : ''})` : ''}`,
      })),
  ];
  if (omitted.length > 0) toConfirm.push({ path: ['omitted'], note: 'images and page chrome left out of the body' });

  const frontmatter: Record<string, unknown> = {
    draft: true,
    title: title?.value ?? '',
    titleKind: title ? 'published' : null,
    titleEvidence: title ? `Stated by ${title.evidence}.` : '',
    outlet: outletId,
    outletKnown: outletKnown ?? { basis: null, evidence: 'given by the keeper with --outlet' },
    originalOutlet: null,
    basedOn: [],
    author,
    date,
    dateKnown,
    ...(modified
      ? { modified: { date: modified.value, basis: 'stated', evidence: `Read from ${modified.evidence}.` } }
      : {}),
    ...(metadata.section[0]
      ? { section: { name: metadata.section[0].value, evidence: `Read from ${metadata.section[0].evidence}.` } }
      : {}),
    ...(metadata.keywords[0]
      ? { keywords: { terms: metadata.keywords[0].value, evidence: `Read from ${metadata.keywords[0].evidence}.` } }
      : {}),
    ...(lang ? { lang: lang.lang, langKnown: lang.langKnown } : {}),
    source: {
      url,
      urlBasis: url === null ? 'unknown' : input.url ? null : 'stated',
      ...(urlSource ? { urlEvidence: `Read from ${urlSource.evidence}.` } : {}),
      copies: [],
      capture: {
        file: input.capture.file,
        sha256: input.capture.sha256,
        ...(input.capture.receivedAs && input.capture.receivedAs !== input.capture.file
          ? { receivedAs: input.capture.receivedAs }
          : {}),
        ...(captured
          ? {
              captured: captured.value,
              capturedKnown: { basis: 'stated', evidence: `Read from ${captured.evidence}.` },
            }
          : {}),
        ...(input.capture.record ? { record: input.capture.record } : {}),
        ...(input.capture.packageCheck ? { packageCheck: input.capture.packageCheck } : {}),
      },
    },
    figures: [],
    people: people.map((p) => ({ name: p.name, role: null })),
    cites: [],
    omitted,
  };
  for (const f of figures)
    toConfirm.push({ path: ['figures'], note: `the text quotes "${f.quote}": record it under figures if it matters` });
  for (const c of cites)
    toConfirm.push({
      path: ['cites'],
      note: `the body names ${c.name}: record it under cites if it is quoted or cited`,
    });
  if (page.body.unlinked.length > 0) {
    toConfirm.push({
      path: ['omitted'],
      note: `${page.body.unlinked.length} links kept as text only (not http/https): ${page.body.unlinked
        .slice(0, 3)
        .map((l) => `"${l.text}" → ${l.href.slice(0, 40)}`)
        .join(', ')}`,
    });
  }

  return {
    slug: input.slug,
    frontmatter,
    body: page.body.markdown,
    toFill,
    toConfirm,
    chrome: [],
    figures,
    people,
    cites,
    paragraphs: page.body.blocks,
    proposedOutlet: match.proposed,
  };
}

function absolute(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The slug of a page's clip: from its headline, else its address's last path segment, else the file name. */
export function slugForPage(page: PageExtraction, fallback: string): string {
  const title = chooseTitle(page).chosen?.value ?? '';
  const fromTitle = slugify(title.replace(/\s+[|–—-]\s+[^|–—-]+$/, ''));
  if (fromTitle) return fromTitle;
  const url = page.metadata.url[0]?.value ?? page.context.fetchedFrom?.value ?? '';
  const segment = url.split('?')[0]!.split('/').filter(Boolean).pop() ?? '';
  return slugify(segment.replace(/\.[a-z]+$/, '')) || slugify(fallback);
}
