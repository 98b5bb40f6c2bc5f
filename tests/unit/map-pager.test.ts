import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Pager } from '../../src/scripts/map/pager.ts';

/** The bar's elements as plain objects: the pager only sets hidden, disabled and textContent. */
function fakeBar() {
  const el = () => ({ hidden: false, disabled: false, textContent: '', addEventListener() {} });
  const els: Record<string, ReturnType<typeof el>> = {
    '.map-pager': { ...el(), hidden: true },
    '[data-pager-text]': el(),
    'button[data-pager="prev"]': el(),
    'button[data-pager="next"]': el(),
    'button[data-pager="toggle"]': el(),
  };
  const root = { querySelector: (sel: string) => els[sel] ?? null } as unknown as HTMLElement;
  return { els, pager: new Pager(root, { step() {}, toggle() {} }) };
}

test('writing a part shows the bar and says which, without choosing the part size', () => {
  const { els, pager } = fakeBar();
  pager.write({ from: 1, to: 12 }, 169);
  assert.equal(pager.size, undefined, 'only the map sets the size');
  assert.equal(pager.shown, true);
  assert.equal(els['[data-pager-text]']!.textContent, 'Exchanges 1–12 of 169');
  assert.equal(els['button[data-pager="prev"]']!.disabled, true);
  assert.equal(els['button[data-pager="next"]']!.disabled, false);
  assert.equal(els['button[data-pager="toggle"]']!.textContent, 'Show all');
});

test('the whole debate shows the bar only once parts are offered', () => {
  const { els, pager } = fakeBar();
  pager.write({ from: 1, to: 96 }, 169); // a trial of the first view
  pager.write(undefined, 169);
  assert.equal(pager.shown, false, 'a trial part offers nothing');
  pager.size = 12;
  pager.write(undefined, 169);
  assert.equal(pager.shown, true);
  assert.equal(els['[data-pager-text]']!.textContent, 'All 169 exchanges');
  assert.equal(els['button[data-pager="next"]']!.hidden, true);
  pager.write({ from: 1, to: 12 }, 169, false);
  assert.equal(pager.shown, false, 'under a focus, an author or a paper, parts do not apply');
  assert.equal(pager.size, 12);
});
