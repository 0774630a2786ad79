import type { FormResult } from './form-visit.ts';
import { tallyFields } from './tally.ts';

/** The line printed as each form is done: `[3/27] lever  9/14 right  6/6 kept  2.1 s`. */
export function progressLine(label: string, result: FormResult, index: number, total: number): string {
  const tally = tallyFields(result.fields);
  const problems =
    result.problems.length > 0 ? `  (${result.problems.length} problem${result.problems.length > 1 ? 's' : ''})` : '';
  const missing = tally.missing > 0 ? `  ${tally.missing} MISSING` : '';
  return `${label} [${index + 1}/${total}] ${result.form}  ${tally.right}/${tally.toFill} right  ${tally.kept}/${tally.leaveAlone} kept  ${(result.ms / 1000).toFixed(1)} s${missing}${problems}`;
}
