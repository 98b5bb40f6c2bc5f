/**
 * Cite: a comment's text → the works it mentions, each with a canonical key, so mentions of one work
 * merge ("Berglund et. al. (2023)", "(Berglund, 2023)"; "the Turpin paper", "the Turpin 'Say What They
 * Think' paper"). People, models, the author's own figures and experiments, months and organisations
 * alone are not works.
 */
import { slugify } from '../lib/ids.ts';
import type { Link } from '../schemas/claim.ts';
import type { Comment, Sentence } from '../schemas/comment.ts';
import type { Offsets } from '../schemas/common.ts';
import type { Mention, Paper } from '../schemas/paper.ts';
import type { Entry } from './corpus.ts';

export interface Citation {
  /** Canonical key the mentions merge on. */
  key: string;
  kind: 'paper' | 'benchmark' | 'dataset' | 'link';
  /** The words that name the work, as written. */
  text: string;
  offsets: Offsets;
  surname?: string;
  year?: number;
  /** A title given with the mention (quoted or parenthesised). */
  title?: string;
  url?: string;
  /** The rule that found it. */
  rule: string;
}

const SURNAME = "\\p{Lu}[\\p{Ll}'’-]+(?:\\s(?:van|von|de|der|da|del|le)\\s\\p{Lu}[\\p{Ll}'’-]+)?";
/** Capitalised words that look like surnames but are not. */
const NOT_SURNAMES = new Set([
  'The', 'This', 'That', 'These', 'Those', 'In', 'On', 'At', 'For', 'From', 'And', 'But', 'If', 'As', 'See', 'Also',
  'Figure', 'Figures', 'Fig', 'Table', 'Tables', 'Section', 'Appendix', 'Experiment', 'Experiments', 'Page', 'Step',
  'Case', 'Iteration', 'Version', 'Claude', 'Opus', 'Sonnet', 'Haiku', 'Gemma', 'Qwen', 'Llama', 'Anthropic', 'OpenAI',
  'Google', 'DeepMind', 'Meta', 'Microsoft', 'China', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
  'Saturday', 'Sunday', 'Edit', 'Update', 'Note', 'Parts', 'Sources', 'Thanks', 'Great', 'Possible', 'Yep', 'Case',
  'Axolotl', 'Pangolin', 'Hugging', 'HuggingFace', 'Neuronpedia', 'Lesswrong', 'LessWrong', 'Bayesian', 'Beysian',
]);
/** Named benchmarks and datasets. */
const BENCHMARKS: [RegExp, string, 'benchmark' | 'dataset'][] = [
  [/\bBIG-?Bench(?: Hard)?\b/g, 'BIG-Bench', 'benchmark'],
  [/\bMMLU\b/g, 'MMLU', 'benchmark'],
  [/\bGSM-?8K\b/gi, 'GSM8K', 'benchmark'],
  [/\bHumanEval\b/g, 'HumanEval', 'benchmark'],
  [/\bTruthfulQA\b/g, 'TruthfulQA', 'benchmark'],
  [/\bHellaSwag\b/g, 'HellaSwag', 'benchmark'],
  [/\bSWE-?bench\b/gi, 'SWE-bench', 'benchmark'],
  [/\bGPQA\b/g, 'GPQA', 'benchmark'],
  [/\bImageNet\b/g, 'ImageNet', 'dataset'],
  [/\bThe Pile\b/g, 'The Pile', 'dataset'],
];

const slug = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Every work mentioned in `text`, in order of position; overlapping finds keep the longer one. */
export function cite(text: string): Citation[] {
  const found: Citation[] = [];
  const add = (c: Citation) => found.push(c);
  const at = (m: RegExpMatchArray, group = 0) => {
    const start = m.index! + (group === 0 ? 0 : m[0].indexOf(m[group]!));
    return { start, end: start + m[group]!.length };
  };

  // "Berglund et. al. (2023)", "Popper and Stengel (2024)", "Berglund (2023)".
  const authorYear = new RegExp(`(?<a>${SURNAME})(?:\\s(?:and|&)\\s(?<b>${SURNAME})|\\set\\.?\\sal\\.?)?,?\\s\\((?<y>(?:19|20)\\d\\d)[a-z]?\\)`, 'gu');
  for (const m of text.matchAll(authorYear)) {
    const a = m.groups!.a!;
    if (NOT_SURNAMES.has(a)) continue;
    add({ key: `${slug(a)}-${m.groups!.y}`, kind: 'paper', text: m[0], offsets: at(m), surname: a, year: Number(m.groups!.y), rule: 'author-year' });
  }
  // "(Berglund, 2023)", "(Berglund et al., 2023)".
  const parenthetical = new RegExp(`\\((?<a>${SURNAME})(?:\\set\\.?\\sal\\.?)?,\\s(?<y>(?:19|20)\\d\\d)[a-z]?\\)`, 'gu');
  for (const m of text.matchAll(parenthetical)) {
    const a = m.groups!.a!;
    if (NOT_SURNAMES.has(a)) continue;
    add({ key: `${slug(a)}-${m.groups!.y}`, kind: 'paper', text: m[0], offsets: at(m), surname: a, year: Number(m.groups!.y), rule: 'parenthetical-author-year' });
  }
  // "the Turpin paper", "the Turpin 'Say What They Think' paper", "the Lanham paper".
  const thePaper = new RegExp(`\\bthe\\s(?<a>${SURNAME})(?:\\s(?:et\\.?\\sal\\.?\\s)?(?:'|‘|"|“)(?<t>[^'’"”]{3,80})(?:'|’|"|”))?\\s(?:paper|study|article|preprint)\\b`, 'gu');
  for (const m of text.matchAll(thePaper)) {
    const a = m.groups!.a!;
    if (NOT_SURNAMES.has(a)) continue;
    const c: Citation = { key: slug(a), kind: 'paper', text: m[0], offsets: at(m), surname: a, rule: 'the-author-paper' };
    if (m.groups!.t) c.title = m.groups!.t;
    add(c);
  }
  // "(Sheshadri et al)", "Sheshadri et al. found".
  const etAl = new RegExp(`(?<a>${SURNAME})\\set\\.?\\sal\\b\\.?(?!,?\\s\\(?(?:19|20)\\d\\d)`, 'gu');
  for (const m of text.matchAll(etAl)) {
    const a = m.groups!.a!;
    if (NOT_SURNAMES.has(a)) continue;
    add({ key: slug(a), kind: 'paper', text: m[0].replace(/\.$/, ''), offsets: at(m), surname: a, rule: 'author-et-al' });
  }
  // A parenthesised title: four or more words, most capitalised: "(Training Large Language Models to Reason …)".
  for (const m of text.matchAll(/\((?<t>[^()]{12,150})\)/g)) {
    const t = m.groups!.t!;
    const words = t.split(/\s+/);
    const caps = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
    if (words.length >= 4 && caps / words.length >= 0.6 && /^\p{Lu}/u.test(t) && !/[.,;:]$/.test(t) && !/\d{4}/.test(t)) {
      add({ key: slug(t), kind: 'paper', text: t, offsets: at(m, 1), title: t, rule: 'parenthesised-title' });
    }
  }
  for (const [re, name, kind] of BENCHMARKS) {
    for (const m of text.matchAll(re)) add({ key: slug(name), kind, text: m[0], offsets: at(m), title: name, rule: 'named-benchmark' });
  }
  for (const m of text.matchAll(/\barXiv:?\s?(?<id>\d{4}\.\d{4,5})(?:v\d+)?\b|\barxiv\.org\/(?:abs|pdf)\/(?<id2>\d{4}\.\d{4,5})/gi)) {
    const id = m.groups!.id ?? m.groups!.id2!;
    add({ key: `arxiv-${id.replace('.', '-')}`, kind: 'paper', text: m[0], offsets: at(m), url: `https://arxiv.org/abs/${id}`, rule: 'arxiv-id' });
  }
  for (const m of text.matchAll(/\b(?:doi:\s?|https?:\/\/doi\.org\/)?(?<doi>10\.\d{4,9}\/[^\s"'<>)\]]+[^\s"'<>)\].,;:])/gi)) {
    add({ key: `doi-${slug(m.groups!.doi!)}`, kind: 'paper', text: m[0], offsets: at(m), url: `https://doi.org/${m.groups!.doi}`, rule: 'doi' });
  }
  for (const m of text.matchAll(/\bhttps?:\/\/[^\s"'<>)\]]+[^\s"'<>)\].,;:!?]/g)) {
    if (/arxiv\.org\/(?:abs|pdf)\/\d|doi\.org\//.test(m[0])) continue;
    const url = m[0];
    add({ key: `url-${slug(url.replace(/^https?:\/\/(?:www\.)?/, ''))}`.slice(0, 80), kind: 'link', text: url, offsets: at(m), url, rule: 'url' });
  }
  // Overlaps: keep the longest find at a place ("Berglund et. al. (2023)" over "Berglund et. al").
  found.sort((a, b) => a.offsets.start - b.offsets.start || b.offsets.end - a.offsets.end);
  const kept: Citation[] = [];
  for (const c of found) {
    const last = kept[kept.length - 1];
    if (last && c.offsets.start < last.offsets.end) continue;
    kept.push(c);
  }
  return kept;
}

/**
 * Merge keys across the corpus: a surname-only key ("turpin") joins the one surname+year key with that
 * surname when there is exactly one ("turpin-2023"). Returns key → canonical key.
 */
export function canonicalKeys(citations: Citation[]): Map<string, string> {
  const withYear = new Map<string, Set<string>>();
  for (const c of citations) {
    if (c.surname && c.year) {
      const s = slug(c.surname);
      if (!withYear.has(s)) withYear.set(s, new Set());
      withYear.get(s)!.add(c.key);
    }
  }
  const map = new Map<string, string>();
  for (const c of citations) {
    if (c.surname && !c.year) {
      const keys = withYear.get(slug(c.surname));
      if (keys && keys.size === 1) {
        map.set(c.key, [...keys][0]!);
        continue;
      }
    }
    map.set(c.key, c.key);
  }
  return map;
}

/**
 * The best readable title of a work from what its mentions say: `Turpin et al., "Say What They Think"`
 * when a surname and a quoted title were given; the quoted or parenthesised title alone; "Popper and
 * Stengel (2024)" when a mention names two authors; else "Surname et al. (Year)"; else the first alias.
 */
export function paperTitle(paper: { title: string; surname?: string | undefined; year?: number | undefined; aliases: string[]; mentions: { text: string }[] }): string {
  if (paper.title && paper.surname) return `${paper.surname} et al., "${paper.title}"${paper.year ? ` (${paper.year})` : ''}`;
  if (paper.title) return paper.title;
  const named = paper.mentions.map((m) => m.text).find((t) => /\band\b|&/.test(t) && /\(\d{4}\)/.test(t));
  if (named) return named.replace(/\s*\((\d{4})\)/, ' ($1)');
  if (paper.surname) return `${paper.surname} et al.${paper.year ? ` (${paper.year})` : ''}`;
  return paper.aliases[0]!;
}

/**
 * Markdown links: a citation whose words are a link's text takes the link's address ("[Lanham et al.
 * (2023)](https://arxiv.org/abs/2307.13702)"); a link to a paper host that no citation covers is cited as
 * the link itself.
 */
export function withLinks(comment: Comment, citations: Citation[]): Citation[] {
  const out = citations.map((c) => ({ ...c }));
  for (const p of comment.paragraphs) {
    let at = p.offsets.start;
    for (const inline of p.inlines) {
      const start = at;
      at += inline.text.length;
      if (!inline.href || !/^https?:/.test(inline.href)) continue;
      const covered = out.filter((c) => c.offsets.start < at && c.offsets.end > start);
      for (const c of covered) c.url ??= inline.href;
      if (covered.length === 0 && /arxiv\.org|doi\.org|openreview\.net|aclanthology\.org|proceedings\./.test(inline.href)) {
        for (const c of cite(inline.href)) out.push({ ...c, text: inline.text, offsets: { start, end: at }, rule: `link-${c.rule}` });
      }
    }
  }
  return out.sort((a, b) => a.offsets.start - b.offsets.start);
}

/** Every work a comment mentions: in its text, and in its links. */
export function citeComment(comment: Comment): Citation[] {
  return withLinks(comment, cite(comment.text));
}

/** A citation and the comment it is in. */
export interface CitationSite {
  comment: Entry<Comment>;
  c: Citation;
}

/**
 * Citations of the whole corpus → one paper per work (mentions merged on their canonical key) and the
 * `cites` links of the claims whose sentences mention them. `sentencesOf` gives each comment's sentences
 * (with the claim id on a unit's first sentence), to place each mention.
 */
export function papersOf(citations: CitationSite[], sentencesOf: Map<string, Sentence[]>): { papers: Entry<Paper>[]; cites: Map<string, Link[]> } {
  const keys = canonicalKeys(citations.map((x) => x.c));
  const papers = new Map<string, Paper>();
  for (const { comment, c } of citations) {
    const key = keys.get(c.key)!;
    const sentences = sentencesOf.get(comment.id)!;
    const k = sentences.findIndex((s) => c.offsets.start >= s.offsets.start && c.offsets.start < s.offsets.end);
    const sentence = sentences[k];
    const mention: Mention = {
      text: c.text,
      comment: comment.id,
      author: comment.data.author,
      sentence: sentence ? comment.data.text.slice(sentence.offsets.start, sentence.offsets.end) : c.text,
      offsets: c.offsets,
    };
    // A sentence merged into a span cites through the span's claim (its first sentence holds the id).
    for (let j = k; j >= 0 && sentence && sentence.role !== 'aside'; j--) {
      if (sentences[j]!.claim) {
        mention.claim = sentences[j]!.claim!;
        break;
      }
    }
    let paper = papers.get(key);
    if (!paper) {
      paper = { key, title: '', kind: c.kind, aliases: [], mentions: [] };
      papers.set(key, paper);
    }
    if (c.surname && !paper.surname) paper.surname = c.surname;
    if (c.year && !paper.year) paper.year = c.year;
    if (c.url && !paper.url) paper.url = c.url;
    if (c.title && !paper.title) paper.title = c.title;
    if (!paper.aliases.includes(c.text)) paper.aliases.push(c.text);
    paper.mentions.push(mention);
  }
  const paperIds = new Map<string, string>();
  for (const [key, paper] of papers) {
    paper.title = paperTitle(paper);
    paperIds.set(key, slugify(key, 12, 80) || 'paper');
  }
  const cites = new Map<string, Link[]>();
  for (const [key, paper] of papers) {
    for (const m of paper.mentions) {
      if (!m.claim) continue;
      const target = paperIds.get(key)!;
      if (!cites.has(m.claim)) cites.set(m.claim, []);
      const links = cites.get(m.claim)!;
      if (!links.some((l) => l.target === target)) links.push({ target, evidence: { rule: 'citation', cue: m.text } });
    }
  }
  const byId = (a: Entry<Paper>, b: Entry<Paper>) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { papers: [...papers].map(([key, data]) => ({ id: paperIds.get(key)!, data, body: '' })).sort(byId), cites };
}
