/** cite: works named in a text, merged on a canonical key; what is not a work; paper records and claim links. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addressIdentity, benchmarkNamed, canonicalKeys, cite, citeComment, fileTitle, paperTitle, papersOf, withKnownNames, withLinks, type Citation, type CitationSite } from '../../src/pipeline/cite.ts';
import type { Comment, Inline, Paragraph, Sentence } from '../../src/schemas/comment.ts';
import type { Entry } from '../../src/pipeline/corpus.ts';

const keys = (text: string) => cite(text).map((c) => c.key);

/** A comment of paragraphs, each plain text or inline runs (with links); kinds default to text. */
function comment(paragraphs: (string | Inline[] | { kind: Paragraph['kind']; text: string })[], author = 'ann'): Comment {
  let text = '';
  const out: Paragraph[] = [];
  paragraphs.forEach((p, k) => {
    if (text) text += '\n\n';
    const inlines = typeof p === 'string' ? [{ text: p }] : Array.isArray(p) ? p : [{ text: p.text }];
    const start = text.length;
    text += inlines.map((r) => r.text).join('');
    out.push({ kind: !Array.isArray(p) && typeof p === 'object' ? p.kind : 'text', lines: { start: k + 1, end: k + 1 }, offsets: { start, end: text.length }, inlines });
  });
  return { author, file: `${author}.txt`, order: 0, lines: { start: 1, end: paragraphs.length }, text, paragraphs: out, grouping: [], sentences: [] };
}

/** Each paragraph one sentence: a claim `<id>-<k>`, or an aside where `asides` says so. */
function sentences(id: string, c: Comment, asides: number[] = []): Sentence[] {
  return c.paragraphs.map((p, k) => (asides.includes(k) ? { offsets: p.offsets, role: 'aside' } : { offsets: p.offsets, role: 'claim', claim: `${id}-${k}` }));
}

function mine(comments: { id: string; data: Comment; asides?: number[] }[]) {
  const sites: CitationSite[] = [];
  const sentencesOf = new Map<string, Sentence[]>();
  for (const c of comments) {
    const entry: Entry<Comment> = { id: c.id, data: c.data, body: '' };
    sentencesOf.set(c.id, sentences(c.id, c.data, c.asides));
    for (const x of citeComment(c.data)) sites.push({ comment: entry, c: x });
  }
  return papersOf(sites, sentencesOf);
}

test('author and year, in the forms the seeds use, merge on surname + year', () => {
  assert.deepEqual(keys('Berglund et. al. (2023) utilise a prompt.'), ['berglund-2023']);
  assert.deepEqual(keys('it seems like (Berglund, 2023) already tells us a lot'), ['berglund-2023']);
  assert.deepEqual(keys('Popper and Stengel (2024) discuss this.'), ['popper-2024']);
  assert.deepEqual(cite('Berglund et. al. (2023) utilise')[0]!.text, 'Berglund et. al. (2023)');
  assert.deepEqual(cite('it seems like (Berglund, 2023) already')[0]!.text, '(Berglund, 2023)');
});

test('author and year in every form people write it', () => {
  assert.deepEqual(keys('As Smith (2020) showed'), ['smith-2020']);
  assert.deepEqual(keys('as shown before (Smith, 2020).'), ['smith-2020']);
  assert.deepEqual(keys('Smith et al. 2020 found the same'), ['smith-2020']);
  assert.deepEqual(keys('introduced by de Blanc [2011] and further discussed by Soares [2015].'), ['de-blanc-2011', 'soares-2015']);
  assert.deepEqual(cite('introduced by de Blanc [2011]')[0]!.surname, 'de Blanc');
  assert.deepEqual(keys('Smith and Jones (2019) disagree'), ['smith-2019']);
  assert.deepEqual(cite('Smith and Jones (2019) disagree')[0]!.authors, ['Smith', 'Jones']);
  assert.deepEqual(keys('as argued before (Smith, 2020; Jones and Lee, 2019; see Wu et al., 2021)'), ['smith-2020', 'jones-2019', 'wu-2021']);
  assert.deepEqual(keys('Obama, in 2008, won the election'), []);
  assert.deepEqual(keys('Wissner-Gross (2013) proposed'), ['wissner-gross-2013']);
  assert.deepEqual(cite('Smith, Jones, and Lee (2019) found').map((c) => [c.key, c.authors]), [['smith-2019', ['Smith', 'Jones', 'Lee']]]);
  assert.deepEqual(keys('as noted (Smith 2020; Lee 2019).'), ['smith-2020', 'lee-2019']);
  assert.deepEqual(keys('constructed to pursue them (Bostrom 2014, chap. 8).'), ['bostrom-2014']);
  assert.deepEqual(keys('Smith (2020, p. 5) says'), ['smith-2020']);
  assert.deepEqual(cite("Smith's (2020) paper says").map((c) => [c.key, c.surname]), [['smith-2020', 'Smith']]);
  assert.deepEqual(keys('from before ChatGPT (Nov 2022) the essay'), []);
});

test('"the Turpin paper" and "the Turpin \'Say What They Think\' paper" are one work', () => {
  const a = cite('Counterfactual metrics, like the ones in the Turpin paper, are better.');
  const b = cite("the alarming results in the Turpin 'Say What They Think' paper");
  assert.equal(a[0]!.key, 'turpin');
  assert.equal(b[0]!.key, 'turpin');
  assert.equal(b[0]!.title, 'Say What They Think');
  assert.equal(paperTitle({ title: 'Say What They Think', surname: 'Turpin', aliases: [], mentions: [] }), 'Turpin et al., "Say What They Think"');
});

test('the/Name\'s work: "The Goodman paper", "the DeepSeek-R1 paper", "Kunda\'s original piece", "Our new report"', () => {
  assert.deepEqual(keys('The Goodman paper seems to be about caching.'), ['goodman']);
  const r1 = cite('E. g., the DeepSeek-R1 paper repeatedly complained');
  assert.deepEqual([r1[0]!.key, r1[0]!.title, r1[0]!.surname], ['deepseek-r1', 'DeepSeek-R1 paper', undefined]);
  assert.deepEqual(cite("You said Kunda's original piece divided").map((c) => [c.key, c.surname]), [['kunda', 'Kunda']]);
  assert.deepEqual(keys('the PRISM paper says'), ['prism']);
  assert.deepEqual(cite('as the Claude 3 Opus model card says').map((c) => [c.key, c.title]), [['title-claude-3-opus-model-card', 'Claude 3 Opus model card']]);
  assert.deepEqual(cite('The GPT-4 technical report notes').map((c) => c.title), ['GPT-4 technical report']);
  assert.deepEqual(cite("Scott's Meditations On Moloch post argues").map((c) => c.title), ['Meditations On Moloch']);
  assert.deepEqual(cite('Our new report tackles the question.').map((c) => [c.key, c.rule]), [['own-report', 'own-work']]);
  // Organisations' books, religions, first names with an essay, a forum post: not works by these words alone.
  for (const text of ['the MIRI book says', 'the Adventist study found', 'the Buddhist thesis is', "Sarah's essay argues", "Nate's post says", 'the first paper observes', 'Nate\'s "sharp left turn" post']) {
    assert.deepEqual(cite(text), [], text);
  }
});

test('quoted and Title-Case titles beside a work word, after "read", "In", "cf.", or with "by Author"', () => {
  assert.deepEqual(cite('Quoting the abstract of MIRI\'s "The Value Learning Problem" paper:').map((c) => [c.key, c.title]), [['title-value-learning-problem', 'The Value Learning Problem']]);
  assert.deepEqual(cite("And Nate's Value Learning Problem paper, as I noted").map((c) => [c.key, c.title]), [['title-value-learning-problem', 'Value Learning Problem']]);
  assert.deepEqual(cite('In "Distinct Contributions of the Cerebellum and Basal Ganglia to Arithmetic Procedures" it looks like')[0]!.title, 'Distinct Contributions of the Cerebellum and Basal Ganglia to Arithmetic Procedures');
  assert.deepEqual(cite('people who have read "inventing temperature" should')[0]!.title, 'inventing temperature');
  const lem = cite('I\'ve also read “The Seventh Sally, OR How Trurl’s Own Perfection Led to No Good” by Lem, but')[0]!;
  assert.deepEqual([lem.title, lem.surname, lem.sole], ['The Seventh Sally, OR How Trurl’s Own Perfection Led to No Good', 'Lem', true]);
  assert.deepEqual(cite('Cf. The Rocket Alignment Problem. The point is')[0]!.title, 'The Rocket Alignment Problem');
  const book = cite('e.g. The Sleepwalkers by Koestler, to get a sense');
  assert.deepEqual([book[0]!.title, book[0]!.surname, book[0]!.sole], ['The Sleepwalkers', 'Koestler', true]);
  assert.equal(paperTitle({ title: 'The Sleepwalkers', surname: 'Koestler', sole: true, aliases: [], mentions: [] }), 'Koestler, "The Sleepwalkers"');
  assert.deepEqual(cite("the original source is Hardy's memoir, A Mathematician's Apology, which").map((c) => [c.title, c.surname]), [["A Mathematician's Apology", 'Hardy']]);
  assert.deepEqual(cite('a deep research report based largely on this paper on the co-scientist project.')[0]!.title, 'paper on the co-scientist project');
  // Quoted words that are no title, a title's own "by", shouting.
  for (const text of ['I don\'t see "push harder on doing agent foundations" as', "Let's Think Dot by Dot: Hidden Computation", 'he said "YOU SHOULD ALL BE COOPERATING" loudly', 'In "this case" it fails', 'I read "the fine print" twice', 'Great Post by Zvi, as usual', 'a study on mice.', 'the paper on arXiv.', 'this paper on the topic.', 'the AI paper says']) {
    assert.deepEqual(cite(text), [], text);
  }
});

test('"Author et al" without a year, a parenthesised title, a named benchmark', () => {
  assert.deepEqual(keys('I read the paper (Sheshadri et al) where'), ['sheshadri']);
  assert.deepEqual(keys('With neuralese recurrence (Training Large Language Models to Reason in a Continuous Latent Space), the model'), ['training-large-language-models-to-reason-in-a-continuous-latent-space']);
  assert.deepEqual(cite('put the BIG-Bench "canary string" in the doc').map((c) => [c.key, c.kind]), [['big-bench', 'benchmark']]);
  for (const text of ['she was hired (Member of Technical Staff) there', 'an open letter (Chief Research Officer; signed by 505) was']) assert.deepEqual(cite(text), [], text);
});

test('arXiv ids (abs, pdf and versions alike), DOIs, paper hosts; no image, CDN file or plain web page', () => {
  assert.deepEqual(keys('see arXiv:2307.13702v2 and https://arxiv.org/abs/2305.04388'), ['arxiv-2307-13702', 'arxiv-2305-04388']);
  assert.deepEqual(keys('two papers: https://arxiv.org/pdf/1805.12152 https://arxiv.org/pdf/1805.12152v3.pdf'), ['arxiv-1805-12152', 'arxiv-1805-12152']);
  assert.deepEqual(keys('doi:10.1000/xyz123.'), ['doi-10-1000-xyz123']);
  assert.equal(cite('at https://openreview.net/forum?id=abc123 they')[0]!.url, 'https://openreview.net/forum?id=abc123');
  assert.equal(cite('the agenda https://intelligence.org/files/TechnicalAgenda.pdf says')[0]!.kind, 'paper');
  for (const text of ['read https://example.org/post.', 'see https://substackcdn.com/image/fetch/w_1456/abc.png', 'https://i.imgur.com/abc.jpg here', 'https://lh3.googleusercontent.com/abc']) {
    assert.deepEqual(cite(text), [], text);
  }
  assert.equal(addressIdentity('https://arxiv.org/pdf/2404.15758v2')!.url, 'https://arxiv.org/abs/2404.15758');
  assert.equal(addressIdentity('https://doi.org/10.1000/xyz123')!.url, 'https://doi.org/10.1000/xyz123');
  assert.equal(addressIdentity('https://res.cloudinary.com/x/paper.pdf'), null);
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
    'Since (2020) things changed.',
    'DeepSeek-R1 is a strong model.',
  ]) assert.deepEqual(cite(text), [], text);
});

test('a link gives its address to the words it covers; a link to a work is cited by its text', () => {
  const c = comment([[{ text: 'As ' }, { text: 'Burns et al. (2022)', href: 'https://arxiv.org/abs/2212.03827v2' }, { text: ' show.' }]]);
  const [burns] = citeComment(c);
  assert.deepEqual([burns!.key, burns!.url, burns!.ids], ['burns-2022', 'https://arxiv.org/abs/2212.03827', { arxiv: '2212.03827' }]);
  const titled = citeComment(comment([[{ text: 'Relevant paper: ' }, { text: 'Does Reinforcement Learning Really Incentivize Reasoning?', href: 'https://arxiv.org/abs/2504.13837' }]]));
  assert.deepEqual(titled.map((x) => [x.title, x.ids]), [['Does Reinforcement Learning Really Incentivize Reasoning?', { arxiv: '2504.13837' }]]);
  const bare = citeComment(comment([[{ text: 'I like ' }, { text: 'putting', href: 'https://arxiv.org/abs/1707.01068' }, { text: ' agents together.' }]]));
  assert.deepEqual(bare.map((x) => [x.key, x.title, x.text]), [['arxiv-1707-01068', undefined, 'putting']]);
  const names = citeComment(comment([[{ text: 'see ' }, { text: 'Jason Gross on compact proofs', href: 'https://arxiv.org/abs/2406.11779' }, { text: ' and ' }, { text: 'PRISM', href: 'https://arxiv.org/abs/2503.04740' }, { text: ' and ' }, { text: 'this paper', href: 'https://arxiv.org/abs/2502.18864' }, { text: ' and ' }, { text: 'The generalized common sense reasoning that comes along', href: 'https://arxiv.org/abs/2411.07681' }]]));
  assert.deepEqual(names.map((x) => x.title), ['Jason Gross on compact proofs', 'PRISM', undefined, undefined]);
  // An image, a plain page, a library page whose link says nothing of a work: none is cited.
  const none = comment([[{ text: 'see ' }, { text: 'this', href: 'https://substackcdn.com/image/x.png' }, { text: ' and ' }, { text: 'we', href: 'https://pubmed.ncbi.nlm.nih.gov/21354183/' }, { text: ' and ' }, { text: 'here', href: 'https://example.org/blog' }]]);
  assert.deepEqual(withLinks(none, []), []);
  const named = withLinks(comment([[{ text: 'Causal entropic forces', href: 'https://www.alexwg.org/publications/PhysRevLett_110-168702.pdf' }]]), []);
  assert.equal(named.length, 1);
  // The raw Markdown of a link, left as text: one work, with the address.
  assert.deepEqual(cite('how [Burns et al. (2022)](https://arxiv.org/abs/2212.03827) search').map((x) => [x.key, x.url]), [['burns-2022', 'https://arxiv.org/abs/2212.03827']]);
  assert.deepEqual(cite('like [PRISM](https://arxiv.org/abs/2503.04740) does').map((x) => [x.key, x.text, x.title]), [['arxiv-2503-04740', 'PRISM', 'PRISM']]);
});

test('a title set after "paper:", in the paragraph or as the next one; table rows and listed benchmarks cite nothing', () => {
  assert.deepEqual(citeComment(comment(['Relevant paper: Neural mechanisms of human decision-making'])).map((c) => c.title), ['Neural mechanisms of human decision-making']);
  const next = citeComment(comment(['What this reminded me of is this paper:', "Let's Think Dot by Dot: Hidden Computation in Transformer Language Models", 'It shows that filler tokens help.']));
  assert.deepEqual(next.map((c) => [c.text, c.title]), [['this paper', "Let's Think Dot by Dot: Hidden Computation in Transformer Language Models"]]);
  assert.deepEqual(citeComment(comment(['This paper: it is bad.'])), []);
  assert.deepEqual(citeComment(comment(['This never happened.', '"This prompt (sometimes) makes ChatGPT think about terrorist organisations"'])).map((c) => c.title), ['This prompt (sometimes) makes ChatGPT think about terrorist organisations']);
  assert.deepEqual(citeComment(comment(['"I will not do that."', { kind: 'item', text: '"Given this step of the plan, do it"' }])), []);
  assert.deepEqual(citeComment(comment(['Smith (2020)\t0.5\t0.7'])), []);
  // A one-column table has no tab or pipe to say so: its kind does.
  assert.deepEqual(citeComment(comment([{ kind: 'table', text: 'Smith (2020)\nJones (2021)' }])), []);
  assert.deepEqual(citeComment(comment([{ kind: 'item', text: 'MMLU' }, 'We beat MMLU.'])).map((c) => c.key), ['mmlu']);
});

test('a surname-only key joins the one surname + year key with that surname', () => {
  const all = [...cite('the Lanham paper'), ...cite('Lanham et al. (2023)')];
  assert.equal(canonicalKeys(all).get('lanham'), 'lanham-2023');
  const two = [...cite('the Smith paper'), ...cite('Smith (2020)'), ...cite('Smith (2021)')];
  assert.equal(canonicalKeys(two).get('smith'), 'smith', 'ambiguous: stays apart');
  const years = [...cite("Bostrom's paper on it didn't come out until either 2001 or 2003."), ...cite('as argued (Bostrom 2014, chap. 8).')];
  assert.equal(canonicalKeys(years).get('bostrom'), 'bostrom', 'its sentence gives other years');
});

test('mentions of one work merge across comments and authors: by arXiv id, title, surname + year', () => {
  const { papers, cites } = mine([
    { id: 'a', data: comment([[{ text: 'Burns et al. (2022)', href: 'https://arxiv.org/abs/2212.03827' }, { text: ' search for beliefs.' }]], 'ann') },
    { id: 'b', data: comment([[{ text: 'See ' }, { text: 'this paper', href: 'https://arxiv.org/pdf/2212.03827v3' }, { text: ' on probes.' }], 'Burns (2022) is good.'], 'bob') },
    { id: 'c', data: comment(['Quoting MIRI\'s "The Value Learning Problem" paper:', "Nate's Value Learning Problem paper says so.", 'the agenda https://intelligence.org/files/ValueLearningProblem.pdf'], 'cy') },
  ]);
  assert.deepEqual(papers.map((p) => p.id), ['burns-2022', 'title-value-learning-problem']);
  const burns = papers[0]!.data;
  assert.deepEqual([burns.title, burns.url, burns.ids, burns.authors, burns.year, burns.mentions.length], ['Burns et al. (2022)', 'https://arxiv.org/abs/2212.03827', { arxiv: '2212.03827' }, ['Burns'], 2022, 3]);
  const vlp = papers[1]!.data;
  assert.deepEqual([vlp.title, vlp.mentions.length, vlp.url], ['The Value Learning Problem', 3, 'https://intelligence.org/files/ValueLearningProblem.pdf']);
  assert.deepEqual(cites.get('a-0'), [{ target: 'burns-2022', evidence: { rule: 'citation', cue: 'Burns et al. (2022)' } }]);
  assert.deepEqual(cites.get('b-0'), [{ target: 'burns-2022', evidence: { rule: 'citation', cue: 'this paper on probes' } }]);
});

test('a work named in an aside is cited by the nearest claim; "our report" is each writer\'s own', () => {
  const { papers, cites } = mine([
    { id: 'a', data: comment(['my summary of these two papers: https://arxiv.org/pdf/1805.12152', 'the first paper observes a phenomenon.'], 'ann'), asides: [0] },
    { id: 'b', data: comment(['Our new report tackles safety cases.'], 'ann') },
    { id: 'c', data: comment(['Our new report is about chess.'], 'bob') },
  ]);
  assert.deepEqual(cites.get('a-1'), [{ target: 'arxiv-1805-12152', evidence: { rule: 'citation-nearby', cue: 'https://arxiv.org/pdf/1805.12152' } }]);
  assert.equal(papers.find((p) => p.id === 'arxiv-1805-12152')!.data.title, 'arXiv:1805.12152');
  const own = papers.filter((p) => p.id.startsWith('own-'));
  assert.deepEqual(own.map((p) => [p.id, p.data.title]), [['own-report-ann', 'Our new report tackles safety cases.'], ['own-report-bob', 'Our new report is about chess.']]);
});

test('a work named by its author, by its topic, by what it holds, or as a person on a topic after "see"', () => {
  const golumbia = cite('The essay by David Golumbia from 2015 is super interesting')[0]!;
  assert.deepEqual([golumbia.key, golumbia.surname, golumbia.authors, golumbia.year, golumbia.sole], ['golumbia-2015', 'Golumbia', ['David Golumbia'], 2015, true]);
  assert.deepEqual(cite('a paper by Smith et al. (2020) shows').map((c) => [c.key, c.sole]), [['smith-2020', false]]);
  assert.deepEqual(cite('as illustrated by this classic article making basically this argument about punitive damages.').map((c) => c.title), ['article on punitive damages']);
  assert.deepEqual(cite('the logical inductor constructed in the paper is primitive recursive').map((c) => c.title), ['paper on the logical inductor']);
  const see = cite("- see Stephen Casper's engineer's interpretability sequence, Jason Gross on compact proofs");
  assert.deepEqual(see.map((c) => [c.title, c.authors, c.surname]), [['Jason Gross on compact proofs', ['Jason Gross'], undefined]]);
  assert.deepEqual(cite('The Three Pillars of Zen: Teaching, Practice, and Enlightenment by Philip Kapleau')[0]!.title, 'The Three Pillars of Zen: Teaching, Practice, and Enlightenment');
  // An organisation is no author; a part of a work, an idiom, a person acting on a topic outside a pointer are no work.
  for (const text of ['a study by Pew Research Center found', 'the main result described in the paper is wrong', 'the model described in the paper is small', 'read this essay on its own terms.', 'Jason Gross on compact proofs is great', 'This paper is about induction.']) {
    assert.deepEqual(cite(text), [], text);
  }
});

test('words that point back at a work mention it: an ordinal in a list, "the paper" after one work; never ambiguous', () => {
  const two = citeComment(comment(['my summary of these two papers: https://arxiv.org/pdf/1805.12152 https://arxiv.org/pdf/1905.02175', 'the first paper observes a phenomenon.', 'in the second paper, the authors go on; the latter paper is better.']));
  assert.deepEqual(two.filter((c) => c.rule === 'back-reference').map((c) => [c.text, c.key]), [['the first paper', 'arxiv-1805-12152'], ['the second paper', 'arxiv-1905-02175'], ['the latter paper', 'arxiv-1905-02175']]);
  const one = citeComment(comment(['Counterfactual metrics, like the ones in the Turpin paper, are better.', 'Though we already know from that paper that CoT is unfaithful.']));
  assert.deepEqual(one.map((c) => [c.text, c.key]), [['the Turpin paper', 'turpin'], ['that paper', 'turpin']]);
  const back = (paragraphs: Parameters<typeof comment>[0]) => citeComment(comment(paragraphs)).filter((c) => c.rule === 'back-reference');
  // Two works and no ordinal; an essay after a paper; nothing before; words that point ahead; a link's own words.
  assert.deepEqual(back(['See Smith (2020) and Jones (2021).', 'The paper shows it.']), []);
  assert.deepEqual(back(['See the Smith paper.', 'Still, the essay says otherwise.']), []);
  assert.deepEqual(back(['The paper shows it.', 'See Smith (2020).']), []);
  assert.deepEqual(back(['The agenda is https://intelligence.org/files/TechnicalAgenda.pdf here.', 'That link is broken; the paper is https://intelligence.org/files/ValueLearningProblem.pdf.']), []);
  assert.deepEqual(back(['See Smith (2020).', 'What this reminded me of is this paper:', 'It is good.']), []);
  assert.deepEqual(back(['See Smith (2020).', [{ text: 'Sauce is ' }, { text: 'figure 4 from this paper', href: 'https://www.researchgate.net/publication/1' }]]), []);
  assert.deepEqual(back(['the first paper observes a phenomenon.']), []);
});

test('a profile dump marks no comment boundary: the first paragraph may point back at the works of the comment before', () => {
  const before = citeComment(comment(['my summary of these two papers: https://arxiv.org/pdf/1805.12152 https://arxiv.org/pdf/1905.02175']));
  const next = comment(['the first paper observes a phenomenon.', 'in the second paper, the authors go on.']);
  assert.deepEqual(citeComment(next, before).map((c) => c.key), ['arxiv-1805-12152', 'arxiv-1905-02175']);
  // Further in, with no pointer back first: those are not this comment's works.
  assert.deepEqual(citeComment(comment(['A new point.', 'the first paper observes it.']), before), []);
});

test('a short name its writer calls a paper is cited where he names it again; not by others, not a name with a possessive', () => {
  const entry = (id: string, text: string, author: string) => {
    const data = comment([text], author);
    return { comment: { id, data, body: '' }, found: citeComment(data) };
  };
  const all = withKnownNames([
    entry('a', 'It would be good to formalize the arguments given in the PRISM paper.', 'mp'),
    entry('b', 'A value system like PRISM could be extrapolated.', 'mp'),
    entry('c', 'PRISM is nothing new.', 'other'),
    entry('d', 'The MIRI paper says so.', 'rb'),
    entry('e', "MIRI's view is that MIRI should be careful.", 'rb'),
    entry('f', 'The CAIS paper is out.', 'rb'),
    entry('g', 'People at CAIS like CAIS.', 'rb'),
  ]);
  assert.deepEqual(all.map((x) => x.found.map((c) => [c.key, c.rule])), [[['prism', 'the-author-paper']], [['prism', 'known-name']], [], [['miri', 'the-author-paper']], [], [['cais', 'the-author-paper']], []]);
});

test('one work under its short name and its link; a dataset by its name; a year and a title from a link and a PDF name', () => {
  const keys2 = canonicalKeys([...cite('the PRISM paper says'), ...citeComment(comment([[{ text: 'a value system like ' }, { text: 'PRISM', href: 'https://arxiv.org/abs/2503.04740' }]]))]);
  // Both rules made their key, and the two keys name one work.
  assert.ok(keys2.has('prism') && keys2.has('arxiv-2503-04740'));
  assert.equal(keys2.get('prism'), keys2.get('arxiv-2503-04740'));
  const pile = citeComment(comment([[{ text: 'point it at ' }, { text: 'the Pile', href: 'https://arxiv.org/abs/2101.00027' }]]));
  assert.deepEqual(pile.map((c) => [c.key, c.kind, c.title, c.ids]), [['the-pile', 'dataset', 'The Pile', { arxiv: '2101.00027' }]]);
  const winograd = citeComment(comment([[{ text: 'BERT got traction on ' }, { text: 'the Winograd schema challenge', href: 'https://arxiv.org/abs/1905.06290' }]]));
  assert.deepEqual(winograd.map((c) => [c.kind, c.title]), [['benchmark', 'Winograd schema challenge']]);
  const year = citeComment(comment([[{ text: 'clearer in the ' }, { text: '2011 paper', href: 'https://intelligence.org/files/ComplexValues.pdf' }]]));
  assert.deepEqual(year.map((c) => [c.year, c.title]), [[2011, undefined]]);
  assert.equal(paperTitle({ title: '', year: 2011, url: 'https://intelligence.org/files/ComplexValues.pdf', aliases: ['2011 paper'], mentions: [{ text: '2011 paper' }] }), 'Complex Values (2011)');
  assert.equal(fileTitle('https://x.edu/uploads/2015/01/Games_without_Play.pdf'), 'Games without Play');
  assert.equal(paperTitle({ title: '', surname: 'Golumbia', sole: true, year: 2015, url: 'https://x.edu/2015/01/Games_without_Play.pdf', aliases: ['x'], mentions: [] }), 'Golumbia, "Games without Play" (2015)');
  for (const url of ['https://www.religjournal.com/pdf/ijrr01009.pdf', 'https://space.mit.edu/home/tegmark/multiverse.pdf', 'https://example.org/PhysRevLett_110-168702.pdf', 'https://example.org/page']) assert.equal(fileTitle(url), undefined, url);
});

test('a link whose words name a benchmark or a dataset cites it, matched by the lexicon\'s patterns; a list item naming one cites nothing', () => {
  const link = (words: string, kind: Paragraph['kind'] = 'text') => {
    const c = comment([[{ text: 'we tried ' }, { text: words, href: 'https://arxiv.org/abs/2101.00027' }]]);
    c.paragraphs[0]!.kind = kind;
    return citeComment(c).map((x) => [x.kind, x.title]);
  };
  // Spellings the name equality missed and the text's case-sensitive scan does not see: a variant, another
  // case, a trailing "benchmark" or "dataset".
  assert.deepEqual(link('bigbench hard'), [['benchmark', 'BIG-Bench']]);
  assert.deepEqual(link('the mmlu benchmark'), [['benchmark', 'MMLU']]);
  assert.deepEqual(link('ImageNet dataset'), [['dataset', 'ImageNet']]);
  assert.deepEqual(link('the Pile dataset'), [['dataset', 'The Pile']]);
  assert.deepEqual(link('the Pile'), [['dataset', 'The Pile']]);
  assert.deepEqual(link('a new reading comprehension dataset'), [['dataset', 'A new reading comprehension dataset']]);
  // Words that merely hold a name are no name: the paper at the address is cited, and the benchmark its words name, apart.
  const held = link('scores on MMLU went up');
  assert.deepEqual(held, [['paper', undefined], ['benchmark', 'MMLU']]);
  assert.deepEqual(link('the Pile', 'item'), []);
  // The raw Markdown of a link in a dump's text: the same.
  assert.deepEqual(cite('at [the Pile](https://arxiv.org/abs/2101.00027) indiscriminately').map((x) => [x.kind, x.title, x.ids?.arxiv]), [['dataset', 'The Pile', '2101.00027']]);
  assert.equal(benchmarkNamed('the Winograd schema challenge')?.kind, 'benchmark');
  assert.equal(benchmarkNamed('Jason Gross on compact proofs'), undefined);
});

test('labels: a possessive names one author (no "et al."); ordinary link words are never a title, a title found elsewhere is', () => {
  const { papers } = mine([
    { id: 'a', data: comment(["By contrast, Bostrom's paper on a similar subject came out later.", "You said Kunda's original piece divided them.", 'The Kaplan paper is off.'], 'ann') },
  ]);
  assert.deepEqual(papers.map((p) => p.data.title), ['Bostrom', 'Kaplan et al.', 'Kunda']);
  // "the Kaplan paper" names no author count: "et al." stays, as for "the Turpin paper"; a mention that says "et al." wins.
  const both = mine([{ id: 'a', data: comment(["Kunda's original piece says so.", 'Kunda et al. (1990) disagree.']) }]);
  assert.deepEqual(both.papers.map((p) => p.data.title), ['Kunda et al. (1990)']);
  // Sentence case in the run of a sentence is the sentence's own words; opening the sentence it is a title.
  const run = citeComment(comment([[{ text: 'a practical implementation would include ' }, { text: 'Schulze and Ranked Pair ballot tabulation', href: 'https://arxiv.org/abs/1210.6963' }, { text: '.' }]]));
  assert.deepEqual(run.map((x) => x.title), [undefined]);
  const opens = citeComment(comment([[{ text: 'Causal entropic forces', href: 'https://arxiv.org/abs/1301.0001' }, { text: ' is another proposal.' }]]));
  assert.deepEqual(opens.map((x) => x.title), ['Causal entropic forces']);
  // A person on a topic names the work wherever it stands, as in a raw Markdown list of pointers.
  assert.deepEqual(cite("see Stephen Casper's [sequence](https://www.alignmentforum.org/s/a6), [Jason Gross on compact proofs](https://arxiv.org/abs/2406.11779)").map((x) => x.title), ['Jason Gross on compact proofs']);
  // "[putting](arxiv)": the arXiv id, unless the corpus gives the work a better title elsewhere.
  const alone = mine([{ id: 'a', data: comment([[{ text: 'I like ' }, { text: 'putting', href: 'https://arxiv.org/abs/1707.01068' }, { text: ' agents together.' }]]) }]);
  assert.deepEqual(alone.papers.map((p) => p.data.title), ['arXiv:1707.01068']);
  const better = mine([
    { id: 'a', data: comment([[{ text: 'I like ' }, { text: 'putting', href: 'https://arxiv.org/abs/1707.01068' }, { text: ' agents together.' }]]) },
    { id: 'b', data: comment([[{ text: 'See ' }, { text: 'Emergent Behaviour of Many Agents', href: 'https://arxiv.org/pdf/1707.01068v2' }, { text: '.' }]], 'bob') },
  ]);
  assert.deepEqual(better.papers.map((p) => [p.id, p.data.title]), [['arxiv-1707-01068', 'Emergent Behaviour of Many Agents']]);
});

test('every paper is cited by a claim: a list cites through the sentence that introduces it, never through a quote; a work no claim is near is not emitted', () => {
  const books = comment(['Here are some good books to read.', { kind: 'item', text: 'The Sleepwalkers by Koestler' }, { kind: 'quote', text: 'How do you reach it?' }], 'ls');
  const sentencesOf = new Map<string, Sentence[]>([['a', [
    { offsets: books.paragraphs[0]!.offsets, role: 'claim', claim: 'a-0' },
    { offsets: books.paragraphs[1]!.offsets, role: 'aside' },
    { offsets: books.paragraphs[2]!.offsets, role: 'question', claim: 'other-claim', quote: true },
  ]]]);
  const entry: Entry<Comment> = { id: 'a', data: books, body: '' };
  const listed = papersOf(citeComment(books).map((c) => ({ comment: entry, c })), sentencesOf);
  assert.deepEqual([...listed.cites], [['a-0', [{ target: 'title-sleepwalkers', evidence: { rule: 'citation-nearby', cue: 'The Sleepwalkers by Koestler' } }]]]);
  // Without the lead-in, the only claim near is the quote's, someone else's: the book is not emitted.
  sentencesOf.get('a')![0] = { offsets: books.paragraphs[0]!.offsets, role: 'aside' };
  const alone = papersOf(citeComment(books).map((c) => ({ comment: entry, c })), sentencesOf);
  assert.deepEqual([alone.papers.length, alone.cites.size], [0, 0]);
  // A plain dump cut the list from its lead-in: the comment before it in the file cites the book.
  const lead = comment(['Here are some good books to read.'], 'ls');
  sentencesOf.set('p', [{ offsets: lead.paragraphs[0]!.offsets, role: 'claim', claim: 'p-0' }]);
  const cut = papersOf(citeComment(books).map((c) => ({ comment: entry, c, previous: { id: 'p', data: lead, body: '' } })), sentencesOf);
  assert.deepEqual([cut.papers.map((p) => p.id), [...cut.cites.keys()]], [['title-sleepwalkers'], ['p-0']]);
  // Words that are no list look ahead first: "my summary of these papers: <address>" introduces the comment after it.
  const summary = comment(['my summary of this paper: https://arxiv.org/pdf/1805.12152'], 'lg');
  const after = comment(['The authors present a toy example.'], 'lg');
  const before = comment(['I think AGI is a big claim.'], 'lg');
  sentencesOf.set('s', [{ offsets: summary.paragraphs[0]!.offsets, role: 'aside' }]);
  sentencesOf.set('n', [{ offsets: after.paragraphs[0]!.offsets, role: 'claim', claim: 'n-0' }]);
  sentencesOf.set('b', [{ offsets: before.paragraphs[0]!.offsets, role: 'claim', claim: 'b-0' }]);
  const site = (c: Citation) => ({ comment: { id: 's', data: summary, body: '' }, c, previous: { id: 'b', data: before, body: '' }, next: { id: 'n', data: after, body: '' } });
  assert.deepEqual([...papersOf(citeComment(summary).map(site), sentencesOf).cites.keys()], ['n-0']);
  // The comment next door is a guess: used only for a work that no claim cites otherwise.
  const elsewhere = comment(['Tsipras et al. find it, https://arxiv.org/abs/1805.12152 shows.'], 'zz');
  sentencesOf.set('e', [{ offsets: elsewhere.paragraphs[0]!.offsets, role: 'claim', claim: 'e-0' }]);
  const both = papersOf([...citeComment(summary).map(site), ...citeComment(elsewhere).map((c) => ({ comment: { id: 'e', data: elsewhere, body: '' }, c }))], sentencesOf);
  assert.deepEqual([...both.cites.keys()], ['e-0']);
});

test('a raw Markdown link opens its sentence after a sentence\'s or a clause\'s end, spaces aside, not in the run of words', () => {
  const title = (text: string) => cite(text).map((x) => x.title);
  const link = '[Causal entropic forces](https://arxiv.org/abs/1301.0001)';
  for (const before of ['', '  ', 'One idea. ', 'Proposals: ', 'Another (', 'so — ', 'well -  ']) assert.deepEqual(title(`${before}${link} is another proposal`), ['Causal entropic forces'], JSON.stringify(before));
  for (const before of ['we could use ', 'well-', 'x.y-']) assert.deepEqual(title(`${before}${link} here`), [undefined], JSON.stringify(before));
  // Thousands of links in one paragraph: each looks back at the words just before it, not at the whole text.
  const many = Array.from({ length: 3000 }, (_, i) => `One. [Causal entropic forces ${i}](https://arxiv.org/abs/2101.${10000 + i})`).join(' ');
  assert.equal(cite(many).filter((x) => x.title?.startsWith('Causal entropic forces')).length, 3000);
});

test('words that say only what a work holds ("the dataset", "this benchmark") name no benchmark: the link cites the paper at its address', () => {
  for (const words of ['the dataset', 'this benchmark', 'their new evals', 'a dataset', 'these benchmarks', 'the data set']) assert.equal(benchmarkNamed(words), undefined, words);
  assert.equal(benchmarkNamed('a new reading comprehension dataset')?.kind, 'dataset');
  const at = (arxiv: string) => citeComment(comment([[{ text: 'They built ' }, { text: 'the dataset', href: `https://arxiv.org/abs/${arxiv}` }, { text: ' by hand.' }]]));
  assert.deepEqual([...at('2101.00027'), ...at('2305.00001')].map((x) => [x.kind, x.key]), [['paper', 'arxiv-2101-00027'], ['paper', 'arxiv-2305-00001']]);
});

test('a work no claim cites takes no id: a cited work whose slug it shares keeps its own, not "-2"', () => {
  const words = 'one two three four five six seven eight nine ten eleven';
  const site = (id: string, tail: string): CitationSite => {
    const data = comment([`See ${words} ${tail}.`]);
    return { comment: { id, data, body: '' }, c: { key: `title-${words.replaceAll(' ', '-')}-${tail}`, kind: 'paper', text: `${words} ${tail}`, offsets: { start: 4, end: 4 + words.length + 1 + tail.length }, rule: 'test' } };
  };
  const a = site('a', 'alpha');
  const b = site('b', 'beta');
  const sentencesOf = new Map<string, Sentence[]>([
    ['a', [{ offsets: a.comment.data.paragraphs[0]!.offsets, role: 'aside' }]],
    ['b', [{ offsets: b.comment.data.paragraphs[0]!.offsets, role: 'claim', claim: 'b-0' }]],
  ]);
  const { papers, cites } = papersOf([a, b], sentencesOf);
  const id = `title-${words.replaceAll(' ', '-')}`;
  assert.deepEqual(papers.map((p) => p.id), [id]);
  assert.deepEqual([...cites], [['b-0', [{ target: id, evidence: { rule: 'citation', cue: `${words} beta` } }]]]);
});

test('a raw Markdown link whose words hold a benchmark cites the paper and the benchmark apart, as a parsed link does', () => {
  const raw = comment(['We saw [scores on MMLU went up](https://arxiv.org/abs/2101.00027) a lot.']);
  assert.deepEqual(citeComment(raw).map((x) => [x.kind, x.key]), [['paper', 'arxiv-2101-00027'], ['benchmark', 'mmlu']]);
  // Finds that overlap and are no link's words still keep the longest.
  assert.deepEqual(citeComment(comment(['Berglund et. al. (2023) utilise a prompt.'])).map((x) => x.key), ['berglund-2023']);
});
