/**
 * The names people give the metro areas around big US cities ("the Bay Area", "Silicon Valley",
 * "the Twin Cities"): a question or an option naming one names the cities in it, though it never
 * writes their names. Only the areas whose name holds none of their cities are listed: "Greater
 * Boston" and "the Denver metro" name their city.
 */
import { normalizeText } from './normalize-option.ts';
import { holdsWords } from './word-match.ts';

/** Metro names, normalized, with the cities they are known to hold (normalized, "|" between). */
const METRO_CITIES: Readonly<Record<string, string>> = {
  'bay area':
    'san francisco|oakland|san jose|berkeley|palo alto|mountain view|sunnyvale|santa clara|fremont|redwood city|san mateo|hayward|walnut creek|daly city',
  'silicon valley': 'san jose|palo alto|mountain view|sunnyvale|santa clara|cupertino|menlo park|redwood city',
  'twin cities': 'minneapolis|saint paul|st paul',
  'research triangle': 'raleigh|durham|chapel hill|cary',
  'puget sound': 'seattle|tacoma|bellevue|everett|redmond',
  'tri state area': 'new york|newark|jersey city|stamford',
  dfw: 'dallas|fort worth|arlington|plano|irving',
  'inland empire': 'riverside|san bernardino|ontario',
  'south florida': 'miami|fort lauderdale|west palm beach|boca raton',
  'front range': 'denver|boulder|colorado springs|fort collins',
};

/** True when `text` names a metro area that holds `city` ("Bay Area" for San Francisco). */
export function namesMetroOf(text: string, city: string): boolean {
  const key = normalizeText(text);
  const own = normalizeText(city);
  return Object.entries(METRO_CITIES).some(
    ([metro, cities]) => cities.split('|').includes(own) && holdsWords(key, metro),
  );
}

/**
 * True when `text` names another city of a metro area that holds `city` ("Oakland" for San
 * Francisco): a commute away, as people there count it.
 */
export function namesNeighbourOf(text: string, city: string): boolean {
  const key = normalizeText(text);
  const own = normalizeText(city);
  return Object.values(METRO_CITIES).some((cities) => {
    const names = cities.split('|');
    return names.includes(own) && names.some((name) => name !== own && holdsWords(key, name));
  });
}
