import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildSearchIndex,
  editDistance,
  maxErrors,
  openSearchIndex,
  queryTerms,
  resultSummary,
  runSearch,
  SEARCH_INDEX_VERSION,
  searchDocs,
  type SearchResults,
} from '../../src/lib/search.ts';
import type { GraphInput } from '../../src/lib/graph.ts';
import type { Claim } from '../../src/schemas/claim.ts';
import type { Paper } from '../../src/schemas/paper.ts';
import type { Author } from '../../src/schemas/author.ts';

const author = (name: string, extra: Partial<Author> = {}): Author => ({ name, nameSource: 'header', file: 'x.txt', skipped: [], commentCount: 1, ...extra });
const claim = (text: string, extra: Partial<Claim> = {}): Claim => ({
  role: 'claim',
  roleEvidence: { rule: 'assertion' },
  label: text.slice(0, 90),
  text,
  external: false,
  author: 'ann',
  comment: 'c-1',
  offsets: { start: 0, end: text.length },
  source: { file: 'x.txt', lines: { start: 1, end: 1 } },
  rebuts: [],
  supports: [],
  qualifies: [],
  relates: [],
  cites: [],
  ...extra,
});
const mention = (text: string, sentence: string): Paper['mentions'][number] => ({ text, comment: 'c-1', author: 'ann', sentence, offsets: { start: 0, end: text.length } });

const input: GraphInput = {
  authors: [
    { id: 'emanuelr', data: author('Emanuel Ruzak', { handle: 'emanuelr' }) },
    { id: 'ann', data: author('Ann Lee', { bio: 'Research associate at Example Lab' }) },
  ],
  claims: [
    { id: 'c-faith', data: claim('So, stories about CoT faithfulness that depend on the CoT string are no longer compelling.', { role: 'objection' }) },
    { id: 'c-cot', data: claim('I naively expect the CoT of o1 to be more faithful.') },
    { id: 'c-hack', data: claim('The model was willing to do gradient hacking to keep its alignment.', { author: 'emanuelr' }) },
    { id: 'c-fake', data: claim('It has enough situational awareness to perform alignment faking.', { author: 'emanuelr', role: 'support' }) },
    { id: 'c-berg', data: claim('Berglund et. al. (2023) utilise a prompt containing a trigger keyword.', { cites: [{ target: 'berglund-2023', evidence: { rule: 'citation' } }] }) },
    { id: 'c-q', data: claim('Why would abductive reasoning differ from deductive reasoning?', { role: 'question' }) },
    { id: 'c-ext', data: claim("this post's claim", { external: true, author: undefined }) },
    { id: 'c-other', data: claim('Cats sleep most of the day and the weather is nice.') },
  ],
  papers: [
    {
      id: 'berglund-2023',
      data: {
        key: 'berglund-2023', title: 'Berglund et al. (2023)', kind: 'paper', surname: 'Berglund', year: 2023,
        aliases: ['Berglund et al. (2023)', 'Berglund et. al. (2023)', '(Berglund, 2023)'],
        mentions: [mention('Berglund et. al. (2023)', 'Berglund et. al. (2023) utilise a prompt containing a trigger keyword.'), mention('(Berglund, 2023)', 'It seems like (Berglund, 2023) already tells us a lot.')],
      },
    },
    {
      id: 'turpin',
      data: {
        key: 'turpin', title: 'Say What They Think', kind: 'paper', surname: 'Turpin',
        aliases: ['the Turpin paper', 'the Turpin paper'],
        mentions: [mention('the Turpin paper', 'Counterfactual metrics, like the ones in the Turpin paper, are less vulnerable.')],
      },
    },
  ],
};
delete (input.claims[6]!.data as Partial<Claim>).author;

const docs = searchDocs(input);
const engine = () => openSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(docs))), '/cruxmap/');
const ids = (r: SearchResults) => r.groups.flatMap((g) => g.hits.map((h) => h.id));

test('documents: claims with role and author name, papers with aliases and mention sentences, authors with handle and bio', () => {
  assert.deepEqual(docs.map((d) => `${d.kind}:${d.id}`), [
    'claim:c-berg', 'claim:c-cot', 'claim:c-ext', 'claim:c-faith', 'claim:c-fake', 'claim:c-hack', 'claim:c-other', 'claim:c-q',
    'paper:berglund-2023', 'paper:turpin', 'author:ann', 'author:emanuelr',
  ]);
  assert.deepEqual(docs.find((d) => d.id === 'c-hack'), { kind: 'claim', id: 'c-hack', role: 'claim', title: input.claims[2]!.data.text, author: 'Emanuel Ruzak' });
  assert.equal(docs.find((d) => d.id === 'c-ext')!.role, 'external');
  assert.equal(docs.find((d) => d.id === 'c-ext')!.author, undefined);
  // The title is not repeated among the aliases, nor an alias twice.
  assert.deepEqual(docs.find((d) => d.id === 'berglund-2023')!.aliases, ['Berglund et. al. (2023)', '(Berglund, 2023)']);
  assert.deepEqual(docs.find((d) => d.id === 'turpin')!.aliases, ['the Turpin paper']);
  assert.equal(docs.find((d) => d.id === 'turpin')!.context!.length, 1);
  assert.deepEqual(docs.find((d) => d.id === 'emanuelr'), { kind: 'author', id: 'emanuelr', role: 'author', title: 'Emanuel Ruzak', aliases: ['emanuelr'] });
  assert.deepEqual(docs.find((d) => d.id === 'ann')!.context, ['Research associate at Example Lab']);
});

test('the index file holds each text once, and opening it gives back the documents', () => {
  const file = buildSearchIndex(docs);
  assert.equal(file.version, SEARCH_INDEX_VERSION);
  assert.deepEqual(file.docs[0], docs[0]);
  const json = JSON.stringify(file);
  assert.equal(json.split('gradient hacking').length - 1, 1);
  assert.deepEqual(engine().docs, docs);
  // Same input, same bytes (the site must build byte-identically).
  assert.equal(JSON.stringify(buildSearchIndex(searchDocs(input))), json);
});

test('an index of another version is refused', () => {
  const file = { ...buildSearchIndex(docs), version: 0 } as unknown as ReturnType<typeof buildSearchIndex>;
  assert.throws(() => openSearchIndex(file, '/'), new RegExp(`search index version 0, expected ${SEARCH_INDEX_VERSION}`));
});

test('the phrase table is matched at build time: the file lists, as gaps, the texts that hold each term', () => {
  const file = buildSearchIndex(docs);
  assert.ok(file.phrases['phrase_cot'], 'the CoT claims hold the term');
  const values = file.phrases['phrase_cot']!.reduce<number[]>((out, gap) => [...out, (out.at(-1) ?? 0) + gap], []);
  assert.ok(values.every((v, i) => i === 0 || v > values[i - 1]!), 'in value order');
  // Opening reads the lists and matches no phrase: a file whose lists are emptied finds nothing for "chain of thought".
  const bare = openSearchIndex({ ...JSON.parse(JSON.stringify(file)), phrases: {} }, '/');
  assert.equal(runSearch(bare, 'chain of thought', 5).total, 0);
  assert.ok(runSearch(openSearchIndex(JSON.parse(JSON.stringify(file)), '/'), 'chain of thought', 5).total >= 2);
});

test('typos are forgiven: "faithfulnes", "Berglnd", "Turpn", "gradient hackng", "aligment faking"', () => {
  const e = engine();
  assert.equal(runSearch(e, 'faithfulnes', 5).groups[0]!.hits[0]!.id, 'c-faith');
  const berglund = runSearch(e, 'Berglnd', 5);
  assert.equal(berglund.groups[0]!.kind, 'paper', 'the paper is the best match, so papers come first');
  assert.equal(berglund.groups[0]!.hits[0]!.id, 'berglund-2023');
  assert.ok(ids(berglund).includes('c-berg'));
  assert.deepEqual(ids(runSearch(e, 'Turpn', 5)), ['turpin']);
  assert.deepEqual(ids(runSearch(e, 'gradient hackng', 5)), ['c-hack']);
  assert.deepEqual(ids(runSearch(e, 'aligment faking', 5)), ['c-fake']);
});

test('short words must match exactly: "CoT" finds the two CoT claims, not "cat" or "not"', () => {
  assert.deepEqual(ids(runSearch(engine(), 'CoT', 5)).sort(), ['c-cot', 'c-faith']);
});

test('every word of a query must match, in any order and any field', () => {
  const e = engine();
  assert.deepEqual(ids(runSearch(e, 'faithfulness CoT', 5)).sort(), ['c-cot', 'c-faith'], '"faithfulness" finds "faithful" too');
  assert.deepEqual(ids(runSearch(e, 'CoT stories', 5)), ['c-faith']);
  assert.deepEqual(ids(runSearch(e, 'cot faithful', 5)).sort(), ['c-cot', 'c-faith']);
  // "Emanuel" is an author name: his entry first, then his claims.
  const emanuel = runSearch(e, 'emanuel', 5);
  assert.deepEqual(emanuel.groups.map((g) => [g.kind, g.hits.map((h) => h.id)]), [['author', ['emanuelr']], ['claim', ['c-fake', 'c-hack']], ['paper', []]]);
  assert.deepEqual(ids(runSearch(e, 'Emanuel gradient', 5)), ['c-hack']);
  assert.deepEqual(ids(runSearch(e, 'question abductive', 5)), ['c-q']);
});

test('a paper is found by its title, by an alias, and (lower) by a sentence that mentions it', () => {
  const e = engine();
  assert.deepEqual(ids(runSearch(e, 'say what they think', 5)), ['turpin']);
  const counterfactual = runSearch(e, 'counterfactual', 5);
  assert.deepEqual(ids(counterfactual), ['turpin']);
  assert.equal(counterfactual.groups[0]!.hits[0]!.extra?.key, 'context');
  const trigger = runSearch(e, 'trigger keyword', 5);
  assert.deepEqual(ids(trigger), ['c-berg', 'berglund-2023'], 'the claim saying it ranks above the paper mentioned there');
  assert.ok(trigger.groups[0]!.hits[0]!.score < trigger.groups[1]!.hits[0]!.score);
});

test('results carry page URLs under the base path, marked ranges, and exact counts beyond the hits kept', () => {
  const r = runSearch(engine(), 'the', 1);
  assert.ok(r.counts.claim > 1);
  assert.equal(r.groups.find((g) => g.kind === 'claim')!.hits.length, 1);
  assert.equal(r.total, r.counts.claim + r.counts.paper + r.counts.author);
  const hit = runSearch(engine(), 'gradient hacking', 5).groups[0]!.hits[0]!;
  assert.equal(hit.url, '/cruxmap/claims/c-hack/');
  assert.equal(hit.author, 'Emanuel Ruzak');
  assert.deepEqual(hit.titleRanges.map(([s, e]) => hit.title.slice(s, e)), ['gradient hacking'], 'a phrase of the table is marked whole');
  const paper = runSearch(engine(), 'Turpin', 5).groups[0]!.hits[0]!;
  assert.equal(paper.url, '/cruxmap/papers/turpin/');
  assert.deepEqual(paper.extra && { key: paper.extra.key, text: paper.extra.text }, { key: 'aliases', text: 'the Turpin paper' });
});

test('queries shorter than two letters, or only punctuation, find nothing (and cost nothing)', () => {
  for (const q of ['', ' ', 'a', '?!', '- -']) assert.equal(runSearch(engine(), q, 5).total, 0, JSON.stringify(q));
});

test('query terms: lower case, split like the index, one-letter words and repeats dropped', () => {
  assert.deepEqual(queryTerms('  Gradient   h'), ['gradient']);
  assert.deepEqual(queryTerms("o1's CoT, cot!"), ['phrase_cot', 'o1']);
  assert.deepEqual(queryTerms('(Berglund, 2023)'), ['berglund', '2023']);
});

test('typos allowed per word: none up to 3 letters, then one per ~3', () => {
  assert.deepEqual(['co', 'cot', 'turp', 'turpn', 'turpin', 'berglnd', 'gradient', 'faithfulnes'].map((t) => maxErrors(t)), [0, 0, 1, 1, 1, 2, 2, 3]);
});

test('edit distance counts a swap as one edit and gives up past the bound', () => {
  assert.equal(editDistance('turpn', 'turpin', 1), 1);
  assert.equal(editDistance('fiathful', 'faithful', 2), 1);
  assert.equal(editDistance('turpin', 'perturbing', 1), 2, 'over the bound: bound + 1');
  assert.equal(editDistance('same', 'same', 0), 0);
});

test('names match as whole words: "turpin" never finds "perturbing"; "Turpn" finds Turpin', () => {
  const local: GraphInput = { ...input, claims: [...input.claims, { id: 'c-pert', data: claim('Perturbing the prompt changes the answer.') }] };
  const e = openSearchIndex(buildSearchIndex(searchDocs(local)), '/');
  assert.deepEqual(ids(runSearch(e, 'turpin', 5)), ['turpin']);
  assert.deepEqual(ids(runSearch(e, 'Turpn', 5)), ['turpin']);
  assert.deepEqual(ids(runSearch(e, 'Trupin', 5)), ['turpin'], 'a swap of two letters is one typo');
  assert.deepEqual(ids(runSearch(e, 'perturbing', 5)), ['c-pert']);
});

test('stems: "faithfulness" finds "faithful", "reasons" finds "reasoning"', () => {
  const e = engine();
  assert.deepEqual(ids(runSearch(e, 'faithfulness', 5)).sort(), ['c-cot', 'c-faith']);
  assert.deepEqual(ids(runSearch(e, 'reasons', 5)), ['c-q']);
});

test('the phrase table: "chain of thought" finds what "CoT" finds, and marks the phrase', () => {
  const e = engine();
  const cot = ids(runSearch(e, 'CoT', 5)).sort();
  assert.deepEqual(ids(runSearch(e, 'chain of thought', 5)).sort(), cot);
  assert.deepEqual(ids(runSearch(e, 'chain-of-thought', 5)).sort(), cot);
  const hit = runSearch(e, 'chain of thought', 5).groups[0]!.hits.find((h) => h.id === 'c-cot')!;
  assert.deepEqual(hit.titleRanges.map(([s, x]) => hit.title.slice(s, x)), ['CoT']);
  assert.deepEqual(queryTerms('chain of thought faithfulness'), ['phrase_cot', 'phrase_faithfulness']);
});

test('the word being typed matches as a prefix, from three letters: "gradient hac" finds gradient hacking', () => {
  const e = engine();
  assert.deepEqual(ids(runSearch(e, 'gradient hac', 5)), ['c-hack']);
  assert.deepEqual(ids(runSearch(e, 'gradient hac ', 5)), [], 'a finished word is whole');
});

test('result summaries', () => {
  assert.equal(resultSummary({ total: 0, counts: { claim: 0, paper: 0, author: 0 } }), 'No results');
  assert.equal(resultSummary({ total: 9, counts: { claim: 9, paper: 0, author: 0 } }), '9 claims');
  assert.equal(resultSummary({ total: 1, counts: { claim: 0, paper: 1, author: 0 } }), '1 paper');
  assert.equal(resultSummary({ total: 12, counts: { claim: 9, paper: 2, author: 1 } }), '12 results: 9 claims, 2 papers, 1 author');
});
