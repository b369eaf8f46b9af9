/** The first words of a text, cut at a word boundary with an ellipsis, for list entries ("the first lines"). */
export function excerpt(text: string, maxChars = 220): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxChars) return clean;
  const cut = clean.slice(0, maxChars + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : clean.slice(0, maxChars)).replace(/[\s,;:–—-]+$/, '')}…`;
}
