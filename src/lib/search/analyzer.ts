import { foldAccents, lowerWord } from './tokenize.ts';

/**
 * Language analysis: which words are too common to index, and the stem a word is indexed under. Each clip is analysed
 * in its own language (its `lang`); a query is analysed in every language the index holds. Stemmers are Snowball's
 * (Porter for English), stop-word lists Snowball's, both from Orama's packages, loaded only for the languages present.
 */
export interface Analyzer {
  /** The analyzer's key: a primary language subtag (`en`, `es`), or `und` for text analysed without stemming. */
  key: string;
  /** The term a lower-case word is indexed under, or null for a stop word. */
  indexTerm(word: string): string | null;
  isStopword(word: string): boolean;
}

type Stemmer = (word: string) => string;

const LANGUAGES: Record<string, () => Promise<[{ stemmer: Stemmer }, { stopwords: string[] }]>> = {
  en: () => Promise.all([import('@orama/stemmers/english'), import('@orama/stopwords/english')]),
  es: () => Promise.all([import('@orama/stemmers/spanish'), import('@orama/stopwords/spanish')]),
  fr: () => Promise.all([import('@orama/stemmers/french'), import('@orama/stopwords/french')]),
  de: () => Promise.all([import('@orama/stemmers/german'), import('@orama/stopwords/german')]),
  pt: () => Promise.all([import('@orama/stemmers/portuguese'), import('@orama/stopwords/portuguese')]),
  it: () => Promise.all([import('@orama/stemmers/italian'), import('@orama/stopwords/italian')]),
  nl: () => Promise.all([import('@orama/stemmers/dutch'), import('@orama/stopwords/dutch')]),
};

/** Languages with a stemmer and stop words; any other language is indexed word for word (`und`). */
export const STEMMED_LANGUAGES: readonly string[] = Object.keys(LANGUAGES);

/** The analyzer key for a clip's BCP 47 tag: its primary subtag when it is stemmed here, else `und`. */
export function analyzerKey(lang: string | null | undefined): string {
  const primary = lang?.split('-')[0]?.toLowerCase() ?? '';
  return STEMMED_LANGUAGES.includes(primary) ? primary : 'und';
}

/** French and Italian elide articles into the next word: "l'immigration" is indexed as "immigration". */
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quell|all|dell|dall|nell|sull|un)'/;
const ELIDING = new Set(['fr', 'it']);

const WORD_FOR_WORD: Analyzer = {
  key: 'und',
  indexTerm: (word) => foldAccents(word),
  isStopword: () => false,
};

const loaded = new Map<string, Promise<Analyzer>>();

/** The analyzer for a key from `analyzerKey`, loading its stemmer and stop words once. */
export function loadAnalyzer(key: string): Promise<Analyzer> {
  const load = LANGUAGES[key];
  if (!load) return Promise.resolve(WORD_FOR_WORD);
  let pending = loaded.get(key);
  if (!pending) {
    pending = load().then(([{ stemmer }, { stopwords }]) => makeAnalyzer(key, stemmer, stopwords));
    loaded.set(key, pending);
  }
  return pending;
}

function makeAnalyzer(key: string, stem: Stemmer, stopwords: string[]): Analyzer {
  const stop = new Set(stopwords.map((w) => foldAccents(lowerWord(w))));
  const elides = ELIDING.has(key);
  // A word is stemmed once per build or page: the same few thousand words make up most of any text.
  const cache = new Map<string, string | null>();
  const isStopword = (word: string) => stop.has(foldAccents(word));
  return {
    key,
    isStopword,
    indexTerm(word) {
      let term = cache.get(word);
      if (term === undefined) {
        const bare = elides ? word.replace(ELISION, '') : word.replace(/'/g, '');
        term = !bare || isStopword(word) || isStopword(bare) ? null : foldAccents(stem(bare)) || foldAccents(bare);
        if (cache.size < 200_000) cache.set(word, term);
      }
      return term;
    },
  };
}

/** Analyzers for several keys, in the order given. */
export function loadAnalyzers(keys: Iterable<string>): Promise<Analyzer[]> {
  return Promise.all([...new Set(keys)].map(loadAnalyzer));
}
