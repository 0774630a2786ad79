/** Mapping merge: precedence local > server > autocomplete > heuristic. */
export { decideProfileSource, mergeMappings, type MergeInput, type MergeResult } from './merge-mappings.ts';
export { UNMAPPED } from './unmapped.ts';
export { fieldPredictionsFor } from './field-predictions.ts';
