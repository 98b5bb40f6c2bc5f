import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationGroups, paperFacts, paperLink } from '../../src/lib/papers.ts';
import type { Paper } from '../../src/schemas/paper.ts';

const mention = { text: 'Turpin et al. (2023)', comment: 'c', author: 'a', sentence: 'As Turpin et al. (2023) show.', offsets: { start: 0, end: 5 } };
const paper = (over: Partial<Paper> & Record<string, unknown> = {}): Paper => ({ key: 'turpin-2023', title: 'Turpin et al. (2023)', kind: 'paper', surname: 'Turpin', year: 2023, aliases: ['Turpin et al. (2023)'], mentions: [mention], ...over }) as Paper;

test('the link out prefers arXiv, then DOI, then the given address', () => {
  assert.deepEqual(paperLink(paper({ ids: { arxiv: '2305.04388', doi: '10.1/x' } })), { kind: 'arxiv', href: 'https://arxiv.org/abs/2305.04388', text: 'arXiv:2305.04388' });
  assert.equal(paperLink(paper({ url: 'arXiv:2305.04388' })).href, 'https://arxiv.org/abs/2305.04388');
  assert.equal(paperLink(paper({ url: 'https://doi.org/10.1145/3442188.3445922' })).href, 'https://doi.org/10.1145/3442188.3445922');
  assert.deepEqual(paperLink(paper({ url: 'https://www.example.org/paper/' })), { kind: 'url', href: 'https://www.example.org/paper/', text: 'example.org/paper' });
});

test('without an address: a search for the title, never a javascript: link', () => {
  const l = paperLink(paper({ url: 'javascript:alert(1)' }));
  assert.equal(l.kind, 'search');
  assert.ok(l.href.startsWith('https://scholar.google.com/scholar?q='));
  assert.equal(l.kind === 'search' && l.query, 'Turpin 2023');
  const t = paperLink(paper({ title: 'Language Models Don’t Always Say What They Think', year: 2023 }));
  assert.equal(t.kind === 'search' && t.query, 'Language Models Don’t Always Say What They Think 2023');
});

test('byline: the authors when known, else the first author when the title does not say it', () => {
  assert.equal(paperFacts(paper()).byline, undefined, 'the title already names Turpin');
  assert.equal(paperFacts(paper({ title: 'Language Models Don’t Always Say What They Think' })).byline, 'First author: Turpin');
  assert.equal(paperFacts(paper({ authors: ['Miles Turpin', 'Julian Michael', 'Ethan Perez', 'Samuel Bowman'] })).byline, 'By Miles Turpin, Julian Michael and 2 more');
  assert.equal(paperFacts(paper({ authors: ['A', 'B'] })).byline, 'By A and B');
  assert.equal(paperFacts(paper()).kind, 'Paper');
});

test('citation groups: outside words that cite a work show under whoever quoted them, nothing is lost', () => {
  // lw-dev: the only citing claim of arXiv:1606.06565 was a quote from outside the corpus (no author),
  // and its mention pointed at that claim, so the paper page said "Cited 1 time" over an empty list.
  const mentions = [{ ...mention, author: 'ricraz', claim: 'external-q' }, { ...mention, author: 'ann', comment: 'c2' }];
  const whose = (id: string) => ({ 'external-q': 'ricraz', 'ann-1': 'ann' })[id];
  const groups = citationGroups(['ann', 'bob', 'ricraz'], [{ source: 'external-q', evidence: 1 }, { source: 'ann-1', evidence: 2 }], mentions, whose);
  assert.deepEqual(groups.map((g) => [g.id, g.claims.map((c) => c.source), g.mentions.length]), [['ann', ['ann-1'], 1], ['ricraz', ['external-q'], 0]]);
});
