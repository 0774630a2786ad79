/**
 * A date written in a sentence ("February 1, 2027", "1 Feb 2027", "2027-02-01", "2/1/2027" in the
 * US order) as an ISO date, for questions that set a date the person's start meets or not.
 */
import { MONTH_NAMES } from './month-names.ts';

const MONTH = `(${MONTH_NAMES.map((name) => `${name.slice(0, 3)}(?:${name.slice(3)})?`).join('|')})\\.?`;
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const US = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;

const iso = (year: string, month: number, day: number): string | undefined =>
  month >= 1 && month <= 12 && day >= 1 && day <= 31
    ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    : undefined;

const monthNumber = (name: string): number =>
  MONTH_NAMES.findIndex((month) => month.slice(0, 3).toLowerCase() === name.slice(0, 3).toLowerCase()) + 1;

/** The first date `text` writes, as `YYYY-MM-DD`, or undefined. */
export function writtenDate(text: string): string | undefined {
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) return iso(monthFirst[3] ?? '', monthNumber(monthFirst[1] ?? ''), Number(monthFirst[2]));
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return iso(dayFirst[3] ?? '', monthNumber(dayFirst[2] ?? ''), Number(dayFirst[1]));
  const isoDate = ISO.exec(text);
  if (isoDate) return iso(isoDate[1] ?? '', Number(isoDate[2]), Number(isoDate[3]));
  const us = US.exec(text);
  return us ? iso(us[3] ?? '', Number(us[1]), Number(us[2])) : undefined;
}
