/**
 * Robust Links (https://robustlinks.mementoweb.org/): a link to a web page carries the URL it points to and the
 * date of the version meant, so a reader can find an archived copy when the live page changes or disappears.
 */
export interface RobustLinkAttributes {
  href: string;
  'data-originalurl': string;
  'data-versiondate'?: string;
}

/**
 * `versionDate` is the day the linked version is known to have existed (YYYY-MM-DD). Anything less precise is
 * left out rather than guessed, as the attribute names a day.
 */
export function robustLink(url: string, versionDate: string | null): RobustLinkAttributes {
  const attributes: RobustLinkAttributes = { href: url, 'data-originalurl': url };
  if (versionDate && /^\d{4}-\d{2}-\d{2}$/.test(versionDate)) attributes['data-versiondate'] = versionDate;
  return attributes;
}
