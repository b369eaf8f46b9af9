import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';

/** A word that only hostile text carries, so a search can find the clips that hold it. */
export const CANARY = 'xsscanary';

/**
 * Script and tracking in every form a free-text field could smuggle it: tags, attributes, URL schemes, Markdown
 * links and images, a `</script>` to break out of JSON-LD, template syntax, CSS and meta refresh. `tag` says which
 * field it came from, so a dialog names the leak.
 */
export function hostileText(tag: string): string {
  return [
    `${CANARY} <script>alert("xss ${tag}")</script>`,
    `<img src=x onerror="alert('xss ${tag}')"><svg onload=alert(1)></svg>"'><iframe src="javascript:alert(1)"></iframe>`,
    `<a href="javascript:alert(1)">js</a> [md](javascript:alert(1)) ![t](https://tracker.example/t.gif)`,
    `</script><script>alert(1)</script><!-- {{7*7}} \${alert(1)} javascript:alert(1) data:text/html,<b>x</b>`,
    `<style>body{background:url(https://tracker.example/bg.gif)}</style><link rel=stylesheet href=https://tracker.example/x.css>`,
    `<meta http-equiv=refresh content="0;url=https://evil.example/">&lt;script&gt;&#106;avascript:`,
  ].join(' ');
}

/** URLs the schema accepts (http or https) that try to break out of an attribute or a JSON string. */
export const HOSTILE_HTTP_URLS = [
  'https://evil.example/a"><script>alert(1)</script>',
  "https://evil.example/b'onmouseover='alert(1)",
  'https://evil.example/c</script><script>alert(1)</script>',
];

/** Free-text keys a keeper writes: where hostile text can go and still pass validation. */
const FREE_TEXT = new Set([
  'title',
  'titleEvidence',
  'evidence',
  'note',
  'reason',
  'counts',
  'role',
  'attributedTo',
  'urlEvidence',
  'description',
]);
/** `name` is free text except a person's, which must be written as the body writes it. */
const isFreeText = (key: string, trail: string[]) =>
  FREE_TEXT.has(key) || (key === 'name' && !trail.includes('people'));

/** Appends hostile text to every free-text string of a YAML document; returns how many fields it changed. */
function poison(doc: Document, node: Node | null, trail: string[]): number {
  let changed = 0;
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (isScalar(pair.value) && typeof pair.value.value === 'string' && isFreeText(key, trail)) {
        pair.value = doc.createNode(`${pair.value.value} ${hostileText([...trail, key].join('.'))}`);
        changed += 1;
      } else {
        changed += poison(doc, pair.value as Node | null, [...trail, key]);
      }
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => (changed += poison(doc, item as Node | null, [...trail, String(i)])));
  }
  return changed;
}

/** Every URL field that holds an address gets one that tries to break out of its attribute. */
function poisonUrls(doc: Document): number {
  let n = 0;
  const set = (pathTo: (string | number)[]) => {
    if (typeof doc.getIn(pathTo) !== 'string') return;
    doc.setIn(pathTo, HOSTILE_HTTP_URLS[n % HOSTILE_HTTP_URLS.length]);
    n += 1;
  };
  set(['source', 'url']);
  (doc.getIn(['source', 'copies']) as { items: unknown[] } | undefined)?.items.forEach((_, i) =>
    set(['source', 'copies', i, 'url']),
  );
  (doc.getIn(['figures']) as { items: unknown[] } | undefined)?.items.forEach((_, i) =>
    set(['figures', i, 'check', 'source']),
  );
  (doc.getIn(['cites']) as { items: unknown[] } | undefined)?.items.forEach((_, i) => set(['cites', i, 'url']));
  (doc.getIn(['notes']) as { items: unknown[] } | undefined)?.items.forEach((_, i) =>
    set(['notes', i, 'source', 'url']),
  );
  return n;
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/**
 * A copy of a content folder whose clips and outlets carry hostile text in every free-text field and attribute-
 * breaking http(s) addresses in URL fields: all of it valid, so it must build, and all of it must render inert.
 */
export function writeHostileArchive(contentDir: string): { root: string; fields: number; urls: number } {
  const root = mkdtempSync(path.join(tmpdir(), 'hostile-archive-'));
  cpSync(contentDir, root, { recursive: true });
  let fields = 0;
  let urls = 0;
  const clipsDir = path.join(root, 'clips');
  for (const name of readdirSync(clipsDir, { recursive: true }) as string[]) {
    if (!name.endsWith('.md')) continue;
    const file = path.join(clipsDir, name);
    const source = readFileSync(file, 'utf8');
    const match = FRONTMATTER.exec(source);
    if (!match) throw new Error(`${file} has no frontmatter`);
    const doc = parseDocument(match[1]!);
    fields += poison(doc, doc.contents as Node, []);
    urls += poisonUrls(doc);
    writeFileSync(file, `---\n${doc.toString({ lineWidth: 0 })}---\n${source.slice(match[0].length)}`);
  }
  const outletsFile = path.join(root, 'outlets.yaml');
  const outlets = parseDocument(readFileSync(outletsFile, 'utf8'));
  fields += poison(outlets, outlets.contents as Node, ['outlets']);
  writeFileSync(outletsFile, outlets.toString({ lineWidth: 0 }));
  return { root, fields, urls };
}
