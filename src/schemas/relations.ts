/**
 * The relations of the map, the one list every module reads (pages, map styles, exports, overrides).
 * Plain constants with no zod, so browser code (the map, the local graphs) can import them without
 * bundling the schema library; `relationSchema` in evidence.ts is built from this list.
 * `qualifies`: an author's caveat on their own claim.
 */
export const RELATIONS = ['rebuts', 'supports', 'qualifies', 'relates', 'cites'] as const;
export type Relation = (typeof RELATIONS)[number];
/** The relations between two claims (all but `cites`, which points to a paper). */
export type ClaimRelation = Exclude<Relation, 'cites'>;
export const CLAIM_RELATIONS: readonly ClaimRelation[] = RELATIONS.filter((r): r is ClaimRelation => r !== 'cites');
/** The relations that argue (an edge of the debate: cruxes, who rebuts whom). */
export const ARGUING_RELATIONS = ['rebuts', 'supports'] as const;
