/**
 * Pay periods ("Per year", "Annually", "/hr", "Monthly") read as one of five units, so a salary's
 * period picks its option however a page words it. The user's value is a unit word ("year") or any
 * wording of one.
 */
import type { ChoiceRule } from './choice-rule.ts';
import { normalizeText, optionTexts } from './normalize-option.ts';

/** The units a salary is paid in, the most usual first (the order an options page offers them in). */
export const PAY_PERIODS = ['year', 'month', 'week', 'day', 'hour'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

const WORDS: ReadonlyArray<[PayPeriod, RegExp]> = [
  // CJK words have no word boundaries: 年収 / 年薪 / 연봉 (a year's pay), 月 / 월급 (a month's).
  // Russian, Turkish and Danish (normalized: "månedlig" is "manedlig"): в год / yıllık / årlig, в месяц / aylık / månedlig.
  // French, Spanish, Portuguese, Italian and German too ("Salaire annuel", "Taux horaire", "mensuel").
  [
    'year',
    /\b(year|years|yearly|annual|annually|annum|yr|pa|arlig|yillik|annuel(le)?|par an|(por )?a[nñ]o|anual|annuo|annuale|jahrlich|jahr)\b|年収|年薪|연봉|в год|yıllık/,
  ],
  // Hungarian havi / hó, Romanian lună, Finnish kk / kuukausi, Vietnamese tháng, Thai เดือน (marks folded).
  [
    'month',
    /\b(month|months|monthly|mo|maned|manedlig|aylik|havi|honap|luna|lunar|kk|kuukausi|kuukaudessa|thang|bulan|mjesecno|mjesec|mensuel(le)?|mois|mensual|mes|mensal|mensile|monatlich|monat)\b|月|월급|месяц|місяць|aylık|เดอน|μηνιαι|μηνα/,
  ],
  ['week', /\b(week|weeks|weekly|wk|semana|semanal|woche|semaine)\b/],
  ['day', /\b(day|days|daily|d[ií]a|diario|jour)\b/],
  ['hour', /\b(hour|hours|hourly|hr|horaire|heure|por hora|hora|orario|stundenlohn|stunde)\b/],
];

/** Every unit a text names ('Hourly or yearly' → hour, year). */
export function payPeriodsIn(text: string): PayPeriod[] {
  const normalized = normalizeText(text);
  return WORDS.filter(([, words]) => words.test(normalized)).map(([period]) => period);
}

/** The unit a text names, if exactly one ('Per year' → year; 'Hourly or daily' → undefined). */
export function payPeriodOf(text: string): PayPeriod | undefined {
  const named = payPeriodsIn(text);
  return named.length === 1 ? named[0] : undefined;
}

/** Pay types offered beside "Hourly" (Paylocity, UKG): a salary is paid by the year. */
const SALARIED = /^(salary|salaried|exempt)$/;

/** The unit an option names: its words, or a salaried pay type. */
const optionPeriod = (text: string): PayPeriod | undefined =>
  payPeriodOf(text) ?? (SALARIED.test(normalizeText(text)) ? 'year' : undefined);

/** Words around a unit that add nothing to it ("per", "a", "/"): "Per annum" is the unit alone. */
const FILLER = /\b(per|a|an|the|by|paid|pay|rate|basis)\b/g;

/** True when a text names its unit and nothing more ("Per annum", not "Per annum + super"). */
function namesUnitAlone(text: string): boolean {
  const normalized = normalizeText(text);
  const unit = WORDS.find(([period]) => period === payPeriodOf(text))?.[1];
  return unit !== undefined && normalized.replace(unit, ' ').replace(FILLER, ' ').trim() === '';
}

/**
 * Options naming the value's unit, the one naming it alone first ("per annum" before "per annum
 * + super", a package with the pension on top); not applicable when the value names none.
 */
export const payPeriodRule: ChoiceRule = (choices, value) => {
  const wanted = payPeriodOf(value);
  if (wanted === undefined) return undefined;
  return choices.map((choice) => {
    const texts = optionTexts(choice).filter((text) => optionPeriod(text) === wanted);
    return texts.length === 0 ? 0 : texts.some(namesUnitAlone) ? 2 : 1;
  });
};
