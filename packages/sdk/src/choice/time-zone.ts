/**
 * A time zone asked as a pick from a list ("Which time zone do you work in?"), answered from where
 * the person lives: a US state gives its zone, a city the IANA database names gives its own. The
 * browser's own time-zone names ("Pacific Time", "PT", "PST", "GMT-8") say how lists spell a zone,
 * so there is no table of spellings to ship; only the states' zones are a table.
 */
import type { Choice } from '../fill/match-choice.ts';
import type { ChoiceRule } from './choice-rule.ts';
import { countryCode } from './country-match.ts';
import { normalizeText, optionTexts } from './normalize-option.ts';
import { holdsWords } from './word-match.ts';
import { usStateCode } from './us-states.ts';

// Each state by the zone most of its people live in (Tennessee's cities are mostly Central,
// Kentucky's Eastern); Arizona keeps standard time all year.
const STATE_ZONES: Readonly<Record<string, string>> = {
  'America/Los_Angeles': 'CA WA OR NV',
  'America/Denver': 'CO ID MT NM UT WY',
  'America/Phoenix': 'AZ',
  'America/Chicago': 'AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI',
  'America/New_York': 'CT DE DC FL GA IN KY ME MD MA MI NH NJ NY NC OH PA RI SC VT VA WV',
  'America/Anchorage': 'AK',
  'Pacific/Honolulu': 'HI',
};

const ZONE_OF_STATE = new Map(
  Object.entries(STATE_ZONES).flatMap(([zone, states]) => states.split(' ').map((state) => [state, zone] as const)),
);

/** "UTC-08:00", "GMT +5:30", "UTC−8" (a typographic minus), "(GMT-8)". */
const OFFSET = /\b(?:UTC|GMT)\s*([+\-−–])\s*(\d{1,2})(?::?(\d{2}))?/gi;
const IANA_ID = /\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Z]/;
const ZONE_WORDS = /\b(pacific|mountain|central|eastern|atlantic|alaska|hawaii\w*|greenwich|european|standard)\b/i;
/** A zone's word alone, or after the country it divides ("US Pacific", the old IANA "US/Pacific"). */
const ONLY_ZONE_WORD = new RegExp(`^\\s*(?:U\\.?S\\.?[\\s/]+)?${ZONE_WORDS.source}\\s*$`, 'i');
const ZONE_ABBREVIATION = /\b(?:[PMCEA]|AK|HS?|HA)[SD]?T\b/;
const ONLY_ABBREVIATION = new RegExp(`^\\W*${ZONE_ABBREVIATION.source}\\W*$`);
/** A zone's abbreviation in brackets after its name in any language: "Hora del Pacífico (PT)". */
const BRACKETED_ABBREVIATION = new RegExp(`\\(\\s*${ZONE_ABBREVIATION.source}\\s*\\)`);
/** A zone's standard and summer abbreviations, any zone's: "PST/PDT (Los Angeles)", "GMT/BST", "CET/CEST". */
const ABBREVIATION_PAIR = /^\W*[A-Z]{2,4}T\s*\/\s*[A-Z]{2,4}T\b/;
/** Any zone's abbreviation before a city it holds: "PT (Los Angeles)", "CET (Stavanger)". */
const ABBREVIATION_BEFORE_CITY = /^\W*[A-Z]{1,4}T\s*\(\s*\p{Lu}\p{Ll}+/u;

// Standard time and summer time: lists name either, most often the standard one.
const WINTER = new Date(Date.UTC(2026, 0, 15, 12));
const SUMMER = new Date(Date.UTC(2026, 6, 15, 12));

/** The IANA zone of where the person lives, or undefined when the profile does not settle it. */
export function homeTimeZone(
  region: string,
  country: string | undefined,
  city: string | undefined,
): string | undefined {
  const home = countryCode(country ?? '');
  const state = usStateCode(region);
  if ((home === undefined || home === 'US') && state !== undefined) return ZONE_OF_STATE.get(state);
  return city === undefined ? undefined : zoneNamedAfter(city);
}

/** A US zone's word as a question names it ("… in the Pacific or Mountain time zone?"). */
const ZONE_WORD = /\b(pacific|mountain|central|eastern|alaska|hawaii)\b/gi;

/**
 * "Do you live in the Pacific or Mountain time zone?": yes when the question names the zone the
 * person lives in, no when it names only others; undefined when it names none or the profile
 * does not settle the person's zone.
 */
export function livesInZone(
  question: string,
  place: { region?: string; country?: string; city?: string },
): 'yes' | 'no' | undefined {
  if (!/\btime ?zones?\b/i.test(question)) return undefined;
  const named = (question.match(ZONE_WORD) ?? []).map((word) => word.toLowerCase());
  const zone = homeTimeZone(place.region ?? '', place.country, place.city);
  if (named.length === 0 || zone === undefined) return undefined;
  const own = spellingsOf(zone, '').distinctive;
  return named.some((word) => own.includes(word)) ? 'yes' : 'no';
}

/** The city a zone is named after, normalized: 'los angeles' of 'America/Los_Angeles'. */
const zoneCity = (zone: string): string => normalizeText(zone.slice(zone.lastIndexOf('/') + 1));

function zoneNamedAfter(city: string): string | undefined {
  const wanted = normalizeText(city);
  if (wanted === '') return undefined;
  return knownZones().find((zone) => zoneCity(zone) === wanted);
}

function knownZones(): readonly string[] {
  const intl = Intl as { supportedValuesOf?: (key: 'timeZone') => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? [];
}

function zoneName(zone: string, style: Intl.DateTimeFormatOptions['timeZoneName'], at: Date): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: style }).formatToParts(at);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/** Minutes east of UTC for a "GMT-8" the browser writes, or one a list writes. */
function offsetsIn(text: string): number[] {
  return [...text.matchAll(OFFSET)].map(([, sign, hours, minutes]) => {
    const size = Number(hours) * 60 + Number(minutes ?? 0);
    return sign === '+' ? size : -size;
  });
}

interface ZoneSpellings {
  /** The state or region the person lives in, where a list names it ("(UTC-07:00) Arizona"). */
  readonly home: string;
  readonly id: string;
  readonly city: string;
  readonly names: readonly string[];
  readonly distinctive: string;
  readonly abbreviations: ReadonlySet<string>;
  readonly standardOffset: number | undefined;
  readonly summerOffset: number | undefined;
}

function spellingsOf(zone: string, region: string): ZoneSpellings {
  const generic = zoneName(zone, 'longGeneric', WINTER);
  const names = [generic, zoneName(zone, 'long', WINTER), zoneName(zone, 'long', SUMMER)]
    .filter((name) => name !== '' && !/^GMT/.test(name))
    .map(normalizeText);
  const abbreviations = [
    zoneName(zone, 'shortGeneric', WINTER),
    zoneName(zone, 'short', WINTER),
    zoneName(zone, 'short', SUMMER),
  ].filter((name) => /^[A-Z]{2,5}$/.test(name));
  const home = normalizeText(region);
  return {
    home: home.length > 2 ? home : '',
    id: zone.toLowerCase(),
    city: zoneCity(zone),
    names,
    distinctive: normalizeText(generic.replace(/\s+time$/i, '')),
    abbreviations: new Set(abbreviations),
    standardOffset: offsetsIn(zoneName(zone, 'shortOffset', WINTER))[0] ?? (zone === 'UTC' ? 0 : undefined),
    summerOffset: offsetsIn(zoneName(zone, 'shortOffset', SUMMER))[0],
  };
}

function hasWords(text: string, words: string): boolean {
  return words !== '' && holdsWords(text, words);
}

/**
 * True when the option names the person's state itself, not a place named after it ("Baja
 * California" is in Mexico, "West Virginia" is not Virginia).
 */
const namesHome = (text: string, home: string): boolean =>
  hasWords(text, home) && !new RegExp(`\\b(baja|new|north|south|west|east) ${home}\\b`).test(text);

/** How surely an option names the zone: its id, its names, its abbreviations, its offset. */
function zoneScore(choice: Choice, zone: ZoneSpellings): number {
  const raw = optionTexts(choice).join(' | ');
  const text = normalizeText(raw.replace(/_/g, ' '));
  const offsets = offsetsIn(raw);
  const tokens = new Set(raw.match(/\b[A-Z]{2,5}\b/g) ?? []);
  let score = 0;
  if (raw.toLowerCase().includes(zone.id)) score += 4;
  if (zone.names.some((name) => hasWords(text, name))) score += 3;
  else if (hasWords(text, zone.distinctive)) score += 1;
  if ([...zone.abbreviations].some((abbreviation) => tokens.has(abbreviation))) score += 2;
  if (hasWords(text, zone.city)) score += 2;
  if (namesHome(text, zone.home)) score += 3;
  if (zone.standardOffset !== undefined && offsets.includes(zone.standardOffset)) score += 2;
  else if (zone.summerOffset !== undefined && offsets.includes(zone.summerOffset)) score += 1;
  return score;
}

function looksLikeZone(choice: Choice): boolean {
  return optionTexts(choice).some(
    (text) =>
      offsetsIn(text).length > 0 ||
      IANA_ID.test(text) ||
      (ZONE_WORDS.test(text) &&
        (/\btime\b/i.test(text) || ZONE_ABBREVIATION.test(text) || ONLY_ZONE_WORD.test(text))) ||
      ONLY_ABBREVIATION.test(text) ||
      BRACKETED_ABBREVIATION.test(text) ||
      ABBREVIATION_PAIR.test(text) ||
      ABBREVIATION_BEFORE_CITY.test(text),
  );
}

/**
 * Options of a time-zone list scored for the zone of where the person lives (`value` is their
 * region: the field asked for where they are, in a list of zones). Not applicable unless most
 * options read as zones (a list of states is no list of zones, though it holds CT and MT), nor when
 * the profile does not settle the zone.
 */
export const timeZoneRule: ChoiceRule = (choices, value, values) => {
  // Most options read as zones ("Other" aside); a state list's CT and MT are states.
  const zones = choices.filter(looksLikeZone).length;
  if (zones < 2 || zones * 2 < choices.length) return undefined;
  const zone = homeTimeZone(value, values.country, values.city);
  if (zone === undefined) return undefined;
  const spellings = spellingsOf(zone, value);
  return choices.map((choice) => zoneScore(choice, spellings));
};
