import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stem } from '../../src/lib/stem.ts';

const same = (...words: string[]) => {
  const stems = words.map(stem);
  assert.ok(stems.every((s) => s === stems[0]), `${words.join(', ')} → ${stems.join(', ')}`);
};

test('forms a reader means as one word fold together', () => {
  same('faithfulness', 'faithful', 'Faithfully');
  same('reasoning', 'reasons', 'reason', 'reasoned');
  same('models', 'model', 'modeling');
  same('aligned', 'alignment', 'align', 'aligning');
  same('hacking', 'hack', 'hacks', 'hacked');
  same('argue', 'argued', 'arguing', 'argues');
  same('studies', 'study');
  same('matches', 'match');
});

test('different words stay apart; short words, names and numbers are left alone', () => {
  const apart = (a: string, b: string) => assert.notEqual(stem(a), stem(b), `${a} / ${b}`);
  apart('comment', 'coming');
  apart('perturbing', 'turpin');
  apart('thing', 'the');
  assert.equal(stem('CoT'), 'cot');
  assert.equal(stem('string'), 'string', 'a stem needs a vowel');
  assert.equal(stem('o1'), 'o1');
  assert.equal(stem('gpt-4'), 'gpt-4');
  assert.equal(stem('this'), 'this');
});
