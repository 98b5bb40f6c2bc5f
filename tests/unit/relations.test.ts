import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chainUp, incomingLinks, CLAIM_RELATIONS } from '../../src/lib/relations.ts';
import type { Claim } from '../../src/schemas/claim.ts';

const ev = { rule: 'explicit-target' as const };
function claim(over: Partial<Claim> = {}): Claim {
  return {
    role: 'claim', roleEvidence: { rule: 'assertion' }, label: 'x', text: 'x', external: false, comment: 'c',
    offsets: { start: 0, end: 1 }, source: { file: 'f.txt', lines: { start: 1, end: 1 } },
    rebuts: [], supports: [], qualifies: [], relates: [], cites: [], ...over,
  };
}
const link = (target: string) => ({ target, evidence: ev });

test('the relations between claims come from the one list, papers left out', () => {
  assert.ok(CLAIM_RELATIONS.includes('rebuts') && CLAIM_RELATIONS.includes('supports') && CLAIM_RELATIONS.includes('relates'));
  assert.ok(!CLAIM_RELATIONS.includes('cites'));
});

test('chainUp climbs what each claim answers, root first, with the relation to the one above', () => {
  const claims = new Map<string, Claim>([
    ['root', claim()],
    ['a', claim({ role: 'objection', rebuts: [link('root')] })],
    ['b', claim({ role: 'support', supports: [link('a')] })],
    ['c', claim({ role: 'objection', rebuts: [link('b')] })],
  ]);
  assert.deepEqual(chainUp(claims, 'c'), [{ id: 'root' }, { id: 'a', relation: 'rebuts' }, { id: 'b', relation: 'supports' }, { id: 'c', relation: 'rebuts' }]);
  assert.deepEqual(chainUp(claims, 'root'), [{ id: 'root' }], 'a claim that answers nothing is its own start');
});

test('chainUp stops at a loop and at targets missing from the claims', () => {
  const claims = new Map<string, Claim>([
    ['a', claim({ rebuts: [link('b')] })],
    ['b', claim({ rebuts: [link('a')] })],
    ['d', claim({ rebuts: [link('gone')] })],
  ]);
  assert.deepEqual(chainUp(claims, 'a').map((x) => x.id), ['b', 'a']);
  assert.deepEqual(chainUp(claims, 'd').map((x) => x.id), ['d']);
});

test('incomingLinks lists who links to a claim; a symmetric relation from both ends', () => {
  const claims = new Map<string, Claim>([
    ['t', claim()],
    ['o2', claim({ rebuts: [link('t')] })],
    ['o1', claim({ rebuts: [link('t')], relates: [link('t')] })],
  ]);
  const inc = incomingLinks(claims);
  assert.deepEqual(inc.get('rebuts')!.get('t')!.map((x) => x.source), ['o1', 'o2'], 'sorted by source id');
  assert.deepEqual(inc.get('relates')!.get('t')!.map((x) => x.source), ['o1']);
  assert.deepEqual(inc.get('relates')!.get('o1')!.map((x) => x.source), ['t']);
});
