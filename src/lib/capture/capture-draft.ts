import type { Heading, Paragraph, Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { ClipFrontmatter, TitleKind } from '../../schema/clip.ts';
import type { Evidence } from '../../schema/evidence.ts';
import type { Outlet } from '../../schema/outlet.ts';
import { compareCaptureToBody, normaliseCapture } from '../validation/capture-comparison.ts';
import { detectChrome, looksLikeSubheading, type ChromeSuggestion } from './chrome-detection.ts';
import { findCitedOutlets, type CitedOutletCandidate } from './cited-outlets.ts';
import { analyseBody, collapseWhitespace } from '../text/clip-body.ts';
import { findFigureCandidates, type FigureCandidate } from './figure-candidates.ts';
import { findPeopleCandidates, type PersonCandidate } from './people-candidates.ts';

/** A field of the draft and what the keeper is to do with it. */
export interface FieldNote {
  /** Path inside the frontmatter, e.g. ['figures', 0, 'counts']. */
  path: (string | number)[];
  note: string;
}

/** Facts a caller already knows for certain (a generated corpus knows them all); each replaces a field to fill. */
export interface KnownFacts {
  title?: { text: string; kind: TitleKind; evidence: string };
  outletKnown?: Evidence;
  author?: ClipFrontmatter['author'];
  dateKnown?: Evidence;
}

export interface DraftInput {
  /** The capture decoded as UTF-8 (its bytes are kept unchanged elsewhere). */
  captureText: string;
  sha256: string;
  slug: string;
  /** The capture's original file name, kept when it differs from <slug>.txt. */
  receivedAs?: string | null;
  /** The day the archive adds the clip (YYYY-MM-DD). */
  accessioned?: string | null;
  outlets: readonly Outlet[];
  outlet?: string | null;
  url?: string | null;
  date?: string | null;
  /** Suggest chrome, figures, people and cited outlets (the default); a generated corpus turns this off. */
  suggest?: boolean;
  /**
   * Check that the drafted body reproduces the capture (the default). A generated corpus skips the check for
   * speed: its build validates every clip the same way.
   */
  verify?: boolean;
  facts?: KnownFacts;
  /** Mark the clip as a draft, kept out of the site until reviewed; by default, when anything is left to fill or confirm. */
  draft?: boolean;
}

export interface ClipDraft {
  slug: string;
  /** The frontmatter in the order it is written; fields to fill hold null or "" so the schema rejects them. */
  frontmatter: Record<string, unknown>;
  /** The Markdown body: the capture's text less the suggested chrome, one paragraph per capture line. */
  body: string;
  toFill: FieldNote[];
  toConfirm: FieldNote[];
  chrome: ChromeSuggestion[];
  figures: FigureCandidate[];
  people: PersonCandidate[];
  cites: CitedOutletCandidate[];
  /** Plain text of each body paragraph, in order (headings excluded), as the validator reads them. */
  paragraphs: string[];
}

const BASIS_NOTE = 'stated / found / inferred / unknown';

function isBlank(line: string): boolean {
  return line.trim().length === 0;
}

/** One Markdown block per remaining capture line, escaped so that it renders as exactly the captured characters. */
function renderBody(blocks: (Paragraph | Heading)[]): string {
  const root: Root = { type: 'root', children: blocks };
  return toMarkdown(root, { extensions: [gfmToMarkdown()] });
}

/**
 * Drafts a clip from a raw capture: the body is the capture's text less likely page chrome, and the
 * frontmatter holds what the capture shows (hash, headline, suggested omissions, figures, people, cited
 * outlets) plus empty fields the keeper must fill. Unknown facts stay unknown. Pure: writes nothing.
 */
export function draftClip(input: DraftInput): ClipDraft {
  const suggest = input.suggest ?? true;
  const facts = input.facts ?? {};
  const toFill: FieldNote[] = [];
  const toConfirm: FieldNote[] = [];
  // Omissions are kept byte for byte (no-break spaces included), so they are cut from the capture's own lines.
  const rawLines = input.captureText
    .replace(/\r\n?/g, '\n')
    .replace(/^\uFEFF/, '')
    .split('\n');
  const lines = rawLines.map(normaliseCapture);

  const chrome = suggest ? detectChrome(lines) : [];
  const removed = new Set<number>();
  for (const piece of chrome) for (let i = piece.first; i <= piece.last; i++) removed.add(i);

  const blocks: (Paragraph | Heading)[] = [];
  const paragraphs: string[] = [];
  let firstBlock = true;
  lines.forEach((line, i) => {
    if (removed.has(i) || isBlank(line)) return;
    const text = line.trim();
    const children = [{ type: 'text' as const, value: text }];
    if (suggest && !firstBlock && looksLikeSubheading(text)) {
      blocks.push({ type: 'heading', depth: 2, children });
    } else {
      blocks.push({ type: 'paragraph', children });
      paragraphs.push(collapseWhitespace(text));
    }
    firstBlock = false;
  });
  const body = renderBody(blocks);
  const bodyText = collapseWhitespace(paragraphs.join(' '));

  const omitted = chrome.map((piece) => ({
    text: rawLines.slice(piece.first, piece.last + 1).join('\n'),
    reason: piece.reason,
  }));

  // Title: given, or the headline line, or left to fill.
  const headline = chrome.find((c) => c.kind === 'headline');
  let title: string;
  let titleKind: string | null;
  let titleEvidence: string;
  if (facts.title) {
    ({ text: title, kind: titleKind, evidence: titleEvidence } = facts.title);
  } else if (headline) {
    title = lines[headline.first]!.trim();
    titleKind = 'published';
    titleEvidence = 'The headline is the first line of the capture.';
    toConfirm.push({ path: ['title'], note: 'the first line of the capture, which looks like a headline' });
  } else {
    title = '';
    titleKind = null;
    titleEvidence = '';
    toFill.push({ path: ['title'], note: 'the headline; if none is known, devise one' });
    toFill.push({ path: ['titleKind'], note: 'published / attested / reconstructed / devised' });
    toFill.push({ path: ['titleEvidence'], note: 'say in a sentence where the title comes from' });
  }

  const outlet = input.outlet ?? null;
  const outletKnown = facts.outletKnown ?? { basis: null, evidence: '' };
  if (!facts.outletKnown) {
    if (outlet === null) {
      toConfirm.push({ path: ['outlet'], note: 'the id of the outlet whose page this is (outlets.yaml), or null' });
    }
    toFill.push({ path: ['outletKnown', 'basis'], note: BASIS_NOTE });
    toFill.push({ path: ['outletKnown', 'evidence'], note: 'say in a sentence how the outlet is known' });
  }

  // A syndication footer that names a known outlet says where the text was first published.
  let originalOutlet: string | null = null;
  let originalKnown: { basis: string; evidence: string } | undefined;
  const footer = chrome.find((c) => c.kind === 'footer');
  if (footer) {
    const footerText = lines[footer.first]!.trim();
    const named = findCitedOutlets(footerText, input.outlets)[0];
    if (named) {
      originalOutlet = named.outlet;
      originalKnown = { basis: 'stated', evidence: `The capture's footer says: "${footerText}"` };
      toConfirm.push({ path: ['originalOutlet'], note: `named by the footer "${footerText}"` });
    }
  }

  let author: unknown = null;
  if (facts.author !== undefined) author = facts.author;
  const byline = chrome.find((c) => c.kind === 'byline');
  if (byline && facts.author === undefined) {
    toConfirm.push({
      path: ['author'],
      note: `unknown; the byline line reads "${lines[byline.first]!.trim()}": record the author it names, if any`,
    });
  }

  const date = input.date ?? null;
  if (date === null) {
    toFill.push({
      path: ['date'],
      note: 'the publication date as EDTF, e.g. 2020-01-21, 2020-01~ or 2020-01-21/2020-01-31 (XXXX if unknown)',
    });
  }
  const dateKnown = facts.dateKnown ?? { basis: null, evidence: '' };
  if (!facts.dateKnown) {
    toFill.push({ path: ['dateKnown', 'basis'], note: BASIS_NOTE });
    toFill.push({ path: ['dateKnown', 'evidence'], note: 'say in a sentence how the date is known' });
  }

  const url = input.url ?? null;
  const urlBasis = url === null ? 'unknown' : null;
  if (url !== null)
    toFill.push({ path: ['source', 'urlBasis'], note: 'how the URL is known: stated / found / inferred' });

  const figures = suggest ? findFigureCandidates(paragraphs) : [];
  // The outlets the archive knows are organisations, not people; the page's own outlet (and the one it
  // republishes) is where the text comes from, not a source it cites.
  const people = suggest
    ? findPeopleCandidates(
        paragraphs,
        input.outlets.map((o) => o.name),
      )
    : [];
  const ownOutlets = [outlet, originalOutlet].filter((id): id is string => id !== null);
  const cites = suggest ? findCitedOutlets(bodyText, input.outlets, ownOutlets) : [];

  figures.forEach((f, i) => {
    toConfirm.push({ path: ['figures', i], note: `suggested figure "${f.quote}": keep and complete it, or delete it` });
    if (f.unit === null) toFill.push({ path: ['figures', i, 'unit'], note: 'the unit, e.g. people, percent' });
    toFill.push({ path: ['figures', i, 'counts'], note: 'what the figure counts' });
    toFill.push({ path: ['figures', i, 'attributedTo'], note: 'whom the text attributes it to, or "unattributed"' });
  });
  people.forEach((p, i) => {
    toConfirm.push({ path: ['people', i], note: `suggested person "${p.name}": keep if the text quotes them` });
    toFill.push({ path: ['people', i, 'role'], note: 'the role the text gives them, or null' });
  });
  cites.forEach((c, i) => {
    toConfirm.push({ path: ['cites', i], note: `the body names ${c.name}: keep if it is quoted or cited` });
    toFill.push({
      path: ['cites', i, 'kind'],
      note: 'article / report / statement / social-post / interview / outlet',
    });
  });
  omitted.forEach((o, i) => {
    toConfirm.push({ path: ['omitted', i], note: `suggested as page chrome (${o.reason.split(' (')[0]})` });
  });

  const frontmatter: Record<string, unknown> = {
    draft: input.draft ?? toFill.length + toConfirm.length > 0,
    title,
    titleKind,
    titleEvidence,
    outlet,
    outletKnown,
    originalOutlet,
    ...(originalKnown ? { originalKnown } : {}),
    basedOn: [],
    author,
    date,
    dateKnown,
    ...(input.accessioned ? { accessioned: input.accessioned } : {}),
    source: {
      url,
      urlBasis,
      copies: [],
      capture: {
        file: `${input.slug}.txt`,
        sha256: input.sha256,
        ...(input.receivedAs && input.receivedAs !== `${input.slug}.txt` ? { receivedAs: input.receivedAs } : {}),
      },
    },
    figures: figures.map((f) => ({ quote: f.quote, value: f.value, unit: f.unit ?? '', counts: '', attributedTo: '' })),
    people: people.map((p) => ({ name: p.name, role: '' })),
    cites: cites.map((c) => ({ name: c.name, kind: null, outlet: c.outlet })),
    omitted,
  };

  // The draft must say exactly what the capture says: the capture less the omissions is the body.
  const check =
    input.verify === false ? null : compareCaptureToBody(input.captureText, omitted, analyseBody(body).text);
  if (check && !check.ok) {
    throw new Error(
      `internal error: the drafted body of ${input.slug} does not reproduce its capture (${check.kind}); nothing was written.`,
    );
  }

  return { slug: input.slug, frontmatter, body, toFill, toConfirm, chrome, figures, people, cites, paragraphs };
}

/** "figures[2].counts" for ['figures', 2, 'counts']. */
export function fieldName(path: (string | number)[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key),
    '',
  );
}
