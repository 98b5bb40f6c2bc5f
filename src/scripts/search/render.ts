/**
 * Result lines as DOM, shared by the header popup and the search page. Every piece of content text
 * goes in through `textContent` or a text node: comment text is hostile, and is never parsed as HTML.
 */
import { badgeLabel, highlight, type SearchHit } from '../../lib/search-text.ts';

/** An element with a class and, optionally, text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** `text` with the given ranges wrapped in <mark>, cut to about `maxLength` characters around the first. */
export function marked(text: string, ranges: readonly (readonly [number, number])[], maxLength: number): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const segment of highlight(text, ranges, maxLength)) {
    fragment.append(segment.mark ? el('mark', undefined, segment.text) : document.createTextNode(segment.text));
  }
  return fragment;
}

const EXTRA_LABELS = { aliases: 'Also written as', context: 'Mentioned in', title: '', author: '', role: '' } as const;

/** The parts of a result line: badge, highlighted title, and who wrote it or where else the words matched. */
export function hitParts(hit: SearchHit, lengths: { title: number; extra: number }): { badge: HTMLElement; title: HTMLElement; meta: HTMLElement | undefined } {
  const badge = el('span', `role role-${hit.role}`, badgeLabel(hit.role));
  const title = el('span', 'search-hit-title');
  title.append(marked(hit.title, hit.titleRanges, lengths.title));
  const meta = el('span', 'search-hit-meta');
  if (hit.kind === 'claim' && hit.author) meta.append(`by ${hit.author}`);
  if (hit.extra) {
    if (meta.childNodes.length) meta.append(' · ');
    const label = hit.kind === 'author' && hit.extra.key === 'aliases' ? 'Handle' : EXTRA_LABELS[hit.extra.key];
    meta.append(`${label}: `, marked(hit.extra.text, hit.extra.ranges, lengths.extra));
  }
  return { badge, title, meta: meta.childNodes.length ? meta : undefined };
}
