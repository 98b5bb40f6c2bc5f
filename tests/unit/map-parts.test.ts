import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstPart, nextPart, PAGE_SIZES } from '../../src/scripts/map/parts.ts';
import type { ExchangeRange } from '../../src/lib/graph-view.ts';

/** A labelled() that accepts parts of at most `most` exchanges (never the whole), recording each range asked. */
function upTo(most: number, whole = false) {
  const asked: Array<ExchangeRange | undefined> = [];
  const labelled = (r: ExchangeRange | undefined) => (asked.push(r), r === undefined ? whole : r.to - r.from + 1 <= most);
  return { asked, labelled };
}

test('the first view is the whole debate when it is labelled, tried once', () => {
  const { asked, labelled } = upTo(0, true);
  assert.equal(firstPart(169, labelled), undefined);
  assert.deepEqual(asked, [undefined]);
});

test('the first view is the largest first part labelled, and the last range tried is the one chosen (no second fit)', () => {
  const { asked, labelled } = upTo(13);
  const chosen = firstPart(169, labelled);
  assert.deepEqual(chosen, { from: 1, to: 12 });
  assert.deepEqual(asked, [undefined, ...[96, 64, 48, 32, 24, 16, 12].map((n) => ({ from: 1, to: n }))]);
  assert.deepEqual(asked.at(-1), chosen);
});

test('with nothing labelled the first view is one exchange, which was the last tried', () => {
  const { asked, labelled } = upTo(0);
  assert.deepEqual(firstPart(5, labelled), { from: 1, to: 1 });
  assert.deepEqual(asked.at(-1), { from: 1, to: 1 });
  assert.equal(asked.length, 1 + PAGE_SIZES.filter((n) => n < 5).length, 'sizes of at least the whole count are not tried');
  const one = upTo(0);
  assert.equal(firstPart(1, one.labelled), undefined, 'one exchange is the whole debate');
});

test('a step takes as many exchanges as are labelled, at most the first part’s number, and ends on the range tried last', () => {
  const { asked, labelled } = upTo(5);
  const next = nextPart({ from: 1, to: 12 }, 1, 169, 12, labelled);
  assert.deepEqual(next, { from: 13, to: 16 });
  assert.deepEqual(asked, [{ from: 13, to: 24 }, { from: 13, to: 20 }, { from: 13, to: 18 }, { from: 13, to: 16 }]);
  const back = upTo(3);
  assert.deepEqual(nextPart({ from: 13, to: 16 }, -1, 169, 12, back.labelled), { from: 10, to: 12 });
  assert.deepEqual(back.asked.at(-1), { from: 10, to: 12 });
});

test('near the end a part is tried once, and with nothing labelled the step is one exchange, tried last', () => {
  const { asked, labelled } = upTo(0);
  assert.deepEqual(nextPart({ from: 1, to: 166 }, 1, 169, 12, labelled), { from: 167, to: 167 });
  assert.deepEqual(asked, [{ from: 167, to: 169 }, { from: 167, to: 168 }, { from: 167, to: 167 }]);
});

test('a part an address asks for, of a size that is no page size, steps by as many exchanges', () => {
  const { asked, labelled } = upTo(5);
  assert.deepEqual(nextPart({ from: 1, to: 5 }, 1, 169, 5, labelled), { from: 6, to: 10 });
  assert.deepEqual(asked, [{ from: 6, to: 10 }]);
});
