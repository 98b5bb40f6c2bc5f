/**
 * What the map says about a node or a link, in words: the live announcements for the keyboard and
 * the tooltips. Plain strings from the index (no DOM); the callers set them with textContent.
 * Links are explained by `describeLink`, the same sentence as on the pages.
 */
import { shownNeighbours, type GraphIndex, type GraphView } from '../../lib/graph-view.ts';
import { describeLink } from '../../lib/evidence.ts';
import { cutAtWord } from '../../lib/words.ts';
import { NODE_STYLES, RELATION_STYLES } from '../../lib/visual.ts';
import type { NameOf } from './list.ts';
import type { TipLines } from './tooltip.ts';

export class Words {
  private readonly index: GraphIndex;
  private readonly nameOf: NameOf;

  constructor(index: GraphIndex, nameOf: NameOf) {
    this.index = index;
    this.nameOf = nameOf;
  }

  /** "Objection: …, by Ann, a crux, 3 links." */
  node(i: number, view: GraphView): string {
    const { index } = this;
    const node = index.nodes[i]!;
    const bits = [`${NODE_STYLES[index.styles[i]!].label}: ${node.label}`];
    const author = this.nameOf(node.author);
    if (author) bits.push(`by ${author}`);
    if (index.crux[i]) bits.push('a crux');
    const links = shownNeighbours(index, view, i).length;
    bits.push(`${links} link${links === 1 ? '' : 's'}`);
    return `${bits.join(', ')}.`;
  }

  /** "A rebuts B. <why, in words>" */
  edge(e: number): string {
    const { index } = this;
    const edge = index.edges[e]!;
    return `${index.nodes[edge.s]!.label} ${RELATION_STYLES[edge.kind].label} ${index.nodes[edge.t]!.label}. ${describeLink(edge.kind, edge.edge.evidence)}`;
  }

  nodeTip(i: number): TipLines {
    const { index } = this;
    const node = index.nodes[i]!;
    const facts = [NODE_STYLES[index.styles[i]!].label];
    const author = this.nameOf(node.author);
    if (author) facts.push(`by ${author}`);
    if (index.crux[i]) facts.push('crux');
    if (index.rebuttedBy[i]) facts.push(`${index.rebuttedBy[i]} rebuttal${index.rebuttedBy[i] === 1 ? '' : 's'}`);
    if (index.citedBy[i]) facts.push(`cited by ${index.citedBy[i]}`);
    return [
      ['map-tip-title', node.label],
      ['map-tip-meta', facts.join(' · ')],
    ];
  }

  edgeTip(e: number): TipLines {
    const { index } = this;
    const edge = index.edges[e]!;
    return [
      ['map-tip-title', `“${cutAtWord(index.nodes[edge.s]!.label, 60)}” ${RELATION_STYLES[edge.kind].label} “${cutAtWord(index.nodes[edge.t]!.label, 60)}”`],
      ['map-tip-meta', describeLink(edge.kind, edge.edge.evidence)],
    ];
  }
}

/**
 * What the map says when not every crux and rebutted claim in view can carry a label without overlap
 * (a big corpus: 170 of them on lw-dev's exports). The most contested are labelled first; the note says
 * so and where the others are. Empty when all are labelled.
 */
export function labelNote(required: number, missing: number, canPage = false): string {
  if (missing <= 0 || required <= 0) return '';
  const labelled = required - missing;
  const ways = canPage ? 'Zoom in, point at or focus a node, show a few exchanges at a time (the bar over the map),' : 'Zoom in, point at or focus a node,';
  return `${labelled} of the ${required} cruxes and rebutted claims in view carry a label, the most contested first: more would overlap. ${ways} or read the list below the map for the others.`;
}
