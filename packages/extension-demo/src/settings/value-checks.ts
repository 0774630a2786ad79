/**
 * What a valid value looks like for each canonical the user holds, and the message that says so.
 * One rule for the options page (a message next to the field) and the JSON Resume import (a message
 * naming the document path): a value that passes here is what forms get filled with.
 *
 * Values are stored structured where the world is structured: phones in international form,
 * dates as ISO `YYYY-MM-DD`, salaries and years as digits, currencies as ISO 4217 codes and the
 * yes/no answers (work authorization, sponsorship, being employed) as `yes`/`no`.
 */
import { PAY_PERIODS } from '@companion-autofill/sdk/content';
import { isYesNoAnswer, maxLengthOf, type ProfileValueName } from './profile-values.ts';

/** Why a value was refused. Closed list: each has its message in {@link problemText}. */
export const VALUE_PROBLEMS = [
  'too_long',
  'not_email',
  'not_url',
  'not_phone',
  'not_dial_code',
  'not_iso_date',
  'not_digits',
  'not_currency',
  'not_yes_no',
  'not_pay_period',
] as const;
export type ValueProblem = (typeof VALUE_PROBLEMS)[number];

/** A value cleaned for storage, or why it cannot be stored. */
export type ValueCheck = { ok: true; value: string } | { ok: false; problem: ValueProblem };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** '+', then digits with the usual separators, 4 to 20 digits in all. */
const INTERNATIONAL_PHONE = /^\+\d[\d\s().\-/]*$/;
const DIAL_CODE = /^\+\d{1,3}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YES_NO: ReadonlySet<string> = new Set(['yes', 'no']);

const URL_FIELDS: ReadonlySet<string> = new Set(['linkedin_url', 'github_url', 'portfolio_url', 'website']);

/** Most digits each numeric answer may have: years up to 99, salaries up to 12 digits. */
const DIGIT_FIELDS: Readonly<Partial<Record<ProfileValueName, number>>> = {
  years_experience: 2,
  salary_expectation: 12,
};

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

let currencies: ReadonlySet<string> | undefined;

/** ISO 4217 codes this browser knows. */
export function currencyCodes(): ReadonlySet<string> {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies;
}

/** The value as it is stored: trimmed; one line except the cover letter; phones, codes and answers in their canonical form. */
function clean(name: ProfileValueName, raw: string): string {
  const value = name === 'cover_letter' ? raw.trim() : raw.replace(/\s+/g, ' ').trim();
  if (name === 'salary_currency') return value.toUpperCase();
  // '0041 44 …' is the same number as '+41 44 …', written for dialling from a landline.
  if (name === 'phone') return value.replace(/^00(?=[1-9])/, '+');
  if (isYesNoAnswer(name) || name === 'salary_period') return value.toLowerCase();
  return value;
}

function problemOf(name: ProfileValueName, value: string): ValueProblem | undefined {
  if (value.length > maxLengthOf(name)) return 'too_long';
  if (name === 'email') return EMAIL.test(value) ? undefined : 'not_email';
  if (URL_FIELDS.has(name)) return isHttpUrl(value) ? undefined : 'not_url';
  if (name === 'phone') {
    const digits = value.replace(/\D/g, '').length;
    return INTERNATIONAL_PHONE.test(value) && digits >= 4 && digits <= 20 ? undefined : 'not_phone';
  }
  if (name === 'phone_country_code') return DIAL_CODE.test(value) ? undefined : 'not_dial_code';
  if (name === 'start_date') return isIsoDate(value) ? undefined : 'not_iso_date';
  if (name === 'salary_currency') return currencyCodes().has(value) ? undefined : 'not_currency';
  if (isYesNoAnswer(name)) return YES_NO.has(value) ? undefined : 'not_yes_no';
  if (name === 'salary_period')
    return (PAY_PERIODS as readonly string[]).includes(value) ? undefined : 'not_pay_period';
  const digits = DIGIT_FIELDS[name];
  if (digits !== undefined) return new RegExp(`^\\d{1,${digits}}$`).test(value) ? undefined : 'not_digits';
  return undefined;
}

/**
 * Cleans and checks one value. An empty value is valid: it means "no value" and is not stored.
 *
 * @example checkValue('salary_currency', ' eur ') → { ok: true, value: 'EUR' }
 */
export function checkValue(name: ProfileValueName, raw: string): ValueCheck {
  const value = clean(name, raw);
  if (value === '') return { ok: true, value };
  const problem = problemOf(name, value);
  return problem === undefined ? { ok: true, value } : { ok: false, problem };
}

/** What the user reads about a refused value of `name`: one short line, shown under the field. */
export function problemText(name: ProfileValueName, problem: ValueProblem): string {
  switch (problem) {
    case 'too_long':
      return `Too long: at most ${maxLengthOf(name)} characters.`;
    case 'not_email':
      return 'Enter an email address like name@example.com.';
    case 'not_url':
      return 'Enter a full address starting with https://.';
    case 'not_phone':
      return 'Start with + and the country code: +1 415 555 0134.';
    case 'not_dial_code':
      return 'Enter + and the calling code, like +44.';
    case 'not_iso_date':
      return 'Enter a date as YYYY-MM-DD, like 2026-09-01.';
    case 'not_digits':
      return name === 'years_experience' ? 'Whole years in digits, like 7.' : 'Digits only, like 150000.';
    case 'not_currency':
      return 'Enter an ISO currency code, like USD or EUR.';
    case 'not_yes_no':
      return 'Answer yes or no.';
    case 'not_pay_period':
      return `Choose one of ${PAY_PERIODS.join(', ')}.`;
  }
}
