/** Counted nouns for page text: `count(1, 'comment')` → "1 comment", `count(2, 'comment')` → "2 comments". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** Text cut at a word boundary near `max` characters, with "…" when cut: map labels, page descriptions. */
export function cutAtWord(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : flat.slice(0, max)).replace(/[\s,;:.(–-]+$/, '')}…`;
}
