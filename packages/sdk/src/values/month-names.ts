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

/**
 * Month `number`'s long and short names in `language`, as Intl writes them (a short name's dot
 * dropped: "Jan." is "Jan"); none for a language tag Intl does not know.
 */
export function monthNamesIn(language: string, number: number): string[] {
  const names = new Set<string>();
  for (const width of ['long', 'short'] as const) {
    try {
      names.add(
        new Intl.DateTimeFormat(language, { month: width }).format(new Date(2027, number - 1, 15)).replace('.', ''),
      );
    } catch {
      // An unknown language tag names no months.
    }
  }
  return [...names];
}

/** The languages of the month selects a job seeker meets most: a select shows names in one of them. */
const SELECT_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'sv', 'da', 'nb', 'pl'];

/**
 * Month `number`'s names in every language of SELECT_LANGUAGES ("Januar", "janvier", "enero"): a
 * month select valued by numbers says the month only in its text. No two months share a name
 * across these languages, so any of them names this month alone.
 */
export function monthNamesAnywhere(number: number): string[] {
  return [...new Set(SELECT_LANGUAGES.flatMap((language) => monthNamesIn(language, number)))];
}
