/**
 * A list of places that names the person's city, perhaps inside a longer place ("San Francisco Bay
 * Area", "San Francisco, California, United States"): the option that begins with the city above
 * one that only holds it ("South San Francisco"), and among those the one that also names the
 * person's state or country ("San Francisco, Córdoba, Argentina" is another San Francisco). Not
 * applicable when no option names the city or the city is unknown.
 */
import type { Choice } from '../fill/match-choice.ts';
import type { ChoiceRule } from './choice-rule.ts';
import { countryCode } from './country-match.ts';
import { normalizeText, optionTexts } from './normalize-option.ts';
import { usStateCode } from './us-states.ts';
import { holdsWords } from './word-match.ts';

/** What separates the parts of a place or a path: "/", "›", ">", ",", " - ". */
const PART_SEPARATOR = /\s*[/›>,|]\s*|\s+[-–—]\s+/;

/**
 * True when the place an option names ends with a country other than `home` ("…, Córdoba,
 * Argentina" for a person in the United States): another place of the same name.
 */
export function placedElsewhere(choice: Choice, home: string | undefined): boolean {
  if (home === undefined) return false;
  return optionTexts(choice).some((text) => {
    const code = countryCode(text.split(',').pop() ?? '');
    return code !== undefined && code !== home;
  });
}

export const cityRule: ChoiceRule = (choices, _value, values) => {
  const city = normalizeText(values.city ?? '');
  if (city === '') return undefined;
  const region = normalizeText(values.region ?? '');
  const regionCode = normalizeText(usStateCode(values.region ?? '') ?? '');
  const home = countryCode(values.country ?? '');
  const scores = choices.map((choice) => {
    const written = optionTexts(choice);
    const texts = written.map(normalizeText);
    // Each part of a path or a place ("United States / California / San Francisco", "San
    // Francisco, CA") may begin with the city.
    const parts = written.flatMap((text) => text.split(PART_SEPARATOR)).map(normalizeText);
    const begins = parts.some((part) => part === city || part.startsWith(`${city} `));
    if (!begins && !texts.some((text) => holdsWords(text, city))) return 0;
    const inRegion = texts.some(
      (text) => (region !== '' && holdsWords(text, region)) || (regionCode !== '' && holdsWords(text, regionCode)),
    );
    return placedElsewhere(choice, home) ? 0 : (begins ? 2 : 1) + (inRegion ? 0.5 : 0);
  });
  return scores.some((score) => score > 0) ? scores : undefined;
};
