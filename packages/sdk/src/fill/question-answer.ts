/**
 * Answers whose question changes them. "Are you authorized to work in the US without visa
 * sponsorship?" asks for the right to work and the sponsorship at once: yes only for someone who
 * has the right and needs no sponsorship. "Have you completed a Bachelor's degree?" is answered
 * from the degree the person holds. Pure.
 */
import { degreeOf, type DegreeLevel } from '../choice/degree-level.ts';
import type { UserProfileValues } from '../edits/profile-values.ts';

const WITHOUT_SPONSORSHIP = /\bwithout\b(\s+\S+){0,3}\s+(sponsor\w*|visa)\b/i;

/** How far up the ladder a degree is; professional and doctoral degrees all follow a first degree. */
const DEGREE_RANK: Readonly<Record<DegreeLevel, number>> = {
  high_school: 0,
  associate: 1,
  bachelor: 2,
  master: 3,
  mba: 3,
  doctorate: 4,
  jd: 4,
  md: 4,
};

/**
 * Whether someone holding `held` has the degree `question` names: yes for that degree and for any
 * first degree below theirs, no for one above theirs. Between graduate degrees (has a JD completed a
 * master's?) the ladder does not say.
 */
function holdsDegree(question: string, held: string): 'yes' | 'no' | undefined {
  const asked = degreeOf(question)?.level;
  const own = degreeOf(held)?.level;
  if (asked === undefined || own === undefined) return undefined;
  if (DEGREE_RANK[own] < DEGREE_RANK[asked]) return 'no';
  const below = DEGREE_RANK[asked] <= DEGREE_RANK.bachelor || (asked === 'master' && own === 'doctorate');
  return below || own === asked ? 'yes' : undefined;
}

/**
 * A location asked as "City, Country" gets the city and the country, unless the user's location
 * already names that country. (People write a location as city and state: that one stays.)
 */
function locationAsAsked(question: string, values: UserProfileValues): string | undefined {
  const { city, country, location } = values;
  if (!city || !country || !/\bcity,? (and )?country\b/i.test(question)) return undefined;
  return location?.includes(country) ? undefined : `${city}, ${country}`;
}

/**
 * The values to answer `question` (its label, placeholder and hint) with, as `canonical`: `values`
 * unless the question changes the answer. `yesNo`: the field takes a yes or a no.
 */
export function valuesForQuestion(
  question: string,
  canonical: string,
  values: UserProfileValues,
  yesNo: boolean,
): UserProfileValues {
  if (canonical === 'location') {
    const location = locationAsAsked(question, values);
    return location === undefined ? values : { ...values, location };
  }
  if (canonical === 'degree' && yesNo) {
    const holds = holdsDegree(question, values.degree ?? '');
    return holds === undefined ? values : { ...values, degree: holds };
  }
  if (canonical !== 'work_authorization' || !WITHOUT_SPONSORSHIP.test(question)) return values;
  if (values.work_authorization !== 'yes' || values.sponsorship === undefined) return values;
  return { ...values, work_authorization: values.sponsorship === 'no' ? 'yes' : 'no' };
}
