/**
 * Salary options by amount, in the person's own pay period: a band "per month" holds no yearly
 * salary, however its figures compare (150,000 a year is not "USD 14,000+ per month"). Converting
 * is the person's call, as for a box asking per another period.
 */
import type { ChoiceRule } from './choice-rule.ts';
import { numberRule } from './number-range.ts';
import { payPeriodOf, payPeriodsIn } from './pay-period.ts';

/** Bands that hold the salary, unless they name only pay periods other than the person's. */
export const salaryRule: ChoiceRule = (choices, value, values) => {
  const scores = numberRule(choices, value, values);
  const own = payPeriodOf(values.salary_period ?? '');
  if (scores === undefined || own === undefined) return scores;
  return choices.map((choice, index) => {
    const named = payPeriodsIn(choice.text);
    return named.length > 0 && !named.includes(own) ? 0 : (scores[index] ?? 0);
  });
};
