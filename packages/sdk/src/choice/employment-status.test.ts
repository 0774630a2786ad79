import { describe, expect, it } from 'vitest';
import { uniqueBest } from './choice-rule.ts';
import { employmentRule } from './employment-status.ts';

const pick = (texts: string[], value: string) => {
  const scores = employmentRule(
    texts.map((text) => ({ value: text, text })),
    value,
    {},
  );
  return scores === undefined ? undefined : (texts[uniqueBest(scores)] ?? null);
};

describe('employmentRule', () => {
  const statuses = ['Currently employed', 'Between jobs', 'Student', 'Other:'];

  it('takes the status saying the person works, or that they do not', () => {
    expect(pick(statuses, 'yes')).toBe('Currently employed');
    expect(pick(statuses, 'no')).toBe('Between jobs');
    expect(pick(['Employed', 'Unemployed', 'Retired'], 'no')).toBe('Unemployed');
    expect(pick(['Working', 'Not working'], 'yes')).toBe('Working');
  });

  it('leaves a list that splits employment further to the person', () => {
    expect(pick(['Employed full-time', 'Employed part-time', 'Not employed'], 'yes')).toBeNull();
  });

  it('reads only yes and no', () => {
    expect(pick(statuses, 'Brackenfold Analytics')).toBeUndefined();
  });
});
