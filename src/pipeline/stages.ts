/**
 * The stages that run after ingest, in order. Each is a pure function of the corpus (and its context).
 * Mining is itself a list of steps, each a pure function of the mining state (src/pipeline/mining.ts) in a
 * file of its own, timed under its name (`npm run mine -- --explain` prints one line per step):
 */
import { assembleStep } from './argue.ts';
import { citeStep } from './cite.ts';
import { claimsStep } from './claims.ts';
import { rolesStep } from './classify.ts';
import { linkStep } from './link.ts';
import { mine, type MineStep } from './mining.ts';
import { applyOverrides } from './overrides.ts';
import { quoteStep } from './quote.ts';
import { segmentStep } from './segment.ts';
import { spansStep } from './span.ts';
import type { Stage } from './stage.ts';

export const mineSteps: readonly MineStep[] = [
  /** Comments → sentences (segment.ts splits them). */
  segmentStep,
  /** Each sentence's role (classify.ts, with the classifier of mine.ts). */
  rolesStep,
  /** Someone else's words: marked quotes, and words found in another comment (quote.ts). */
  quoteStep,
  /** Units of one or more sentences (span.ts). */
  spansStep,
  /** Units → claims; quotes → the claims they quote (claims.ts). */
  claimsStep,
  /** Citations of papers (cite.ts). */
  citeStep,
  /** Relations between claims, each with its evidence (link.ts). */
  linkStep,
  /** Named targets, edges and papers into the corpus (argue.ts). */
  assembleStep,
];

export const stages: Stage[] = [
  { name: 'mine', run: (corpus, ctx) => mine(corpus, mineSteps, ctx) },
  { name: 'overrides', run: (corpus, ctx) => applyOverrides(corpus, ctx.overrides) },
];
