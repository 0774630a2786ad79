/**
 * Renders one of the user's values in the format a field wants (see protocol/field-formats.ts).
 * Pure: the value never leaves the device; only the format id may be reported.
 */
import { FIELD_FORMATS, type FieldFormat } from '../protocol/field-formats.ts';
import type { UserProfileValues } from '../edits/profile-values.ts';
import { monthName } from './month-names.ts';
import { parsePhone } from './phone-number.ts';
import { usStateCode } from '../choice/us-states.ts';
import { payPeriodOf } from '../choice/pay-period.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** `{ y, m, d }` of an ISO or US-style date, or undefined. */
function dateParts(value: string): { y: string; m: string; d: string } | undefined {
  const iso = ISO_DATE.exec(value.trim());
  if (iso) return { y: iso[1] ?? '', m: iso[2] ?? '', d: iso[3] ?? '' };
  const us = US_DATE.exec(value.trim());
  if (us) return { y: us[3] ?? '', m: (us[1] ?? '').padStart(2, '0'), d: (us[2] ?? '').padStart(2, '0') };
  return undefined;
}

/** The last segment of a profile URL's path: the handle a "github.com/" add-on asks for. */
/** "Doe, Jane": the surname, a comma, the given names (those the profile keeps apart, else all but the last word). */
function surnameFirst(fullName: string, values: UserProfileValues): string | undefined {
  const first = values.first_name?.trim();
  const last = values.last_name?.trim();
  if (first && last) return `${last}, ${first}`;
  const words = fullName.trim().split(/\s+/);
  return words.length >= 2 ? `${words.at(-1)}, ${words.slice(0, -1).join(' ')}` : undefined;
}

function urlHandle(value: string): string | undefined {
  const path = value
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[?#].*$/, '')
    .split('/')
    .slice(1)
    .filter((part) => part !== '');
  return path.at(-1);
}

function formatPhone(format: FieldFormat, values: UserProfileValues): string | undefined {
  const phone = parsePhone(values);
  if (!phone) return undefined;
  const { dial, national } = phone;
  switch (format) {
    case 'phone_e164':
      return dial ? `+${dial}${national}` : undefined;
    case 'phone_international':
      return dial ? `+${dial} ${phone.nationalText}` : undefined;
    case 'phone_digits':
      return national;
    case 'phone_area_code':
      return dial === '1' && national.length === 10 ? national.slice(0, 3) : undefined;
    case 'phone_local':
      return dial === '1' && national.length === 10 ? national.slice(3) : undefined;
    case 'phone_local_dashed':
      return dial === '1' && national.length === 10 ? `${national.slice(3, 6)}-${national.slice(6)}` : undefined;
    case 'phone_exchange':
      return dial === '1' && national.length === 10 ? national.slice(3, 6) : undefined;
    case 'phone_line':
      return dial === '1' && national.length === 10 ? national.slice(6) : undefined;
    case 'phone_dashed':
      return dial === '1' && national.length === 10
        ? `${national.slice(0, 3)}-${national.slice(3, 6)}-${national.slice(6)}`
        : undefined;
    case 'phone_slashed':
      return dial === '1' && national.length === 10
        ? `${national.slice(0, 3)}/${national.slice(3, 6)}-${national.slice(6)}`
        : undefined;
    case 'phone_national':
      return dial === '1' && national.length === 10
        ? `(${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`
        : phone.nationalText;
    case 'phone_spaced':
      return dial === '1' && national.length === 10
        ? `${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`
        : phone.nationalText;
    default:
      return undefined;
  }
}

/**
 * The value of `canonical` as `format` wants it, or undefined when the value does not fit that
 * format (the caller then fills the value as the user wrote it, or not at all).
 *
 * @example formatValue('phone', 'phone_digits', { phone: '+1 415 555 0134' }) === '4155550134'
 */
export function formatValue(canonical: string, format: FieldFormat, values: UserProfileValues): string | undefined {
  const value = values[canonical];
  if (value === undefined || value === '') return undefined;
  if (format === 'as_written') return value;
  if (format.startsWith('phone_')) return canonical === 'phone' ? formatPhone(format, values) : undefined;
  if (format.startsWith('date_')) {
    const date = dateParts(value);
    if (!date) return undefined;
    if (format === 'date_iso') return `${date.y}-${date.m}-${date.d}`;
    if (format === 'date_month') return date.m;
    if (format === 'date_day') return date.d;
    if (format === 'date_month_unpadded') return String(Number(date.m));
    if (format === 'date_day_unpadded') return String(Number(date.d));
    if (format === 'date_year') return date.y;
    if (format === 'date_dot') return `${date.d}.${date.m}.${date.y}`;
    if (format === 'date_dot_short') return `${Number(date.d)}.${Number(date.m)}.${date.y}`;
    if (format === 'date_dot_spaced') return `${Number(date.d)}. ${Number(date.m)}. ${date.y}`;
    if (format === 'date_eu_dash') return `${date.d}-${date.m}-${date.y}`;
    if (format === 'date_us_dash') return `${date.m}-${date.d}-${date.y}`;
    if (format === 'date_us_yy') return `${date.m}/${date.d}/${date.y.slice(2)}`;
    if (format === 'date_us_short') return `${Number(date.m)}/${Number(date.d)}/${date.y}`;
    if (format === 'date_us_short_yy') return `${Number(date.m)}/${Number(date.d)}/${date.y.slice(2)}`;
    if (format === 'date_month_year') return `${date.m}/${date.y}`;
    if (format === 'date_month_year_dash') return `${date.m}-${date.y}`;
    if (format === 'date_month_year_yy') return `${date.m}/${date.y.slice(2)}`;
    if (format === 'date_iso_slash') return `${date.y}/${date.m}/${date.d}`;
    if (format === 'date_iso_dot') return `${date.y}.${date.m}.${date.d}`;
    if (format === 'date_cjk') return `${date.y}年${date.m}月${date.d}日`;
    if (format === 'date_iso_month') return `${date.y}-${date.m}`;
    if (format === 'date_long') return `${monthName(Number(date.m))?.full ?? date.m} ${Number(date.d)}, ${date.y}`;
    if (format === 'date_medium') return `${monthName(Number(date.m))?.short ?? date.m} ${Number(date.d)}, ${date.y}`;
    if (format === 'date_month_name_year') return `${monthName(Number(date.m))?.full ?? date.m} ${date.y}`;
    if (format === 'date_long_dmy') return `${Number(date.d)} ${monthName(Number(date.m))?.full ?? date.m} ${date.y}`;
    if (format === 'date_medium_dmy')
      return `${Number(date.d)} ${monthName(Number(date.m))?.short ?? date.m} ${date.y}`;
    if (format === 'date_dmy_abbr') return `${date.d}-${monthName(Number(date.m))?.short ?? date.m}-${date.y}`;
    return format === 'date_us' ? `${date.m}/${date.d}/${date.y}` : `${date.d}/${date.m}/${date.y}`;
  }
  if (format === 'address_street' || format === 'address_number') {
    const parts = canonical === 'address_line1' ? streetAndNumber(value) : undefined;
    return parts && (format === 'address_street' ? parts.street : parts.number);
  }
  if (format === 'region_code') return canonical === 'region' ? usStateCode(value) : undefined;
  if (format === 'name_last_first') return canonical === 'full_name' ? surnameFirst(value, values) : undefined;
  if (format === 'company_and_title' || format === 'title_at_company' || format === 'title_and_company') {
    const { current_company: company, current_title: title } = values;
    if (!company || !title) return undefined;
    if (format === 'company_and_title') return canonical === 'current_company' ? `${company}, ${title}` : undefined;
    if (canonical !== 'current_title') return undefined;
    return format === 'title_and_company' ? `${title}, ${company}` : `${title} at ${company}`;
  }
  if (format === 'location_postal')
    return canonical === 'location' && values.postal_code ? `${value} ${values.postal_code}` : undefined;
  if (format === 'degree_and_school')
    return canonical === 'school' && values.degree ? `${values.degree}, ${value}` : undefined;
  if (format === 'email_local' || format === 'email_domain') {
    const at = canonical === 'email' ? value.lastIndexOf('@') : -1;
    if (at <= 0) return undefined;
    return format === 'email_local' ? value.slice(0, at) : value.slice(at + 1);
  }
  if (format === 'url_no_scheme') return value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  if (format === 'url_handle') return urlHandle(value);
  if (format === 'number_months' || format === 'number_months_part') {
    const years = Number(/\d+(?:\.\d+)?/.exec(value)?.[0]);
    if (canonical !== 'years_experience' || !Number.isFinite(years)) return undefined;
    return String(Math.round((format === 'number_months' ? years : years % 1) * 12));
  }
  if (format === 'number_thousands') {
    const amount = Number(formatValue(canonical, 'number_plain', values));
    return canonical === 'salary_expectation' && amount >= 1000 ? String(Math.round(amount / 1000)) : undefined;
  }
  if (WRITTEN_AMOUNTS.has(format)) {
    const amount = Number(formatValue(canonical, 'number_plain', values));
    if (canonical !== 'salary_expectation' || !Number.isFinite(amount)) return undefined;
    return groupedAmount(amount, format, values);
  }
  if (format === 'amount_period') {
    const amount = formatValue(canonical, 'number_plain', values);
    const period = payPeriodOf(values.salary_period ?? '');
    return canonical === 'salary_expectation' && amount !== undefined && period !== undefined
      ? `${amount} per ${period}`
      : undefined;
  }
  if (format === 'number_plain') {
    const number = /\d[\d,.\s]*/
      .exec(value)?.[0]
      .replace(/[,\s]/g, '')
      .replace(/\.\d*$/, '');
    return number === undefined || number === '' ? undefined : number;
  }
  return undefined;
}

/** Formats of a salary written out: grouped, or with its currency. */
const WRITTEN_AMOUNTS: ReadonlySet<FieldFormat> = new Set([
  'number_grouped',
  'amount_symbol',
  'amount_code',
  'amount_plain_code',
  'amount_code_first',
  'amount_code_period',
]);

/** A salary with its thousands grouped, beside its currency's symbol or code (or ungrouped, before its code). */
function groupedAmount(amount: number, format: FieldFormat, values: UserProfileValues): string | undefined {
  const grouped = amount.toLocaleString('en-US', { maximumFractionDigits: 0 });
  if (format === 'number_grouped') return grouped;
  const code = (values.salary_currency ?? '').trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return undefined;
  if (format === 'amount_code') return `${grouped} ${code}`;
  if (format === 'amount_plain_code') return `${amount} ${code}`;
  if (format === 'amount_code_first') return `${code} ${grouped}`;
  if (format === 'amount_code_period') {
    const period = payPeriodOf(values.salary_period ?? '');
    return period === undefined ? undefined : `${code} ${grouped} per ${period}`;
  }
  try {
    const style = {
      style: 'currency',
      currency: code,
      currencyDisplay: 'narrowSymbol',
      maximumFractionDigits: 0,
    } as const;
    return amount.toLocaleString('en-US', style);
  } catch {
    return undefined;
  }
}

/**
 * Every format `value` can be shown in, for recognising which one a person typed. An email's halves
 * are not among them: its name half is often the person's first name.
 */
export function formatsOf(canonical: string, values: UserProfileValues): Map<FieldFormat, string> {
  const out = new Map<FieldFormat, string>();
  const family = canonical === 'phone' ? 'phone_' : canonical === 'start_date' ? 'date_' : undefined;
  const candidates: readonly FieldFormat[] = family
    ? FIELD_FORMATS.filter((format) => format.startsWith(family))
    : /_url$|^website$/.test(canonical)
      ? ['url_no_scheme', 'url_handle']
      : /^(salary_expectation|years_experience)$/.test(canonical)
        ? canonical === 'years_experience'
          ? ['number_plain', 'number_months']
          : [
              'number_plain',
              'number_thousands',
              'number_grouped',
              'amount_symbol',
              'amount_code',
              'amount_plain_code',
              'amount_code_first',
              'amount_code_period',
              'amount_period',
            ]
        : canonical === 'address_line1'
          ? ['address_street', 'address_number']
          : canonical === 'region'
            ? ['region_code']
            : canonical === 'full_name'
              ? ['name_last_first']
              : [];
  for (const format of candidates) {
    const text = formatValue(canonical, format, values);
    if (text !== undefined) out.set(format, text);
  }
  return out;
}

/**
 * A street address as its street and house number: "2471 Quillfeather Lane" (the number first, as
 * in English) or "Keizersgracht 221B" (after the street, as in Dutch and German).
 */
function streetAndNumber(address: string): { street: string; number: string } | undefined {
  const first = /^(\d+[a-z]?)[\s,]+(.+)$/i.exec(address.trim());
  if (first) return { number: first[1] ?? '', street: first[2] ?? '' };
  const last = /^(.+?)[\s,]+(\d+[a-z]?)$/i.exec(address.trim());
  return last ? { street: last[1] ?? '', number: last[2] ?? '' } : undefined;
}
