import type { Outlet } from '../../schema/outlet.ts';
import type { Stated } from './page-metadata.ts';
import { slugify } from './slugify.ts';

export interface OutletMatch {
  outlet: Outlet | null;
  /** A new outlet, from the name and site the page states, when outlets.yaml lists none that matches. */
  proposed: Outlet | null;
  evidence: string;
}

function host(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return null;
  }
}

/** A name as compared: lowercase, without a leading "The", spaces collapsed. */
export const normalName = (name: string) =>
  name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Finds the outlet of a page in outlets.yaml: by the site's address (same host), else by the name the page
 * states (og:site_name, JSON-LD publisher). When none matches, proposes a new entry from what the page states.
 */
export function matchOutlet(outlets: readonly Outlet[], siteName: Stated | null, pageUrl: string | null): OutletMatch {
  const pageHost = host(pageUrl);
  const byHost = pageHost ? outlets.find((o) => host(o.url) === pageHost) : undefined;
  if (byHost) {
    return {
      outlet: byHost,
      proposed: null,
      evidence: `The page's address ${pageUrl} is on ${pageHost}, the site of ${byHost.name} in outlets.yaml.`,
    };
  }
  const byName = siteName ? outlets.find((o) => normalName(o.name) === normalName(siteName.value)) : undefined;
  if (byName && siteName) {
    return {
      outlet: byName,
      proposed: null,
      evidence: `The page names its site "${siteName.value}" (${siteName.evidence}).`,
    };
  }
  if (!siteName && !pageHost)
    return { outlet: null, proposed: null, evidence: 'the page names no site and states no address' };
  const name = siteName?.value ?? pageHost!;
  let id = slugify(name) || slugify(pageHost ?? '') || 'outlet';
  for (let n = 2; outlets.some((o) => o.id === id); n++) id = `${slugify(name)}-${n}`;
  const url = pageUrl ? `${new URL(pageUrl).origin}/` : null;
  const evidence = siteName
    ? `The page names its site "${siteName.value}" (${siteName.evidence})${url ? ` at ${url}` : ''}.`
    : `The page's address is on ${pageHost}; it states no site name.`;
  return { outlet: null, proposed: { id, name, url }, evidence };
}

/** True when one of `outlets` would have been matched instead of proposing `proposed` (same host, name or id). */
export function matchesAny(outlets: readonly Outlet[], proposed: Outlet): boolean {
  const proposedHost = host(proposed.url);
  return outlets.some(
    (o) =>
      o.id === proposed.id ||
      normalName(o.name) === normalName(proposed.name) ||
      (proposedHost !== null && host(o.url) === proposedHost),
  );
}
