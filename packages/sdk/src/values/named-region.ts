/**
 * A region a question asks the right to work in ("…the right to work in the EU/EEA?"), as the ISO
 * alpha-2 codes of its members: a person whose country is outside it has no such right by it.
 */

/** The European Economic Area: the EU's 27 and Iceland, Liechtenstein, Norway. */
const EEA = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
] as const;

const REGIONS: readonly (readonly [RegExp, readonly string[]])[] = [
  // Switzerland's free movement with the EEA puts it in the same answer.
  [/\b(EU|EEA|European Union|European Economic Area|Schengen)\b/, [...EEA, 'CH']],
];

/** The members of the region `text` names, or undefined when it names none. */
export function namedRegion(text: string): readonly string[] | undefined {
  return REGIONS.find(([terms]) => terms.test(text))?.[1];
}
