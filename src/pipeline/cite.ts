/**
 * Cite: comments → the works they mention, and those works as papers. `cite` finds mentions in a text
 * (author–year in its forms, "the Turpin paper", "Kunda's original piece", quoted and Title-Case titles
 * beside a work word, arXiv ids, DOIs, paper hosts); `citeComment` adds what needs the paragraphs and
 * links (a title after "paper:", a link's address and text) and the words that point back at a work
 * named before ("the first paper"); the step adds the short names a writer gives works (withKnownNames);
 * `papersOf` merges mentions into one paper per work (on arXiv id or DOI, title, short name, surname +
 * year) and links the claims that cite them; a work no claim cites is not emitted. People, models, months, organisations, images, CDN files,
 * plain web pages and table rows are not works. The cue words are the CITATION section of lexicon.ts.
 */
import { slugify, uniqueIds } from '../lib/ids.ts';
import type { Link } from '../schemas/claim.ts';
import type { Comment, Paragraph, Sentence } from '../schemas/comment.ts';
import type { Offsets } from '../schemas/common.ts';
import type { Mention, Paper } from '../schemas/paper.ts';
import type { Entry } from './corpus.ts';
import { CITATION_BENCHMARK_WORDS, CITATION_BENCHMARKS, CITATION_HOLDS, CITATION_NOT_SURNAMES, CITATION_NOT_TOPIC, CITATION_ORDINALS, CITATION_ORGANISATION_WORDS, CITATION_WORK, CITATION_WORK_ADJECTIVE, GENERIC_NOUNS } from './lexicon.ts';
import type { MineStep } from './mining.ts';

export interface Citation {
  /** Canonical key the mentions merge on. */
  key: string;
  kind: 'paper' | 'benchmark' | 'dataset' | 'link';
  /** The words that name the work, as written. */
  text: string;
  offsets: Offsets;
  surname?: string;
  /** Authors as written ("Popper", "Stengel"; "Koestler"), first author first. */
  authors?: string[];
  /** The mention names its authors and no more ("Popper and Stengel (2024)", "The Sleepwalkers by Koestler", "Kunda's piece"): no "et al.". */
  sole?: boolean;
  year?: number;
  /** The mention is a raw Markdown link's words, named by its address: finds inside those words stand apart (longestAtEachPlace). */
  linkWords?: boolean;
  /** A title given with the mention (quoted, parenthesised, a link's text, after "paper:"). */
  title?: string;
  url?: string;
  /** Identifiers read from an address. */
  ids?: { arxiv?: string; doi?: string };
  /** Years its sentence gives, for a mention without a year of its own. */
  yearsNear?: number[];
  /** The short name a work goes by, when the mention gives one ("PRISM" in "the PRISM paper"). */
  name?: string;
  /** The rule that found it. */
  rule: string;
}

/** A name particle that starts a surname in lower case ("de Blanc", "van Fraassen"). */
const PARTICLE = '(?:(?:de|van|von|der|den|da|del|di|du|le|la)\\s)';
const CAP_WORD = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}]+)?";
const SURNAME = `(?<![\\p{L}\\d])${PARTICLE}?${CAP_WORD}(?:\\s(?:van|von|de|der|da|del|le)\\s${CAP_WORD})?`;
/** A year a work may carry: the one spelling of it, which every pattern and test below builds on. */
const YEAR = '(?:1[89]|20)\\d\\d';
/** Whether a text holds a year at all (the cheap gate of cite(): "2020a" counts). */
const HAS_YEAR = new RegExp(YEAR);
/** Every year standing as a word ("until 2001 or 2003", "[2011 paper]"). */
const YEARS = new RegExp(`\\b${YEAR}\\b`, 'g');
/** A key made of a surname and a year ("berglund-2023", "de-blanc-2011"). */
const SURNAME_YEAR_KEY = new RegExp(`^[a-z].*-${YEAR}$`);
const ET_AL = '\\set\\.?\\s?al\\.?';
/** Whether words say "et al." ("et. al", "et al"): the mention does not name every author. */
const SAYS_ET_AL = /\bet\.?\s?al\b/;
const WORK = CITATION_WORK;
const QUOTED = `(?:"(?<q1>[^"\\n]{3,120})"|“(?<q2>[^”\\n]{3,120})”|'(?<q3>[^'\\n]{3,120})'|‘(?<q4>[^’\\n]{3,120})’)`;
const NOT_SURNAMES = CITATION_NOT_SURNAMES;
const BENCHMARKS = CITATION_BENCHMARKS;

const slug = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
/** A title's key: its words, without a leading article ("The Value Learning Problem" = "value learning problem"). */
const titleKey = (t: string) => `title-${slug(t.replace(/^(?:the|a|an)\s+/i, ''))}`.slice(0, 80);

/** Words a title leaves in lower case. */
const SMALL = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'to', 'for', 'with', 'by', 'at', 'from', 'as', 'vs', 'via', 'into',
  'over', 'under', 'is', 'are', 'do', 'does', 'not', 'but', 'be', 'its', 'than', 'versus', 'about', 'through', 'between',
  'without', 'within', 'out', 'up', 'is', 'was', 'what', 'how', 'when', 'why', 'we', 'can',
]);
/** Title Case: at least `min` words, the first and every word a title capitalises starting with a capital or digit. */
export function titleCase(t: string, min = 3): boolean {
  const words = t.trim().split(/\s+/).filter(Boolean);
  if (words.length < min || !/^[\p{Lu}\d]/u.test(words[0]!.replace(/^["'“‘(]/, ''))) return false;
  if (words.every((w) => w === w.toUpperCase())) return false; // SHOUTING, not a title
  const significant = words.slice(1).filter((w) => !SMALL.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
  return significant.length > 0 && significant.every((w) => /^["'“‘(]?[\p{Lu}\d]/u.test(w));
}

/** Addresses of works: the hosts papers live on, and their identifiers. */
const ARXIV = /(?:https?:\/\/(?:www\.|export\.)?)?\barxiv\.org\/(?:abs|pdf|html)\/(?<id>\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?|\barXiv:?\s?(?<id2>\d{4}\.\d{4,5})(?:v\d+)?\b/gi;
const DOI = /\b(?:doi:\s?|https?:\/\/(?:dx\.)?doi\.org\/)?(?<doi>10\.\d{4,9}\/[^\s"'<>)\]]+[^\s"'<>)\].,;:])/gi;
const PAPER_HOST = /^https?:\/\/(?:www\.)?(?:openreview\.net\/(?:forum|pdf)|aclanthology\.org\/|proceedings\.(?:mlr\.press|neurips\.cc)|papers\.nips\.cc|ssrn\.com\/abstract|papers\.ssrn\.com|(?:www\.)?biorxiv\.org\/content|(?:www\.)?medrxiv\.org\/content|(?:www\.)?semanticscholar\.org\/paper|(?:www\.)?ncbi\.nlm\.nih\.gov\/pmc|pubmed\.ncbi\.nlm\.nih\.gov|(?:www\.)?jstor\.org\/stable|(?:www\.)?nber\.org\/papers|philpapers\.org\/rec)/i;
/** Hosts whose every address is a paper; a PDF or a library page elsewhere is a work only when its link says so. */
const SCHOLARLY = /^https?:\/\/(?:www\.)?(?:openreview\.net\/(?:forum|pdf)|aclanthology\.org\/|proceedings\.(?:mlr\.press|neurips\.cc)|papers\.nips\.cc|(?:papers\.)?ssrn\.com\/|(?:bio|med)rxiv\.org\/content)/i;
/**
 * A link's text that says it names a work: a work word ("2011 paper", "essay by …") or a name of one
 * ("Causal entropic forces", "Existential Risks and …"); not "we", "hated", "sauce here" or a person's name.
 */
function namesWork(t: string): boolean {
  if (WORK_WORD.test(t)) return true;
  const words = t.split(/\s+/);
  if (!/^\p{Lu}/u.test(t) || words.length < 2 || words.length > 14 || /[.!?]$/.test(t)) return false;
  return titleCase(t, 3) || words.slice(1).some((w) => /^\p{Ll}/u.test(w));
}
/** Images and the hosts that serve them: never a work. */
const IMAGE = /\.(?:png|jpe?g|gif|svg|webp|avif|bmp|ico)(?:[?#]|$)|(?:^|\/\/|\.)(?:[\w-]+\.)?(?:substackcdn\.com|substack-post-media|imgur\.com|googleusercontent\.com|cloudinary\.com|cloudfront\.net|gstatic\.com|twimg\.com|ggpht\.com|giphy\.com)|\bcdn\.|\bcke-cs\b/i;

/** Whether an address can be a work: not an image or a CDN file. */
export const isImageAddress = (url: string) => IMAGE.test(url);

/** A work's address → its identity: the arXiv id (abs, pdf and versions alike), the DOI, or a paper host's address. */
export function addressIdentity(url: string): { key: string; url: string; ids?: Citation['ids'] } | null {
  if (isImageAddress(url)) return null;
  const ax = /arxiv\.org\/(?:abs|pdf|html)\/(\d{4}\.\d{4,5})/i.exec(url);
  if (ax) return { key: `arxiv-${ax[1]!.replace('.', '-')}`, url: `https://arxiv.org/abs/${ax[1]}`, ids: { arxiv: ax[1]! } };
  const doi = /(?:doi\.org\/|doi:\s?)(10\.\d{4,9}\/[^\s"'<>)\]]+[^\s"'<>)\].,;:])/i.exec(url);
  if (doi) return { key: `doi-${slug(doi[1]!)}`.slice(0, 80), url: `https://doi.org/${doi[1]}`, ids: { doi: doi[1]! } };
  const clean = url.replace(/[#].*$/, '').replace(/\/$/, '');
  if (PAPER_HOST.test(clean) || /^https?:\/\/[^?#]+\.pdf(?:$|\?)/i.test(clean)) return { key: `url-${slug(clean.replace(/^https?:\/\/(?:www\.)?/, ''))}`.slice(0, 80), url: clean };
  return null;
}

/** The patterns of cite(), compiled once (matchAll copies a pattern, so sharing them is safe). */
const NAMEISH = `(?:${SURNAME}|\\p{Lu}[\\p{L}\\d]*(?:-[\\p{L}\\d]+)+|\\p{Lu}{3,}[\\p{Lu}\\d]*)`; // an acronym of three letters or more: "the AI paper" names a field
const AUTHOR_YEAR = new RegExp(`(?<a>${SURNAME})(?:(?<more>(?:,\\s${SURNAME})*),?\\s(?:and|&)\\s(?<b>${SURNAME})|${ET_AL})?,?\\s(?:\\((?<y>${YEAR})[a-z]?(?:,\\s?(?:p|pp|ch|chap|sec)\\.?\\s?[\\d–-]+)?\\)|\\[(?<y2>${YEAR})[a-z]?\\])`, 'gu');
const AUTHOR_ET_AL_YEAR = new RegExp(`(?<a>${SURNAME})${ET_AL},?\\s(?<y>${YEAR})\\b`, 'gu');
const IN_PARENTHESES = new RegExp(`(?:^|;\\s*|,\\s+|(?:see|e\\.g\\.,?|cf\\.|i\\.e\\.,?)\\s+)(?<a>${SURNAME})(?:(?<etal>${ET_AL})|\\s(?:and|&)\\s(?<b>${SURNAME}))?(?:,\\s?|\\s)(?<y>${YEAR})[a-z]?(?=$|[;,])`, 'gu');
const THE_NAME_WORK = new RegExp(`\\b[Tt]he\\s(?<a>${NAMEISH})(?:\\s(?:et\\.?\\sal\\.?\\s)?${QUOTED})?\\s(?<w>${WORK})\\b`, 'gu');
const ONLY_SURNAME = new RegExp(`^${SURNAME}$`, 'u');
const POSSESSIVE = new RegExp(`(?<a>${SURNAME}|\\p{Lu}{2,})['’]s\\s(?:(?<t>(?:\\p{Lu}[\\p{L}\\d-]*\\s){1,6})|${QUOTED}\\s|(?:original|new|recent|latest|classic|famous|earlier|first|seminal|old|great)\\s)?(?<w>${WORK}|post)\\b`, 'gu');
/** "the Claude 3 Opus model card", "the GPT-4 technical report": a model's own document. */
const MODEL_DOCUMENT = /\b(?<m>\p{Lu}[\p{L}\d.-]*(?:\s(?:\p{Lu}[\p{L}\d.-]*|\d[\d.]*[a-z]?)){0,3})\s(?<w>model card|system card|technical report|tech report)\b/gu;
const APPOSITION = new RegExp(`(?<a>${SURNAME})['’]s\\s(?:${WORK}|novel|treatise),\\s(?<t>(?:The\\s|A\\s|An\\s)?\\p{Lu}[^,.;:()\\n]{2,80}?)(?=[,.;)])`, 'gu');
const QUOTED_WORK = new RegExp(`${QUOTED}\\s(?:${WORK}|post)\\b|\\b(?:${WORK}|post)\\s(?:called\\s|titled\\s|entitled\\s|named\\s)?${QUOTED}`, 'gu');
const READ_QUOTED = new RegExp(`\\b(?<v>read|reading|see|cf\\.|in)\\s${QUOTED}`, 'giu');
const TITLE_BY = new RegExp(`(?<t>(?:(?:The|A|An)\\s)?\\p{Lu}[\\p{L}'’-]*(?:[,:]?\\s(?:(?:of|the|and|in|on|a|an|to|for)\\s)*\\p{Lu}[\\p{L}'’-]*){0,7})\\sby\\s(?<a>(?:\\p{Lu}[\\p{L}.'’-]*\\s){0,2}${SURNAME})`, 'gu');
const ET_AL_ALONE = new RegExp(`(?<a>${SURNAME})\\set\\.?\\s?al\\b\\.?(?!,?\\s\\(?${YEAR})`, 'gu');
const OWN_WORK = new RegExp(`\\b[Oo]ur\\s(?:new|recent|latest|forthcoming|upcoming|latest|own)?\\s?(?<w>paper|report|preprint|study|technical report)\\b`, 'gu');
const BY_AUTHOR = new RegExp(`^["”’']?\\s+by\\s(?<a>(?:\\p{Lu}[\\p{L}.'’-]*\\s){0,2}${SURNAME})(?![\\p{L}])`, 'u');
const WORK_WORD = new RegExp(`\\b(?:${WORK}|essay)\\b`, 'i');
/** "the essay by David Golumbia from 2015", "a paper by Smith et al. (2020)": a work named by its author. */
const WORK_BY = new RegExp(`\\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\\s(?:${CITATION_WORK_ADJECTIVE}\\s)?(?<w>${WORK})\\sby\\s(?<a>(?:\\p{Lu}[\\p{L}.'’-]*\\s){0,2}${SURNAME})(?<etal>${ET_AL})?(?:,?\\s(?:from|in)\\s(?<y>${YEAR})\\b|,?\\s\\((?<y2>${YEAR})\\))?`, 'gu');
/** "this paper on X", "this classic article making this argument about X": a work named by its topic. */
const WORK_ON_TOPIC = new RegExp(`\\b(?:[Tt]his|[Tt]hat)\\s(?:${CITATION_WORK_ADJECTIVE}\\s)?(?<w>paper|preprint|study|report|article|essay)\\s(?:(?:\\p{Ll}+ing|with)(?:\\s[\\p{Ll}'’-]+){0,4}\\s)?(?:on|about)\\s(?<t>(?:the\\s)?[\\p{L}\\d-]+(?:\\s[\\p{L}\\d-]+){0,4})(?=[.,;:)]|$)`, 'gmu');
/** "the logical inductor constructed in the paper": a work named by what it holds. */
const WORK_HOLDS = new RegExp(`\\bthe\\s(?<t>(?:[\\p{Ll}-]+\\s){0,2}[\\p{Ll}-]+)\\s${CITATION_HOLDS}\\sin\\s(?:the|this|that)\\s(?<w>paper|preprint|article|report|book|thesis)\\b`, 'gu');
/** A reading pointer and what follows it: "see Stephen Casper's sequence, Jason Gross on compact proofs". */
const SEE_LIST = /\b(?:[Ss]ee|[Cc]f\.|[Rr]ead)\s(?<list>[^.;:!?\n]{3,300})/gu;
/** A person on a topic, as a reading pointer names a work: "Jason Gross on compact proofs". */
const PERSON_ON = new RegExp(`^(?<a>\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\.)?\\s${SURNAME})\\son\\s\\p{Ll}[\\p{L}\\d'’-]*(?:\\s[\\p{L}\\d'’-]+){0,5}$`, 'u');

/**
 * Whether words can be a work's author: a surname ("Turpin", "de Blanc") or a name that ends in one
 * ("David Golumbia", "Philip Kapleau Roshi"), with no word a sentence opener, month, model or the like
 * ("Since (2020)", "by The Economist"), and no organisation's last word ("a report by Pew Research Center").
 */
function person(a: string): boolean {
  const words = a.split(/\s/);
  return !words.some((w) => NOT_SURNAMES.has(w)) && !CITATION_ORGANISATION_WORDS.test(words[words.length - 1]!);
}

/** The first index of ascending `sorted` whose value is at least `x` (sorted.length if none). */
function firstAtOrAfter(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Overlapping finds: keep the longest at each place ("Berglund et. al. (2023)" over "Berglund et. al"),
 * but for the finds inside a raw Markdown link's words that the link does not point at (`linkWords`:
 * "MMLU" in "[scores on MMLU went up](arxiv…)" stands beside the paper at the address, as for a parsed link).
 */
function longestAtEachPlace(found: Citation[]): Citation[] {
  found.sort((a, b) => a.offsets.start - b.offsets.start || b.offsets.end - a.offsets.end);
  const kept: Citation[] = [];
  let end = -1;
  let words: Offsets | undefined;
  for (const c of found) {
    const held = words !== undefined && c.offsets.end <= words.end;
    if (c.offsets.start < end && !held) continue;
    kept.push(c);
    end = Math.max(end, c.offsets.end);
    if (!held) words = c.linkWords ? c.offsets : undefined;
  }
  return kept;
}

/** Every work mentioned in `text`, in order of position; overlapping finds keep the longer one. */
export function cite(text: string): Citation[] {
  // Cheap tests first: most sentences hold no year, no "et al", no work word, and skip the costly patterns.
  const year = HAS_YEAR.test(text);
  const etal = SAYS_ET_AL.test(text);
  const work = WORK_WORD.test(text);
  const none: RegExpMatchArray[] = [];
  const when = (gate: boolean, re: RegExp) => (gate ? text.matchAll(re) : none);
  const found: Citation[] = [];
  const add = (c: Citation) => found.push(c);
  const at = (m: RegExpMatchArray, group: string | number = 0) => {
    const g = typeof group === 'number' ? m[group]! : m.groups![group]!;
    const start = m.index! + (group === 0 ? 0 : m[0].indexOf(g));
    return { start, end: start + g.length };
  };
  const quoted = (m: RegExpMatchArray) => m.groups!.q1 ?? m.groups!.q2 ?? m.groups!.q3 ?? m.groups!.q4;
  const authorYear = (a0: string, b: string | undefined, y: string, m: RegExpMatchArray, rule: string, offsets = at(m), written = m[0]) => {
    const a = a0.replace(/['’]s$/, ''); // "Smith's (2020) paper"
    const more = (m.groups!.more ?? '').split(/,\s/).filter(Boolean);
    const c: Citation = { key: `${slug(a)}-${y}`, kind: 'paper', text: written, offsets, surname: a, authors: [a, ...more, ...(b ? [b] : [])], year: Number(y), rule };
    c.sole = !SAYS_ET_AL.test(written);
    add(c);
  };

  // "Berglund et. al. (2023)", "Popper and Stengel (2024)", "Smith, Jones, and Lee (2019)", "de Blanc [2011]", "Smith (2020, p. 5)",
  // "Smith et al. 2020". Not "Obama, in 2008,": people act in years too.
  const authorYearRe = AUTHOR_YEAR;
  for (const m of when(year, authorYearRe)) {
    if (person(m.groups!.a!)) authorYear(m.groups!.a!, m.groups!.b, m.groups!.y ?? m.groups!.y2!, m, 'author-year');
  }
  for (const m of when(year && etal, AUTHOR_ET_AL_YEAR)) {
    if (person(m.groups!.a!)) authorYear(m.groups!.a!, undefined, m.groups!.y!, m, 'author-et-al-year');
  }
  // "(Berglund, 2023)", "(Berglund et al., 2023)", "(Smith, 2020; Jones and Lee, 2019)", "(see Smith et al. 2020)", "(Smith 2020; Lee 2019)".
  for (const p of when(year, /\((?<inner>[^()]{6,300})\)/g)) {
    const inner = p.groups!.inner!;
    const one = IN_PARENTHESES;
    const hits = [...inner.matchAll(one)].filter((m) => person(m.groups!.a!));
    for (const m of hits) {
      const start = p.index! + 1 + m.index! + m[0].indexOf(m.groups!.a!);
      const end = p.index! + 1 + m.index! + m[0].length;
      const whole = hits.length === 1 && m.index === 0 || (hits.length === 1 && /^(?:see|e\.g\.|cf\.)/i.test(m[0]));
      const offsets = whole ? { start: p.index!, end: p.index! + p[0].length } : { start, end };
      authorYear(m.groups!.a!, m.groups!.b, m.groups!.y!, m, 'parenthetical-author-year', offsets, text.slice(offsets.start, offsets.end));
    }
  }
  // "the Turpin paper", "The Goodman paper", "the Turpin 'Say What They Think' paper", "the DeepSeek-R1 paper", "the PRISM paper".
  const thePaper = THE_NAME_WORK;
  for (const m of when(work, thePaper)) {
    const a = m.groups!.a!;
    const w = m.groups!.w!;
    if (!person(a) || /(?:ist|ists|ism)$/.test(a)) continue; // "the Adventist study", "the Buddhist thesis"
    const t = quoted(m);
    const c: Citation = { key: slug(a), kind: 'paper', text: m[0], offsets: at(m), rule: 'the-author-paper' };
    if (ONLY_SURNAME.test(a)) {
      c.surname = a;
      c.authors = [a];
    } else {
      // A model or an acronym names a paper only as "the DeepSeek-R1 paper": "the MIRI book" is an organisation's.
      if (!/^(?:paper|preprint|model card|system card|technical report)$/.test(w)) continue;
      c.title = `${a} ${w}`;
      c.name = a;
    }
    if (t) c.title = t;
    add(c);
  }
  // "Kunda's original piece", "Everton's paper", "Nate's Value Learning Problem paper", "MIRI's "The Value Learning Problem" paper".
  const possessive = POSSESSIVE;
  for (const m of when((work || text.includes('post')) && /['’]s\s/.test(text), possessive)) {
    const a = m.groups!.a!;
    if (!person(a)) continue;
    const t = (m.groups!.t ?? quoted(m))?.trim();
    // An essay or a book named only by whose it is ("Sarah's essay") is too often a forum post or a person's view.
    if (!t && !/^(?:paper|papers|piece|article|study|preprint|report|model card|system card|technical report|thesis)$/.test(m.groups!.w!)) continue;
    // A forum post is a work here only by a title of its own ("Scott's Meditations On Moloch post"), not a phrase in quotes.
    if (m.groups!.w === 'post' && !(t && titleCase(t, 2))) continue;
    const c: Citation = { key: t ? titleKey(t) : slug(a), kind: 'paper', text: m[0], offsets: at(m), rule: 'possessive-work' };
    if (t) c.title = t;
    // An organisation's work ("MIRI's paper"): the organisation is not its author; a name beside a title may be a first name.
    // A possessive names one author ("Kunda's original piece" → "Kunda"): no "et al." is invented for it.
    if (!/^\p{Lu}{2,}$/u.test(a)) {
      c.authors = [a];
      if (!t) {
        c.surname = a;
        c.sole = true;
      }
    }
    if (t || c.surname) add(c);
  }
  for (const m of when(/ (?:model|system) card| tech(?:nical)? report/.test(text), MODEL_DOCUMENT)) {
    const name = m.groups!.m!.replace(/^(?:The|Their|Our|This|That|Its|A|An)\s/, '');
    if (/^(?:The|Their|Our|This|That|Its|A|An)$/.test(name)) continue;
    const title = `${name} ${m.groups!.w}`;
    add({ key: titleKey(title), kind: 'paper', text: m[0], offsets: at(m), title, rule: 'model-document' });
  }
  // "Hardy's memoir, A Mathematician's Apology,": the title set beside the work word.
  const apposition = APPOSITION;
  for (const m of when(work && /['’]s\s/.test(text), apposition)) {
    const a = m.groups!.a!;
    const t = m.groups!.t!;
    if (!person(a) || !titleCase(t, 2)) continue;
    add({ key: titleKey(t), kind: 'paper', text: m[0], offsets: at(m), surname: a, authors: [a], sole: true, title: t, rule: 'titled-apposition' });
  }
  // A quoted title next to a work word: '"The Value Learning Problem" paper', 'the paper "Attention Is All You Need"'.
  const quotedWork = QUOTED_WORK;
  for (const m of when(work || text.includes('post'), quotedWork)) {
    const t = quoted(m)!;
    if (!titleCase(t, 2)) continue;
    add({ key: titleKey(t), kind: 'paper', text: m[0], offsets: at(m), title: t, rule: 'quoted-title' });
  }
  // A quoted title after "read", "see", "cf." or an opening "In": 'have read "inventing temperature"', 'In "Distinct Contributions …" it'.
  const readQuoted = READ_QUOTED;
  for (const m of when(/["“'‘]/.test(text), readQuoted)) {
    const t = quoted(m)!;
    const words = t.split(/\s+/).length;
    const v = m.groups!.v!.toLowerCase();
    // "In" and "see" are common before any quoted words: the title must look like one there.
    const ok = v === 'in' ? titleCase(t, 4) : v.startsWith('read') ? titleCase(t, 2) || words >= 2 && words <= 16 && !/[.!?,;]$/.test(t) && !/^(?:the|a|an|this|that|it|my|your|his|her|our|their|as|is)\s/i.test(t) : titleCase(t, 2);
    if (ok) add({ key: titleKey(t), kind: 'paper', text: t, offsets: at(m, quoted(m) === m.groups!.q1 ? 'q1' : quoted(m) === m.groups!.q2 ? 'q2' : quoted(m) === m.groups!.q3 ? 'q3' : 'q4'), title: t, rule: 'read-quoted-title' });
  }
  // "Cf. The Rocket Alignment Problem."
  for (const m of text.matchAll(/\b[Cc]f\.\s(?<t>(?:The\s|A\s|An\s)?\p{Lu}[^,.;:()\n]{2,80}?)(?=[.;,)]|$)/gmu)) {
    const t = m.groups!.t!;
    if (titleCase(t, 2)) add({ key: titleKey(t), kind: 'paper', text: t, offsets: at(m, 't'), title: t, rule: 'cf-title' });
  }
  // "The Sleepwalkers by Koestler", "Gödel, Escher, Bach by Douglas Hofstadter".
  const titleBy = TITLE_BY;
  for (const m of when(text.includes(' by '), titleBy)) {
    const t = m.groups!.t!;
    const a = m.groups!.a!;
    const surname = a.split(/\s/).pop()!;
    const words = t.split(/\s+/);
    if (!person(a) || NOT_SURNAMES.has(words[0]!) && !/^(?:The|A|An)$/.test(words[0]!)) continue;
    if (words.length < 2 && !/^(?:The|A|An)\s/.test(t)) continue;
    if (words.length < 2 || words.includes(surname) || text[m.index! + m[0].length] === ':') continue; // "Let's Think Dot by Dot: …"
    if (/^(?:Post|Comment|Reply|Answer|Thread|Question|Edit|Update|Note|Tweet|Talk|Episode)s?$/.test(words[words.length - 1]!)) continue; // "Great Post by Zvi"
    add({ key: titleKey(t), kind: 'paper', text: m[0], offsets: at(m), surname, authors: [a], sole: true, title: t, rule: 'title-by-author' });
  }
  // "(Sheshadri et al)", "Sheshadri et al. found".
  const etAl = ET_AL_ALONE;
  for (const m of when(etal, etAl)) {
    const a = m.groups!.a!;
    if (!person(a)) continue;
    add({ key: slug(a), kind: 'paper', text: m[0].replace(/\.$/, ''), offsets: at(m), surname: a, authors: [a], rule: 'author-et-al' });
  }
  // A parenthesised title: four or more words, most capitalised: "(Training Large Language Models to Reason …)".
  for (const m of text.matchAll(/\((?<t>[^()]{12,150})\)/g)) {
    const t = m.groups!.t!;
    const words = t.split(/\s+/);
    const caps = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
    // Job titles and people ("Member of Technical Staff", "GitHub CEO Nat Friedman …") are not works.
    const role = /\b(?:CEO|CTO|CFO|COO|President|Officer|Director|Staff|Manager|Founder|Head|Chair|Member|VP|Ambassador)\b/.test(t);
    if (words.length >= 4 && caps / words.length >= 0.6 && /^\p{Lu}/u.test(t) && !/[.,;:?!/]|\d{4}/.test(t) && !role) {
      add({ key: slug(t), kind: 'paper', text: t, offsets: at(m, 't'), title: t, rule: 'parenthesised-title' });
    }
  }
  // "this paper on the co-scientist project", "this classic article making this argument about punitive damages": a work named by its topic.
  for (const m of when(work, WORK_ON_TOPIC)) {
    const t = `${m.groups!.w} on ${m.groups!.t}`;
    // "this paper": one the writer has in view; "a study on mice", "the paper on arXiv" name none.
    if (/^(?:this|that|it|them|these|those|arxiv|the (?:topic|subject|matter|issue|question)|(?:its|his|her|their|my|your|our|one's) own)\b/i.test(m.groups!.t!)) continue;
    add({ key: titleKey(t), kind: 'paper', text: m[0], offsets: at(m), title: t, rule: 'work-on-topic' });
  }
  // "the logical inductor constructed in the paper": the work that holds it, named by it; not "the main result described in the paper".
  for (const m of when(work, WORK_HOLDS)) {
    const words = m.groups!.t!.split(/\s/);
    const head = words[words.length - 1]!.replace(/s$/, '');
    if (CITATION_NOT_TOPIC.test(words[0]!) || GENERIC_NOUNS.includes(head) || /^(?:one|ones|way|thing|idea|notion|concept|setting|setup|framework|argument|claim|definition|construction|version)$/.test(head)) continue;
    const t = `${m.groups!.w} on the ${m.groups!.t}`;
    add({ key: titleKey(t), kind: 'paper', text: m[0], offsets: at(m), title: t, rule: 'work-on-topic' });
  }
  // "the essay by David Golumbia from 2015", "a paper by Smith et al. (2020)": not "a report by Pew Research Center".
  for (const m of when(work && text.includes(' by '), WORK_BY)) {
    const a = m.groups!.a!;
    const surname = a.split(/\s/).pop()!;
    if (!person(a)) continue;
    const y = m.groups!.y ?? m.groups!.y2;
    const c: Citation = { key: y ? `${slug(surname)}-${y}` : slug(surname), kind: 'paper', text: m[0], offsets: at(m), surname, authors: [a], sole: !m.groups!.etal, rule: 'work-by-author' };
    if (y) c.year = Number(y);
    add(c);
  }
  // "see Stephen Casper's sequence, Jason Gross on compact proofs": a person on a topic, pointed to for reading.
  for (const m of when(/\bon\s/.test(text), SEE_LIST)) {
    const list = m.groups!.list!;
    const base = m.index! + m[0].length - list.length;
    let at0 = 0;
    for (const part of list.split(/(,\s+|\s+(?:and|&)\s+)/)) {
      const start = at0;
      at0 += part.length;
      const item = PERSON_ON.exec(part.trim());
      if (!item) continue;
      const a = item.groups!.a!;
      if (!person(a)) continue;
      const t = part.trim();
      const s0 = base + start + part.indexOf(t);
      // The words name the work whole ("Jason Gross on compact proofs"): no surname to put before them.
      add({ key: titleKey(t), kind: 'paper', text: t, offsets: { start: s0, end: s0 + t.length }, authors: [a], title: t, rule: 'person-on-topic' });
    }
  }
  // "Our new report tackles …": the writer's own work, named by the sentence that presents it.
  for (const m of text.matchAll(OWN_WORK)) {
    add({ key: `own-${slug(m.groups!.w!)}`, kind: 'paper', text: m[0], offsets: at(m), rule: 'own-work' });
  }
  for (const [re, name, kind] of BENCHMARKS) {
    for (const m of text.matchAll(re)) add({ key: slug(name), kind, text: m[0], offsets: at(m), title: name, rule: 'named-benchmark' });
  }
  for (const m of text.matchAll(ARXIV)) {
    const id = m.groups!.id ?? m.groups!.id2!;
    add({ key: `arxiv-${id.replace('.', '-')}`, kind: 'paper', text: m[0], offsets: at(m), url: `https://arxiv.org/abs/${id}`, ids: { arxiv: id }, rule: 'arxiv-id' });
  }
  for (const m of text.matchAll(DOI)) {
    const doi = m.groups!.doi!;
    add({ key: `doi-${slug(doi)}`.slice(0, 80), kind: 'paper', text: m[0], offsets: at(m), url: `https://doi.org/${doi}`, ids: { doi }, rule: 'doi' });
  }
  // Other addresses: a work only on a paper host or as a PDF; a blog post, a tweet or an image is not one.
  for (const m of text.matchAll(/\bhttps?:\/\/[^\s"'<>)\]]+[^\s"'<>)\].,;:!?]/g)) {
    if (/arxiv\.org\/(?:abs|pdf|html)\/\d|doi\.org\//.test(m[0])) continue;
    const id = addressIdentity(m[0]);
    if (id) add({ key: id.key, kind: 'paper', text: m[0], offsets: at(m), url: id.url, rule: 'paper-address' });
  }
  // A title followed by its author: '“The Seventh Sally, …” by Lem'.
  for (const c of found) {
    if (!c.title || c.surname || c.rule === 'title-by-author') continue;
    const by = BY_AUTHOR.exec(text.slice(c.offsets.end, c.offsets.end + 60));
    const surname = by?.groups!.a!.split(/\s/).pop();
    if (!by || !surname || !person(by.groups!.a!)) continue;
    c.surname = surname;
    c.authors = [by.groups!.a!];
    c.sole = true;
  }
  // A surname's work without a year, in a sentence that gives years ("Bostrom's paper … didn't come out until 2001 or 2003"): those are its years.
  for (const c of found) {
    if (c.year || !c.surname) continue;
    const from = Math.max(text.lastIndexOf('. ', c.offsets.start), 0);
    const to = text.indexOf('. ', c.offsets.end);
    const years = [...text.slice(from, to < 0 ? text.length : to).matchAll(YEARS)].map((y) => Number(y[0]));
    if (years.length) c.yearsNear = years;
  }
  return markdownLinks(text, longestAtEachPlace(found));
}

/**
 * Markdown links left as text ("[Burns et al. (2022)](https://arxiv.org/abs/2212.03827)", in a dump that
 * keeps the raw Markdown): what the link's text cites takes the address, as withLinks does for parsed links,
 * and the address is not cited a second time.
 */
function markdownLinks(text: string, citations: Citation[]): Citation[] {
  // `citations` come sorted by start (longestAtEachPlace): each link looks only at those starting inside it,
  // so a paragraph of thousands of links and citations stays near-linear.
  const starts = citations.map((c) => c.offsets.start);
  const within = (from: number, to: number) => {
    const inside: Citation[] = [];
    for (let k = firstAtOrAfter(starts, from); k < citations.length && starts[k]! < to; k++) if (citations[k]!.offsets.end <= to) inside.push(citations[k]!);
    return inside;
  };
  const cited = new Set<Citation>();
  for (const m of text.matchAll(/\[(?<t>[^\]\n]{1,300})\]\((?<u>https?:\/\/[^)\s]+)\)/g)) {
    const tStart = m.index! + 1;
    const tEnd = tStart + m.groups!.t!.length;
    const uStart = tEnd + 2;
    const uEnd = uStart + m.groups!.u!.length;
    const url = m.groups!.u!;
    const inText = within(tStart, tEnd).filter((c) => linkPointsAt(c, m.groups!.t!));
    const inAddress = within(uStart, uEnd);
    if (inText.length === 0) {
      // Nothing cited in the link's text: the address's work is named by that text ("[PRISM](…arxiv…)").
      for (const c of inAddress) {
        c.text = m.groups!.t!;
        c.offsets = { start: tStart, end: tEnd };
        c.linkWords = true;
        namedByLink(c, c.text, opensSentence(text, m.index!));
      }
      continue;
    }
    const id = addressIdentity(url);
    for (const c of inText) {
      if (!c.url && !isImageAddress(url)) c.url = id?.url ?? url;
      if (id?.ids && !c.ids) c.ids = id.ids;
    }
    for (const c of inAddress) cited.add(c);
  }
  return cited.size ? citations.filter((c) => !cited.has(c)) : citations;
}

/** Why a paragraph holds no work: a table row's cells (tab-separated, or Markdown pipes) name things, not works. */
const TABLE_ROW = /\t|\|.*\|/;
/** "…this paper:" at a paragraph's end: the next paragraph is the work's title. */
const LABEL_END = new RegExp(`\\b(?<m>(?:(?:this|the|that|a|one|relevant|following|new|related)\\s)?(?:${WORK}|journal))s?:\\s*$`, 'iu');
/** "Relevant paper: Does Reinforcement Learning …", "journal: Neural mechanisms of …": the title after the colon. */
const LABEL_IN = new RegExp(`\\b(?:${WORK}|journal)s?:\\s+(?<t>\\p{Lu}[^\\n]{8,200})$`, 'u');

/** A paragraph that is only a quoted title: no sentence end inside the quotes. */
const QUOTED_LINE = /^["“](?<t>\p{Lu}[^"”\n]{10,150}[^.!?,;:"”])["”]$/u;
/** A paragraph that reads as a title: one line, a few words, a capital first, no sentence end. */
function titleLine(t: string): boolean {
  const words = t.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 25 && /^["“‘']?\p{Lu}/u.test(t) && !/[.!]$/.test(t.trim()) && !/[.!?]\s+\p{Lu}/u.test(t);
}

/**
 * Whether a link at `at` opens its sentence: nothing stands before it in `text` since `from`, or a
 * sentence's or a clause's end does ('.', ':', '(', '—', ' -'), spaces aside. It walks back from the link
 * only: a test of the whole text before each link was quadratic (an 840 KB paragraph of 8,000 links took 14 s).
 */
function opensSentence(text: string, at: number, from = 0): boolean {
  let i = at;
  while (i > from && /\s/.test(text[i - 1]!)) i--;
  if (i === from) return true;
  const c = text[i - 1]!;
  return '.!?:;(—–'.includes(c) || (c === '-' && i - 1 > from && /\s/.test(text[i - 2]!));
}

/**
 * Whether a link's text can stand as its work's title: Title Case ("Let's Think Dot by Dot"), a short
 * name ("PRISM"), a person on a topic ("Jason Gross on compact proofs"), or words in sentence case where
 * a title stands, opening the sentence ("[Causal entropic forces](…) is another proposal"); not "this
 * paper", "putting", "The generalized common sense …", and not the sentence's own words in its run ("…
 * include [Schulze and Ranked Pair ballot tabulation](…)").
 */
function linkTitle(text: string, opens: boolean): boolean {
  if (/^https?:/.test(text) || /^(?:This|That|These|Those|The|A|An|Our|My|His|Her|Their|Here|See|Like)\b/.test(text)) return titleCase(text, 3) && !/^(?:This|That|These|Those|Our|My|His|Her|Their|Here|See|Like)\b/.test(text);
  if (!/^\p{Lu}/u.test(text)) return false;
  return titleCase(text, 3) || /^\p{Lu}[\p{L}\d-]*\p{Lu}[\p{L}\d-]*$/u.test(text) || PERSON_ON.test(text) || (opens && namesWork(text));
}

/** Each named benchmark or dataset as a link's whole words: "the Pile", "BIG-Bench Hard", "the MMLU benchmark", "gsm8k". */
const BENCHMARK_LINKS = BENCHMARKS.map(([re, name, kind]) => ({
  whole: new RegExp(`^(?:the\\s)?(?:${re.source})(?:\\s(?:${CITATION_BENCHMARK_WORDS.benchmark}|${CITATION_BENCHMARK_WORDS.dataset}))?$`, 'iu'),
  name,
  kind,
}));
/** "the Winograd schema challenge", "a new reading comprehension dataset": words that say what a benchmark or a dataset is. */
const BENCHMARK_BY_WHAT = new RegExp(`^(?:the\\s)?(?<t>(?<name>(?:[\\p{L}\\d-]+\\s){0,4})(?:(?<b>${CITATION_BENCHMARK_WORDS.benchmark})|${CITATION_BENCHMARK_WORDS.dataset}))$`, 'iu');
/** Words that stand before "dataset" and name none: "the dataset", "this benchmark", "their new evals" say only what the work at the address holds. */
const NAMES_NO_BENCHMARK = new RegExp(`^(?:a|an|the|this|that|these|those|our|my|your|their|his|her|its|some|several|many|few|other|such|each|every|any|all|same|own|one|${CITATION_WORK_ADJECTIVE})$`, 'i');

/**
 * The benchmark or dataset a link's words name, which the link then cites instead of a paper, whatever
 * its address ("[the Pile](https://arxiv.org/abs/2101.00027)"): one of the named ones (CITATION_BENCHMARKS,
 * matched by their patterns, not their spelling), or words that say what it is ("the Winograd schema challenge";
 * not "the dataset", "this benchmark", which name none).
 */
export function benchmarkNamed(words: string): Pick<Citation, 'key' | 'kind' | 'title'> | undefined {
  const text = words.trim();
  const known = BENCHMARK_LINKS.find((b) => b.whole.test(text));
  if (known) return { key: slug(known.name), kind: known.kind, title: known.name };
  const what = BENCHMARK_BY_WHAT.exec(text);
  // A word of its own names it: "[the dataset](arxiv…)" in two comments is two papers, not one dataset called "Dataset".
  if (!what || !what.groups!.name!.split(/\s+/).some((w) => w && !NAMES_NO_BENCHMARK.test(w))) return undefined;
  const t = what.groups!.t!;
  return { key: slug(t), kind: what.groups!.b ? 'benchmark' : 'dataset', title: t[0]!.toUpperCase() + t.slice(1) };
}

/**
 * What a link's words say of the work at its address: its title when they read as one, its year ("[2011
 * paper](…pdf)"), or that it is a benchmark or a dataset ("[the Pile](arxiv…)"). `opens`: the link opens its sentence.
 */
function namedByLink(c: Citation, words: string, opens: boolean): void {
  if (linkTitle(words, opens)) c.title = words.replace(/[.:]$/, '');
  const year = WORK_WORD.test(words) && words.match(YEARS)?.[0];
  if (year) c.year = Number(year);
  const named = benchmarkNamed(words);
  if (named) Object.assign(c, named);
}

/**
 * Whether a citation in a link's words is what the link points at: a work is; a benchmark or a dataset only
 * when the words are its name ("[MMLU](…)"), not when they merely hold it ("[scores on MMLU went up](arxiv…)"
 * cites MMLU and the paper at the address).
 */
const linkPointsAt = (c: Citation, words: string) => c.kind === 'paper' || c.kind === 'link' || !!benchmarkNamed(words);

/** A link of a comment: where its words stand in the comment's text, its address, and its paragraph. */
interface LinkRun {
  start: number;
  end: number;
  href: string;
  words: string;
  paragraph: Paragraph;
}

/** A comment's links in order: the one walk of its inlines that withLinks and withBackReferences share. */
function linksOf(comment: Comment): LinkRun[] {
  const links: LinkRun[] = [];
  for (const paragraph of comment.paragraphs) {
    let at = paragraph.offsets.start;
    for (const inline of paragraph.inlines) {
      if (inline.href) links.push({ start: at, end: at + inline.text.length, href: inline.href, words: inline.text, paragraph });
      at += inline.text.length;
    }
  }
  return links;
}

/**
 * Markdown links: a citation whose words are a link's text takes the link's address ("[Lanham et al.
 * (2023)](https://arxiv.org/abs/2307.13702)"); a link to a work's address (arXiv, DOI, OpenReview, ACL, a
 * paper host, a PDF) that no citation covers is cited as the link itself, its text the title when it reads
 * as one. Images and CDN files are never works.
 */
export function withLinks(comment: Comment, citations: Citation[], links: LinkRun[] = linksOf(comment)): Citation[] {
  const out = citations.map((c) => ({ ...c }));
  for (const { start, end, href, words, paragraph } of links) {
    if (!/^https?:/.test(href) || isImageAddress(href)) continue;
    const id = addressIdentity(href);
    const covered = out.filter((c) => c.offsets.start < end && c.offsets.end > start && linkPointsAt(c, words));
    for (const c of covered) {
      if (!c.url) c.url = id?.url ?? href;
      if (id?.ids && !c.ids) c.ids = id.ids;
    }
    if (covered.length > 0 || !id || !(id.ids || SCHOLARLY.test(href) || namesWork(words.trim()))) continue;
    const text = words.trim() || href;
    const c: Citation = { key: id.key, kind: 'paper', text, offsets: { start, end }, url: id.url, rule: 'link' };
    if (id.ids) c.ids = id.ids;
    namedByLink(c, text, opensSentence(comment.text, start, paragraph.offsets.start));
    // A list item that merely names a benchmark or a dataset cites none, as in its text (citeComment).
    if (paragraph.kind === 'item' && c.kind !== 'paper') continue;
    out.push(c);
  }
  return out.sort((a, b) => a.offsets.start - b.offsets.start || a.offsets.end - b.offsets.end);
}

/**
 * Every work a comment mentions: in its text (cite), in titles set after "paper:" (in the paragraph, or
 * as the next paragraph), and in its links (withLinks). Table rows cite no work but by an address, and a
 * list item naming a benchmark or dataset does not cite it.
 */
export function citeComment(comment: Comment, before: Citation[] = []): Citation[] {
  const found: Citation[] = [];
  const paragraphs = comment.paragraphs;
  paragraphs.forEach((p, k) => {
    const text = comment.text.slice(p.offsets.start, p.offsets.end);
    const shift = (c: Citation): Citation => ({ ...c, offsets: { start: c.offsets.start + p.offsets.start, end: c.offsets.end + p.offsets.start } });
    const table = p.kind === 'table' || TABLE_ROW.test(text);
    for (const c of cite(text)) {
      if (table && !c.ids && c.rule !== 'paper-address') continue;
      if (p.kind === 'item' && (c.kind === 'benchmark' || c.kind === 'dataset')) continue;
      found.push(shift(c));
    }
    if (table) return;
    // A title in quotes on a line of its own, as people name a post: '"This prompt (sometimes) makes ChatGPT …"'.
    const line = QUOTED_LINE.exec(text.trim());
    if (line && p.kind === 'text' && line.groups!.t!.split(/\s+/).length >= 4) {
      const t = line.groups!.t!;
      const start = text.indexOf(t);
      found.push(shift({ key: titleKey(t), kind: 'paper', text: t, offsets: { start, end: start + t.length }, title: t, rule: 'quoted-title-line' }));
    }
    const inside = LABEL_IN.exec(text);
    if (inside && titleLine(inside.groups!.t!)) {
      const t = inside.groups!.t!.trim();
      const start = inside.index + inside[0].indexOf(t);
      found.push(shift({ key: titleKey(t), kind: 'paper', text: t, offsets: { start, end: start + t.length }, title: t.replace(/[.:]$/, ''), rule: 'labelled-title' }));
    }
    const end = LABEL_END.exec(text);
    const next = paragraphs[k + 1];
    if (end && next) {
      const t = comment.text.slice(next.offsets.start, next.offsets.end).trim().replace(/^["“]|["”]$/g, '');
      if (titleLine(t) && titleCase(t, 3)) {
        const start = end.index + end[0].indexOf(end.groups!.m!);
        found.push(shift({ key: titleKey(t), kind: 'paper', text: end.groups!.m!, offsets: { start, end: start + end.groups!.m!.length }, title: t, rule: 'labelled-title-next' }));
      }
    }
  });
  const links = linksOf(comment);
  return withBackReferences(comment, withLinks(comment, longestAtEachPlace(found), links), before, links);
}

/** "the first paper", "the latter study", "this paper", "the report": words that point back at a work named before. */
const ORDINALS = Object.keys(CITATION_ORDINALS).join('|');
const WORK_BACK_REFERENCE = new RegExp(String.raw`\b(?:[Tt]he\s(?<o>${ORDINALS})\s(?<w1>paper|study|article|preprint|report|essay|book)|(?:[Tt]he|[Tt]his|[Tt]hat)\s(?<w2>paper|study|article|preprint|report|essay|book))\b(?!-|\s(?:on|about|by|called|titled|entitled|named|of|from|in which|that (?:I|you|we|they|he|she))\b|\s["“'‘]|\s\p{Lu}|\s?:)`, 'gu');

/** The kinds of written work a pointer back can stand for: "the essay" is not the paper named before it. */
const WORK_KINDS = [/^(?:paper|papers|study|article|preprint|report|technical report|thesis|monograph)$/, /^(?:essay|piece|article|post)$/, /^(?:book|memoir|monograph|chapter)$/];
function sameKindOfWork(named: string, word: string): boolean {
  const said = WORK_WORD.exec(named)?.[0].toLowerCase();
  return !said || WORK_KINDS.some((k) => k.test(said) && k.test(word));
}

/**
 * Words that point back at a work named before it ("my summary of these two papers: <a> <b> … the
 * first paper observes …", "Our new report tackles … the paper argues …") mention that work: an ordinal
 * the work of that rank among the distinct works named before it, "the/this paper" the one work named
 * before it, when there is exactly one. A profile dump does not mark where a comment ends, so words in
 * the first paragraph of a comment may point back at the works of the comment before it (`before`).
 */
export function withBackReferences(comment: Comment, citations: Citation[], before: Citation[] = [], links: LinkRun[] = linksOf(comment)): Citation[] {
  const out = [...citations];
  const firstEnd = comment.paragraphs[0]!.offsets.end;
  let pointedBefore = false;
  // A link's words say by its address which work they name ("[Sauce is figure 4 from this paper.](…)").
  // Linear in the pointers and citations (a 1 MB paragraph holds thousands of both): sorted once, walked once.
  const starts = citations.map((c) => c.offsets.start).sort((x, y) => x - y);
  const byEnd = [...citations].sort((x, y) => x.offsets.end - y.offsets.end || x.offsets.start - y.offsets.start);
  const linkStarts = links.map((l) => l.start);
  const named = new Map<string, Citation>();
  let done = 0;
  const earlier = (list: Citation[]) => {
    const seen = new Map<string, Citation>();
    for (const c of list) if (c.kind === 'paper' && !seen.has(c.key)) seen.set(c.key, c);
    return [...seen.values()];
  };
  const beforeWorks = earlier(before);
  for (const m of comment.text.matchAll(WORK_BACK_REFERENCE)) {
    const start = m.index!;
    const end = start + m[0].length;
    // The works that end before it, in order.
    while (done < byEnd.length && byEnd[done]!.offsets.end <= start) {
      const c = byEnd[done++]!;
      if (c.kind === 'paper' && !named.has(c.key)) named.set(c.key, c);
    }
    // A citation overlaps it when more start before its end than end before its start.
    if (firstAtOrAfter(starts, end) > done) continue;
    const link = firstAtOrAfter(linkStarts, end) - 1;
    if (link >= 0 && links[link]!.end > start) continue;
    // "the paper is https://…": it points ahead, at the work named right after it.
    const next = starts[firstAtOrAfter(starts, end)];
    if (next !== undefined && next - end <= 8) continue;
    let works = [...named.values()];
    // Once the comment has pointed back at the works before it, it goes on talking of them ("in the second paper, …").
    if (works.length === 0 && (start < firstEnd || pointedBefore)) works = beforeWorks;
    const o = m.groups!.o;
    const rank = o ? CITATION_ORDINALS[o]! : 0;
    // An ordinal points into a list of two or more; "the paper" at the one work named before it.
    const work = o ? (works.length >= 2 && Math.abs(rank) <= works.length ? works.at(rank > 0 ? rank - 1 : rank) : undefined) : works.length === 1 ? works[0] : undefined;
    if (!work || !sameKindOfWork(work.text, m.groups!.w1 ?? m.groups!.w2!)) continue;
    if (beforeWorks.includes(work)) pointedBefore = true;
    out.push({ key: work.key, kind: work.kind, text: m[0], offsets: { start, end }, rule: 'back-reference' });
  }
  return out.sort((a, b) => a.offsets.start - b.offsets.start || a.offsets.end - b.offsets.end);
}

/** The kind of a key, by how much it says about which work it is: a lower rank names the paper. */
function keyRank(key: string): number {
  if (SURNAME_YEAR_KEY.test(key) && !/^(?:arxiv|doi|url|title|own)-/.test(key)) return 0; // surname + year
  if (/^(?:arxiv|doi)-/.test(key)) return 1;
  if (/^(?:title|url|own)-/.test(key)) return 3;
  return 2; // surname alone, a parenthesised title, a benchmark
}

/**
 * Merge keys across the corpus. One work's mentions share a key, an address (arXiv id, DOI), a title, or
 * a surname and year; a surname-only key ("turpin") joins the one surname+year key with that surname
 * when there is exactly one ("turpin-2023"). Returns key → canonical key: of the keys merged, the one that
 * says most (surname + year, then the address, then the rest), first in corpus order on a tie.
 */
export function canonicalKeys(citations: Citation[]): Map<string, string> {
  const parent = new Map<string, string>();
  const order = new Map<string, number>();
  const find = (k: string): string => {
    if (!parent.has(k)) {
      parent.set(k, k);
      order.set(k, order.size);
    }
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const better = (a: string, b: string) => keyRank(a) - keyRank(b) || order.get(a)! - order.get(b)!;
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    if (better(ra, rb) <= 0) parent.set(rb, ra);
    else parent.set(ra, rb);
  };
  const withYear = new Map<string, Set<string>>();
  for (const c of citations) {
    find(c.key);
    if (c.ids?.arxiv) union(c.key, `arxiv-${c.ids.arxiv.replace('.', '-')}`);
    if (c.ids?.doi) union(c.key, `doi-${slug(c.ids.doi)}`.slice(0, 80));
    if (c.title && c.kind === 'paper') union(c.key, titleKey(c.title));
    // "the PRISM paper" and a link "[PRISM](…)" are one work.
    if (c.name) union(c.key, titleKey(c.name));
    if (c.surname && c.year) {
      const s = slug(c.surname);
      const k = `${s}-${c.year}`;
      union(c.key, k);
      if (!withYear.has(s)) withYear.set(s, new Set());
      withYear.get(s)!.add(k);
    }
  }
  // A PDF whose file name is a title run together ("ValueLearningProblem.pdf") is that title's work.
  const titles = new Map<string, string>();
  for (const c of citations) if (c.title) titles.set(titleKey(c.title).slice(6).replace(/-/g, ''), titleKey(c.title));
  for (const c of citations) {
    const file = c.url && /\/([^/?#]+)\.pdf(?:$|[?#])/i.exec(c.url)?.[1];
    const title = file && titles.get(slug(file.replace(/([a-z])([A-Z])/g, '$1 $2')).replace(/-/g, ''));
    if (title) union(c.key, title);
  }
  for (const c of citations) {
    if (c.surname && !c.year && c.key === slug(c.surname)) {
      const keys = withYear.get(slug(c.surname));
      const only = keys && keys.size === 1 ? [...keys][0]! : undefined;
      // Not when its sentence gives it other years: "Bostrom's paper (2001 or 2003)" is not "Bostrom 2014".
      if (only && !(c.yearsNear && !c.yearsNear.some((y) => only.endsWith(`-${y}`)))) union(c.key, only);
    }
  }
  return new Map([...parent.keys()].map((k) => [k, find(k)]));
}

/** Rules whose title is the work's own (quoted, a link's text, set apart) rather than words around a name. */
const TITLE_RULES = new Set(['quoted-title', 'quoted-title-line', 'read-quoted-title', 'labelled-title', 'labelled-title-next', 'link', 'parenthesised-title', 'titled-apposition', 'title-by-author', 'cf-title', 'the-author-paper', 'named-benchmark', 'person-on-topic']);

/**
 * The best readable title of a work from what its mentions say: `Turpin et al., "Say What They Think"`
 * when a surname and a title were given (`Koestler, "The Sleepwalkers"` when the mention names the one
 * author); the title alone; "Popper and Stengel (2024)" when a mention names two authors; else
 * "Surname et al. (Year)" (with the title its PDF's file name spells); else that title; else the arXiv
 * id or DOI; else the first alias.
 */
export function paperTitle(paper: { title: string; surname?: string | undefined; year?: number | undefined; sole?: boolean; ids?: Citation['ids']; url?: string | undefined; aliases: string[]; mentions: { text: string }[] }): string {
  const year = paper.year ? ` (${paper.year})` : '';
  if (paper.title && paper.surname) return `${paper.surname}${paper.sole ? '' : ' et al.'}, "${paper.title}"${year}`;
  if (paper.title) return paper.title;
  const named = paper.mentions.map((m) => m.text).find((t) => /\band\b|&/.test(t) && /[([]\d{4}[)\]]/.test(t));
  if (named) return named.replace(/\s*[([](\d{4})[)\]]/, ' ($1)');
  const file = paper.url && fileTitle(paper.url);
  if (paper.surname) return `${paper.surname}${paper.sole ? '' : ' et al.'}${file ? `, "${file}"` : ''}${year}`;
  if (file) return `${file}${year}`;
  if (paper.ids?.arxiv) return `arXiv:${paper.ids.arxiv}`;
  if (paper.ids?.doi) return `doi:${paper.ids.doi}`;
  return paper.aliases[0]!;
}

/**
 * The title a PDF's file name spells, when it is made of words: "ComplexValues.pdf" → "Complex Values",
 * "Games_without_Play.pdf" → "Games without Play"; not "ijrr01009.pdf" or "multiverse.pdf".
 */
export function fileTitle(url: string): string | undefined {
  const file = /\/([^/?#]+)\.pdf(?:$|[?#])/i.exec(url)?.[1];
  if (!file) return undefined;
  let name: string;
  try {
    name = decodeURIComponent(file);
  } catch {
    return undefined;
  }
  const words = name.replace(/([\p{Ll}])(\p{Lu})/gu, '$1 $2').split(/[\s_+-]+/).filter(Boolean);
  if (words.length < 2 || words.length > 12 || !words.every((w) => /^\p{L}{2,}$/u.test(w)) || !words.some((w) => w.length >= 4)) return undefined;
  return words.join(' ');
}

/** The claim of the unit sentence `k` belongs to (a span's first sentence holds the id), if it is not an aside. */
function claimAt(sentences: Sentence[], k: number): string | undefined {
  if (k < 0 || sentences[k]!.role === 'aside') return undefined;
  for (let j = k; j >= 0 && sentences[j]!.role !== 'aside'; j--) if (sentences[j]!.claim) return sentences[j]!.claim;
  return undefined;
}

/** The paragraph of a comment that holds offset `at`. */
const paragraphAt = (comment: Comment, at: number): Paragraph | undefined => comment.paragraphs.find((q) => at >= q.offsets.start && at <= q.offsets.end);

/**
 * The claim nearest sentence `k`, of the writer's own words (a quote's claim is someone else's): in its
 * paragraph (before it, then after), else the next claim of the comment, else the last before it; for a
 * list item the claims before it first, as a list follows the sentence that introduces it ("Here are some
 * good books to read.").
 */
function nearestClaim(comment: Comment, sentences: Sentence[], k: number): string | undefined {
  if (k < 0) return undefined;
  const p = paragraphAt(comment, sentences[k]!.offsets.start);
  const inParagraph = (j: number) => !!p && sentences[j]!.offsets.start >= p.offsets.start && sentences[j]!.offsets.start <= p.offsets.end;
  const order: number[] = [];
  for (let j = k - 1; j >= 0 && inParagraph(j); j--) order.push(j);
  for (let j = k + 1; j < sentences.length && inParagraph(j); j++) order.push(j);
  const after: number[] = [];
  const before: number[] = [];
  for (let j = k + 1; j < sentences.length; j++) if (!inParagraph(j)) after.push(j);
  for (let j = k - 1; j >= 0; j--) if (!inParagraph(j)) before.push(j);
  order.push(...(p?.kind === 'item' ? [...before, ...after] : [...after, ...before]));
  for (const j of order) {
    const claim = sentences[j]!.quote ? undefined : claimAt(sentences, j);
    if (claim) return claim;
  }
  return undefined;
}

/** The first or the last claim of the writer's own words in a comment. */
function edgeClaim(sentences: Sentence[], which: 'first' | 'last'): string | undefined {
  for (let k = 0; k < sentences.length; k++) {
    const j = which === 'first' ? k : sentences.length - 1 - k;
    const claim = sentences[j]!.quote ? undefined : claimAt(sentences, j);
    if (claim) return claim;
  }
  return undefined;
}

/** A citation and the comment it is in. */
export interface CitationSite {
  comment: Entry<Comment>;
  c: Citation;
  /**
   * In a plain dump, whose comment boundaries are guessed, the comments next to it in its file: a work
   * named in a comment with no claim of its own, and cited by no claim elsewhere, is cited through them
   * (a list of books cut from the sentence before it that introduces it; "my summary of these papers: …"
   * cut from the summary after it).
   */
  previous?: Entry<Comment>;
  next?: Entry<Comment>;
}

/**
 * Citations of the whole corpus → one paper per work (mentions merged on their canonical key) and the
 * `cites` links of the claims whose sentences mention them. `sentencesOf` gives each comment's sentences
 * (with the claim id on a unit's first sentence), to place each mention. Every paper is cited by a claim:
 * a work named only where no claim of its writer is near (a comment of asides alone) is not emitted.
 */
export function papersOf(citations: CitationSite[], sentencesOf: Map<string, Sentence[]>): { papers: Entry<Paper>[]; cites: Map<string, Link[]> } {
  // The writer's own work ("our new report") is theirs alone: two writers' reports are two works.
  const sites = citations.map((site) => (site.c.key.startsWith('own-') ? { ...site, c: { ...site.c, key: `${site.c.key}-${site.comment.data.author}` } } : site));
  const keys = canonicalKeys(sites.map((x) => x.c));
  const papers = new Map<string, Paper & { sole?: boolean }>();
  /** How good the title a paper took is: a title of its own beats words around a name. */
  const titleFrom = new Map<string, number>();
  const soleNo = new Set<string>();
  const nearby = new Map<Mention, string>();
  /** The claim next door, across a guessed boundary of a plain dump: used only for a work no claim cites otherwise. */
  const nextDoor = new Map<Mention, string>();
  for (const { comment, c, previous, next } of sites) {
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
    const own = claimAt(sentences, k);
    if (own) mention.claim = own;
    else {
      // Named in an aside (a quote, "Relevant paper: …", a bare address): the comment still cites it,
      // through the nearest claim of its paragraph, else of its comment.
      const near = nearestClaim(comment.data, sentences, k);
      if (near) nearby.set(mention, near);
      else {
        // As nearestClaim orders them: a list item looks back first, other words ahead first.
        const back = previous && edgeClaim(sentencesOf.get(previous.id) ?? [], 'last');
        const ahead = next && edgeClaim(sentencesOf.get(next.id) ?? [], 'first');
        const door = sentence && paragraphAt(comment.data, sentence.offsets.start)?.kind === 'item' ? back ?? ahead : ahead ?? back;
        if (door) nextDoor.set(mention, door);
      }
    }
    let paper = papers.get(key);
    if (!paper) {
      paper = { key, title: '', kind: c.kind, aliases: [], mentions: [] };
      papers.set(key, paper);
    }
    if (c.kind === 'paper' && paper.kind !== 'paper') paper.kind = 'paper';
    if (c.surname && !paper.surname) paper.surname = c.surname;
    // Every author named only when some mention says so and none says "et al.".
    if (c.sole === false) soleNo.add(key);
    if (c.sole === true && !soleNo.has(key)) paper.sole = true;
    for (const a of c.authors ?? []) if (!(paper.authors ??= []).includes(a)) paper.authors.push(a);
    if (c.year && !paper.year) paper.year = c.year;
    if (c.ids?.arxiv) (paper.ids ??= {}).arxiv ??= c.ids.arxiv;
    if (c.ids?.doi) (paper.ids ??= {}).doi ??= c.ids.doi;
    if (c.url && !isImageAddress(c.url) && (!paper.url || (c.ids && !/arxiv\.org\/abs|doi\.org/.test(paper.url)))) paper.url = c.url;
    const rank = !c.title ? 9 : TITLE_RULES.has(c.rule) ? 0 : 1;
    if (c.title && rank < (titleFrom.get(key) ?? 9)) {
      paper.title = c.title;
      titleFrom.set(key, rank);
    }
    // Nothing but "our new report": the sentence that presents it is the best title the corpus gives.
    if (c.rule === 'own-work' && !paper.title && sentence) paper.title = mention.sentence.replace(/\s+/g, ' ').trim().slice(0, 160);
    // "that paper", "the first paper" point at the work; they are no name of it.
    if (c.rule !== 'back-reference' && !paper.aliases.includes(c.text)) paper.aliases.push(c.text);
    paper.mentions.push(mention);
  }
  const paperIds = new Map<string, string>();
  for (const [key, paper] of papers) {
    // Words around a mention ("paper on probes") name a work only when nothing better does.
    if (titleFrom.get(key) === 1 && paper.surname) paper.title = '';
    if (soleNo.has(key)) delete paper.sole;
    paper.title = paperTitle(paper);
    delete paper.sole;
    if (paper.ids?.arxiv) paper.url = `https://arxiv.org/abs/${paper.ids.arxiv}`;
    else if (paper.ids?.doi) paper.url = `https://doi.org/${paper.ids.doi}`;
  }
  // The claims that cite each work, as the mentions give them: the comment next door only for a work no claim near cites.
  type Citing = { claim: string; rule: 'citation' | 'citation-nearby'; cue: string };
  const citing = new Map<string, Citing[]>();
  for (const [key, paper] of papers) {
    const by = (m: Mention, claim: string | undefined, rule: Citing['rule']): Citing[] => (claim ? [{ claim, rule, cue: m.text }] : []);
    let list = paper.mentions.flatMap((m) => by(m, m.claim ?? nearby.get(m), m.claim ? 'citation' : 'citation-nearby'));
    if (list.length === 0) list = paper.mentions.flatMap((m) => by(m, nextDoor.get(m), 'citation-nearby'));
    // A work no claim cites is not emitted, and takes no id: it cannot push a cited work's id to "-2".
    if (list.length > 0) citing.set(key, list);
  }
  // Two long titles can cut to one slug: the later work gets "-2".
  const slugs = uniqueIds([...citing.keys()].map((key) => slugify(key, 12, 80) || 'paper'));
  [...citing.keys()].forEach((key, k) => paperIds.set(key, slugs[k]!));
  const cites = new Map<string, Link[]>();
  for (const [key, list] of citing) {
    const target = paperIds.get(key)!;
    for (const { claim, rule, cue } of list) {
      if (!cites.has(claim)) cites.set(claim, []);
      const links = cites.get(claim)!;
      const same = links.find((l) => l.target === target);
      if (!same) links.push({ target, evidence: { rule, cue } });
      else if (rule === 'citation' && same.evidence.rule !== 'citation') same.evidence = { rule, cue };
    }
  }
  const byId = (a: Entry<Paper>, b: Entry<Paper>) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const emitted = [...citing.keys()].map((key) => ({ id: paperIds.get(key)!, data: papers.get(key)!, body: '' }));
  return { papers: emitted.sort(byId), cites };
}

/** A comment and the works it cites. */
export interface CommentCitations {
  comment: Entry<Comment>;
  found: Citation[];
}

/**
 * A work its writer calls by a short name ("the PRISM paper", a link "[PRISM](https://arxiv.org/abs/…)")
 * is cited wherever that writer names it again ("a value system like PRISM"). Only acronyms, and only
 * ones the corpus never treats as an organisation ("MIRI's view", "people at MIRI", "MIRI staff").
 */
export function withKnownNames(all: CommentCitations[]): CommentCitations[] {
  const names = new Map<string, Map<string, Citation>>();
  for (const { comment, found } of all) {
    for (const c of found) {
      const name = c.rule === 'the-author-paper' ? c.name : c.rule === 'link' && c.ids ? c.text : undefined;
      if (!name || !/^\p{Lu}{3,}$/u.test(name)) continue;
      const mine = names.get(comment.data.author) ?? new Map<string, Citation>();
      if (!mine.has(name)) mine.set(name, c);
      names.set(comment.data.author, mine);
    }
  }
  if (names.size === 0) return all;
  // Each name's two patterns, compiled once (names are capitals only: nothing to escape).
  const patterns = new Map<string, { organisation: RegExp; said: RegExp }>();
  for (const mine of names.values()) {
    for (const name of mine.keys()) {
      if (patterns.has(name)) continue;
      patterns.set(name, {
        // "MIRI's view", "people at MIRI", "MIRI staff": an organisation, which the writer's "MIRI paper" is by.
        organisation: new RegExp(`(?<![\\p{L}\\d])${name}['’]s\\b|\\b(?:at|joined|join|joining|left|leaving)\\s${name}\\b|(?<![\\p{L}\\d])${name}\\s(?:staff|employees?|researchers?|team|people|folks|members?)\\b`, 'u'),
        said: new RegExp(`(?<![\\p{L}\\d-])${name}(?![\\p{L}\\d-])`, 'gu'),
      });
    }
  }
  const possessive = new Set<string>();
  for (const [name, { organisation }] of patterns) {
    if (all.some(({ comment }) => organisation.test(comment.data.text))) possessive.add(name);
  }
  return all.map(({ comment, found }) => {
    const mine = names.get(comment.data.author);
    if (!mine) return { comment, found };
    const more: Citation[] = [];
    for (const [name, c] of mine) {
      if (possessive.has(name)) continue;
      for (const m of comment.data.text.matchAll(patterns.get(name)!.said)) {
        const start = m.index!;
        const end = start + name.length;
        if (found.some((x) => x.offsets.start < end && x.offsets.end > start)) continue;
        more.push({ key: c.key, kind: c.kind, text: name, offsets: { start, end }, name, rule: 'known-name' });
      }
    }
    if (more.length === 0) return { comment, found };
    return { comment, found: [...found, ...more].sort((a, b) => a.offsets.start - b.offsets.start || a.offsets.end - b.offsets.end) };
  });
}

/**
 * The cite step: citations in each comment's text and links, words that point back at them (in a
 * profile dump, also at the works of the comment before), and the short names works are known by.
 */
export const citeStep: MineStep = {
  name: 'cite',
  run: (m) => {
    const last = new Map<string, { order: number; found: Citation[]; comment: Entry<Comment> }>();
    const around = new Map<string, Pick<CitationSite, 'previous' | 'next'>>();
    const all = m.corpus.comments.map((comment) => {
      const d = comment.data;
      const prev = d.forum ? undefined : last.get(d.file);
      const adjacent = prev && prev.order === d.order - 1 ? prev : undefined;
      if (adjacent) {
        around.set(comment.id, { ...around.get(comment.id), previous: adjacent.comment });
        around.set(adjacent.comment.id, { ...around.get(adjacent.comment.id), next: comment });
      }
      const found = citeComment(d, adjacent?.found ?? []);
      if (!d.forum) last.set(d.file, { order: d.order, found, comment });
      return { comment, found };
    });
    return { ...m, citations: withKnownNames(all).flatMap(({ comment, found }) => found.map((c) => ({ comment, c, ...around.get(comment.id) }))) };
  },
};
