/**
 * The side panel of the selected node: what it is, its full text, a link to its page, a focus
 * button, and its links as buttons (a keyboard path along the edges), each with why it exists in
 * words (`describeLink`, as on the pages). textContent only.
 */
import type { GraphIndex, GraphView } from '../../lib/graph-view.ts';
import { NODE_STYLES } from '../../lib/visual.ts';
import { describeLink } from '../../lib/evidence.ts';
import { relationPhrase } from '../../lib/neighbourhood.ts';
import type { NameOf } from './list.ts';

export interface PanelActions {
  go(node: number): void;
  focus(node: number): void;
  close(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}


const PAGE_WORD: Record<string, string> = { claim: "Open the claim's page", paper: "Open the paper's page", author: "Open the author's page" };

export function renderPanel(panel: HTMLElement, index: GraphIndex, view: GraphView, i: number, nameOf: NameOf, actions: PanelActions): void {
  const node = index.nodes[i]!;
  const key = index.styles[i]!;
  const out = document.createDocumentFragment();
  const close = el('button', 'map-panel-close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close the panel');
  close.addEventListener('click', actions.close);
  out.append(close);
  const badges = el('p', 'map-panel-badges');
  badges.append(el('span', `role role-${key}`, NODE_STYLES[key].label));
  if (index.crux[i]) badges.append(' ', el('span', 'map-crux-badge', 'Crux'));
  out.append(badges);
  // The whole argument, never a cut label: the panel is where it is read.
  const title = el('h2', 'map-panel-title', node.text || node.label);
  title.id = 'map-panel-title';
  title.tabIndex = -1;
  out.append(title);
  const facts: string[] = [];
  const author = nameOf(node.author);
  if (author) facts.push(`By ${author}`);
  if (node.source) facts.push(node.source.line === undefined ? `quoted in ${node.source.file}` : `${node.source.file}, line ${node.source.line}`);
  if (index.rebuttedBy[i]) facts.push(`rebutted by ${index.rebuttedBy[i]}`);
  if (index.supportedBy[i]) facts.push(`supported by ${index.supportedBy[i]}`);
  if (index.citedBy[i]) facts.push(`cited by ${index.citedBy[i]}`);
  if (facts.length) out.append(el('p', 'meta', facts.join(' · ')));
  const actionsRow = el('p', 'map-panel-actions');
  const page = el('a', 'map-panel-page', PAGE_WORD[node.kind] ?? 'Open its page');
  page.href = node.url;
  const focus = el('button', undefined, 'Focus on this node');
  focus.type = 'button';
  focus.addEventListener('click', () => actions.focus(i));
  actionsRow.append(page, ' ', focus);
  out.append(actionsRow);

  const links: Array<{ text: string; other: number; why: string }> = [];
  const why = (e: number) => describeLink(index.edges[e]!.edge.kind, index.edges[e]!.edge.evidence);
  for (const e of index.out[i]!) {
    if (!view.edges[e]) continue;
    const edge = index.edges[e]!;
    links.push({ text: relationPhrase(edge.kind, 'out'), other: edge.t, why: why(e) });
  }
  for (const e of index.in[i]!) {
    if (!view.edges[e]) continue;
    const edge = index.edges[e]!;
    links.push({ text: relationPhrase(edge.kind, 'in'), other: edge.s, why: why(e) });
  }
  if (links.length) {
    out.append(el('h3', undefined, `Links (${links.length})`));
    const ul = el('ul', 'map-panel-links');
    for (const l of links) {
      const li = el('li');
      const b = el('button', 'map-link-button');
      b.type = 'button';
      b.append(el('span', 'map-panel-rel', `${l.text} `), el('span', `map-dot map-c-${NODE_STYLES[index.styles[l.other]!].colorVar.slice(2)}`, NODE_STYLES[index.styles[l.other]!].glyph), ` ${index.nodes[l.other]!.label}`);
      b.addEventListener('click', () => actions.go(l.other));
      li.append(b, el('span', 'map-panel-why', l.why));
      ul.append(li);
    }
    out.append(ul);
  } else out.append(el('p', 'meta', 'No links shown with these filters.'));
  panel.replaceChildren(out);
  panel.hidden = false;
}
