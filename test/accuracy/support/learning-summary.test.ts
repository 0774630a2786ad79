import { describe, expect, it } from 'vitest';
import type { FieldResult, FormResult } from './form-visit.ts';
import type { Verdict } from './field-verdict.ts';
import { brokenByLearning, groupFigures } from './learning-summary.ts';

const result = (form: string, verdicts: Record<string, Verdict>, siblingOf: string | null = null): FormResult => ({
  form,
  family: 'f',
  template: 't',
  sibling_of: siblingOf,
  steps: [],
  problems: [],
  ms: 0,
  fields: Object.entries(verdicts).map(([id, verdict]): FieldResult => ({
    id,
    label: id,
    step: 1,
    leave_alone: verdict === 'kept' || verdict === 'touched',
    actual: '',
    verdict,
  })),
});

describe('learning summary', () => {
  it('lists the fields right or kept before and not after, by form and field', () => {
    const before = [result('a', { x: 'right', y: 'wrong', z: 'kept' })];
    const after = [result('a', { x: 'wrong', y: 'right', z: 'touched' })];
    expect(brokenByLearning(before, after)).toEqual([
      { form: 'a', field: 'x', before: 'right', after: 'wrong' },
      { form: 'a', field: 'z', before: 'kept', after: 'touched' },
    ]);
  });

  it('sums each group before, after and in the holdout arm', () => {
    const before = [result('a', { x: 'wrong', y: 'kept' }), result('a--s', { x: 'wrong' }, 'a')];
    const after = [result('a', { x: 'right', y: 'kept' }), result('a--s', { x: 'wrong' }, 'a')];
    const learned = groupFigures(before, after, before, (form) => form.sibling_of === null);
    expect(learned).toMatchObject({
      forms: 1,
      before: { toFill: 1, right: 0, kept: 1 },
      after: { right: 1 },
      holdout: { right: 0 },
    });
    expect(groupFigures(before, after, before, (form) => form.sibling_of !== null).after.right).toBe(0);
  });
});
