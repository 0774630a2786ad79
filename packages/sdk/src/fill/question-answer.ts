/**
 * Answers whose question changes them. "Are you authorized to work in the US without visa
 * sponsorship?" asks for the right to work and the sponsorship at once: yes only for someone who
 * has the right and needs no sponsorship. Pure.
 */
import type { UserProfileValues } from '../edits/profile-values.ts';

const WITHOUT_SPONSORSHIP = /\bwithout\b(\s+\S+){0,3}\s+(sponsor\w*|visa)\b/i;

/** The values to answer `question` with, as `canonical`: `values` unless the question changes the answer. */
export function valuesForQuestion(question: string, canonical: string, values: UserProfileValues): UserProfileValues {
  if (canonical !== 'work_authorization' || !WITHOUT_SPONSORSHIP.test(question)) return values;
  if (values.work_authorization !== 'yes' || values.sponsorship === undefined) return values;
  return { ...values, work_authorization: values.sponsorship === 'no' ? 'yes' : 'no' };
}
