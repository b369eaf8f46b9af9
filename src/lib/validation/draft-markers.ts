/** A field of a clip file still marked for review by clip:add. */
export interface DraftMarker {
  field: string;
  mark: 'TO CONFIRM' | 'TO FILL';
}

const MARK = /#.*\b(TO CONFIRM|TO FILL)\b/;
const KEY = /^(\s*)(?:-\s+)?([A-Za-z][\w]*)\s*:/;

/**
 * The fields a clip file's frontmatter still marks TO CONFIRM or TO FILL (in the comments clip:add writes), named
 * by their top-level key and, below it, the nearest key (e.g. "people › name"). The header comment, which explains
 * the marks, names no field and is skipped.
 */
export function findDraftMarkers(source: string): DraftMarker[] {
  const end = source.indexOf('\n---', 3);
  const lines = (end > 0 ? source.slice(0, end) : source).split('\n');
  const markers: DraftMarker[] = [];
  let top = '';
  for (const [i, line] of lines.entries()) {
    const key = KEY.exec(line);
    if (key && key[1] === '') top = key[2]!;
    const mark = MARK.exec(line);
    if (!mark || /^#\s*(Draft written|Fields marked)/.test(line.trim())) continue;
    // A comment on its own line is about the entry below it; a trailing comment is about its own line.
    let own = key;
    if (line.trimStart().startsWith('#')) {
      own = KEY.exec(lines.slice(i + 1).find((l) => KEY.test(l)) ?? '');
      // A comment indented deeper than the next key closes the entry above it.
      const indent = line.length - line.trimStart().length;
      if (own && own[1]!.length < indent) own = null;
    }
    const ownTop = own && own[1] === '' ? own[2]! : top;
    const name = own && own[2] !== ownTop ? `${ownTop} › ${own[2]}` : ownTop;
    markers.push({ field: name || 'frontmatter', mark: mark[1] as DraftMarker['mark'] });
  }
  return markers;
}
