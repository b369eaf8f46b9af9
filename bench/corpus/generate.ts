import type { Outlet } from '../../src/schema/outlet.ts';
import type { AddressSentences } from './addresses.ts';

/**
 * The benchmark corpus: clips of real English sentences (State of the Union addresses) at the length of news
 * articles, with a spread of outlets and EDTF dates, so every page type is sized as a real archive would size it.
 * Clip n is the same whatever the corpus size (each clip has its own random stream), so the 1,000-clip corpus is
 * the first thousand clips of the 10,000-clip one.
 */
export interface CorpusClip {
  n: number;
  slug: string;
  title: string;
  year: number;
  president: { name: string; party: string };
  outlet: string;
  /** Set on about one clip in twenty: a republication of a piece another desk carried first. */
  originalOutlet: string | null;
  date: string;
  /** Whether the dataset states the date (a year) or the corpus assigned the finer parts. */
  dateStated: boolean;
  paragraphs: string[];
}

export const MEDIAN_WORDS = 600;
export const MIN_WORDS = 200;
export const MAX_WORDS = 2000;

/** Generated outlets: named as what they are, weighted so that a few carry most clips, as real beats do. */
export const CORPUS_DESKS: Outlet[] = Array.from({ length: 16 }, (_, k) => {
  const n = String(k + 1).padStart(2, '0');
  return {
    id: `desk-${n}`,
    name: `Benchmark Desk ${n}`,
    url: null,
    description: 'A generated outlet of the benchmark corpus (npm run corpus); not a real publication.',
  };
});

/** Office holders whose reports the addresses cite, so clips cite outlets found in their own text. */
export const REPORTING_OFFICES: Outlet[] = [
  'Secretary of the Treasury',
  'Secretary of War',
  'Secretary of the Navy',
  'Secretary of the Interior',
  'Secretary of Agriculture',
  'Secretary of State',
  'Attorney-General',
  'Postmaster-General',
  'Commissioner of Indian Affairs',
  'Bureau of the Census',
  'Federal Reserve',
  'Social Security',
].map((name) => ({
  id: name.toLowerCase().replace(/[^a-z]+/g, '-'),
  name,
  url: null,
  description: 'An office whose reports the State of the Union addresses cite; listed so the corpus can cite it.',
}));

/** mulberry32: a small, fast, seedable PRNG, so the corpus is the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Log-normal around the median, clamped: most clips near 600 words, a long tail to 2,000. */
function clipLength(rand: () => number): number {
  const gaussian = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  return Math.round(Math.min(MAX_WORDS, Math.max(MIN_WORDS, MEDIAN_WORDS * Math.exp(0.5 * gaussian))));
}

const DESK_WEIGHTS = CORPUS_DESKS.map((_, k) => 1 / (k + 1));
const DESK_TOTAL = DESK_WEIGHTS.reduce((a, b) => a + b, 0);

function pickDesk(rand: () => number): string {
  let r = rand() * DESK_TOTAL;
  for (let k = 0; k < CORPUS_DESKS.length; k++) {
    r -= DESK_WEIGHTS[k]!;
    if (r <= 0) return CORPUS_DESKS[k]!.id;
  }
  return CORPUS_DESKS[0]!.id;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An EDTF date in the address's year, in one of the forms archives meet: day, month, year, approximate, range, open. */
export function corpusDate(year: number, rand: () => number): { date: string; stated: boolean } {
  const y = String(year).padStart(4, '0');
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const ymd = `${y}-${pad(month)}-${pad(day)}`;
  const form = rand();
  if (form < 0.12) return { date: y, stated: true };
  if (form < 0.45) return { date: ymd, stated: false };
  if (form < 0.6) return { date: `${y}-${pad(month)}`, stated: false };
  if (form < 0.7) return { date: `${y}-${pad(month)}~`, stated: false };
  if (form < 0.75) return { date: `${ymd}?`, stated: false };
  if (form < 0.9) {
    const first = 1 + Math.floor(rand() * 18);
    const last = first + 1 + Math.floor(rand() * 10);
    return { date: `${y}-${pad(month)}-${pad(first)}/${y}-${pad(month)}-${pad(last)}`, stated: false };
  }
  if (form < 0.96) return { date: `${ymd}/..`, stated: false };
  return { date: `../${ymd}`, stated: false };
}

/** Sentences from the address (and the next ones when it is short), drawn at random and kept in reading order. */
function drawSentences(addresses: readonly AddressSentences[], first: number, target: number, rand: () => number) {
  const pool: { text: string; words: number }[] = [];
  let poolWords = 0;
  for (let a = first; poolWords < 2 * target && a < first + addresses.length; a++) {
    const address = addresses[a % addresses.length]!;
    address.sentences.forEach((text, i) => {
      pool.push({ text, words: address.words[i]! });
      poolWords += address.words[i]!;
    });
  }
  const order = pool.map((_, i) => i);
  const chosen: number[] = [];
  let total = 0;
  for (let i = 0; total < target && i < order.length; i++) {
    const j = i + Math.floor(rand() * (order.length - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
    chosen.push(order[i]!);
    total += pool[order[i]!]!.words;
  }
  return chosen.sort((a, b) => a - b).map((i) => pool[i]!);
}

/** Sentences grouped into paragraphs of 40 to 140 words, as news paragraphs run. */
function toParagraphs(sentences: { text: string; words: number }[], rand: () => number): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let length = 0;
  let target = 40 + Math.floor(rand() * 100);
  for (const sentence of sentences) {
    current.push(sentence.text);
    length += sentence.words;
    if (length >= target) {
      paragraphs.push(current.join(' '));
      current = [];
      length = 0;
      target = 40 + Math.floor(rand() * 100);
    }
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return paragraphs;
}

/** Clip n of the corpus. */
export function corpusClip(addresses: readonly AddressSentences[], n: number): CorpusClip {
  const rand = random(0x9e3779b9 ^ Math.imul(n + 1, 0x85ebca6b));
  const at = n % addresses.length;
  const address = addresses[at]!;
  const paragraphs = toParagraphs(drawSentences(addresses, at, clipLength(rand), rand), rand);
  const { date, stated } = corpusDate(address.year, rand);
  const outlet = pickDesk(rand);
  const republished = rand() < 0.05 ? pickDesk(rand) : null;
  const opening = paragraphs[0]!
    .split(' ')
    .slice(0, 8)
    .join(' ')
    .replace(/[.,;:!?]+$/, '');
  return {
    n,
    slug: `sotu-${address.year}-${String(n + 1).padStart(6, '0')}`,
    title: `${address.year}: ${opening}…`,
    year: address.year,
    president: { name: address.name, party: address.party },
    outlet,
    originalOutlet: republished === outlet ? null : republished,
    date,
    dateStated: stated,
    paragraphs,
  };
}

/** The first `count` clips of the corpus, one at a time (100,000 clips do not need to be in memory at once). */
export function* corpusClips(addresses: readonly AddressSentences[], count: number): Generator<CorpusClip> {
  for (let n = 0; n < count; n++) yield corpusClip(addresses, n);
}
