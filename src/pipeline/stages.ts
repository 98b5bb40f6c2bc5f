/** The stages that run after ingest, in order. Each is a pure function of the corpus. */
import { argue } from './argue.ts';
import type { Stage } from './run.ts';

export const stages: Stage[] = [{ name: 'mine', run: argue }];
