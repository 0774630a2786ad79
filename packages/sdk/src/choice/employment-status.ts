/**
 * Whether the person works now, as an employment-status list words it: "Currently employed",
 * "Between jobs", "Student", "Other". A yes takes the one option saying they are employed, a no
 * the one saying they are not; a list that splits employment further ("Employed full-time",
 * "Employed part-time") says more than the person's yes, and is theirs to pick.
 */
import { matchRule } from './choice-rule.ts';
import { normalizeText } from './normalize-option.ts';
import { valuePolarity } from './yes-no.ts';

const NOT_EMPLOYED =
  /\b(unemployed|not (currently |presently )?(employed|working)|between (jobs|roles|positions)|out of work|no longer employed)\b/;
const EMPLOYED = /^(i am |im )?(currently |presently )?(employed|working|in a job)\b/;

/** Scores 1 for each option that states the value's employment, 0 for the others. */
export const employmentRule = matchRule((value) => {
  const polarity = valuePolarity(value);
  if (polarity === undefined) return undefined;
  return (choice) => {
    const text = normalizeText(choice.text);
    const not = NOT_EMPLOYED.test(text);
    return (polarity === 'yes' ? EMPLOYED.test(text) && !not : not) ? 1 : 0;
  };
});
