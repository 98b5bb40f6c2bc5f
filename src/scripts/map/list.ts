/**
 * The map as a list, for screen readers and keyboards: the shown claims as a tree of answers
 * (claim → the claims that rebut or support it), then the shown papers. Built with createElement
 * and textContent only: labels are comment text.
 */
import type { ClaimTree, GraphIndex, TreeItem } from '../../lib/graph-view.ts';
import { NODE_STYLES } from '../../lib/visual.ts';

export type NameOf = (authorId: string | undefined) => string | undefined;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Anchor id of a node's full entry in the list. */
export function listAnchor(id: string): string {
  return `list-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

function entry(index: GraphIndex, i: number, nameOf: NameOf): DocumentFragment {
  const node = index.nodes[i]!;
  const style = NODE_STYLES[index.styles[i]!];
  const frag = document.createDocumentFragment();
  frag.append(el('span', `role role-${index.styles[i]}`, style.label), ' ');
  // The whole argument: a list is read, not skimmed (references to an entry below use the short label).
  const link = el('a', undefined, node.text || node.label);
  link.href = node.url;
  frag.append(link);
  const bits: string[] = [];
  const author = nameOf(node.author);
  if (author) bits.push(`by ${author}`);
  if (index.crux[i]) bits.push('crux');
  if (index.rebuttedBy[i]) bits.push(`${index.rebuttedBy[i]} rebuttal${index.rebuttedBy[i] === 1 ? '' : 's'}`);
  if (index.citedBy[i]) bits.push(`cited by ${index.citedBy[i]}`);
  if (bits.length) frag.append(' ', el('span', 'meta', `(${bits.join(', ')})`));
  return frag;
}

function item(index: GraphIndex, t: TreeItem, nameOf: NameOf): HTMLLIElement {
  const li = el('li');
  if (t.relation) li.append(el('span', `map-list-rel map-list-${t.relation}`, t.relation === 'rebuts' ? 'Rebuts it: ' : 'Supports it: '));
  const node = index.nodes[t.node]!;
  if (t.repeat) {
    const ref = el('a', undefined, node.label);
    ref.href = `#${listAnchor(node.id)}`;
    li.append(ref, ' ', el('span', 'meta', t.continues ? '(continued below)' : '(listed above)'));
    return li;
  }
  li.id = listAnchor(node.id);
  li.append(entry(index, t.node, nameOf));
  if (t.children.length) {
    const ul = el('ul');
    for (const c of t.children) ul.append(item(index, c, nameOf));
    li.append(ul);
  }
  return li;
}

/**
 * The list; `unlinked` are the claims with no link the map leaves out by default: listed after the
 * threads, folded (and built when unfolded), so the list still holds every claim.
 */
export function renderList(container: HTMLElement, index: GraphIndex, tree: ClaimTree, nameOf: NameOf, unlinked: number[] = []): void {
  const out = document.createDocumentFragment();
  out.append(el('h3', undefined, `Claims and their answers (${tree.roots.length} threads)`));
  if (tree.roots.length) {
    const ul = el('ul', 'map-list-tree');
    for (const t of tree.roots) ul.append(item(index, t, nameOf));
    out.append(ul);
  } else out.append(el('p', 'meta', 'No claims are shown with these filters.'));
  out.append(el('h3', undefined, `Papers (${tree.papers.length})`));
  if (tree.papers.length) {
    const ul = el('ul', 'map-list-papers');
    for (const p of tree.papers) {
      const li = el('li');
      li.id = listAnchor(index.nodes[p]!.id);
      li.append(entry(index, p, nameOf));
      ul.append(li);
    }
    out.append(ul);
  } else out.append(el('p', 'meta', 'No papers are shown with these filters.'));
  if (unlinked.length) {
    const details = el('details', 'map-list-unlinked');
    details.append(el('summary', undefined, `Claims with no link (${unlinked.length}), left out of the map`));
    const ul = el('ul');
    // Filled when first opened: thousands of entries (5,945 on lw-dev's exports) cost the page a long task.
    const fill = () => {
      if (ul.childElementCount) return;
      for (const i of unlinked) {
        const li = el('li');
        li.append(entry(index, i, nameOf));
        ul.append(li);
      }
    };
    details.addEventListener('toggle', () => details.open && fill());
    details.append(ul);
    out.append(details);
  }
  container.replaceChildren(out);
}
