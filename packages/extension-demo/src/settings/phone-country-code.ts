/**
 * The country calling code of an international phone ('+41 44 555 73 01' → '+41'), for the
 * `phone_country_code` value when the user leaves it empty. Forms often split a phone into a code
 * picker and a national number, and the SDK can only split it when it knows the code.
 *
 * No table of countries: ITU-T E.164 calling codes are prefix-free and their length follows from
 * the first digits. Zones 1 and 7 are one digit; the two-digit codes are listed; every other code
 * is three digits. Small enough for the content script's 20 KB budget.
 */
import type { ProfileValues } from './profile-values.ts';

const ONE_DIGIT_CODES: ReadonlySet<string> = new Set(['1', '7']);

const TWO_DIGIT_CODES: ReadonlySet<string> = new Set(
  '20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'.split(
    ' ',
  ),
);

/**
 * '+<code>' of a phone written with a leading '+' or '00', or undefined for a national number
 * (no code to read) or too few digits to be a phone.
 *
 * @example phoneCountryCodeOf('+1 415 555 0134') === '+1'
 */
export function phoneCountryCodeOf(phone: string): string | undefined {
  const text = phone.trim();
  if (!text.startsWith('+') && !text.startsWith('00')) return undefined;
  const digits = text.replace(/\D/g, '').slice(text.startsWith('+') ? 0 : 2);
  if (digits.length < 4 || digits.startsWith('0')) return undefined;
  const length = ONE_DIGIT_CODES.has(digits.slice(0, 1)) ? 1 : TWO_DIGIT_CODES.has(digits.slice(0, 2)) ? 2 : 3;
  return `+${digits.slice(0, length)}`;
}

/** The values with `phone_country_code` derived from the phone when the user left it empty. */
export function withPhoneCountryCode(values: ProfileValues): ProfileValues {
  if (values.phone_country_code !== undefined || values.phone === undefined) return values;
  const code = phoneCountryCodeOf(values.phone);
  return code === undefined ? values : { ...values, phone_country_code: code };
}
