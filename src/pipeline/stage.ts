/**
 * What a stage gets besides the corpus: hooks to time its steps and report progress, and the hand
 * corrections to apply. The hooks only observe: a stage's result never depends on them.
 */
import type { Corpus } from './corpus.ts';
import type { Overrides } from './overrides.ts';

export interface StageContext {
  /** Run `fn` as the named step (the runner records how long it took). */
  time<T>(step: string, fn: () => T): T;
  /** `done` of `total` items of a step are through (the CLI shows it on a terminal). */
  progress(step: string, done: number, total: number): void;
  /** Hand corrections read from the overrides file (empty when there is none). */
  overrides: Overrides;
}

/** A pipeline stage after assembly: pure, named, timed by the runner. */
export interface Stage {
  name: string;
  run(corpus: Corpus, ctx: StageContext): Corpus;
}

/** A context that records nothing and applies no corrections: for tests and library use. */
export const quietContext: StageContext = {
  time: (_step, fn) => fn(),
  progress: () => {},
  overrides: { file: 'overrides.yaml', entries: [] },
};
