/**
 * The map's colours, read from the CSS custom properties of global.css (the one visual language),
 * and read again when the reader's colour scheme changes.
 */
import { NODE_STYLES, RELATION_STYLES, type NodeStyleKey, type RelationKey } from '../../lib/visual.ts';

export interface Theme {
  bg: string;
  fg: string;
  muted: string;
  border: string;
  focus: string;
  accent: string;
  node: Record<NodeStyleKey, string>;
  relation: Record<RelationKey, string>;
}

export function readTheme(root: Element = document.documentElement): Theme {
  const css = getComputedStyle(root);
  const get = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const node = {} as Record<NodeStyleKey, string>;
  for (const [key, style] of Object.entries(NODE_STYLES) as Array<[NodeStyleKey, (typeof NODE_STYLES)[NodeStyleKey]]>) node[key] = get(style.colorVar, '#666');
  const relation = {} as Record<RelationKey, string>;
  for (const [key, style] of Object.entries(RELATION_STYLES) as Array<[RelationKey, (typeof RELATION_STYLES)[RelationKey]]>) relation[key] = get(style.colorVar, '#888');
  return {
    bg: get('--bg', '#fff'),
    fg: get('--fg', '#000'),
    muted: get('--fg-muted', '#666'),
    border: get('--border', '#ccc'),
    focus: get('--focus', '#c2410c'),
    accent: get('--accent', '#1f5fa8'),
    node,
    relation,
  };
}

/** Call `onChange` when the reader switches between light and dark. */
export function watchScheme(onChange: () => void): void {
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', onChange);
}
