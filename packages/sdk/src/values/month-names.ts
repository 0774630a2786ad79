/** English month names, January first; their first three letters are the short names dates show ("15-Jan-2027"). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The full and the short name of month `number` (1–12), or undefined for another number. */
export function monthName(number: number): { full: string; short: string } | undefined {
  const full = MONTH_NAMES[number - 1];
  return full === undefined ? undefined : { full, short: full.slice(0, 3) };
}
