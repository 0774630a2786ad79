/** Counting verdicts: per form and over many forms. Pure. */
import type { FieldResult, FormResult } from './form-visit.ts';

/** Counts of one form, or of many. */
export interface Tally {
  /** Fields that should be filled. */
  toFill: number;
  right: number;
  /** Fields that should be left alone. */
  leaveAlone: number;
  kept: number;
  /** Fields whose selector or model the page did not have (a broken truth file or page). */
  missing: number;
}

export const EMPTY_TALLY: Tally = { toFill: 0, right: 0, leaveAlone: 0, kept: 0, missing: 0 };

/** The tally of some field results. */
export function tallyFields(fields: readonly FieldResult[]): Tally {
  const tally = { ...EMPTY_TALLY };
  for (const field of fields) {
    if (field.leave_alone) tally.leaveAlone += 1;
    else tally.toFill += 1;
    if (field.verdict === 'right') tally.right += 1;
    if (field.verdict === 'kept') tally.kept += 1;
    if (field.verdict === 'missing') tally.missing += 1;
  }
  return tally;
}

/** The sum of the forms' tallies. */
export function tallyForms(results: readonly FormResult[]): Tally {
  return results
    .map((result) => tallyFields(result.fields))
    .reduce(
      (sum, one) => ({
        toFill: sum.toFill + one.toFill,
        right: sum.right + one.right,
        leaveAlone: sum.leaveAlone + one.leaveAlone,
        kept: sum.kept + one.kept,
        missing: sum.missing + one.missing,
      }),
      EMPTY_TALLY,
    );
}

/** `part` of `whole` as a percentage with one decimal ("—" of nothing). */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`;
}
