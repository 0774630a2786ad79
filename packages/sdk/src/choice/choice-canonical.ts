/**
 * The backwards direction, for learning: a person picked an option; which of their own values does it
 * mean? Each candidate canonical's value goes through the same rules as the fill, against that one
 * option. Only the canonical that matches at the strongest stage, alone, is returned: an exact
 * "Jane Street" for current_company beats first_name 'Jane' found inside it by words.
 *
 * A yes/no option is only safe to map back when it cannot belong to another question: a bare "Yes"
 * maps to a yes/no canonical only when the candidates hold exactly one, and a sentence plainly about
 * sponsorship or work authorization ("No, I will not require sponsorship") only to that canonical.
 */
import type { UserProfileValues } from '../edits/profile-values.ts';
import type { Choice } from '../fill/match-choice.ts';
import { shownDialCode } from './phone-code-match.ts';
import { normalizedWords } from './normalize-option.ts';
import { placeholderMask } from './placeholder.ts';
import { MATCH_STAGES, resolveChoiceStage, type MatchStage } from './resolve-choice.ts';
import { answersFirst, valuePolarity, YES_NO_CANONICALS, yesNoTopic } from './yes-no.ts';

function isYesNoCanonical(canonical: string, values: UserProfileValues): boolean {
  return YES_NO_CANONICALS.has(canonical) || valuePolarity(values[canonical] ?? '') !== undefined;
}

/**
 * The stage `choice` matches `canonical`'s value at, or undefined. A dial code the option only implies
 * (a bare country name in a phone-code list) ranks as words: "United States" is first the country.
 */
function matchStage(choice: Choice, canonical: string, values: UserProfileValues): MatchStage | undefined {
  const value = values[canonical];
  if (value === undefined || value.trim() === '') return undefined;
  const { index, stage } = resolveChoiceStage([choice], canonical, value, values);
  if (index !== 0) return undefined;
  // "Remote (US)", "On-site – Austin": a way of working in a place answers how to work, not where one lives.
  if (NAMED_BY_PLACE.has(canonical) && WORK_ARRANGEMENT.test(choice.text)) return undefined;
  if (canonical === 'phone_country_code' && stage === 'rule' && shownDialCode(choice) === undefined) return 'words';
  // An option that only mentions the value among other words ("Hybrid – San Francisco office (3
  // days)") answers another question; one that is mostly the value ("San Francisco, CA") means it.
  if (stage === 'words' && !mostlyValue(choice.text, value)) return undefined;
  return stage;
}

/** The canonicals a place's name in an option can mean (a country implies its dial code). */
const NAMED_BY_PLACE: ReadonlySet<string> = new Set(['country', 'region', 'city', 'location', 'phone_country_code']);
const WORK_ARRANGEMENT =
  /\b(remote(ly)?|hybrid|on ?-?site|in ?-?office|office based|relocat\w*|travel\w*|work from)\b/i;

/** True when the value's words make up at least half of the option's. */
function mostlyValue(text: string, value: string): boolean {
  return normalizedWords(value).length * 2 >= normalizedWords(text).length;
}

/**
 * Backwards: the user's canonical that `choice` (the option a person picked) means, only if exactly
 * one of `candidates` (default: every canonical in `values`) matches confidently; else undefined.
 *
 * @example
 * canonicalForChoice({ value: 'US', text: 'United States' }, { country: 'USA', city: 'Austin' }) // 'country'
 */
export function canonicalForChoice(
  choice: Choice,
  values: UserProfileValues,
  candidates: readonly string[] = Object.keys(values),
): string | undefined {
  if (placeholderMask([choice])[0] === true) return undefined;
  const topic = yesNoTopic(choice.text);
  const yesNoCandidates = candidates.filter((canonical) => isYesNoCanonical(canonical, values));
  // "No, but I am willing to obtain one within 90 days of hire" answers a yes/no question first:
  // what follows the answer ("within 90 days") is no other value of the person's.
  const answered = answersFirst(choice.text);
  const allowed = (canonical: string): boolean => {
    if (valuePolarity(values[canonical] ?? '') === undefined) return !answered;
    return topic === undefined ? yesNoCandidates.length === 1 : topic === canonical;
  };
  const byStage = new Map<MatchStage, string[]>();
  for (const canonical of new Set(candidates)) {
    const stage = matchStage(choice, canonical, values);
    if (stage === undefined || !allowed(canonical)) continue;
    byStage.set(stage, [...(byStage.get(stage) ?? []), canonical]);
  }
  for (const stage of MATCH_STAGES) {
    const matched = byStage.get(stage);
    if (matched !== undefined) return matched.length === 1 ? matched[0] : undefined;
  }
  return undefined;
}
