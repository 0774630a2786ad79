/**
 * What learning changed, field by field: the same forms judged before learning (a fresh install,
 * heuristics only) and after (a fresh install in the treatment arm, and one in the holdout arm).
 * Pure.
 */
import type { FormResult } from './form-visit.ts';
import { tallyForms, type Tally } from './tally.ts';

/** A field learning broke: right (or kept) before, not after. */
export interface BrokenField {
  form: string;
  field: string;
  before: string;
  after: string;
}

/** Before/after figures of one group of forms (the learned forms, or the siblings). */
export interface GroupFigures {
  forms: number;
  before: Tally;
  after: Tally;
  holdout: Tally;
}

/** The fields that were right or kept in `before` and are neither in `after`, matched by form and field id. */
export function brokenByLearning(before: readonly FormResult[], after: readonly FormResult[]): BrokenField[] {
  const broken: BrokenField[] = [];
  for (const later of after) {
    const earlier = before.find((result) => result.form === later.form);
    if (!earlier) continue;
    for (const field of later.fields) {
      const was = earlier.fields.find((candidate) => candidate.id === field.id);
      const good = (verdict: string | undefined) => verdict === 'right' || verdict === 'kept';
      if (was && good(was.verdict) && !good(field.verdict)) {
        broken.push({ form: later.form, field: field.id, before: was.verdict, after: field.verdict });
      }
    }
  }
  return broken;
}

/** The figures of the forms for which `keep` holds. */
export function groupFigures(
  before: readonly FormResult[],
  after: readonly FormResult[],
  holdout: readonly FormResult[],
  keep: (result: FormResult) => boolean,
): GroupFigures {
  const pick = (results: readonly FormResult[]) => results.filter(keep);
  return {
    forms: pick(after).length,
    before: tallyForms(pick(before)),
    after: tallyForms(pick(after)),
    holdout: tallyForms(pick(holdout)),
  };
}
