import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMapState, parseMapState, reduceMap, type MapState } from '../../src/lib/map-state.ts';
import { DEFAULT_FILTERS } from '../../src/lib/graph-view.ts';

test('the default view has an empty address', () => {
  assert.equal(formatMapState({ filters: DEFAULT_FILTERS }), '');
  assert.deepEqual(parseMapState(''), { filters: { ...DEFAULT_FILTERS, author: undefined, paper: undefined, focus: undefined }, selected: undefined, camera: undefined });
});

test('a full view round-trips through the address, readable and in a fixed order', () => {
  const state: MapState = {
    filters: { hiddenKinds: ['question', 'paper'], hiddenRelations: ['relates'], author: 'emanuelr', paper: 'paper:berglund-2023', focus: 'claim:abc-1', hops: 2, unlinked: true },
    selected: 'claim:abc-1',
    camera: { x: 12.345, y: -40, k: 2 },
  };
  const query = formatMapState(state);
  assert.equal(query, 'focus=claim:abc-1&hops=2&hide=question,paper&rel=relates&unlinked=1&author=emanuelr&paper=paper:berglund-2023&node=claim:abc-1&at=12.3,-40,2');
  const back = parseMapState(`?${query}`);
  assert.deepEqual(back.filters, state.filters);
  assert.equal(back.selected, state.selected);
  assert.deepEqual(back.camera, { x: 12.3, y: -40, k: 2 });
  assert.equal(formatMapState(back), query);
});

test('hops only count with a focus; the kinds keep the legend order whatever the address says', () => {
  assert.equal(formatMapState({ filters: { ...DEFAULT_FILTERS, hops: 3 } }), '');
  assert.deepEqual(parseMapState('?hide=paper,claim').filters.hiddenKinds, ['claim', 'paper']);
});

test('malformed or unknown parts are ignored, so an old or edited link still opens', () => {
  const s = parseMapState('?hide=paper,bogus&rel=nope&hops=9&at=1,2&focus=&utm=x');
  assert.deepEqual(s.filters.hiddenKinds, ['paper']);
  assert.deepEqual(s.filters.hiddenRelations, []);
  assert.equal(s.filters.hops, 1);
  assert.equal(s.filters.focus, undefined);
  assert.equal(s.camera, undefined);
  assert.equal(parseMapState('?at=1,2,999').camera, undefined, 'zoom out of range');
  assert.equal(parseMapState('?at=a,2,1').camera, undefined);
});

test('unlinked claims are one switch away, and only "1" turns them on', () => {
  assert.equal(parseMapState('').filters.unlinked, false);
  assert.equal(parseMapState('?unlinked=1').filters.unlinked, true);
  assert.equal(parseMapState('?unlinked=yes').filters.unlinked, false);
  assert.equal(formatMapState({ filters: { ...DEFAULT_FILTERS, unlinked: true } }), 'unlinked=1');
});

test('the reducer: named operations on the view, the same state back when nothing changes', () => {
  const start: MapState = { filters: { ...DEFAULT_FILTERS, hiddenKinds: ['paper'] } };
  const focused = reduceMap(start, { type: 'focus', id: 'claim:a' });
  assert.equal(focused.filters.focus, 'claim:a');
  assert.deepEqual(focused.filters.hiddenKinds, ['paper'], 'focus keeps the other filters');
  assert.equal(reduceMap(focused, { type: 'focus', id: 'claim:a' }), focused);
  const refiltered = reduceMap(focused, { type: 'filter', filters: { ...DEFAULT_FILTERS, hops: 2, unlinked: true } });
  assert.equal(refiltered.filters.focus, 'claim:a', 'the controls keep the focus');
  assert.equal(refiltered.filters.hops, 2);
  assert.equal(reduceMap(refiltered, { type: 'unfocus' }).filters.focus, undefined);
  assert.equal(reduceMap(start, { type: 'unfocus' }), start);
  const all = reduceMap({ filters: { ...DEFAULT_FILTERS, author: 'ann', hiddenRelations: ['cites'], hops: 3, focus: 'claim:b' } }, { type: 'show-all' });
  assert.deepEqual(all.filters, { ...DEFAULT_FILTERS, hops: 3, unlinked: true });
  const selected = reduceMap(start, { type: 'select', id: 'claim:b' });
  assert.equal(selected.selected, 'claim:b');
  assert.equal(reduceMap(selected, { type: 'select', id: 'claim:b' }), selected);
  assert.equal(reduceMap(selected, { type: 'close' }).selected, undefined);
  assert.deepEqual(reduceMap(start, { type: 'camera', camera: { x: 1, y: 2, k: 3 } }).camera, { x: 1, y: 2, k: 3 });
});

test('the exchanges shown are in the address, and a filter that asks for other claims drops them', () => {
  const paged = parseMapState('?ex=13-24');
  assert.deepEqual(paged.filters.exchanges, { from: 13, to: 24 });
  assert.equal(formatMapState(paged), 'ex=13-24');
  for (const bad of ['?ex=0-12', '?ex=5-4', '?ex=2', '?ex=a-b', '?ex=1-2-3x']) assert.equal(parseMapState(bad).filters.exchanges, undefined, bad);
  const next = reduceMap(paged, { type: 'exchanges', exchanges: { from: 25, to: 30 } });
  assert.deepEqual(next.filters.exchanges, { from: 25, to: 30 });
  assert.equal(reduceMap(next, { type: 'exchanges', exchanges: { from: 25, to: 30 } }), next, 'same state when nothing changes');
  assert.equal(reduceMap(next, { type: 'exchanges', exchanges: undefined }).filters.exchanges, undefined);
  const { exchanges: _, focus: __, ...rest } = next.filters;
  assert.deepEqual(reduceMap(next, { type: 'filter', filters: { ...rest, hiddenKinds: ['paper'] } }).filters.exchanges, { from: 25, to: 30 }, 'hiding a kind keeps them');
  assert.equal(reduceMap(next, { type: 'filter', filters: { ...rest, unlinked: true } }).filters.exchanges, undefined, 'unlinked claims drop them');
  assert.equal(reduceMap(next, { type: 'filter', filters: { ...rest, author: 'ann' } }).filters.exchanges, undefined, 'an author drops them');
  assert.equal(reduceMap(next, { type: 'show-all' }).filters.exchanges, undefined);
});
