/** The stages that run after ingest, in order. Each is a pure function of the corpus. */
import type { Stage } from './run.ts';

export const stages: Stage[] = [];
