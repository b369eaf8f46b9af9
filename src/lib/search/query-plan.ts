import type { Analyzer } from './analyzer.ts';
import type { Dictionary } from './dictionary.ts';
import { SHORT_QUERY_WORDS, type ParsedQuery, type QueryPhrase, type QueryWord } from './parse-query.ts';

/** An indexed term a query word matches, and how much a match on it counts (1 = the word itself, stemmed). */
export interface Expansion {
  term: string;
  quality: number;
  kind: 'exact' | 'prefix' | 'fuzzy';
  /** The analyzer keys whose stem of the word this term is; empty when it is not a stem (completions, corrections). */
  languages: string[];
}

/** A loose query word with the indexed terms it stands for. */
export interface PlannedWord extends QueryWord {
  expansions: Expansion[];
  /** Inverse document frequency of the word (of its best form): how much a match on it tells. */
  idf: number;
}

/** A phrase word that is indexed, with the forms it may take in the index and its offset inside the phrase. */
export interface PlannedAnchor {
  offset: number;
  terms: string[];
  idf: number;
}

export interface PlannedPhrase extends QueryPhrase {
  anchors: PlannedAnchor[];
}

/** What a query became, and what the reader should be told about it. */
export interface QueryPlan {
  words: PlannedWord[];
  phrases: PlannedPhrase[];
  /** Words too common to search for (stop words in every language of the index). */
  common: string[];
  /** Words, and phrases, that no clip contains (and that have no near spelling in the index). */
  missing: string[];
  /** Typos corrected: the word as typed, and the indexed terms it was matched to instead. */
  corrected: { typed: string; terms: string[] }[];
  /** A long query's words left out as less informative than the `words` kept. */
  leftOut: string[];
}

/** A long query (a pasted paragraph) is searched by at most this many of its most informative words. */
export const MAX_QUERY_WORDS = 24;
const MAX_COMPLETIONS = 24;
const MAX_COMPLETIONS_OF_WORD = 4;
/** In an archive of at least RARE_MIN_DOCS clips, a word in at most RARE_DOCS of them may be a typo in the text. */
const RARE_DOCS = 2;
const RARE_MIN_DOCS = 200;

export function inverseDocumentFrequency(docFrequency: number, docCount: number): number {
  return Math.log(1 + (docCount - docFrequency + 0.5) / (docFrequency + 0.5));
}

/** The index terms a query word may stand for: its stem in each language of the index (null: a stop word in all). */
function formsOf(word: string, analyzers: readonly Analyzer[]): string[] | null {
  const forms = [...stemsOf(word, analyzers).keys()];
  return forms.length === 0 ? null : forms;
}

/** Each stem of a word, with the languages it is the word's stem in. */
function stemsOf(word: string, analyzers: readonly Analyzer[]): Map<string, string[]> {
  const stems = new Map<string, string[]>();
  for (const analyzer of analyzers) {
    const term = analyzer.indexTerm(word);
    if (term !== null) stems.set(term, [...(stems.get(term) ?? []), analyzer.key]);
  }
  return stems;
}

/** A stem cut by one to four letters, keeping at least four and three fifths of it, longest first. */
function shorterStems(stem: string): string[] {
  const keep = Math.max(4, Math.ceil(0.6 * stem.length));
  const cuts: string[] = [];
  for (let length = stem.length - 1; length >= keep && length >= stem.length - 4; length--)
    cuts.push(stem.slice(0, length));
  return cuts.filter((cut) => /\p{L}$/u.test(cut));
}

function isStopwordSomewhere(word: string, analyzers: readonly Analyzer[]): boolean {
  return analyzers.some((analyzer) => analyzer.isStopword(word));
}

/**
 * Turns a parsed query into the indexed terms to look up: each word in every language of the index, completed as a
 * prefix while typed, corrected when the index lacks it; a long query keeps its most informative words.
 */
export async function planQuery(
  query: ParsedQuery,
  analyzers: readonly Analyzer[],
  dictionary: Dictionary,
  docCount: number,
): Promise<QueryPlan> {
  const plan: QueryPlan = { words: [], phrases: [], common: [], missing: [], corrected: [], leftOut: [] };
  const idf = (term: string) => inverseDocumentFrequency(dictionary.docFrequency(term), docCount);
  const wordForms = query.words.map((w) => formsOf(w.word, analyzers));
  const phraseForms = query.phrases.map((p) => p.words.map((w) => formsOf(w.word, analyzers)));
  await dictionary.load(
    [...wordForms, ...phraseForms.flat()].flatMap((forms) => forms ?? []),
    query.words.filter((w) => w.prefix).flatMap((w, i) => [w.term, ...(wordForms[i] ?? [])]),
  );
  const short = query.words.length <= SHORT_QUERY_WORDS;
  const toCorrect: PlannedWord[] = [];
  // Stemmers are not idempotent ("ciudades" -> "ciudad", but "ciudad" -> "ciud"): a word whose stems the index
  // lacks may be there under a shorter stem of the same word.
  const shorter = wordForms.map((forms) =>
    forms && forms.every((term) => dictionary.docFrequency(term) === 0)
      ? [...new Set(forms.flatMap(shorterStems))].sort((a, b) => b.length - a.length)
      : [],
  );
  await dictionary.load(shorter.flat());

  query.words.forEach((word, i) => {
    const forms = wordForms[i];
    if (!forms && !word.prefix) {
      plan.common.push(word.term);
      return;
    }
    const stems = stemsOf(word.word, analyzers);
    const expansions: Expansion[] = (forms ?? [])
      .filter((term) => dictionary.docFrequency(term) > 0)
      .map((term) => ({ term, quality: 1, kind: 'exact', languages: stems.get(term) ?? [] }));
    const shorterStem = shorter[i]!.find((term) => dictionary.docFrequency(term) > 0);
    if (expansions.length === 0 && shorterStem) {
      expansions.push({ term: shorterStem, quality: 0.9, kind: 'exact', languages: [] });
    }
    if (word.prefix && word.term.length >= 2) {
      const most = expansions.length > 0 ? MAX_COMPLETIONS_OF_WORD : MAX_COMPLETIONS;
      for (const { term } of dictionary.completions(word.term, most)) {
        if (expansions.some((e) => e.term === term)) continue;
        expansions.push({
          term,
          quality: 0.8 * (word.term.length / term.length) ** 0.5,
          kind: 'prefix',
          languages: [],
        });
      }
    }
    if (expansions.length === 0 && (!forms || isStopwordSomewhere(word.word, analyzers))) {
      plan.common.push(word.term);
      return;
    }
    const planned = { ...word, expansions, idf: 0 };
    const rare = docCount >= RARE_MIN_DOCS && expansions.every((e) => dictionary.docFrequency(e.term) <= RARE_DOCS);
    if (short && (expansions.length === 0 || rare)) toCorrect.push(planned);
    else if (expansions.length === 0) plan.missing.push(word.term);
    if (expansions.length > 0 || short) plan.words.push(planned);
  });

  if (toCorrect.length > 0) await correctTypos(toCorrect, analyzers, dictionary, plan);
  plan.words = plan.words.filter((w) => w.expansions.length > 0);
  for (const word of plan.words) word.idf = Math.max(...word.expansions.map((e) => e.quality * idf(e.term)));
  if (plan.words.length > MAX_QUERY_WORDS) {
    const kept = new Set([...plan.words].sort((a, b) => b.idf - a.idf).slice(0, MAX_QUERY_WORDS));
    plan.leftOut = plan.words.filter((w) => !kept.has(w)).map((w) => w.term);
    plan.words = plan.words.filter((w) => kept.has(w));
  }

  query.phrases.forEach((phrase, p) => {
    const anchors: PlannedAnchor[] = [];
    let complete = true;
    phrase.words.forEach((word, offset) => {
      const forms = phraseForms[p]![offset];
      const terms = (forms ?? []).filter((term) => dictionary.docFrequency(term) > 0);
      // A stop word (in some language of the index) is not indexed there: it is confirmed on the text.
      if (terms.length === 0 && (!forms || isStopwordSomewhere(word.word, analyzers))) return;
      if (terms.length === 0) complete = false;
      else anchors.push({ offset, terms, idf: Math.max(...terms.map(idf)) });
    });
    if (!complete) plan.missing.push(`"${phrase.text}"`);
    else if (anchors.length === 0) plan.common.push(`"${phrase.text}"`);
    else plan.phrases.push({ ...phrase, anchors });
  });
  return plan;
}

/** Adds the near spellings of missing (or rare) words, and records what was matched instead. */
async function correctTypos(
  words: PlannedWord[],
  analyzers: readonly Analyzer[],
  dictionary: Dictionary,
  plan: QueryPlan,
): Promise<void> {
  for (const word of words) {
    const first = String.fromCodePoint(word.term.codePointAt(0)!);
    const vocabulary = await dictionary.vocabulary(first);
    const missing = word.expansions.length === 0;
    const ownFrequency = Math.max(0, ...word.expansions.map((e) => dictionary.docFrequency(e.term)));
    // The typed word first; failing that its stems, as a typo's stem is often a typo of the right stem
    // ("goverment" -> "gover" -> "govern"). Corrections keep the first letter (see Dictionary.vocabulary), so
    // "gover" is not taken for "cover".
    const found = new Map<string, number>();
    for (const form of [word.term, ...(formsOf(word.word, analyzers) ?? [])]) {
      if (found.size > 0) break;
      for (const { term, distance, docFrequency } of vocabulary.corrections(form)) {
        // A rare word is only joined by a much commoner spelling: "trust" is not widened to "thrust".
        if (!missing && docFrequency < 20 * Math.max(1, ownFrequency)) continue;
        if (!word.expansions.some((e) => e.term === term)) found.set(term, Math.min(found.get(term) ?? 9, distance));
      }
    }
    // The nearest spellings only: two edits away are tried when nothing is one edit away.
    const nearest = Math.min(...found.values());
    const corrections = [...found].filter(([, distance]) => distance === nearest).slice(0, 8);
    for (const [term, distance] of corrections) {
      word.expansions.push({
        term,
        quality: (missing ? 0.75 : 0.6) - 0.2 * (distance - 1),
        kind: 'fuzzy',
        languages: [],
      });
    }
    if (corrections.length > 0) plan.corrected.push({ typed: word.term, terms: corrections.map(([t]) => t) });
    else if (missing) plan.missing.push(word.term);
  }
}
