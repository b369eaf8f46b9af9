import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

/** A link in the built site that points nowhere: the page it is on, the link, and what is missing. */
export interface BrokenLink {
  page: string;
  href: string;
  problem: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const ORIGIN = 'http://site.invalid';

/**
 * Reads every HTML file of a built site and checks every internal link (a, link, and area hrefs) resolves to a file
 * of the build and, when it has a #fragment, to an element with that id. `base` is the deployment sub-path;
 * `siteOrigin` is the configured site, whose absolute URLs (canonical, feed) count as internal.
 */
export function crawlBuiltSite(dir: string, base: string, siteOrigin: string) {
  const files = walk(dir).filter((f) => !f.includes(`${path.sep}.prerender${path.sep}`));
  const fileSet = new Set(files);
  const ids = new Map<string, Set<string>>();
  const idsIn = (tree: Root) => new Set(selectAll('[id]', tree).map((el) => String(el.properties.id)));
  const idsOf = (file: string) => {
    let found = ids.get(file);
    if (!found) {
      found = idsIn(fromHtml(readFileSync(file, 'utf8')));
      ids.set(file, found);
    }
    return found;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  const pages = files.filter((f) => f.endsWith('.html'));
  for (const file of pages) {
    const rel = path.relative(dir, file).split(path.sep).join('/');
    const pagePath = base + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
    const tree = fromHtml(readFileSync(file, 'utf8'));
    if (!ids.has(file)) ids.set(file, idsIn(tree));
    const anchors = selectAll('a[href], link[href], area[href]', tree) as Element[];
    for (const el of anchors) {
      const href = String(el.properties.href);
      const absolute = /^[a-z]+:/i.test(href);
      if (absolute && !href.startsWith(siteOrigin)) continue; // outside the archive
      const url = absolute ? new URL(href.slice(siteOrigin.length) || '/', ORIGIN) : new URL(href, ORIGIN + pagePath);
      links += 1;
      if (!url.pathname.startsWith(base)) {
        broken.push({ page: pagePath, href, problem: `outside the base path ${base}` });
        continue;
      }
      const inside = decodeURIComponent(url.pathname.slice(base.length));
      const target = path.join(dir, inside.endsWith('/') || inside === '' ? `${inside}index.html` : inside);
      if (!fileSet.has(target)) {
        broken.push({ page: pagePath, href, problem: `no file ${path.relative(dir, target)}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        broken.push({ page: pagePath, href, problem: `no element with id "${fragment}"` });
      }
    }
  }
  return { pages: pages.length, links, broken };
}
