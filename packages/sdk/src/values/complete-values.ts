/**
 * Fills in the values a user's profile implies but may not state: a full name from its parts and
 * back, the phone's country code from the phone, a location from city and country, being employed
 * from a current employer. Pure; the
 * result stays on the device like the values it came from.
 */
import type { UserProfileValues } from '../edits/profile-values.ts';
import { parsePhone } from './phone-number.ts';
import { parseAmount } from '../choice/number-range.ts';

const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** The values plus what they imply; stated values always win. */
export function completeValues(values: UserProfileValues): UserProfileValues {
  const out: UserProfileValues = { ...values };
  const { first_name: first, last_name: last, full_name: full } = values;
  if (!present(full) && present(first) && present(last)) out.full_name = `${first.trim()} ${last.trim()}`;
  if (present(full) && (!present(first) || !present(last))) {
    const parts = full.trim().split(/\s+/);
    if (parts.length >= 2) {
      if (!present(first)) out.first_name = parts.slice(0, -1).join(' ');
      if (!present(last)) out.last_name = parts[parts.length - 1];
    }
  }
  if (!present(values.phone_country_code)) {
    const dial = parsePhone(values)?.dial;
    if (dial) out.phone_country_code = `+${dial}`;
  }
  if (!present(values.salary_period) && present(values.salary_expectation)) {
    const period = periodOfAmount(values.salary_expectation);
    if (period !== undefined) out.salary_period = period;
  }
  // A current employer means employed; no employer says nothing (it may just not be entered).
  if (!present(values.currently_employed) && present(values.current_company)) out.currently_employed = 'yes';
  if (!present(values.location) && present(values.city)) {
    const wider = present(values.region) ? values.region : values.country;
    out.location = present(wider) ? `${values.city.trim()}, ${wider.trim()}` : values.city.trim();
  }
  return out;
}

/**
 * The period a salary amount is surely in: nobody asks 90 000 an hour or 40 a year. Amounts in
 * between (a monthly or a weekly pay) say nothing on their own.
 */
function periodOfAmount(amount: string): 'year' | 'hour' | undefined {
  const number = parseAmount(amount);
  if (number === undefined) return undefined;
  if (number >= 20_000) return 'year';
  return number > 0 && number <= 300 ? 'hour' : undefined;
}
