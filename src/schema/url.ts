import { z } from 'astro/zod';

/**
 * A web address a reader may follow: only http: and https:, so that no `javascript:`, `data:` or `file:` URL
 * from a clip or an outlet can reach a link on a page. `what` names the field in the message.
 */
export function httpUrlSchema(what: string) {
  const message = (input: unknown) =>
    `${what} ${typeof input === 'string' ? `"${input.slice(0, 80)}" ` : ''}is not a web address. Write a full URL starting with http:// or https://, e.g. https://example.com/story.`;
  return z
    .string({ error: (issue) => message(issue.input) })
    .regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, { error: (issue) => message(issue.input) })
    .pipe(z.url({ protocol: /^https?$/, error: (issue) => message(issue.input) }));
}
