import { normalName } from './outlet-match.ts';

/**
 * Finds people a text quotes: personal names (two to four capitalised words) in a sentence that has a verb of
 * speaking ("said", "told", "according to", …). Suggestions only: the keeper keeps those the text quotes and
 * writes the role the text gives them.
 */

export interface PersonCandidate {
  /** The name exactly as the body writes it. */
  name: string;
  paragraph: number;
}

const SPEECH =
  /\b(said|says|say|told|tells|stated|states|wrote|writes|argued|argues|added|adds|explained|explains|remarked|suggested|suggests|claimed|claims|insisted|warned|noted|asked|tweeted|according to|in an interview|quoted|announced|acknowledged|testified|responded|replied|recalled|cautioned|emphasi[sz]ed|declared|admitted|denied|urged|maintained|contended|called|defended)\b/i;

// Words of a title or office that may stand before a name ("Oakdale Mayor Teresa Villanueva", "Attorney General
// Lena Marsh"): the name is what follows the last of them.
const TITLE_WORDS = new Set(
  (
    'Mr Mrs Ms Dr Sen Rep Gov President Judge Secretary Director Sheriff Mayor Senator Representative Governor ' +
    'Acting Former Chief Deputy Officer Agent Spokesman Spokeswoman Spokesperson Magistrate Attorney General ' +
    'Commissioner Councilman Councilwoman Councilmember Superintendent Professor Prof Lt Sgt Capt Detective ' +
    'Minister Ambassador Speaker Leader Assemblyman Assemblywoman Trooper Chairman Chairwoman Chair Commander ' +
    'Inspector Administrator Lawyer Pastor Rev Bishop Police Fire'
  ).split(' '),
);

// Capitalised words that begin sentences or name places, bodies and titles rather than people.
const NOT_A_NAME = new Set(
  (
    'The A An And But Or If In On At Of For From To By With As It Its This That These Those He She They We I You ' +
    'Mr Mrs Ms Dr Sen Rep Gov President Judge Secretary Director Sheriff Mayor Senator Representative Governor ' +
    'Acting Former Chief Deputy Officer Agent Spokesman Spokeswoman Magistrate US U.S. ICE DHS FBI CIA ' +
    'January February March April May June July August September October November December ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'Department Office Agency Enforcement Immigration Customs Homeland Security House Senate Congress Court ' +
    'County City State States United America American Americans Nation National Federal Republican Republicans ' +
    'Democrat Democrats Democratic Party Act News Post Times Herald Examiner Press Center Committee Council ' +
    'Street Avenue University College School Church Twitter Facebook Fox CNN Via Read More Related Sanctuary ' +
    'Amendment Constitution Bill Law Code Article Section Circuit First Second Third Fourth Fifth Sixth Seventh ' +
    'Eighth Ninth Tenth Fourteenth'
  ).split(' '),
);

// First words of place names that look like personal names ("New York", "Los Angeles", "San Francisco").
const PLACE_START = new Set(
  'New Los Las San Santa Saint St North South East West Fort Mount Lake Port Salt El'.split(' '),
);

const NAME =
  /(?<![\p{L}\p{M}'’.-])(\p{Lu}[\p{L}\p{M}'’]+(?:-\p{Lu}[\p{L}\p{M}'’]+)?)((?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}\p{M}'’]+(?:-\p{Lu}[\p{L}\p{M}'’]+)?){1,5})/gu;

function sentences(text: string): string[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  return [...segmenter.segment(text)].map((s) => s.segment);
}

interface NameMention {
  name: string;
  paragraph: number;
  /** True when the sentence naming them has a verb of speaking. */
  speaking: boolean;
}

function nameMentions(paragraphs: string[], notPeople: ReadonlySet<string>): NameMention[] {
  const mentions: NameMention[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const sentence of sentences(text)) {
      const speaking = SPEECH.test(sentence);
      for (const m of sentence.matchAll(NAME)) {
        // A name right after "for" or "of" is almost always part of an organisation's name ("Committee for Civil Rights").
        if (/\b(for|of)\s+$/.test(sentence.slice(0, m.index))) continue;
        // Drop leading title words ("Judge Andrew Austin" -> "Andrew Austin") and reject institutional names.
        let words = m[0].trim().split(/\s+/);
        const lastTitle = words.findLastIndex((w) => TITLE_WORDS.has(w));
        if (lastTitle >= 0) words = words.slice(lastTitle + 1);
        while (words.length > 0 && NOT_A_NAME.has(words[0]!.replace(/[’']s$/, ''))) words = words.slice(1);
        if (words.length < 2 || words.length > 4 || PLACE_START.has(words[0]!)) continue;
        if (words.some((w) => NOT_A_NAME.has(w.replace(/[’']s$/, '')))) continue;
        const name = words.join(' ').replace(/[’']s$/, '');
        if (notPeople.has(normalName(name))) continue;
        mentions.push({ name, paragraph, speaking });
      }
    }
  });
  return mentions;
}

/**
 * Candidate people, each name once, in order of first mention: a full name in a sentence with a verb of
 * speaking, or a full name whose surname alone speaks elsewhere ("Albence said", "said Hayes"). Names of
 * `organisations` (the outlets the archive knows: "told Liberty Nation") are not people.
 */
export function findPeopleCandidates(paragraphs: string[], organisations: readonly string[] = []): PersonCandidate[] {
  const body = paragraphs.join('\n');
  const mentions = nameMentions(paragraphs, new Set(organisations.map(normalName)));
  const found: PersonCandidate[] = [];
  const seen = new Set<string>();
  for (const mention of mentions) {
    if (seen.has(mention.name)) continue;
    const surname = mention.name
      .split(' ')
      .at(-1)!
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const surnameSpeaks = new RegExp(
      `\\b${surname}\\s+(said|says|told|wrote|writes|added|argued|explained|stated|tweeted|insisted|warned)\\b|\\b(said|says|told|wrote|added|explained)\\s+${surname}\\b`,
    ).test(body);
    if (!mention.speaking && !surnameSpeaks) continue;
    seen.add(mention.name);
    found.push({ name: mention.name, paragraph: mention.paragraph });
  }
  return found;
}
