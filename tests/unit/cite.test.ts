/** cite: works named in a text, merged on a canonical key; what is not a work. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalKeys, cite, paperTitle } from '../../src/pipeline/cite.ts';

const keys = (text: string) => cite(text).map((c) => c.key);

test('author and year, in the forms the seeds use, merge on surname + year', () => {
  assert.deepEqual(keys('Berglund et. al. (2023) utilise a prompt.'), ['berglund-2023']);
  assert.deepEqual(keys('it seems like (Berglund, 2023) already tells us a lot'), ['berglund-2023']);
  assert.deepEqual(keys('Popper and Stengel (2024) discuss this.'), ['popper-2024']);
  assert.deepEqual(cite('Berglund et. al. (2023) utilise')[0]!.text, 'Berglund et. al. (2023)');
});

test('"the Turpin paper" and "the Turpin \'Say What They Think\' paper" are one work', () => {
  const a = cite('Counterfactual metrics, like the ones in the Turpin paper, are better.');
  const b = cite("the alarming results in the Turpin 'Say What They Think' paper");
  assert.equal(a[0]!.key, 'turpin');
  assert.equal(b[0]!.key, 'turpin');
  assert.equal(b[0]!.title, 'Say What They Think');
  assert.equal(paperTitle({ title: 'Say What They Think', surname: 'Turpin', aliases: [], mentions: [] }), 'Turpin et al., "Say What They Think"');
});

test('"Author et al" without a year, a parenthesised title, a named benchmark', () => {
  assert.deepEqual(keys('I read the paper (Sheshadri et al) where'), ['sheshadri']);
  assert.deepEqual(keys('With neuralese recurrence (Training Large Language Models to Reason in a Continuous Latent Space), the model'), ['training-large-language-models-to-reason-in-a-continuous-latent-space']);
  assert.deepEqual(cite('put the BIG-Bench "canary string" in the doc').map((c) => [c.key, c.kind]), [['big-bench', 'benchmark']]);
});

test('arXiv ids, DOIs and URLs', () => {
  assert.deepEqual(keys('see arXiv:2307.13702v2 and https://arxiv.org/abs/2305.04388'), ['arxiv-2307-13702', 'arxiv-2305-04388']);
  assert.deepEqual(keys('doi:10.1000/xyz123.'), ['doi-10-1000-xyz123']);
  assert.equal(cite('read https://example.org/post.')[0]!.url, 'https://example.org/post');
});

test('people, models, own figures and experiments, months and organisations are not works', () => {
  for (const text of [
    'As @glazgogabgolab said, there are approaches.',
    'In particular, like Johannes said, doing a PhD is hard.',
    'the sudden dip in Gemma2-9b is because',
    'Figures 1 and 4 attempt to show that.',
    'the point of experiment 2b was to see',
    'Do applications close on November 3rd EoD?',
    'Anthropic trained Claude 3 Opus on it.',
    'In Figures 1 and 4 (2023) you can see',
    'This is therefore a (Bayesian) inference problem.',
  ]) assert.deepEqual(cite(text), [], text);
});

test('a surname-only key joins the one surname + year key with that surname', () => {
  const all = [...cite('the Lanham paper'), ...cite('Lanham et al. (2023)')];
  assert.equal(canonicalKeys(all).get('lanham'), 'lanham-2023');
  const two = [...cite('the Smith paper'), ...cite('Smith (2020)'), ...cite('Smith (2021)')];
  assert.equal(canonicalKeys(two).get('smith'), 'smith', 'ambiguous: stays apart');
});
