/**
 * Finds the figures a text quotes (numbers, percentages, money, counted things written in words) so the keeper
 * can record each one under `figures`. Each candidate carries the exact characters of the body (`quote`), a
 * suggested value and, where the text says it, a suggested unit; what the figure counts and whom the text
 * attributes it to are left for the keeper.
 */

export interface FigureCandidate {
  /** The exact characters of the paragraph, e.g. "Nearly 60 percent" or "158,581". */
  quote: string;
  value: number;
  /** Suggested unit, or null when the text does not make it plain. */
  unit: string | null;
  /** Index of the paragraph (0-based, in the order given) and the character offset of the quote in it. */
  paragraph: number;
  start: number;
}

const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  half: 0.5,
  third: 1 / 3,
  quarter: 0.25,
  // "one" is everywhere in prose; it counts only after a quantifier ("at least one", "only one").
  one: 1,
};

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const QUALIFIER =
  '(?:(?:nearly|almost|about|around|roughly|approximately|some|over|under|up to|more than|less than|fewer than|at least|at most|only|just|exactly)\\s+)';
const MONTHS =
  /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s*$/;
const numeric =
  /(?<![\w.,$-])(?:(?:US)?\$|£|€)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*(?:%|percent\b|per cent\b)|-year-old\b|\s+(?:thousand|million|billion|trillion)\b)?/g;
const spelled = new RegExp(
  `\\b${QUALIFIER}?(?:a\\s+)?(?:${Object.keys(NUMBER_WORDS).join('|')})(?:[- ](?:${Object.keys(NUMBER_WORDS).join('|')}))?(?:\\s+(?:thousand|million|billion|trillion))?\\b`,
  'gi',
);
const qualifierBefore = new RegExp(`${QUALIFIER}$`, 'i');

function parseNumeric(raw: string): { value: number; unit: string | null } {
  const money = /^(?:US)?\$|^£|^€/.exec(raw)?.[0];
  const digits = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/.exec(raw)![0];
  let value = Number(digits.replace(/,/g, ''));
  const scale = /(thousand|million|billion|trillion)/i.exec(raw)?.[1]?.toLowerCase();
  if (scale) value *= SCALE[scale]!;
  let unit: string | null = null;
  if (/%|percent|per cent/i.test(raw)) unit = 'percent';
  else if (/-year-old/i.test(raw)) unit = 'years';
  else if (money === '£') unit = 'pounds sterling';
  else if (money === '€') unit = 'euros';
  else if (money) unit = 'US dollars';
  return { value, unit };
}

function parseSpelled(raw: string): number {
  const words = raw.toLowerCase().split(/[\s-]+/);
  let value = 0;
  let seen = false;
  for (const word of words) {
    if (word in SCALE) value = (seen ? value : 1) * SCALE[word]!;
    else if (word === 'hundred') value = (seen ? value : 1) * 100;
    else if (word in NUMBER_WORDS) {
      value += NUMBER_WORDS[word]!;
      seen = true;
    }
  }
  return value;
}

function isYearOrDay(text: string, start: number, raw: string): boolean {
  if (/^(1[5-9]\d\d|20\d\d)$/.test(raw)) return true;
  if (/^\d{1,2}$/.test(raw) && MONTHS.test(text.slice(Math.max(0, start - 12), start))) return true;
  // Ordinals ("18th"), versions and names ("COVID-19", "I-95") are not figures.
  return /^(st|nd|rd|th)\b/i.test(text.slice(start + raw.length));
}

/** Finds candidate figures in each paragraph of a body; at most one candidate per distinct quote. */
export function findFigureCandidates(paragraphs: string[]): FigureCandidate[] {
  const found: FigureCandidate[] = [];
  const seen = new Set<string>();
  const push = (candidate: FigureCandidate) => {
    if (seen.has(candidate.quote)) return;
    seen.add(candidate.quote);
    found.push(candidate);
  };
  paragraphs.forEach((text, paragraph) => {
    const spans: { start: number; end: number; value: number; unit: string | null }[] = [];
    for (const m of text.matchAll(numeric)) {
      const raw = m[0].trimEnd();
      if (isYearOrDay(text, m.index, raw)) continue;
      const { value, unit } = parseNumeric(raw);
      spans.push({ start: m.index, end: m.index + raw.length, value, unit });
    }
    for (const m of text.matchAll(spelled)) {
      const raw = m[0];
      const start = m.index;
      const bare = raw.toLowerCase().replace(new RegExp(`^${QUALIFIER}`, 'i'), '');
      if (/^(a\s+)?one$/.test(bare) && !new RegExp(QUALIFIER, 'i').test(raw)) continue;
      if (spans.some((s) => start < s.end && s.start < start + raw.length)) continue;
      spans.push({ start, end: start + raw.length, value: parseSpelled(raw), unit: null });
    }
    spans.sort((a, b) => a.start - b.start);
    for (const span of spans) {
      const end = span.end;
      let start = span.start;
      const qualifier = qualifierBefore.exec(text.slice(0, start));
      if (qualifier) start -= qualifier[0].length;
      push({ quote: text.slice(start, end), value: span.value, unit: span.unit, paragraph, start });
    }
  });
  return found;
}
