/**
 * "In which countries are you allowed to work without a new permit?" asks the right to work as a
 * list of countries: a person who has the right where they live picks their own country.
 */
import type { ChoiceRule } from './choice-rule.ts';
import { countryCode, countryOfOption } from './country-match.ts';
import { valuePolarity } from './yes-no.ts';

/** Fewest countries a list names before it reads as a list of countries. */
const MIN_COUNTRIES = 2;

/** The person's own country among a list of countries, for a yes; not understood otherwise. */
export const authorizedCountryRule: ChoiceRule = (choices, value, values) => {
  const own = countryCode(values.country ?? '');
  const named = choices.map((choice) => countryOfOption(choice));
  if (valuePolarity(value) !== 'yes' || own === undefined) return undefined;
  if (named.filter((country) => country !== undefined).length < MIN_COUNTRIES) return undefined;
  return named.map((country) => (country === own ? 1 : 0));
};
