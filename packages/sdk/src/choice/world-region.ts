/**
 * The world's regions as forms name them ("Outside Europe", "Elsewhere in the EU/EEA", "…the right
 * to work in the EU/EEA?"), told apart without a table of continents: a country's region follows from
 * its dial code's world zone (+1 North America, +2 Africa, +3/+4 Europe, +5 Latin America, +6
 * Oceania and South-East Asia, +7 Russia, +8 East Asia, +9 South and West Asia), which the country
 * table already holds. Only the EU and the EEA are lists: their members share no zone.
 */
import { dialCode } from './country-match.ts';
import { normalizeText } from './normalize-option.ts';

const EU = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '));
/** The EEA, and Switzerland, whose free movement with it puts it in the same answer. */
const EEA = new Set([...EU, 'IS', 'LI', 'NO', 'CH']);

/** Dial codes of South-East Asia in zone 6 (the rest of zone 6 is Oceania). */
const ASIA_IN_ZONE_6 = /^(60|62|63|65|66|67[03]|68[0-9]?)$/;
/** Dial codes of the Middle East, in zone 9 and Turkey's +90. */
const MIDDLE_EAST = /^(90|96[1-8]|97[0-4]|98)$/;

type RegionTest = (code: string, dial: string) => boolean;

const europe: RegionTest = (code, dial) => /^[34]/.test(dial) || code === 'RU';
const northAmerica: RegionTest = (code, dial) => dial.startsWith('1') || code === 'MX';
const latinAmerica: RegionTest = (code, dial) =>
  dial.startsWith('5') || (dial.startsWith('1') && code !== 'US' && code !== 'CA');
const africa: RegionTest = (_code, dial) => dial.startsWith('2') && !/^29[7-9]$/.test(dial);
const oceania: RegionTest = (_code, dial) => dial.startsWith('6') && !ASIA_IN_ZONE_6.test(dial);
const asia: RegionTest = (code, dial) =>
  /^[89]/.test(dial) || ASIA_IN_ZONE_6.test(dial) || code === 'KZ' || (MIDDLE_EAST.test(dial) && code !== 'TR');
const middleEast: RegionTest = (_code, dial) => MIDDLE_EAST.test(dial);

/** Region names, folded, longest spelling first so "eu eea" is read before "eu". */
const REGIONS: ReadonlyArray<readonly [RegExp, RegionTest]> = [
  [/\b(eu eea|eea|european economic area|schengen|ewr|eee)\b/, (code) => EEA.has(code)],
  // The union in Spanish, Portuguese, French, Italian and German ("Unión Europea", "Europäische Union").
  [
    /\b(eu|ue|european union|uni[oó]n europea|uni[aã]o europeia|union europ[eé]enne|unione europea|europ[aä]ische[nr]? union)\b/,
    (code) => EU.has(code),
  ],
  [/\b(emea)\b/, (code, dial) => europe(code, dial) || africa(code, dial) || middleEast(code, dial)],
  [/\b(apac|asia pacific|asia pac)\b/, (code, dial) => asia(code, dial) || oceania(code, dial)],
  [/\b(latin america|latam|south america|central america)\b/, latinAmerica],
  [/\b(north america|usa? (and|or) canada)\b/, northAmerica],
  [/\b(americas)\b/, (code, dial) => northAmerica(code, dial) || latinAmerica(code, dial)],
  [/\b(europe|european)\b/, europe],
  [/\b(africa)\b/, africa],
  [/\b(middle east|mena|gcc)\b/, middleEast],
  [/\b(asia)\b/, asia],
  [/\b(oceania|australasia)\b/, oceania],
];

/**
 * Whether the country `code` (ISO alpha-2) lies in the region `text` names; undefined when the text
 * names no region or the country's dial code is unknown.
 */
export function inNamedRegion(text: string, code: string): boolean | undefined {
  const folded = normalizeText(text);
  const region = REGIONS.find(([names]) => names.test(folded));
  const dial = dialCode(code);
  if (region === undefined || dial === undefined) return undefined;
  return region[1](code, dial);
}
