import type { Browser, Page } from 'playwright-core';

/** What a reader's browser met on every page of a served site: the counts, and every breach of its promises. */
export interface BrowserCrawl {
  /** HTML pages visited (paths), and other files (feeds, citations, data, captures). */
  pages: string[];
  files: string[];
  /** Links (a, area, link) seen on all pages, and links clicked. External links are `<a>` and `<area>` only. */
  links: number;
  clicks: number;
  /** The pages whose every link was clicked, with their page type (e.g. one type for all clip pages). */
  clickedPages: { path: string; type: string }[];
  /** Attributes or elements that could run script or load from elsewhere: `page: what`. */
  badMarkup: string[];
  /** Requests to another host that were not a reader following an external link. */
  foreignRequests: string[];
  externalLinks: Set<string>;
  externalWithoutRel: string[];
  dialogs: string[];
  scriptErrors: string[];
  violations: string[];
}

/** `/clips/some-slug/` → `/clips/*\/`, `/page/2/` → `/page/N/`: one page of each type gets every link clicked. */
export function pageType(pathname: string): string {
  return pathname
    .replace(/^\/(clips|outlets)\/[^/]+\//, '/$1/*/')
    .replace(/\/\d+\/$/, '/N/')
    .replace(/^\/timeline\/\d{4}\//, '/timeline/YEAR/');
}

interface PageAudit {
  bad: string[];
  links: { tag: string; raw: string; href: string; rel: string }[];
}

/** Runs in the page: every attribute that could run script, every element that should not be there, every link. */
function auditPage(): PageAudit {
  const bad: string[] = [];
  const urlAttribute = /^(href|src|action|formaction|xlink:href|data|poster|srcset|background|ping|cite|longdesc)$/i;
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const attribute of Array.from(el.attributes)) {
      if (/^on/i.test(attribute.name)) bad.push(`<${el.localName} ${attribute.name}>`);
      if (urlAttribute.test(attribute.name) && /^\s*(javascript|vbscript|data):/i.test(attribute.value)) {
        bad.push(`<${el.localName} ${attribute.name}="${attribute.value.slice(0, 40)}">`);
      }
    }
  }
  for (const el of Array.from(
    document.querySelectorAll('iframe, object, embed, frame, base, meta[http-equiv="refresh" i]'),
  )) {
    bad.push(`<${el.localName}> element`);
  }
  for (const script of Array.from(document.scripts)) {
    if (script.type === 'application/ld+json') {
      try {
        JSON.parse(script.text);
      } catch {
        bad.push('JSON-LD that is not JSON (broken out of?)');
      }
    } else if (/alert\(|xss/.test(script.text)) {
      bad.push(`<script> with hostile text: ${script.text.slice(0, 60)}`);
    }
  }
  const links = Array.from(document.querySelectorAll('a[href], area[href], link[href]')).map((el) => ({
    tag: el.localName,
    raw: el.getAttribute('href') ?? '',
    href: (el as HTMLAnchorElement).href,
    rel: el.getAttribute('rel') ?? '',
  }));
  return { bad, links };
}

const withoutHash = (url: string) => url.split('#')[0]!;

/**
 * Visits every page and file of a served site reachable from its home page (and `extraStarts`, relative to the
 * site), in Chromium with JavaScript on, and clicks every link on the first page of each type.
 * Requests to other hosts are stopped and recorded.
 */
export async function crawlInBrowser(
  browser: Browser,
  siteUrl: string,
  extraStarts: string[] = [],
): Promise<BrowserCrawl> {
  const origin = new URL(siteUrl).origin;
  const crawl: BrowserCrawl = {
    pages: [],
    files: [],
    links: 0,
    clicks: 0,
    clickedPages: [],
    badMarkup: [],
    foreignRequests: [],
    externalLinks: new Set(),
    externalWithoutRel: [],
    dialogs: [],
    scriptErrors: [],
    violations: [],
  };
  const context = await browser.newContext({ acceptDownloads: false });
  const seen = new Set<string>();
  const queue: string[] = [];
  const enqueue = (url: string) => {
    const target = withoutHash(url);
    if (new URL(target).origin !== origin || seen.has(target)) return;
    seen.add(target);
    queue.push(target);
  };
  let clicking: Page | null = null;
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    const sameSite = new URL(url).origin === origin;
    // While links are clicked, a navigation is recorded and answered "204 No Content", so the page stays put and
    // the next link is clicked without loading the page again; where it leads is visited by the crawl itself. (A
    // link that opens a new tab is answered the same way.)
    if (clicking && request.isNavigationRequest()) {
      if (sameSite) enqueue(url);
      else if (!crawl.externalLinks.has(url)) crawl.foreignRequests.push(`navigation to ${url} by a click`);
      return route.fulfill({ status: 204 });
    }
    if (sameSite) return route.continue();
    crawl.foreignRequests.push(`${request.resourceType()} ${url} (from ${request.frame().url()})`);
    return route.abort();
  });
  const page = await context.newPage();
  // A link that opens a new tab: its request is checked above; the tab itself is not needed.
  context.on('page', (popup) => void popup.close());
  let current = '';
  page.on('dialog', (dialog) => {
    crawl.dialogs.push(`${current}: ${dialog.type()} "${dialog.message()}"`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => crawl.scriptErrors.push(`${current}: ${error.message}`));
  page.on('console', (message) => {
    if (/CSP violation|Content Security Policy|Refused to/i.test(message.text())) {
      crawl.violations.push(`${current}: ${message.text()}`);
    }
  });

  enqueue(siteUrl);
  for (const start of extraStarts) enqueue(new URL(start, siteUrl).href);

  /** Opens a URL; returns the page's audit when it is an HTML page, null for any other file. */
  const open = async (url: string): Promise<PageAudit | null> => {
    current = new URL(url).pathname + new URL(url).search;
    let response;
    try {
      response = await page.goto(url, { waitUntil: 'load' });
    } catch (error) {
      // A capture offered for download does not open as a page; that is what it is for.
      if (/Download is starting/.test(String(error))) return null;
      throw error;
    }
    if (!response?.headers()['content-type']?.startsWith('text/html')) return null;
    // Let the search page (and any other script) finish its work before the page is read.
    await page.waitForLoadState('networkidle');
    if (process.env.CRAWL_LOG) console.log(`${Math.round(performance.now())} ${current}`);
    return page.evaluate(auditPage);
  };

  const types = new Set<string>();
  while (queue.length > 0) {
    const url = queue.shift()!;
    const audit = await open(url);
    if (!audit) {
      crawl.files.push(current);
      continue;
    }
    crawl.pages.push(current);
    crawl.badMarkup.push(...audit.bad.map((b) => `${current}: ${b}`));
    crawl.links += audit.links.length;
    for (const link of audit.links) {
      if (/^https?:/i.test(link.href) && new URL(link.href).origin !== origin) {
        // <link> elements (canonical, feed) name the site's configured address; readers follow <a> links.
        if (link.tag === 'link') continue;
        crawl.externalLinks.add(link.href);
        const rel = link.rel.split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) {
          crawl.externalWithoutRel.push(`${current}: ${link.raw}`);
        }
      } else if (/^https?:/i.test(link.href)) {
        enqueue(link.href);
      }
    }
    const type = pageType(new URL(url).pathname);
    if (types.has(type)) continue;
    types.add(type);
    crawl.clickedPages.push({ path: current, type });
    clicking = page;
    crawl.clicks += await clickEveryLink(page, url);
    clicking = null;
  }
  await context.close();
  return crawl;
}

/** Clicks each link of the page in turn (navigations are answered 204, so the page stays). */
async function clickEveryLink(page: Page, url: string): Promise<number> {
  const links = page.locator('a[href]');
  const count = await links.count();
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    if (await link.isVisible()) {
      await link.click({ timeout: 5_000 }).catch(() => link.dispatchEvent('click'));
    } else {
      await link.dispatchEvent('click');
    }
  }
  // A click that the 204 did not hold (a script that changed the page) would show here.
  if (withoutHash(page.url()) !== withoutHash(url))
    throw new Error(`clicking the links of ${url} left it for ${page.url()}`);
  return count;
}
