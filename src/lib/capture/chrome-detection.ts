/**
 * Finds lines of a raw capture that are probably page chrome rather than article text: the headline line,
 * bylines, related-posts widgets, share prompts, image file names, stray separators and syndication footers.
 * These are suggestions for the keeper; the drafted clip lists each one under `omitted` with its reason.
 */

export type ChromeKind =
  | 'headline'
  | 'byline'
  | 'dateline'
  | 'related-posts'
  | 'share-prompt'
  | 'image-file'
  | 'image-credit'
  | 'separator'
  | 'footer';

export interface ChromeSuggestion {
  kind: ChromeKind;
  /** First and last line of the piece (0-based indexes into the capture's lines); blank lines inside are kept. */
  first: number;
  last: number;
  reason: string;
}

const REASONS: Record<ChromeKind, string> = {
  headline: "headline, shown as the clip's title",
  byline: 'byline line (record the author or outlet it names in author / outlet)',
  dateline: 'dateline of the page (record the date it states in date)',
  'related-posts': 'related-posts widget of the publishing site, not part of the article',
  'share-prompt': 'share prompt of the publishing site',
  'image-file': 'image file name (and alt text) left over from an embedded image',
  'image-credit': 'credit line of an embedded image or video',
  separator: 'stray separator line of page chrome',
  footer: 'syndication footer (record the outlet it names as originalOutlet)',
};

// A widget's post titles may end in a quote mark; a sentence of article text ends in a full stop.
const SENTENCE_END = /[.!?]["”’)]?$/;
const SMALL_WORDS = new Set(
  'a an and as at but by for from in into of on or over the to up via vs with is are was be its it'.split(' '),
);

/** A headline: one short line, no closing full stop, most of its longer words capitalised (Title Case). */
export function looksLikeHeadline(line: string): boolean {
  const text = line.trim();
  if (text.length < 12 || text.length > 160) return false;
  if (/[.;,]$/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3 || words.length > 25) return false;
  const significant = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase().replace(/^\p{P}+|\p{P}+$/gu, '')));
  if (significant.length === 0) return false;
  const capitalised = significant.filter((w) => /^\P{L}*\p{Lu}/u.test(w));
  return capitalised.length / significant.length >= 0.75;
}

/** A heading inside the body: a headline-like line that is not a date line, handle or quote attribution. */
export function looksLikeSubheading(line: string): boolean {
  const text = line.trim();
  return looksLikeHeadline(text) && text.length <= 100 && !/[\d@:]/.test(text) && !/^[—–-]/.test(text);
}

// "Read next: Mayor Opens New Bridge", "Related: …", "See also: …": a one-line teaser for another post.
const RELATED_TEASER =
  /^(read (next|more|also)|also read|related( (post|article|story))?|see also|more on this|watch)\s*:\s*\S/i;
// "Image Credits: Getty Images", "Photo: AP", "(Photo by John Moore/Getty Images)", "Featured image via Flickr".
const IMAGE_CREDIT =
  /^\(?\s*(?:(?:featured |top |header )?(?:image|photo|picture|video|graphic|illustration)s?(?:\s+(?:credits?|by|courtesy(?: of)?|source|via))?\s*[:|]|(?:featured |top |header )?(?:image|photo|picture|video)s?\s+(?:credits?|by|courtesy|via)\b|credits?\s*:)/i;
// A byline that says how the text was made ("Written by Jane Doe", "Reported by …"), wherever it stands.
// Case matters after "by": a name is capitalised, a sentence ("Written by a committee…") need not be.
const MADE_BY = /^(?:[Ww]ritten|[Rr]eported|[Ww]ords|[Ss]tory|[Tt]ext|[Cc]ompiled|[Ee]dited) by\s+\p{Lu}/u;
const RELATED_HEADING =
  /^(related (posts|articles|stories|news)|you (may|might) also like|more (stories|from)|recommended( for you)?|read (more|next)|trending( now)?|popular (posts|stories)|most (popular|read|viewed|shared)( (posts|stories|articles))?)\b[:.]?\s*$/i;
const SHARE_PROMPT =
  /^(send this to a friend|share (this|on|via)\b.*|click (here )?to share.*|tweet( this)?|email( this)?( to a friend)?|print( this)?( article| page)?|like us on facebook.*|follow us on .*|subscribe( to our newsletter)?.*)$/i;
// A share button's label, alone on its line: a social network's name or the button's verb.
const SHARE_BUTTON =
  /^(facebook|twitter|x|e-?mail|print|reddit|linkedin|whatsapp|pinterest|pin( it)?|telegram|tweet|share|flipboard|pocket|messenger|copy link|sms|threads|bluesky|mastodon|tumblr|mix|comments?)$/i;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE = new RegExp(
  `(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2})`,
  'i',
);
// A dateline: a date (with a weekday, a time, "Posted"/"Updated", "by …" around it), and nothing of a sentence.
const DATELINE_WORDS =
  /^(posted|published|updated|last updated|modified|date|on|at|by|and|am|pm|a\.m\.|p\.m\.|et|est|edt|pt|pst|pdt|ct|cst|gmt|utc|bst|cet|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|staff|admin)$/i;

/** A line that only dates the page ("March 4, 2019", "Posted: 05/22/2017 6:58 PM ET", "Wed, 01/15/2020 - 20:05"). */
export function looksLikeDateline(line: string): boolean {
  const text = line.trim();
  if (text.length > 80 || !DATE.test(text)) return false;
  const rest = text.replace(DATE, ' ').replace(/\b\d{1,2}:\d{2}(:\d{2})?\b/g, ' ');
  const words = rest.split(/[\s,|:·•–—-]+/).filter((w) => /\p{L}/u.test(w));
  // "by Staff" may close a dateline; any other words make it a sentence, not a dateline.
  const byAt = words.findIndex((w) => /^by$/i.test(w));
  const before = byAt >= 0 ? words.slice(0, byAt) : words;
  const author = byAt >= 0 ? words.slice(byAt + 1) : [];
  return before.every((w) => DATELINE_WORDS.test(w)) && author.length <= 3;
}
const FOOTER =
  /\b(originally (published|appeared|posted)|first (published|appeared)|republished (with permission )?from|reprinted (with permission )?from)\b/i;
const IMAGE_TOKEN = /^(?:[\w-]+\.(?:jpe?g|png|gif|webp|svg|avif)|[a-z0-9]+(?:[-_][a-z0-9]+)*_[a-z0-9]+)$/i;
// "|", "***", and spaced ones such as "* * *" or "— — —".
const SEPARATOR = /^[\p{P}\p{S}](?:\s*[\p{P}\p{S}])*$/u;

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim().length === 0;
}

/** A line of a related-posts widget: a post title, the site's name, or a teaser ending in "Read more". */
function isWidgetLine(line: string): boolean {
  const text = line.trim();
  // A syndication footer ends the widget: it is its own piece of chrome, and names the original outlet.
  if (FOOTER.test(text)) return false;
  if (/(read more|continue reading)\s*[»›…]*$/i.test(text) || /(\.\.\.|…)$/.test(text)) return true;
  if (SHARE_PROMPT.test(text)) return true;
  return text.length <= 120 && !SENTENCE_END.test(text);
}

function nonBlankIndexes(lines: string[]): number[] {
  const indexes: number[] = [];
  lines.forEach((line, i) => {
    if (!isBlank(line)) indexes.push(i);
  });
  return indexes;
}

/**
 * Suggests the capture lines to leave out of the body. `lines` are the capture's lines (line ends normalised);
 * each suggestion covers whole lines, so the validator can remove it from the capture and compare the rest.
 */
export function detectChrome(lines: string[]): ChromeSuggestion[] {
  const found: ChromeSuggestion[] = [];
  const taken = new Set<number>();
  const add = (kind: ChromeKind, first: number, last = first) => {
    found.push({ kind, first, last, reason: REASONS[kind] });
    for (let i = first; i <= last; i++) taken.add(i);
  };
  const indexes = nonBlankIndexes(lines);
  if (indexes.length === 0) return [];
  const text = (i: number) => lines[i]!.trim();

  const firstLine = indexes[0]!;
  if (indexes.length > 1 && looksLikeHeadline(text(firstLine))) add('headline', firstLine);

  // Bylines sit just under the headline: a short line ending in a comma ("Tyler Durden,"), starting with "By "
  // or with a bar ("| Infowars,").
  for (const i of indexes.slice(0, 3)) {
    if (taken.has(i)) continue;
    const line = text(i);
    if (
      line.length <= 60 &&
      (/^by\s+\p{Lu}/iu.test(line) || MADE_BY.test(line) || /^\|/.test(line) || /^[\p{L} .'’-]+,$/u.test(line))
    ) {
      add('byline', i);
    }
  }

  // Datelines sit near the headline, among the byline and the share buttons.
  for (const i of indexes.slice(0, 8)) if (!taken.has(i) && looksLikeDateline(text(i))) add('dateline', i);

  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k]!;
    if (taken.has(i)) continue;
    const line = text(i);
    if (RELATED_HEADING.test(line)) {
      // The widget runs on while its lines look like post titles, site names and "Read more" teasers.
      let last = i;
      for (let j = k + 1; j < indexes.length && isWidgetLine(text(indexes[j]!)); j++) last = indexes[j]!;
      add('related-posts', i, last);
      while (k + 1 < indexes.length && indexes[k + 1]! <= last) k++;
    } else if (RELATED_TEASER.test(line) && line.length <= 200) {
      add('related-posts', i);
    } else if (MADE_BY.test(line) && line.length <= 60 && !SENTENCE_END.test(line)) {
      add('byline', i);
    } else if (IMAGE_CREDIT.test(line) && line.length <= 150) {
      add('image-credit', i);
    } else if ((SHARE_PROMPT.test(line) && line.length <= 60) || SHARE_BUTTON.test(line)) {
      add('share-prompt', i);
    } else if (SEPARATOR.test(line)) {
      add('separator', i);
    } else if (IMAGE_TOKEN.test(line.split(/\s+/)[0]!)) {
      add('image-file', i);
    } else if (FOOTER.test(line) && line.length <= 200 && k >= indexes.length - 3) {
      add('footer', i);
    }
  }
  return found.sort((a, b) => a.first - b.first);
}
