import { createHash } from 'node:crypto';
import { draftClip } from '../../src/lib/capture/capture-draft.ts';
import { findCitedOutlets } from '../../src/lib/capture/cited-outlets.ts';
import { renderClipFile } from '../../src/lib/capture/clip-file-writer.ts';
import { findFigureCandidates } from '../../src/lib/capture/figure-candidates.ts';
import { findPeopleCandidates } from '../../src/lib/capture/people-candidates.ts';
import { CORPUS_DESKS, REPORTING_OFFICES, type CorpusClip } from './generate.ts';

/** Every outlet of the corpus: the desks clips are captured from and the offices they cite. */
export const CORPUS_OUTLETS = [...CORPUS_DESKS, ...REPORTING_OFFICES];
const deskName = new Map(CORPUS_DESKS.map((d) => [d.id, d.name]));

/**
 * The clip file of a corpus clip: the body drafted as clip:add drafts it (so it renders exactly the captured
 * characters), figures, people and cited offices found in its own text by clip:add's finders, and metadata that
 * says what the dataset states and what the generator assigned.
 */
export function clipFile(clip: CorpusClip, capture: Buffer): string {
  const draft = draftClip({
    captureText: capture.toString('utf8'),
    sha256: createHash('sha256').update(capture).digest('hex'),
    slug: clip.slug,
    outlets: CORPUS_OUTLETS,
    outlet: clip.outlet,
    date: clip.date,
    suggest: false,
    // The build validates every clip (capture against body included); checking here as well doubles the time.
    verify: false,
    facts: {
      title: {
        text: clip.title,
        kind: 'devised',
        evidence: `Devised by the corpus generator from the year of the address and the clip's first words.`,
      },
      outletKnown: {
        basis: 'inferred',
        evidence: 'Assigned by the benchmark corpus generator; the desks are generated, not real publications.',
      },
      author: {
        name: clip.president.name,
        pseudonym: false,
        basis: 'stated',
        note: `President of the United States; the dataset gives the party as ${clip.president.party}.`,
      },
      dateKnown: clip.dateStated
        ? { basis: 'stated', evidence: `The dataset gives the year of the address (${clip.year}).` }
        : {
            basis: 'inferred',
            evidence: `The dataset gives only the year (${clip.year}); the corpus generator assigned the rest to exercise date handling.`,
          },
    },
  });
  const fm = draft.frontmatter;
  if (clip.originalOutlet) {
    fm.originalOutlet = clip.originalOutlet;
    fm.originalKnown = {
      basis: 'inferred',
      evidence: `The corpus generator marks this clip as a republication of a piece ${deskName.get(clip.originalOutlet)} carried first.`,
    };
  }
  const attributedTo = clip.president.name;
  fm.figures = findFigureCandidates(draft.paragraphs)
    .slice(0, 12)
    .map((f) => ({
      quote: f.quote,
      value: f.value,
      unit: f.unit ?? 'number',
      counts: 'what the sentence quoting it says (not read by the corpus generator)',
      attributedTo,
    }));
  fm.people = findPeopleCandidates(draft.paragraphs).map((p) => ({ name: p.name, role: null }));
  fm.cites = findCitedOutlets(draft.paragraphs.join(' '), REPORTING_OFFICES).map((c) => ({
    name: c.name,
    kind: 'outlet',
    outlet: c.outlet,
  }));
  return renderClipFile(draft);
}
