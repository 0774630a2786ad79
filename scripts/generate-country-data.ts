/**
 * Writes packages/sdk/src/choice/country-data.ts from the `world-countries` package: the few facts
 * the content script needs to read a country however a form or a user writes it (ISO codes, dial
 * code, lookup keys of its names), packed into one string to stay within the content script's size
 * budget. Run: `node --import tsx scripts/generate-country-data.ts`. country-data.test.ts fails
 * when the committed file differs from what this renders.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Country } from 'world-countries';
import { countryKeys } from '../packages/sdk/src/choice/country-key.ts';
import { readCountry } from '../packages/sdk/src/choice/country-match.ts';
import { impliedAlpha3, parseCountryTable } from '../packages/sdk/src/choice/country-names.ts';

/** Where the rendered table goes, relative to the repository root. */
export const COUNTRY_DATA_PATH = 'packages/sdk/src/choice/country-data.ts';

/**
 * Names people write that the package lacks: the name most forms still use for Türkiye, ISO 3166
 * names ("Viet Nam"; the United Kingdom's and South Georgia's, longer than the five words kept of
 * official names), the nations and short names a UK or US resident may give as their country (and
 * Turkish forms' "ABD"), and the one
 * native name worth its bytes (the country's own names would cost 300 bytes gzipped).
 */
const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  TR: ['Turkey'],
  GB: [
    'United Kingdom of Great Britain and Northern Ireland',
    'Britain',
    'England',
    'Scotland',
    'Wales',
    'Northern Ireland',
  ],
  US: ['America', 'ABD'],
  DE: ['Deutschland'],
  GS: ['South Georgia and the South Sandwich Islands'],
  VN: ['Viet Nam'],
};

/** Latin script only: the content script compares folded ASCII, other scripts would be dead weight. */
function isLatin(name: string): boolean {
  return /^[\x20-\x7e]*$/.test(name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[‘’ʻ]/g, "'"));
}

/**
 * The dial code without "+": root and suffix when there is one suffix ("+1" "242" → "1242"). With
 * several suffixes, their common prefix up to the 3 digits a country code has at most ("+7" for
 * Russia, "+212" for Western Sahara); none when that leaves only a world-zone digit other than the
 * shared +1 and +7 plans (Saint Helena's +290/+247, the Vatican's +39/+379).
 */
export function dialCodeOf(country: Pick<Country, 'idd'>): string {
  const root = country.idd.root.replace(/\D/g, '');
  const { suffixes } = country.idd;
  if (root === '') return '';
  if (suffixes.length <= 1) return `${root}${suffixes[0] ?? ''}`;
  if (root === '1' || root === '7') return root;
  const codes = suffixes.map((suffix) => `${root}${suffix}`);
  let prefix = codes[0] ?? '';
  for (const code of codes) while (!code.startsWith(prefix)) prefix = prefix.slice(0, -1);
  prefix = prefix.slice(0, 3);
  return prefix === root ? '' : prefix;
}

/**
 * Words of another language's state names ("República de Angola", "Kongeriket Norge"): the content
 * script's budget is for the names English-language forms and users write.
 */
const FOREIGN_WORDS = new RegExp(
  `\\b(${[
    'de',
    'del',
    'da',
    'do',
    'du',
    'la',
    'le',
    'des',
    'van',
    'von',
    'der',
    'und',
    'et',
    'y',
    'i',
    'e',
    'og',
    'al',
    'el',
    'ya',
    'na',
    'dia',
    'wa',
    'yu',
    'bilong',
    'ta',
    'oa',
    'ko',
    'blong',
    'republika',
    'republik',
    'republica',
    'republique',
    'repubblika',
    'repubblica',
    'respublika',
    'respublikasy',
    'repiblik',
    'ripublik',
    'ripablik',
    'republiek',
    'repubulika',
    'kongeriket',
    'kongeriget',
    'konungariket',
    'royaume',
    'reino',
    'jamhuri',
    'jamhuuriyadda',
    'bailliage',
    'estados',
    'unidos',
    'dawlat',
    'vabariik',
    'tasavalta',
    'republiken',
    'rzeczpospolita',
  ].join('|')})\\b`,
  'i',
);

const fold = (name: string): string => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** A name the table should know: found as its country, or (when `mayMiss`) at least never as another. */
interface CountryName {
  readonly name: string;
  readonly mayMiss: boolean;
}

/**
 * Alternative spellings worth their bytes: plain ASCII, up to three words, not the country's name in
 * its own language and without words of another language: "UK", "Holland", "Burma", "Swaziland".
 */
function alternativeNames(country: Country): string[] {
  const codes = new Set([country.cca2, country.cca3]);
  const native = new Set(
    Object.values(country.name.native ?? {}).flatMap((name) => [fold(name.common), fold(name.official)]),
  );
  return country.altSpellings.filter(
    (name) =>
      !codes.has(name) &&
      /^[\x20-\x7e]+$/.test(name) &&
      name.split(' ').length <= 3 &&
      !native.has(fold(name)) &&
      !FOREIGN_WORDS.test(name),
  );
}

/**
 * Every name of a country worth a key, the common name first. Official names of more than five words
 * ("Hong Kong Special Administrative Region of the People's Republic of China") are left out: forms
 * list the short name. An alternative spelling that is part of another country's name ("Virgin
 * Islands", "Congo") names either, so it may stay unknown, but must not be read as another country
 * ("Republic of China" is Taiwan, not China).
 */
function namesOf(country: Country, countries: readonly Country[]): CountryName[] {
  const official = country.name.official.split(' ').length <= 5 ? [country.name.official] : [];
  const others = countries
    .filter((other) => other !== country)
    .flatMap((other) => [other.name.common, other.name.official].flatMap(countryKeys))
    .map((key) => ` ${key} `);
  const partOfAnother = (name: string): boolean =>
    countryKeys(name).some((key) => others.some((other) => other.includes(` ${key} `)));
  return [
    ...[country.name.common, ...official, ...(EXTRA_NAMES[country.cca2] ?? [])].map((name) => ({
      name,
      mayMiss: false,
    })),
    ...alternativeNames(country).map((name) => ({ name, mayMiss: partOfAnother(name) })),
  ].filter(({ name }) => isLatin(name));
}

function packEntry(country: Country, keys: readonly string[]): string {
  const alpha3 = country.cca3 === impliedAlpha3(keys[0] ?? '') ? '' : country.cca3;
  return [country.cca2, alpha3, dialCodeOf(country), ...keys].join('|');
}

/**
 * The packed table, one entry per country "alpha2|alpha3|dial|key|key…" (to be joined by ";"), the
 * alpha3 left empty when {@link impliedAlpha3} gives it. Each country keeps its common name's key;
 * any other name is added only while the lookup, run on the table so far, does not already read it
 * right ("Kingdom of Spain" is found as "spain"), until every name is. A key two countries share
 * ("saint martin") is never stored: it names neither.
 */
export function packCountries(countries: readonly Country[]): string[] {
  const sorted = [...countries].sort((a, b) => a.cca2.localeCompare(b.cca2));
  const names = new Map(sorted.map((country) => [country.cca2, namesOf(country, sorted)]));
  const owners = new Map<string, Set<string>>();
  for (const [cca2, countryNames] of names) {
    for (const { name } of countryNames) {
      for (const key of countryKeys(name)) owners.set(key, (owners.get(key) ?? new Set()).add(cca2));
    }
  }
  const keysOf = new Map(sorted.map((country) => [country.cca2, [] as string[]]));
  const pack = (): string[] => sorted.map((country) => packEntry(country, keysOf.get(country.cca2) ?? []));
  /** Names the table so far reads wrong, with their country, in table order. */
  const misread = (): Array<[string, string]> => {
    const table = parseCountryTable(pack().join(';'));
    return [...names].flatMap(([cca2, countryNames]) =>
      countryNames
        .filter(({ name, mayMiss }) => {
          const read = readCountry(table, name);
          return read !== cca2 && !(mayMiss && read === undefined);
        })
        .map(({ name }): [string, string] => [cca2, name]),
    );
  };
  const storable = (cca2: string, name: string): string | undefined => {
    const key = countryKeys(name)[0];
    const keys = keysOf.get(cca2) ?? [];
    return key !== undefined && !keys.includes(key) && owners.get(key)?.size === 1 ? key : undefined;
  };
  // Grow: store the first misread name of each country, until no storable name is misread.
  for (;;) {
    const firstPerCountry = new Map<string, string>();
    for (const [cca2, name] of misread()) {
      const key = storable(cca2, name);
      if (key !== undefined && !firstPerCountry.has(cca2)) firstPerCountry.set(cca2, key);
    }
    if (firstPerCountry.size === 0) break;
    for (const [cca2, key] of firstPerCountry) keysOf.get(cca2)?.push(key);
  }
  // Prune: a key that a later one made redundant (found through the later key's bare form) goes.
  let baseline = misread().length;
  for (const keys of keysOf.values()) {
    for (let index = keys.length - 1; index > 0; index -= 1) {
      const [removed = ''] = keys.splice(index, 1);
      const now = misread().length;
      if (now > baseline) keys.splice(index, 0, removed);
      else baseline = now;
    }
  }
  return pack();
}

/** The full text of country-data.ts for `countries` of world-countries `version`. Pure. */
export function renderCountryData(countries: readonly Country[], version: string): string {
  const entries = packCountries(countries);
  const lines = entries.map((entry, index) => `  '${entry}${index < entries.length - 1 ? ';' : ''}'`);
  return `// Generated from world-countries ${version} (data: ODbL-1.0, https://github.com/mledoze/countries)
// by \`node --import tsx scripts/generate-country-data.ts\`. Do not edit: change the generator and
// run it again (country-data.test.ts fails when this file is stale).

/**
 * Every country as "alpha2|alpha3|dial code|lookup key|lookup key…", entries joined by ";". Lookup
 * keys are names folded by \`countryKeys\`, the common name first; an empty alpha3 is the first three
 * letters of that key; the dial code has no "+" and may be empty. Parsed once, on first use, by
 * country-table.ts.
 */
export const COUNTRY_DATA =
${lines.join(' +\n')};
`;
}

/** The installed world-countries data and version. */
export function loadWorldCountries(): { countries: Country[]; version: string } {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as Country[];
  const { version } = require('world-countries/package.json') as { version: string };
  return { countries, version };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { countries, version } = loadWorldCountries();
  const root = fileURLToPath(new URL('..', import.meta.url));
  writeFileSync(`${root}${COUNTRY_DATA_PATH}`, renderCountryData(countries, version));
  console.log(`wrote ${COUNTRY_DATA_PATH} (${countries.length} countries, world-countries ${version})`);
}
