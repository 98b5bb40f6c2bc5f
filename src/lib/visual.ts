/**
 * The one visual language for kinds, roles and relations, shared by the pages (badges, cards),
 * the local graphs and the map. Colour is never the only signal: every role has a shape and a word,
 * every relation a line style and a word. Colours are CSS custom properties from global.css, so
 * light and dark themes both apply; the map reads their computed values.
 */
export type NodeStyleKey = 'claim' | 'objection' | 'support' | 'question' | 'paper' | 'author' | 'external';
export type Shape = 'circle' | 'triangle' | 'cross' | 'diamond' | 'square' | 'hexagon' | 'ring';

export interface NodeStyle {
  /** Word shown in badges and legends. */
  label: string;
  /** Glyph that stands for the shape in text (badges, lists). */
  glyph: string;
  /** Shape drawn on the map and the local graphs. */
  shape: Shape;
  /** CSS custom property holding the colour. */
  colorVar: string;
}

export const NODE_STYLES: Record<NodeStyleKey, NodeStyle> = {
  claim: { label: 'Claim', glyph: '●', shape: 'circle', colorVar: '--role-claim' },
  objection: { label: 'Objection', glyph: '▲', shape: 'triangle', colorVar: '--role-objection' },
  support: { label: 'Support', glyph: '✚', shape: 'cross', colorVar: '--role-support' },
  question: { label: 'Question', glyph: '◆', shape: 'diamond', colorVar: '--role-question' },
  paper: { label: 'Paper', glyph: '■', shape: 'square', colorVar: '--role-paper' },
  author: { label: 'Author', glyph: '⬢', shape: 'hexagon', colorVar: '--role-author' },
  external: { label: 'Claim outside the corpus', glyph: '○', shape: 'ring', colorVar: '--role-external' },
};

import type { Relation } from '../schemas/evidence.ts';

/** The relations, as the map styles them (the one list is `RELATIONS` in src/schemas/evidence.ts). */
export type RelationKey = Relation;

export interface RelationStyle {
  /** Verb shown in legends and evidence ("A rebuts B"). */
  label: string;
  /** Line dash pattern (empty = solid), in px at zoom 1. */
  dash: number[];
  /** Whether the edge has an arrowhead at its target. */
  arrow: boolean;
  /** CSS custom property holding the colour. */
  colorVar: string;
}

export const RELATION_STYLES: Record<RelationKey, RelationStyle> = {
  rebuts: { label: 'rebuts', dash: [], arrow: true, colorVar: '--role-objection' },
  supports: { label: 'supports', dash: [6, 3], arrow: true, colorVar: '--role-support' },
  qualifies: { label: 'qualifies', dash: [3, 2], arrow: true, colorVar: '--role-claim' },
  relates: { label: 'relates to', dash: [2, 4], arrow: false, colorVar: '--role-author' },
  cites: { label: 'cites', dash: [1, 3], arrow: true, colorVar: '--role-paper' },
};

/** Style key of a graph node: external claims look different from mined ones. */
export function nodeStyleKey(node: { kind: 'claim' | 'paper' | 'author'; role?: string | undefined; external?: boolean | undefined }): NodeStyleKey {
  if (node.kind !== 'claim') return node.kind;
  if (node.external) return 'external';
  return (node.role as NodeStyleKey | undefined) ?? 'claim';
}
