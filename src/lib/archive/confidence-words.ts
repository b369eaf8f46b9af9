import type { ConfidenceLevel } from '../../schema/confidence.ts';

/** What each confidence level means, for the About page; the levels are those of the archive's research. */
export const CONFIDENCE_MEANING: Record<ConfidenceLevel, string> = {
  high: 'the evidence settles it: the text states it, an identical copy was found, or several independent clues agree.',
  'medium-high':
    'several clues agree and none contradicts them, but no statement or copy settles it (typically a date inferred from the events a text mentions).',
  medium: 'the clues point one way but leave room for doubt: likely, not settled.',
  low: 'a possibility the evidence allows but does not establish.',
};
