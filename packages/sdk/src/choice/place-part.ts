/**
 * The parts of where the person lives, narrowest first, as a cascader's columns list them in
 * reverse: a country, then its states, then their cities.
 */
import type { UserProfileValues } from '../edits/profile-values.ts';
import type { Choice } from '../fill/match-choice.ts';
import { countryCode } from './country-match.ts';
import { resolveChoice } from './resolve-choice.ts';

const PLACE_PARTS = ['city', 'region', 'country'] as const;
const NO_CHOICE: Choice = { value: '', text: '' };

/**
 * The parts a field asking `canonical` steps through, or none: a state's cascader lists countries,
 * then states. A country's cascader that opens the chosen country's states takes no country alone
 * (Naive UI's `check-strategy="child"`): a person goes on to their state, and their city.
 */
const PARTS_OF: Readonly<Record<string, readonly string[]>> = {
  location: PLACE_PARTS,
  city: PLACE_PARTS,
  region: PLACE_PARTS.slice(1),
  country: PLACE_PARTS,
};

/**
 * The option naming the narrowest part of the person's place, down to `canonical`'s, that any
 * option names (their city, else their state, else their country); -1 when none does or the
 * canonical is no place.
 *
 * @example narrowestPlacePart([{ value: 'US', text: 'United States' }], 'location', { country: 'USA', city: 'Austin' }) // 0
 */
export function narrowestPlacePart(choices: readonly Choice[], canonical: string, values: UserProfileValues): number {
  // A row naming a country is no state or city, whatever its value says (Canada's "CA" is California's code too).
  const belowCountry = choices.map((choice) => (countryCode(choice.text) === undefined ? choice : NO_CHOICE));
  for (const part of PARTS_OF[canonical] ?? []) {
    const value = values[part];
    const index = value ? resolveChoice(part === 'country' ? choices : belowCountry, part, value, values) : -1;
    if (index >= 0) return index;
  }
  return -1;
}
