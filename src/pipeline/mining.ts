/**
 * The mining state that flows through the mining steps (listed in stages.ts): the sentences with their
 * roles, the units they make, the claims, quotes, citations and links, until `assemble` turns them into
 * the corpus' claims and papers. Each step is a pure function of this state (and its context) in a file
 * of its own; `mine` runs them in order, timing each through the stage context.
 */
import type { Claim } from '../schemas/claim.ts';
import type { Comment, Role, Sentence } from '../schemas/comment.ts';
import type { Offsets } from '../schemas/common.ts';
import type { CitationSite } from './cite.ts';
import type { Corpus, Entry } from './corpus.ts';
import type { Edge, ExternalTarget } from './link.ts';
import type { RoleDecision } from './mine.ts';
import type { Token } from './nlp.ts';
import type { Quote } from './quote.ts';
import type { StageContext } from './stage.ts';

/** One sentence of a comment, with its role decision. */
export interface SentenceRecord {
  comment: Entry<Comment>;
  offsets: Offsets;
  text: string;
  /** Paragraph (index in the comment) the sentence is in. */
  paragraph: number;
  decision: RoleDecision;
  words: number;
  /** Set when the sentence quotes someone else's words (see quote.ts). */
  quote?: Quote;
}

/** An argumentative unit: one sentence, or a sentence and the ones that continue it. */
export interface Unit {
  sentences: SentenceRecord[];
  role: Exclude<Role, 'aside'>;
  decision: RoleDecision;
  /** Why later sentences were merged into the first. */
  span?: string;
}

/** Everything the mining steps know so far; each step adds its part. */
export interface Mining {
  corpus: Corpus;
  /** Every sentence of every comment, in comment and text order (segment). */
  records: SentenceRecord[];
  /** wink-nlp tokens of each sentence, parsed once (roles) and reused for the link terms. */
  tokens: Map<SentenceRecord, Token[]>;
  /** Argumentative units (spans). */
  units: Unit[];
  /** Claim id of each unit, and the claims so far by id (claims). */
  claimIdOf: Map<Unit, string>;
  claims: Map<string, Claim>;
  /** Sentences of each comment, as the comment page shows them (claims). */
  sentencesOf: Map<string, Sentence[]>;
  /** The quoted claim a unit answers: it follows the quote in its comment (claims). */
  answers: Map<Unit, string>;
  /**
   * The quoted claim a unit comes after in its comment, whether or not it answers it (the first claim of
   * the last quoted passage before it): a reply's objections answer the quoted claim of the parent (claims).
   */
  quotedBefore: Map<Unit, string>;
  /** Comment id → the comment it replies to, from the export or from the words it quotes (claims). */
  replyTo: Map<string, string>;
  /** Citations found in each comment, with the comments next to it in a plain dump (cite). */
  citations: CitationSite[];
  /** Relations, with typed targets, and the targets the text names (link). */
  edges: Edge[];
  externals: ExternalTarget[];
}

/** One mining step: a name (for timings and `--explain`) and a pure function of the state. */
export interface MineStep {
  name: string;
  run(m: Mining, ctx: StageContext): Mining;
}

/** Where a unit sits in its comment's text, and its words. */
export function unitText(u: Unit): { offsets: Offsets; text: string } {
  const first = u.sentences[0]!;
  const last = u.sentences[u.sentences.length - 1]!;
  return { offsets: { start: first.offsets.start, end: last.offsets.end }, text: first.comment.data.text.slice(first.offsets.start, last.offsets.end) };
}

/** An empty state for a corpus: what the first step starts from. */
export function startMining(corpus: Corpus): Mining {
  return {
    corpus,
    records: [],
    tokens: new Map(),
    units: [],
    claimIdOf: new Map(),
    claims: new Map(),
    sentencesOf: new Map(),
    answers: new Map(),
    quotedBefore: new Map(),
    replyTo: new Map(),
    citations: [],
    edges: [],
    externals: [],
  };
}

/** Run the steps in order, each timed under its name; the last (assemble) has written the corpus. */
export function mine(corpus: Corpus, steps: readonly MineStep[], ctx: StageContext): Corpus {
  let m = startMining(corpus);
  for (const step of steps) m = ctx.time(step.name, () => step.run(m, ctx));
  return m.corpus;
}
