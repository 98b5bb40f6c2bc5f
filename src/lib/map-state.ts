/**
 * The map's view state: what the reader has chosen (filters, focus, the selected node, where the view
 * is centred), the named operations that change it (`reduceMap`), and its form in the page address,
 * so a view can be shared. In the address defaults are left out, parameters always come in the same
 * order, and anything unknown or malformed is ignored (an old or hand-edited link still opens).
 *
 *   map/?focus=claim:abc&hops=2&hide=paper,question&rel=relates&unlinked=1&author=emanuelr&paper=paper:x&ex=25-48&node=claim:abc&at=12.5,-40,2
 */
import { DEFAULT_FILTERS, type ExchangeRange, type MapFilters } from './graph-view.ts';
import { NODE_STYLES, RELATION_STYLES, type NodeStyleKey, type RelationKey } from './visual.ts';

export interface MapCamera {
  /** Map coordinates at the centre of the view. */
  x: number;
  y: number;
  /** Zoom factor (screen px per map unit). */
  k: number;
}

export interface MapState {
  filters: MapFilters;
  /** The node whose panel is open. */
  selected?: string | undefined;
  /** Absent: fit the shown nodes. */
  camera?: MapCamera | undefined;
}

export const MAX_HOPS = 3;
export const ZOOM_EXTENT: [number, number] = [0.02, 12];

const styleKeys = Object.keys(NODE_STYLES) as NodeStyleKey[];
const relationKeys = Object.keys(RELATION_STYLES) as RelationKey[];

function list<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  const wanted = new Set(value.split(','));
  // Allowed order, not the address's: the same view always gives the same address.
  return allowed.filter((key) => wanted.has(key));
}

export function parseMapState(search: string): MapState {
  const p = new URLSearchParams(search);
  const hops = Number(p.get('hops'));
  const filters: MapFilters = {
    hiddenKinds: list(p.get('hide'), styleKeys),
    hiddenRelations: list(p.get('rel'), relationKeys),
    author: p.get('author') || undefined,
    paper: p.get('paper') || undefined,
    focus: p.get('focus') || undefined,
    hops: Number.isInteger(hops) && hops >= 1 && hops <= MAX_HOPS ? hops : DEFAULT_FILTERS.hops,
    unlinked: p.get('unlinked') === '1',
  };
  const ex = /^(\d{1,7})-(\d{1,7})$/.exec(p.get('ex') ?? '');
  if (ex && Number(ex[1]) >= 1 && Number(ex[2]) >= Number(ex[1])) filters.exchanges = { from: Number(ex[1]), to: Number(ex[2]) };
  const at = (p.get('at') ?? '').split(',').map(Number);
  const camera =
    at.length === 3 && at.every(Number.isFinite) && at[2]! >= ZOOM_EXTENT[0] && at[2]! <= ZOOM_EXTENT[1] ? { x: at[0]!, y: at[1]!, k: at[2]! } : undefined;
  return { filters, selected: p.get('node') || undefined, camera };
}

const round = (v: number, digits: number) => String(Math.round(v * 10 ** digits) / 10 ** digits || 0);

/** The query string for a state, without the leading `?` (empty for the default view). */
export function formatMapState(state: MapState): string {
  const p = new URLSearchParams();
  const f = state.filters;
  if (f.focus) p.set('focus', f.focus);
  if (f.focus && f.hops !== DEFAULT_FILTERS.hops) p.set('hops', String(f.hops));
  const hide = list(f.hiddenKinds.join(','), styleKeys);
  if (hide.length) p.set('hide', hide.join(','));
  const rel = list(f.hiddenRelations.join(','), relationKeys);
  if (rel.length) p.set('rel', rel.join(','));
  if (f.unlinked) p.set('unlinked', '1');
  if (f.author) p.set('author', f.author);
  if (f.paper) p.set('paper', f.paper);
  if (f.exchanges) p.set('ex', `${f.exchanges.from}-${f.exchanges.to}`);
  if (state.selected) p.set('node', state.selected);
  if (state.camera) p.set('at', [round(state.camera.x, 1), round(state.camera.y, 1), round(state.camera.k, 3)].join(','));
  // Ids are `kind:slug`: keep the colon and commas readable.
  return p.toString().replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/** What the reader can do to the view; `reduceMap` says what each does. */
export type MapAction =
  /**
   * The filter controls changed (kinds, relations, unlinked claims, author, paper, hops); the focus
   * stays, and so do the exchanges shown unless the change asks for other claims (an author, a paper,
   * the unlinked ones).
   */
  | { type: 'filter'; filters: Omit<MapFilters, 'focus' | 'exchanges'> }
  /** Show these exchanges of the debate (most contested first), or, with undefined, all of it. */
  | { type: 'exchanges'; exchanges: ExchangeRange | undefined }
  /** Show only this node and its neighbourhood. */
  | { type: 'focus'; id: string }
  /** Back to the whole map (with the same filters). */
  | { type: 'unfocus' }
  /** Show everything, so that a node found by name is on the map whatever the filters hid. */
  | { type: 'show-all' }
  /** Open a node's panel. */
  | { type: 'select'; id: string }
  /** Close the panel. */
  | { type: 'close' }
  /** The view moved. */
  | { type: 'camera'; camera: MapCamera };

/**
 * The next state after an action. Pure: the controller redraws from what changed (a new `filters`
 * object means a new view). Focusing keeps the selection; an action that changes nothing returns
 * the same state.
 */
export function reduceMap(state: MapState, action: MapAction): MapState {
  switch (action.type) {
    case 'filter': {
      const f = state.filters;
      const same = action.filters.author === f.author && action.filters.paper === f.paper && action.filters.unlinked === f.unlinked;
      return { ...state, filters: { ...action.filters, focus: f.focus, exchanges: same ? f.exchanges : undefined } };
    }
    case 'exchanges': {
      const now = state.filters.exchanges;
      const next = action.exchanges;
      if (now?.from === next?.from && now?.to === next?.to) return state;
      return { ...state, filters: { ...state.filters, exchanges: next } };
    }
    case 'focus':
      return state.filters.focus === action.id ? state : { ...state, filters: { ...state.filters, focus: action.id } };
    case 'unfocus':
      return state.filters.focus === undefined ? state : { ...state, filters: { ...state.filters, focus: undefined } };
    case 'show-all':
      return { ...state, filters: { ...DEFAULT_FILTERS, hops: state.filters.hops, unlinked: true } };
    case 'select':
      return state.selected === action.id ? state : { ...state, selected: action.id };
    case 'close':
      return state.selected === undefined ? state : { ...state, selected: undefined };
    case 'camera':
      return { ...state, camera: action.camera };
  }
}
