import type { AddressSentences } from '../corpus/addresses.ts';

/** Escapes text for HTML. */
const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A deterministic pseudo-random stream, so the same page number always gives the same page. */
function stream(seed: number) {
  let x = seed * 2654435761 + 1;
  return () => {
    x = (x ^ (x << 13)) >>> 0;
    x = (x ^ (x >>> 17)) >>> 0;
    x = (x ^ (x << 5)) >>> 0;
    return x / 0x100000000;
  };
}

export interface NewsPage {
  html: string;
  /** The article's paragraphs, as the page shows them (for checking what an extractor kept). */
  paragraphs: string[];
  /** Text of the page's chrome that no article body should contain. */
  chrome: string[];
}

/**
 * A news article page shaped like the pages of large news sites (about 300 KB): a head full of meta tags and
 * JSON-LD, inline scripts and styles (most of a real page's bytes), a navigation menu of 150 links, a cookie
 * banner, share buttons, the article (a piece of a State of the Union address, public-domain text, in 12–30
 * paragraphs with links, a subheading, a block quote and a figure), related stories, comments and a footer.
 */
export function newsPage(n: number, address: AddressSentences, targetBytes = 300_000): NewsPage {
  const random = stream(n + 1);
  const count = 12 + Math.floor(random() * 19);
  const start = Math.floor(random() * Math.max(1, address.sentences.length - count * 3));
  const paragraphs: string[] = [];
  for (let i = 0; i < count; i++) paragraphs.push(address.sentences.slice(start + i * 3, start + i * 3 + 3).join(' '));
  const title = `${address.name} on the state of the union, ${address.year} (page ${n})`;
  const url = `https://news${n % 40}.example/politics/${address.year}/${n}/state-of-the-union.html`;
  const nav = Array.from({ length: 150 }, (_, i) => `<li><a href="/section/${i}/">Section ${i}</a></li>`).join('');
  const related = Array.from(
    { length: 8 },
    (_, i) => `<li><a href="/story/${n}-${i}/">Related story ${n}-${i} about budgets</a></li>`,
  ).join('');
  const comments = Array.from(
    { length: 6 },
    (_, i) => `<li class="comment"><b>reader${i}</b><p>Comment number ${i} from a reader on page ${n}.</p></li>`,
  ).join('');
  const body = paragraphs
    .map((p, i) => {
      if (i === 3) return `<h2>${esc(p.split(' ').slice(0, 6).join(' '))}</h2><p>${esc(p)}</p>`;
      if (i === 5) return `<blockquote><p>${esc(p)}</p></blockquote>`;
      if (i === 7)
        return `<figure><img src="/img/${n}.jpg" alt="Photo ${n}"><figcaption>Caption ${n}</figcaption></figure><p>${esc(p)}</p>`;
      const words = p.split(' ');
      if (i % 4 === 1 && words.length > 8) {
        return `<p>${esc(words.slice(0, 4).join(' '))} <a href="/topic/${i}/">${esc(words.slice(4, 7).join(' '))}</a> ${esc(words.slice(7).join(' '))}</p>`;
      }
      return `<p>${esc(p)}</p>`;
    })
    .join('\n');
  const head = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>${esc(title)} | News ${n % 40}</title>
<link rel="canonical" href="${url}"><meta property="og:title" content="${esc(title)}"><meta property="og:site_name" content="News ${n % 40}">
<meta property="article:published_time" content="${address.year}-02-${String(1 + (n % 27)).padStart(2, '0')}T10:00:00-05:00">
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, author: [{ '@type': 'Person', name: address.name }], datePublished: `${address.year}-02-01` })}</script>`;
  const page = (filler: string) => `${head}
<style>${filler.slice(0, Math.floor(filler.length / 4))}</style></head><body>
<div class="cookie-banner">We use cookies. <a href="/privacy">Learn more</a></div>
<header class="site-header"><nav class="main-nav"><ul>${nav}</ul></nav></header>
<main><article><h1>${esc(title)}</h1><p class="byline">By ${esc(address.name)}</p>
<div class="share-buttons"><a href="https://facebook.example/share?u=${n}">Facebook</a> <a href="https://x.example/share?u=${n}">Post</a></div>
<div class="article-body">${body}</div></article>
<section class="related-stories"><h3>More stories</h3><ul>${related}</ul></section>
<section id="comments"><ol>${comments}</ol></section></main>
<footer class="site-footer">© News ${n % 40}. <a href="/terms">Terms</a></footer>
<script>${filler}</script></body></html>`;
  const bare = page('').length;
  const unit = `window.__state=window.__state||{};__state["k${n}"]=${JSON.stringify({ a: 'x'.repeat(60), b: [1, 2, 3] })};\n`;
  const filler = unit.repeat(Math.max(0, Math.ceil((targetBytes - bare) / (unit.length * 1.25))));
  return {
    html: page(filler),
    paragraphs,
    chrome: ['We use cookies.', 'Related story', 'Comment number', 'Section 12'],
  };
}
