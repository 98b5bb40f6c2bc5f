/**
 * What a paper page says about which work it is: the title, who wrote it and the link out. Pure:
 * a paper in, words and one address out. The optional `authors` and `ids` fields (added by the
 * citation miner) show when present. Links out are plain links: the site itself requests nothing
 * from another host.
 */
import type { Paper } from '../schemas/paper.ts';

/** The fields a paper may carry beyond the base schema (read when present). */
type Extra = { authors?: string[]; ids?: { arxiv?: string; doi?: string } };

export type PaperLink =
  | { kind: 'arxiv' | 'doi' | 'url'; href: string; text: string }
  | { kind: 'search'; href: string; query: string };

export interface PaperFacts {
  title: string;
  /** "Paper", "Benchmark" … */
  kind: string;
  /** "Miles Turpin, Julian Michael and 2 more", "First author: Turpin", or undefined when unknown. */
  byline?: string;
  link: PaperLink;
}

const KIND: Record<Paper['kind'], string> = { paper: 'Paper', benchmark: 'Benchmark', dataset: 'Dataset', link: 'Link' };
const ARXIV = /^(?:arxiv:\s*)?(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})$/i;
const DOI = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i;

const names = (xs: string[]) => (xs.length <= 3 ? (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`) : `${xs.slice(0, 2).join(', ')} and ${xs.length - 2} more`);

/** The best link out: arXiv, then DOI, then the address given (http(s) only), else a search for the title. */
export function paperLink(paper: Paper & Extra): PaperLink {
  const arxiv = paper.ids?.arxiv ?? paper.url?.match(ARXIV)?.[1];
  if (arxiv) return { kind: 'arxiv', href: `https://arxiv.org/abs/${encodeURIComponent(arxiv).replace(/%2F/g, '/')}`, text: `arXiv:${arxiv}` };
  const doi = paper.ids?.doi ?? paper.url?.match(DOI)?.[1];
  if (doi) return { kind: 'doi', href: `https://doi.org/${encodeURI(doi)}`, text: `doi:${doi}` };
  if (paper.url && /^https?:\/\/[^\s/]+/i.test(paper.url)) {
    const text = paper.url.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/$/, '');
    return { kind: 'url', href: paper.url, text };
  }
  const query = [paper.title.replace(/\bet\.? al\.?|[()"“”,;:]/g, ' '), paper.year && !paper.title.includes(String(paper.year)) ? String(paper.year) : '']
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { kind: 'search', href: `https://scholar.google.com/scholar?q=${encodeURIComponent(query)}`, query };
}

export function paperFacts(paper: Paper & Extra): PaperFacts {
  const facts: PaperFacts = { title: paper.title, kind: KIND[paper.kind], link: paperLink(paper) };
  if (paper.authors?.length) facts.byline = `By ${names(paper.authors)}`;
  else if (paper.surname && !paper.title.includes(paper.surname)) facts.byline = `First author: ${paper.surname}`;
  return facts;
}

/** A citing claim: its id and whose words it is (its author; for outside words, who quoted them). */
export interface Citing<E> {
  source: string;
  evidence: E;
}

/**
 * Where a work is cited, per author in `authors` order: the claims that cite it, then the sentences that
 * name it without such a claim. A citing claim with no author (outside words a comment quotes) goes under
 * the author of the comment that holds it, so that every citation shows somewhere: the page's
 * "Cited N times by M authors" must never stand over an empty list.
 */
export function citationGroups<E>(
  authors: readonly string[],
  citing: readonly Citing<E>[],
  mentions: Paper['mentions'],
  whose: (claim: string) => string | undefined,
): { id: string; claims: Citing<E>[]; mentions: Paper['mentions'] }[] {
  const citingIds = new Set(citing.map((c) => c.source));
  return authors
    .map((a) => ({
      id: a,
      claims: citing.filter((c) => whose(c.source) === a),
      mentions: mentions.filter((m) => m.author === a && !(m.claim && citingIds.has(m.claim))),
    }))
    .filter((g) => g.claims.length + g.mentions.length > 0);
}
