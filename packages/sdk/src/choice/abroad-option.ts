/**
 * The option a place list keeps for everyone living elsewhere: named by the country or world region
 * it is outside of ("Outside Australia", "Overseas - outside of the UK", "Fuera de España", "Outside
 * Europe", "Not residing in Singapore"), or by a word for abroad alone ("EX – Exterior",
 * "International", "海外").
 */
import type { Choice } from '../fill/match-choice.ts';
import type { ChoiceRule } from './choice-rule.ts';
import { countryCode, countryCodeInAnyLanguage } from './country-match.ts';
import { localCountryNames } from './local-country-names.ts';
import { normalizeText, optionTexts } from './normalize-option.ts';
import { inNamedRegion } from './world-region.ts';

const NAMED_OUTSIDE =
  /\b(?:outside|not (?:currently )?(?:(?:residing|resident|living|based|located) )?in|non[- ]?residents? of|fuera|fora|hors|(?:[àa] l['’ ])?ext[ée]rieur|au(?:ss|ß)erhalb|utanf[oö]r|utenfor|buiten|spoza|poza|nicht (?:wohnhaft )?in|en dehors d[eu]s?|no (?:resido|vivo) en|n[ãa]o (?:resido|moro) (?:em|no|na))\s+(?:(?:of|the|de|del|la|el|do|da|dos|das|du|des|d|l)\s+)*([^-–,;()]+)/i;
const ABROAD =
  /(?:^|[\s(–-])(?:abroad|overseas|international|foreign(?: country)?|another country|other countr(?:y|ies)|otro pa[ií]s|outro pa[ií]s|autre pays|altro paese|exterior|extranjero|estrangeiro|[eé]tranger|ausland|utlandet|udlandet|buitenland|estero|zagranica|külföld(?:ön)?|str[ăa]in[ăa]tate|ulkomaa(?:t|ilta)?|nước ngoài|εξωτερικό|за кордоном|luar negeri|inozemstvo|utomlands|yurt ?d[ıi][şs][ıi])(?:$|[\s)–-])|海外|国外|해외|ต่างประเทศ/i;

/** The word a German option ends with after the place it is outside of ("Nicht in Österreich wohnhaft"). */
const RESIDENT_AFTER = /\s+(wohnhaft|ans[äa]ssig)\s*$/i;

/** An option for those outside a place it names ("Not residing in the UAE", "Outside India"). */
export const namesPlaceOutside = (text: string): boolean => NAMED_OUTSIDE.test(text);

/**
 * How well `choice` is the option for someone living in `home` (an ISO code): 1 when it is outside
 * a country it names and that is not `home`; `abroad` when it says abroad without naming a country;
 * `unknownPlace` when it names a place the country table does not know ("Fuera de España") that is
 * not `home` in a language the browser knows.
 */
export function abroadScore(choice: Choice, home: string, abroad: number, unknownPlace: number): number {
  const texts = optionTexts(choice);
  const named = texts
    .map((text) => (NAMED_OUTSIDE.exec(text)?.[1] ?? '').replace(RESIDENT_AFTER, '').trim())
    .find((rest) => rest !== '');
  if (named !== undefined) {
    const other = countryCode(named) ?? countryCodeInAnyLanguage(named);
    if (other !== undefined) return other !== home ? 1 : 0;
    const inRegion = inNamedRegion(named, home);
    if (inRegion !== undefined) return inRegion ? 0 : 1;
    return localCountryNames(home).has(normalizeText(named)) ? 0 : unknownPlace;
  }
  return texts.some((text) => ABROAD.test(text)) ? abroad : 0;
}

/**
 * A list of places that does not hold the person's city (Indian cities and "Outside India") is
 * answered by its option for those abroad. Not applicable without a known country and city, when
 * an option names the city, or when no option is for those abroad.
 */
export const abroadRule: ChoiceRule = (choices, _value, values) => {
  const home = countryCode(values.country ?? '');
  const city = normalizeText(values.city ?? '');
  if (home === undefined || city === '') return undefined;
  const namesCity = (choice: Choice) =>
    optionTexts(choice).some((text) => ` ${normalizeText(text)} `.includes(` ${city} `));
  if (choices.some(namesCity)) return undefined;
  // Here a place it does not know may be a region ("Outside Bay Area"): only a known country or
  // world region counts. An option naming the world region the person lives in is theirs too
  // ("North America" among "Europe", "Asia").
  const scores = choices.map((choice) =>
    Math.max(
      abroadScore(choice, home, 0.5, 0),
      optionTexts(choice).some((text) => !NAMED_OUTSIDE.test(text) && inNamedRegion(text, home) === true) ? 1 : 0,
    ),
  );
  return scores.some((score) => score > 0) ? scores : undefined;
};

/**
 * A status list of another country keeps an option for those who do not live there: "Residential
 * status" (Singapore citizen, PR, pass holders, "Not residing in Singapore"), "Current UAE visa
 * status" (…, "Not residing in the UAE"). Only an option naming the country counts: a status list
 * saying "International" or "Overseas" alone may mean a student's or a worker's status.
 */
export const namedAbroadRule: ChoiceRule = (choices, _value, values) => {
  const home = countryCode(values.country ?? '');
  if (home === undefined) return undefined;
  const scores = choices.map((choice) => abroadScore(choice, home, 0, 0));
  return scores.some((score) => score > 0) ? scores : undefined;
};
