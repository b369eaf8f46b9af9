import { z } from 'astro/zod';

/** A web address a reader can follow: http or https only, so no other scheme is ever rendered as a link. */
export function httpUrl(message: string) {
  return z.url({ protocol: /^https?$/, error: message });
}
