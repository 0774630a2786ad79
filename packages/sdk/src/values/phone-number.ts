/**
 * The user's phone as its parts: country dial code and national significant number. Users type
 * phones every which way ('+1 415 555 0134', '(415) 555-0134', '+41 44 555 73 01'); forms want them
 * split (a country-code picker beside a national number) or in one of a few formats.
 */
import type { UserProfileValues } from '../edits/profile-values.ts';
import { countryCode, dialCode, leadingDialCode } from '../choice/index.ts';

/** A phone split into dial code and national digits: `{ dial: '1', national: '4155550134', text }`. */
export interface PhoneParts {
  /** Country dial code, digits only ('1', '44'); '' when unknown. */
  readonly dial: string;
  /** National significant number, digits only, without a trunk '0'. */
  readonly national: string;
  /** The national part as the user wrote it, spacing kept ('44 555 73 01'). */
  readonly nationalText: string;
}

const digitsOf = (text: string): string => text.replace(/\D/g, '');

/** Dial codes the user's values point at, most specific first: the stated code, then the country's. */
function dialCandidates(values: UserProfileValues): string[] {
  const stated = digitsOf(values.phone_country_code ?? '');
  // A location's tail may be a state code ("Denver, CO"): only a longer tail can name a country.
  const tail = (values.location ?? '').split(',').pop()?.trim() ?? '';
  const country = countryCode(values.country ?? '') ?? (tail.length > 3 ? countryCode(tail) : undefined);
  const fromCountry = country === undefined ? '' : (dialCode(country) ?? '');
  return [stated, fromCountry].filter((code) => code !== '');
}

/**
 * Splits `values.phone` into parts, or undefined when there is no phone. A leading '+' (or '00')
 * means the number carries its dial code; which one is read from the user's stated code or country,
 * else from the number itself (country codes are a prefix code).
 */
export function parsePhone(values: UserProfileValues): PhoneParts | undefined {
  const raw = (values.phone ?? '').trim();
  const digits = digitsOf(raw);
  if (digits.length < 4) return undefined;
  const international = raw.startsWith('+') || raw.startsWith('00');
  const all = raw.startsWith('00') ? digits.slice(2) : digits;
  const candidates = dialCandidates(values);
  if (!international) {
    const national = all.replace(/^0/, '');
    return { dial: candidates[0] ?? '', national, nationalText: raw.replace(/^\(?0\)?\s*/, '') };
  }
  // A number from another country than the person's (or with no country stated) names its own code.
  const dial = candidates.find((code) => all.startsWith(code)) ?? leadingDialCode(all) ?? '';
  if (dial === '') return { dial: '', national: all, nationalText: raw.replace(/^\+\s*/, '') };
  const national = all.slice(dial.length).replace(/^0/, '');
  return { dial, national, nationalText: nationalTextAfterDial(raw, dial) };
}

/** The user's text after '+<dial>', e.g. '+41 (0)44 555 73 01' → '44 555 73 01'. */
function nationalTextAfterDial(raw: string, dial: string): string {
  let seen = 0;
  let index = 0;
  while (index < raw.length && seen < dial.length) {
    if (/\d/.test(raw[index] ?? '')) seen += 1;
    index += 1;
  }
  return raw
    .slice(index)
    .replace(/^[\s.-]*(\(0\))?[\s.-]*/, '')
    .trim();
}
