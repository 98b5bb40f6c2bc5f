import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMapState, parseMapState, type MapState } from '../../src/lib/map-state.ts';
import { NO_FILTERS } from '../../src/lib/graph-view.ts';

test('the default view has an empty address', () => {
  assert.equal(formatMapState({ filters: NO_FILTERS }), '');
  assert.deepEqual(parseMapState(''), { filters: { ...NO_FILTERS, author: undefined, paper: undefined, focus: undefined }, selected: undefined, camera: undefined });
});

test('a full view round-trips through the address, readable and in a fixed order', () => {
  const state: MapState = {
    filters: { hiddenKinds: ['question', 'paper'], hiddenRelations: ['relates'], author: 'emanuelr', paper: 'paper:berglund-2023', focus: 'claim:abc-1', hops: 2 },
    selected: 'claim:abc-1',
    camera: { x: 12.345, y: -40, k: 2 },
  };
  const query = formatMapState(state);
  assert.equal(query, 'focus=claim:abc-1&hops=2&hide=question,paper&rel=relates&author=emanuelr&paper=paper:berglund-2023&node=claim:abc-1&at=12.3,-40,2');
  const back = parseMapState(`?${query}`);
  assert.deepEqual(back.filters, state.filters);
  assert.equal(back.selected, state.selected);
  assert.deepEqual(back.camera, { x: 12.3, y: -40, k: 2 });
  assert.equal(formatMapState(back), query);
});

test('hops only count with a focus; the kinds keep the legend order whatever the address says', () => {
  assert.equal(formatMapState({ filters: { ...NO_FILTERS, hops: 3 } }), '');
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
