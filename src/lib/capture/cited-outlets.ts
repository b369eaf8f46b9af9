import type { Outlet } from '../../schema/outlet.ts';

/** An outlet from the archive's outlet list that the body names, suggested as a `cites` entry. */
export interface CitedOutletCandidate {
  outlet: string;
  /** The name as the body writes it. */
  name: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds the known outlets a body names ("told the Washington Examiner", "according to CNN"), matching the
 * outlet's name with or without a leading "The". Outlets not in the list cannot be matched and are left to
 * the keeper; so is the kind of citation (article, report, interview, …).
 */
export function findCitedOutlets(
  bodyText: string,
  outlets: readonly Outlet[],
  exclude: readonly string[] = [],
): CitedOutletCandidate[] {
  const found: (CitedOutletCandidate & { at: number })[] = [];
  for (const outlet of outlets) {
    if (exclude.includes(outlet.id)) continue;
    const bare = outlet.name.replace(/^The\s+/i, '');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:The\\s+|the\\s+)?${escapeRegExp(bare)}(?![\\p{L}\\p{N}])`, 'u');
    const m = pattern.exec(bodyText);
    if (m) found.push({ outlet: outlet.id, name: m[0].replace(/^the\s+/, ''), at: m.index });
  }
  return found.sort((a, b) => a.at - b.at).map(({ outlet, name }) => ({ outlet, name }));
}
