/**
 * Hand corrections that survive re-mining: `content/overrides.yaml` lists them (schema:
 * src/schemas/overrides.ts; README, "Hand corrections"), the runner reads it, `parseOverrides` checks it
 * and `applyOverrides` applies it to the freshly mined corpus. Both pure. A correction that names
 * something that no longer exists stops the run with the file and line, instead of being dropped quietly.
 */
import { LineCounter, parseDocument, isSeq } from 'yaml';
import type { Claim, Link } from '../schemas/claim.ts';
import { RELATIONS } from '../schemas/evidence.ts';
import { overrideSchema, type Override } from '../schemas/overrides.ts';
import type { Corpus, Entry } from './corpus.ts';
import { CruxError, messages } from './messages.ts';

export interface Overrides {
  /** The file, as shown in messages. */
  file: string;
  /** The corrections in file order, each with the line it starts on. */
  entries: { line: number; override: Override }[];
}

/** Parse and validate the overrides file's text. An empty file (or only comments) has no corrections. */
export function parseOverrides(text: string, file: string): Overrides {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const first = doc.errors[0];
  if (first) throw new CruxError(messages.overridesInvalid(file, first.linePos?.[0].line ?? 1, `this is not valid YAML (${first.message.split('\n')[0]})`));
  if (doc.contents === null) return { file, entries: [] };
  if (!isSeq(doc.contents)) throw new CruxError(messages.overridesInvalid(file, 1, 'the file must be a YAML list of corrections ("- remove-edge: …")'));
  const entries: Overrides['entries'] = [];
  for (const item of doc.contents.items) {
    const line = lineCounter.linePos((item as { range?: [number, number, number] }).range?.[0] ?? 0).line;
    const value = (item as { toJSON(): unknown }).toJSON();
    const parsed = overrideSchema.safeParse(value);
    if (!parsed.success) throw new CruxError(messages.overridesInvalid(file, line, problem(value)));
    entries.push({ line, override: parsed.data });
  }
  return { file, entries };
}

const KEYS = ['remove-edge', 'add-edge', 'merge-papers', 'role', 'rename-author'];

/** What is wrong with one entry, as precisely as the entry allows. */
function problem(value: unknown): string {
  const keys = value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
  if (keys.length !== 1) return `each entry is a map with one key, one of ${KEYS.join(', ')}`;
  const key = keys[0]!;
  if (!KEYS.includes(key)) return `"${key}" is not a correction; use one of ${KEYS.join(', ')}`;
  const branch = overrideSchema.options.find((o) => key in o.shape)!;
  const issue = branch.safeParse(value).error?.issues[0];
  return issue ? `${issue.path.map(String).join('.')}: ${issue.message}` : 'invalid entry';
}

const KINDS = RELATIONS;
const byTarget = (a: Link, b: Link) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0);

/** Apply the corrections in order. Returns a new corpus; the input is not changed. */
export function applyOverrides(corpus: Corpus, overrides: Overrides): Corpus {
  if (overrides.entries.length === 0) return corpus;
  const clone = <T>(x: T): T => structuredClone(x);
  const authors = clone(corpus.authors);
  const comments = clone(corpus.comments);
  const claims = new Map(clone(corpus.claims).map((c) => [c.id, c]));
  const papers = new Map(clone(corpus.papers).map((p) => [p.id, p]));
  const { file } = overrides;

  const claimAt = (line: number, id: string): Entry<Claim> => {
    const c = claims.get(id);
    if (!c) throw new CruxError(messages.overridesUnknown(file, line, 'claim', id));
    return c;
  };
  const targetExists = (kind: (typeof KINDS)[number], id: string) => (kind === 'cites' ? papers.has(id) : claims.has(id));

  for (const { line, override } of overrides.entries) {
    if ('remove-edge' in override) {
      const e = override['remove-edge'];
      const source = claimAt(line, e.source);
      const links = source.data[e.kind];
      const k = links.findIndex((l) => l.target === e.target);
      // A relates edge is stored once, on the claim with the smaller id: accept either direction.
      const reverse = e.kind === 'relates' ? claims.get(e.target)?.data.relates.findIndex((l) => l.target === e.source) ?? -1 : -1;
      if (k !== -1) links.splice(k, 1);
      else if (reverse !== -1) claims.get(e.target)!.data.relates.splice(reverse, 1);
      else throw new CruxError(messages.overridesUnknown(file, line, 'edge', `${e.source} ${e.kind} ${e.target}`));
    } else if ('add-edge' in override) {
      const e = override['add-edge'];
      const source = claimAt(line, e.source);
      if (!targetExists(e.kind, e.target)) throw new CruxError(messages.overridesUnknown(file, line, e.kind === 'cites' ? 'paper' : 'claim', e.target));
      const links = source.data[e.kind];
      const evidence: Link['evidence'] = { rule: 'override' };
      if (e.note) evidence.cue = e.note;
      const k = links.findIndex((l) => l.target === e.target);
      if (k === -1) links.push({ target: e.target, evidence });
      else links[k] = { target: e.target, evidence };
      links.sort(byTarget);
    } else if ('merge-papers' in override) {
      const m = override['merge-papers'];
      const into = papers.get(m.into);
      if (!into) throw new CruxError(messages.overridesUnknown(file, line, 'paper', m.into));
      for (const id of m.from) {
        const from = papers.get(id);
        if (!from || id === m.into) throw new CruxError(messages.overridesUnknown(file, line, 'paper', id));
        for (const a of from.data.aliases) if (!into.data.aliases.includes(a)) into.data.aliases.push(a);
        into.data.mentions.push(...from.data.mentions);
        into.data.surname ??= from.data.surname;
        into.data.year ??= from.data.year;
        into.data.url ??= from.data.url;
        papers.delete(id);
        for (const c of claims.values()) {
          const k = c.data.cites.findIndex((l) => l.target === id);
          if (k === -1) continue;
          const [link] = c.data.cites.splice(k, 1);
          if (!c.data.cites.some((l) => l.target === m.into)) c.data.cites.push({ target: m.into, evidence: link!.evidence });
          c.data.cites.sort(byTarget);
        }
      }
      const order = new Map(comments.map((c, k) => [c.id, k]));
      into.data.mentions.sort((a, b) => order.get(a.comment)! - order.get(b.comment)! || a.offsets.start - b.offsets.start);
    } else if ('role' in override) {
      const r = override.role;
      const claim = claimAt(line, r.claim);
      if (r.role === 'aside') {
        removeClaim(r.claim);
      } else {
        claim.data.role = r.role;
        claim.data.roleEvidence = r.note ? { rule: 'override', cue: r.note } : { rule: 'override' };
        for (const s of comments.find((c) => c.id === claim.data.comment)?.data.sentences ?? []) {
          if (s.offsets.start >= claim.data.offsets.start && s.offsets.end <= claim.data.offsets.end) s.role = r.role;
        }
      }
    } else {
      const r = override['rename-author'];
      const author = authors.find((a) => a.id === r.author);
      if (!author) throw new CruxError(messages.overridesUnknown(file, line, 'author', r.author));
      author.data.name = r.name;
      author.data.nameSource = 'override';
    }
  }

  /** Take a claim off the map: its edges, the edges to it, and the targets only it named go with it. */
  function removeClaim(id: string) {
    const claim = claims.get(id)!;
    claims.delete(id);
    for (const c of claims.values()) for (const k of KINDS) if (k !== 'cites') c.data[k] = c.data[k].filter((l) => l.target !== id);
    const comment = comments.find((c) => c.id === claim.data.comment);
    for (const s of comment?.data.sentences ?? []) {
      if (s.offsets.start >= claim.data.offsets.start && s.offsets.end <= claim.data.offsets.end) {
        s.role = 'aside';
        delete s.claim;
      }
    }
    // Quotes of it (in other comments) no longer point anywhere.
    for (const c of comments) for (const s of c.data.sentences) if (s.claim === id) delete s.claim;
    for (const p of papers.values()) for (const m of p.data.mentions) if (m.claim === id) delete m.claim;
    const targeted = new Set([...claims.values()].flatMap((c) => KINDS.filter((k) => k !== 'cites').flatMap((k) => c.data[k].map((l) => l.target))));
    for (const k of KINDS) {
      if (k === 'cites') continue;
      for (const l of claim.data[k]) {
        const t = claims.get(l.target);
        if (t?.data.external && !targeted.has(l.target)) claims.delete(l.target);
      }
    }
  }

  return { ...corpus, authors, comments, claims: [...claims.values()], papers: [...papers.values()] };
}
