import type { FieldFormat } from '../protocol/field-formats.ts';

/**
 * The words naming each part of a date ("Month", "DD", "YYYY", German "Tag" / "Monat" / "Jahr",
 * French "jour" / "mois" / "année", Spanish "día" / "mes" / "año", Dutch, Italian, Portuguese,
 * Nordic, Polish), the one home of that vocabulary. Letters, not `\b`, bound them: `\b` knows
 * only ASCII letters ("année").
 */
const partWords = (words: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(${words})(?![\\p{L}\\p{N}])`, 'iu');
const DATE_PART_WORDS: ReadonlyArray<readonly [FieldFormat, RegExp]> = [
  ['date_month', partWords('month|mm|monat|mois|mes|maand|mese|mês|måned|månad|miesiąc')],
  ['date_day', partWords('day|dd|tag|tt|jour|jj|día|dia|dag|giorno|dzień')],
  ['date_year', partWords('year|yyyy|yy|jahr|jjjj|année|annee|aaaa|año|ano|jaar|anno|år|rok')],
];

/** True when the text names some part of a date. */
export const namesDatePart = (text: string): boolean => DATE_PART_WORDS.some(([, words]) => words.test(text));

/** True for a label that is one word naming a part of a date ("Tag", "Month"): the part, not the question. */
export const isDatePartWord = (label: string): boolean =>
  /^\p{L}+$/u.test(label.trim()) && datePart(label) !== undefined;

/** The one part of a date a text names ("Month", "Day", "YYYY"), if exactly one. */
export function datePart(text: string): FieldFormat | undefined {
  const parts = DATE_PART_WORDS.filter(([, words]) => words.test(text));
  return parts.length === 1 ? parts[0]?.[0] : undefined;
}

/** A pattern of a whole date in letters of any language ("TT.MM.JJJJ", "mm/yyyy"): parts joined, not one part. */
const WHOLE_DATE_LETTERS = /\p{L}{1,4}[./-]\p{L}{1,4}/u;

/**
 * The part of a date a label closes with ("When could you start? Month", "Year *"), if it names
 * one; not a label closing with the pattern of a whole date ("Eintritt TT.MM.JJJJ").
 */
export function closingDatePart(label: string): FieldFormat | undefined {
  const closing = /\S+$/.exec(label.replace(/[^\p{L}\p{N}]+$/u, ''))?.[0] ?? '';
  return WHOLE_DATE_LETTERS.test(closing) ? undefined : datePart(closing);
}
