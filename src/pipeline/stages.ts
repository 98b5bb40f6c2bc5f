/** The stages that run after ingest, in order. Each is a pure function of the corpus (and its context). */
import { argue } from './argue.ts';
import { applyOverrides } from './overrides.ts';
import type { Stage } from './stage.ts';

export const stages: Stage[] = [
  { name: 'mine', run: argue },
  { name: 'overrides', run: (corpus, ctx) => applyOverrides(corpus, ctx.overrides) },
];
