/**
 * When a person can start, asked as windows from today ("Immediately", "Within 2 weeks", "1–3
 * months from now", "On a specific date"), as months ("January 2027", "April 2027 or later") or as
 * quarters ("Q1 2027"):
 * the window that holds the days until the user's start date, else the option that asks for the
 * date itself (the page then shows a box for it).
 */
import type { ChoiceRule } from './choice-rule.ts';
import { optionTexts } from './normalize-option.ts';
import { MONTH_NAMES } from '../values/month-names.ts';

const DAYS_PER: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30.44, year: 365.25 };
const COUNTS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, six: 6 };
const COUNT = String.raw`(\d+|a|an|one|two|three|four|six)`;
const UNIT = String.raw`(day|week|month|year)s?`;

/** An option for any start beyond the windows listed before it. */
const LATER_THAN_THE_REST = /^(later( than that)?|after that|more than that|longer)[.!]?$/;

/** An option that asks for the date instead of a window. */
const ASKS_DATE =
  /\b(specific|particular|exact|other|later|future) (start )?date\b|\b(select|pick|choose|enter|specify) (a |the )?date\b/;
const NOW = /^(immediately|asap|as soon as possible|right away|now|available now|immediate)[.!]?$/;

const RANGE = new RegExp(String.raw`\b(\d+)\s*(?:-|to)\s*(\d+)\s*${UNIT}`);
// "More than 4 weeks", "3+ months", and the plus or the "or more" after the unit: "1 month+", "2 weeks or more".
const AT_LEAST = new RegExp(
  String.raw`\b(more than|over|after|at least|beyond)\s+${COUNT}\s+${UNIT}|\b(\d+)\s*\+\s*${UNIT}|\b${COUNT}\s+${UNIT}\s*(?:\+|\bor (?:more|longer|later)\b)`,
);
const AT_MOST = new RegExp(String.raw`\b(within|less than|under|up to|in)\s+${COUNT}\s+${UNIT}`);

const count = (word: string): number => Number(word) || COUNTS[word] || Number.NaN;

/**
 * French, Spanish, Italian, German, Dutch, Norwegian, Danish, Swedish, Chinese, Japanese, Turkish and Hebrew windows in the English words the patterns read ("Dans 1 à 3
 * mois" is "within 1 to 3 months", "Sofort" is "immediately"). Accents are kept by the reading.
 */
const IN_ENGLISH: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /^(imm[ée]diatement|tout de suite|de suite|inmediatamente|de inmediato|inmediata|immediata|subito|sofort|ab sofort|onmiddellijk|direct)[.!]?$/,
    'immediately',
  ],
  [/(\d)\s*(?:à|a|bis|tot|y)\s*(\d)/g, '$1 to $2'],
  [/\b(?:plus de|más de|mehr als|meer dan|oltre|più di)\b/g, 'more than'],
  [/\b(?:moins de|menos de|weniger als|minder dan)\b/g, 'less than'],
  [/(?:^|\s)(?:dans|sous|d'ici|en|innerhalb(?: von)?|binnen|entro)(?=\s+\d)/g, ' within'],
  [/\b(?:mois|mes|meses|mese|mesi|monat|monate|monaten|maand|maanden)\b/g, 'months'],
  [/\b(?:semaine|semaines|semana|semanas|settimana|settimane|woche|wochen|week|weken)\b/g, 'weeks'],
  [/\b(?:jour|jours|día|días|dia|dias|tag|tage|tagen|dag|dagen)(?=\s|$|[.,;)])/g, 'days'],
  // Chinese and Japanese: 随时到岗 (any time), 1-3个月 (1–3 months), 2周以内 (within 2 weeks),
  // 3个月以上 (over 3 months), 3ヶ月以内 (within 3 months).
  [/^(?:随时|隨時|立即|马上|馬上)(?:到岗|到職|到职|入职|入職)?[.!。]?$/, 'immediately'],
  [/(\d+)\s*(?:个月|個月|ヶ月|か月|カ月|ヵ月)\s*(以内|以內|内|以上)?/g, '$1 months $2'],
  [/(\d+)\s*週間\s*(以内|以上)?/g, '$1 weeks $2'],
  [/^(?:すぐ|即日|いつでも)(?:にでも)?[.!。]?$/, 'immediately'],
  [/(\d+)\s*(?:周|週|星期)\s*(以内|以內|内|以上)?/g, '$1 weeks $2'],
  [/(\d+)\s*天\s*(以内|以內|内|以上)?/g, '$1 days $2'],
  [/(\d+(?:-\d+)?) (months|weeks|days) (?:以内|以內|内)/g, 'within $1 $2'],
  [/(\d+) (months|weeks|days) 以上/g, 'more than $1 $2'],
  // Norwegian, Danish and Swedish: Snarest (as soon as possible), Innen 3 måneder (within 3
  // months), Om mer enn 3 måneder (after more than 3 months), Inom 1 månad.
  [/^(?:snarest|snarast|straks|omg[åa]ende|umiddelbart|med det samme)(?: mulig)?[.!]?$/, 'immediately'],
  [/\b(?:om )?(?:mer enn|mere end|mer än)(?=\s+\d)/g, 'more than'],
  [/(?:^|\s)(?:innen|inden|inom)(?=\s+\d)/g, ' within'],
  [/(\d)\s+(?:m[åa]ned(?:er)?|m[åa]nad(?:er)?)(?=\s|$|[.,;)])/g, '$1 months'],
  [/(\d)\s+(?:uke(?:r)?|uge(?:r)?|veck(?:a|or))(?=\s|$|[.,;)])/g, '$1 weeks'],
  // Turkish: Hemen (immediately), 1-3 ay içinde (within 1–3 months), 3 aydan sonra (after 3 months).
  [/^(?:hemen|derhal)[.!]?$/, 'immediately'],
  [/(\d+(?:\s*-\s*\d+)?)\s*(ay|hafta|gün)\s*içinde/g, 'within $1 $2'],
  [/(\d+)\s*(ay|hafta|gün)(?:dan|den|tan|ten)\s*(?:sonra|fazla)/g, 'more than $1 $2'],
  [/\b(\d+(?:\s*-\s*\d+)?) ay\b/g, '$1 months'],
  [/\b(\d+(?:\s*-\s*\d+)?) hafta\b/g, '$1 weeks'],
  [/\b(\d+(?:\s*-\s*\d+)?) gün(?=\s|$)/g, '$1 days'],
  // Hebrew: מיידית (immediately), תוך חודש / חודשיים (within a month / two), 3 חודשים ומעלה (3+ months).
  [/^מיידי(ת)?$/, 'immediately'],
  [/תוך חודשיים/g, 'within 2 months'],
  [/תוך שבועיים/g, 'within 2 weeks'],
  [/תוך חודש/g, 'within 1 month'],
  [/תוך שבוע/g, 'within 1 week'],
  [/(\d+) (?:חודשים|חודש) ומעלה/g, '$1+ months'],
];

const inEnglish = (text: string): string =>
  IN_ENGLISH.reduce((english, [words, replacement]) => english.replace(words, replacement), text).trim();

/** An option's words as the windows are read: in English, with their dashes and pluses ("1–3 months", "3+ months"), which the usual folding drops. */
const windowWords = (text: string): string =>
  inEnglish(text.toLowerCase().replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim());

/** The days an option's window spans, [from, to]; undefined for no window. */
function windowOf(text: string): [number, number] | undefined {
  if (NOW.test(text)) return [0, 7];
  const range = RANGE.exec(text);
  if (range) {
    const unit = DAYS_PER[range[3] ?? ''] ?? Number.NaN;
    return [count(range[1] ?? '') * unit, count(range[2] ?? '') * unit];
  }
  const more = AT_LEAST.exec(text);
  if (more) {
    const from = more[2] ?? more[4] ?? more[6] ?? '';
    const unit = DAYS_PER[more[3] ?? more[5] ?? more[7] ?? ''] ?? Number.NaN;
    return [count(from) * unit, Number.POSITIVE_INFINITY];
  }
  const within = AT_MOST.exec(text);
  if (within) return [0, count(within[2] ?? '') * (DAYS_PER[within[3] ?? ''] ?? Number.NaN)];
  return undefined;
}

const MONTH_YEAR = new RegExp(
  String.raw`\b(${MONTH_NAMES.map((name) => name.slice(0, 3).toLowerCase()).join('|')})[a-z]*\.? (\d{4})\b`,
);
const OR_LATER = /\b(or|and) (later|after)\b|\bonwards?\b|\bthereafter\b/;
const OR_EARLIER = /\b(or|and) (earlier|before|sooner)\b/;

/**
 * The days from `today` that `months` months from `first` (0-11) of `year` span, open-ended where
 * the text adds "or later" / "or earlier".
 */
function calendarWindow(text: string, today: Date, year: number, first: number, months: number): [number, number] {
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const days = (at: number) => Math.round((at - now) / 86_400_000);
  return [
    OR_EARLIER.test(text) ? Number.NEGATIVE_INFINITY : days(Date.UTC(year, first, 1)),
    OR_LATER.test(text) ? Number.POSITIVE_INFINITY : days(Date.UTC(year, first + months, 0)),
  ];
}

/** The days from `today` a month named with its year spans ("January 2027", "April 2027 or later"); undefined for none. */
function monthWindow(text: string, today: Date): [number, number] | undefined {
  const match = MONTH_YEAR.exec(text);
  if (!match) return undefined;
  const month = MONTH_NAMES.findIndex((name) => name.slice(0, 3).toLowerCase() === match[1]);
  return calendarWindow(text, today, Number(match[2]), month, 1);
}

/** A calendar quarter with its year: "Q1 2027", "Q1/2027", "1st quarter 2027". */
const QUARTER_YEAR = /\b(?:q([1-4])|([1-4])(?:st|nd|rd|th) quarter)(?: of)?[ /-]?(\d{4})\b/;

/** The days from `today` a quarter named with its year spans ("Q1 2027", "Q3 2027 or later"); undefined for none. */
function quarterWindow(text: string, today: Date): [number, number] | undefined {
  const match = QUARTER_YEAR.exec(text);
  if (!match) return undefined;
  return calendarWindow(text, today, Number(match[3]), (Number(match[1] ?? match[2]) - 1) * 3, 3);
}

/** Days from `today` to an ISO date, or undefined for another value. */
function daysUntil(value: string, today: Date): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const start = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((start - now) / 86_400_000);
}

/** True for an option naming a window from today ("Immediately", "Within 3 months", "1–3 months"). */
export function isStartWindow(text: string): boolean {
  return windowOf(windowWords(text)) !== undefined;
}

/** Scores windows that hold the start date above 2 (tighter higher), an option asking for the date 1; undefined when no option is a window. */
export function startWindowRule(today: () => Date): ChoiceRule {
  return (choices, value) => {
    const days = daysUntil(value, today());
    if (days === undefined) return undefined;
    const texts = choices.map((choice) => optionTexts(choice).map(windowWords));
    const windows = texts.map((words) =>
      words
        .map((text) => windowOf(text) ?? monthWindow(text, today()) ?? quarterWindow(text, today()))
        .find((window) => window !== undefined),
    );
    if (!windows.some((window) => window !== undefined)) return undefined;
    // "Later than that" after the windows: from where the last of them ends.
    const lastEnd = Math.max(...windows.map((window) => (window && Number.isFinite(window[1]) ? window[1] : 0)));
    return choices.map((_, index) => {
      const window =
        windows[index] ??
        ((texts[index] ?? []).some((text) => LATER_THAN_THE_REST.test(text))
          ? ([lastEnd + 1, Number.POSITIVE_INFINITY] as [number, number])
          : undefined);
      // Of nested windows ("Immediately", "Within 2 weeks") the tightest says the most.
      if (window) return days >= window[0] && days <= window[1] ? 2 + 1 / (1 + window[1] - window[0]) : 0;
      return (texts[index] ?? []).some((text) => ASKS_DATE.test(text)) ? 1 : 0;
    });
  };
}
