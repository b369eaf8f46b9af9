/**
 * Robust Links (https://robustlinks.mementoweb.org/): a link to a web page carries the URL it points to and the
 * date of the version meant, so a reader can find an archived copy when the live page changes or disappears.
 */
export interface RobustLinkAttributes {
  href?: string;
  rel: 'noopener noreferrer';
  'data-originalurl': string;
  'data-versiondate'?: string;
}

/**
 * `versionDate` is the day the linked version is known to have existed (YYYY-MM-DD). Anything less precise is
 * left out rather than guessed, as the attribute names a day.
 */
export function robustLink(url: string, versionDate: string | null): RobustLinkAttributes {
  const attributes: RobustLinkAttributes = { rel: 'noopener noreferrer', 'data-originalurl': url };
  const href = webHref(url);
  if (href) attributes.href = href;
  if (versionDate && /^\d{4}-\d{2}-\d{2}$/.test(versionDate)) attributes['data-versiondate'] = versionDate;
  return attributes;
}

/**
 * The URL as a link target only when it is a web address (http: or https:). Validation refuses anything else;
 * this is the second line of defence, so no `javascript:` or `data:` URL can reach an href.
 */
export function webHref(url: string | null | undefined): string | undefined {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
}
