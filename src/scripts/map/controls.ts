/**
 * The filters beside the map (MapControls.astro) and the find box: reads and writes MapFilters,
 * fills the author and paper lists and the counts from the loaded graph, and the "find" list.
 */
import type { GraphIndex, MapFilters } from '../../lib/graph-view.ts';
import { byImportance, compareIds } from '../../lib/graph-view.ts';
import type { NodeStyleKey, RelationKey } from '../../lib/visual.ts';
import type { NameOf } from './list.ts';
import { required } from './dom.ts';

export class Controls {
  /** The filters' box: its `change` events are the reader's filter changes. */
  readonly form: HTMLElement;
  private readonly author: HTMLSelectElement;
  private readonly paper: HTMLSelectElement;
  private readonly hops: HTMLSelectElement;
  private readonly unlinked: HTMLInputElement;
  private readonly focusBox: HTMLElement;
  private readonly focusLabel: HTMLElement;
  readonly find: HTMLInputElement;
  readonly findButton: HTMLButtonElement;
  private readonly findList: HTMLDataListElement;
  /** Find-list value → node position. */
  private readonly findValues = new Map<string, number>();

  constructor(root: HTMLElement) {
    this.form = root.querySelector<HTMLElement>('.map-controls')!;
    const q = required(root, 'map controls');
    this.author = q('select[data-author]');
    this.paper = q('select[data-paper]');
    this.hops = q('select[data-hops]');
    this.unlinked = q('input[data-unlinked]');
    this.focusBox = q('[data-focus]');
    this.focusLabel = q('[data-focus-label]');
    this.find = q('.map-find input');
    this.findList = q('.map-find datalist');
    this.findButton = q('.map-find button[data-find]');
  }

  /** Counts per kind and relation, the author and paper choices, from the graph the map shows. */
  fill(index: GraphIndex, nameOf: NameOf): void {
    const kinds = new Map<string, number>();
    for (const s of index.styles) kinds.set(s, (kinds.get(s) ?? 0) + 1);
    const relations = new Map<string, number>();
    for (const e of index.edges) relations.set(e.kind, (relations.get(e.kind) ?? 0) + 1);
    for (const input of this.form.querySelectorAll<HTMLInputElement>('input[data-kind]')) {
      const n = kinds.get(input.dataset.kind!) ?? 0;
      const count = input.closest('label')?.querySelector('[data-count]');
      if (count) count.textContent = String(n);
      input.closest('label')!.hidden = n === 0;
    }
    for (const input of this.form.querySelectorAll<HTMLInputElement>('input[data-relation]')) {
      const n = relations.get(input.dataset.relation!) ?? 0;
      const count = input.closest('label')?.querySelector('[data-count]');
      if (count) count.textContent = String(n);
      input.closest('label')!.hidden = n === 0;
    }
    const unlinked = this.unlinked.closest('label')!;
    unlinked.querySelector('[data-count]')!.textContent = String(index.unlinkedClaims);
    unlinked.hidden = index.unlinkedClaims === 0;
    const authors = new Map<string, number>();
    for (const node of index.nodes) if (node.kind === 'claim' && node.author) authors.set(node.author, (authors.get(node.author) ?? 0) + 1);
    const authorOptions = [...authors]
      .map(([id, n]) => ({ id, name: nameOf(id) ?? id, n }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en') || compareIds(a.id, b.id));
    this.author.replaceChildren(this.author.options[0]!, ...authorOptions.map((a) => new Option(`${a.name} (${a.n})`, a.id)));
    const papers = byImportance(index, index.nodes.flatMap((node, i) => (node.kind === 'paper' ? [i] : [])));
    this.paper.replaceChildren(this.paper.options[0]!, ...papers.map((i) => new Option(`${index.nodes[i]!.label} (${index.citedBy[i]})`, index.nodes[i]!.id)));
  }

  /** The find list: every node by label (repeated labels get a number). Built on first use. */
  fillFind(index: GraphIndex): void {
    if (this.findValues.size) return;
    const options: HTMLOptionElement[] = [];
    for (const i of byImportance(index, index.nodes.keys())) {
      let value = index.nodes[i]!.label;
      for (let n = 2; this.findValues.has(value); n++) value = `${index.nodes[i]!.label} (${n})`;
      this.findValues.set(value, i);
      options.push(new Option(value));
    }
    this.findList.replaceChildren(...options);
  }

  /** The node the find box names: an exact choice, else the first label that starts with or holds the text. */
  found(index: GraphIndex): number | null {
    const text = this.find.value.trim();
    if (!text) return null;
    this.fillFind(index);
    const exact = this.findValues.get(text);
    if (exact !== undefined) return exact;
    const lower = text.toLowerCase();
    let holds: number | null = null;
    for (const [value, i] of this.findValues) {
      const v = value.toLowerCase();
      if (v.startsWith(lower)) return i;
      if (holds === null && v.includes(lower)) holds = i;
    }
    return holds;
  }

  read(): Omit<MapFilters, 'focus' | 'exchanges'> {
    const unchecked = <T extends string>(key: 'kind' | 'relation') =>
      [...this.form.querySelectorAll<HTMLInputElement>(`input[data-${key}]`)].filter((i) => !i.checked).map((i) => i.dataset[key] as T);
    return {
      hiddenKinds: unchecked<NodeStyleKey>('kind'),
      hiddenRelations: unchecked<RelationKey>('relation'),
      author: this.author.value || undefined,
      paper: this.paper.value || undefined,
      hops: Number(this.hops.value) || 1,
      unlinked: this.unlinked.checked,
    };
  }

  write(filters: MapFilters, focusLabel: string | undefined): void {
    for (const input of this.form.querySelectorAll<HTMLInputElement>('input[data-kind]')) input.checked = !filters.hiddenKinds.includes(input.dataset.kind as NodeStyleKey);
    for (const input of this.form.querySelectorAll<HTMLInputElement>('input[data-relation]')) input.checked = !filters.hiddenRelations.includes(input.dataset.relation as RelationKey);
    this.author.value = filters.author ?? '';
    if (this.author.value !== (filters.author ?? '')) this.author.value = '';
    this.paper.value = filters.paper ?? '';
    if (this.paper.value !== (filters.paper ?? '')) this.paper.value = '';
    this.hops.value = String(filters.hops);
    this.unlinked.checked = filters.unlinked;
    this.focusBox.hidden = !focusLabel;
    this.focusLabel.textContent = focusLabel ?? '';
  }
}
