/**
 * A part of the US asked instead of a state ("In which part of the country do you live?": "US –
 * West Coast", "Midwest", "Northeast (New England)"): the area that holds the person's state. The
 * areas are the census regions and the coasts people name; a bare compass word ("West", "South")
 * is an area only beside a US qualifier ("US – South") or other US areas ("Midwest", "West"), since
 * "South Africa" is a country.
 */
import type { ChoiceRule } from './choice-rule.ts';
import { countryCode } from './country-match.ts';
import { normalizeText, optionTexts } from './normalize-option.ts';
import { usStateCode } from './us-states.ts';

const WEST = 'AK AZ CA CO HI ID MT NV NM OR UT WA WY';
const SOUTH = 'AL AR DE DC FL GA KY LA MD MS NC OK SC TN TX VA WV';
const CENTRAL_TIME = 'AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI';
const MOUNTAIN_TIME = 'AZ CO ID MT NM UT WY';

/** Areas named on their own, by the states they hold. */
const NAMED_AREAS: Readonly<Record<string, string>> = {
  'west coast': 'CA OR WA',
  'pacific coast': 'CA OR WA',
  'pacific northwest': 'WA OR ID',
  'east coast': 'ME NH MA RI CT NY NJ PA DE MD DC VA NC SC GA FL',
  'eastern seaboard': 'ME NH MA RI CT NY NJ PA DE MD DC VA NC SC GA FL',
  'new england': 'CT ME MA NH RI VT',
  northeast: 'CT ME MA NH RI VT NJ NY PA',
  'mid atlantic': 'NY NJ PA DE MD DC VA',
  midwest: 'IL IN IA KS MI MN MO NE ND OH SD WI',
  southeast: 'AL FL GA KY MS NC SC TN VA WV',
  southwest: 'AZ NM OK TX',
  'mountain west': MOUNTAIN_TIME,
  'rocky mountains': MOUNTAIN_TIME,
};

/** Compass and time-zone words that are areas only beside a US qualifier. */
const QUALIFIED_AREAS: Readonly<Record<string, string>> = {
  west: WEST,
  south: SOUTH,
  northwest: 'WA OR ID',
  central: CENTRAL_TIME,
  mountain: MOUNTAIN_TIME,
  pacific: 'CA WA OR NV',
};

const US_WORDS = 'us|usa|u s|u s a|united states|america';
const US_QUALIFIER = new RegExp(`\\b(${US_WORDS})\\b`);
/** Words around an area's name that say nothing more: "US – West Coast region", "the Midwest". */
const FILLER = new RegExp(`\\b(${US_WORDS}|of|the|region|area|states?)\\b`, 'g');

/** Three or more state codes in a row, as written: "CA, OR, WA". */
const STATE_LIST = /\b[A-Z]{2}(\s*,\s*[A-Z]{2}){2,}\b/;

/**
 * The states of the US area an option names, or undefined when it names none (or more than one).
 * `inUsList`: the other options name US areas, which qualify a bare compass word ("West" beside
 * "Midwest").
 */
function areaStates(text: string, inUsList: boolean): Set<string> | undefined {
  // A card's description listing the area's states ("US – West" over "CA, OR, WA, NV, AZ") says
  // which it holds, whatever the census calls the area.
  const listed = STATE_LIST.exec(text)?.[0].split(/\s*,\s*/);
  if (listed?.every((code) => usStateCode(code) === code)) return new Set(listed);
  // "West Coast (CA, OR, WA)": the states in brackets repeat the area.
  const key = normalizeText(text.replace(/\(.*?\)/g, ' '));
  const area = key.replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
  const states = NAMED_AREAS[area] ?? (inUsList || US_QUALIFIER.test(key) ? QUALIFIED_AREAS[area] : undefined);
  return states === undefined ? undefined : new Set(states.split(' '));
}

/** Scores the areas that hold the person's US state 1, other options 0; undefined when no option names an area. */
export const usAreaRule: ChoiceRule = (choices, _value, values) => {
  const home = countryCode(values.country ?? '');
  const state = usStateCode(values.region ?? '');
  if ((home !== undefined && home !== 'US') || state === undefined) return undefined;
  const inUsList = choices.some((choice) => optionTexts(choice).some((text) => areaStates(text, false) !== undefined));
  const areas = choices.map((choice) =>
    optionTexts(choice)
      .map((text) => areaStates(text, inUsList))
      .find((states) => states !== undefined),
  );
  if (!areas.some((states) => states !== undefined)) return undefined;
  return areas.map((states) => (states?.has(state) ? 1 : 0));
};
