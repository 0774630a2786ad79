/** Edit tracking, pure part: character diff, edit stats, final-map inference. */
export { DIFF_WORK_BUDGET, diffChars, type CharDiff } from './diff-chars.ts';
export { computeEditStats } from './edit-stats.ts';
export { inferFinalMap, type InferFinalMapInput, type InferFinalMapResult } from './infer-final-map.ts';
export type { UserProfileValues } from './profile-values.ts';
