/**
 * Numbers, ranges and buckets as options write them: "5-10 years", "5 to 10", "Between 3 and 5",
 * "7+", "Over 10", "More than 10 years", "Less than 1 year", "< 1", "$100,000 - $150,000",
 * "100k-150k", "120K", "At least 1 year but less than 3 years", "5 years to less than 8 years", and the bounds as German, French
 * and Spanish write them ("mehr als 10 Jahre", "moins de 2 ans"), and Russian, Turkish and Danish
 * ("Более 6 лет", "5-10 yıl", "over 10 år"). A value matches the tightest
 * bucket that contains it.
 */
import type { ChoiceRule } from './choice-rule.ts';

/** A range of numbers; `lo` is 0 for "less than" buckets (counts and amounts are not negative). */
export interface NumberRange {
  readonly lo: number;
  readonly hi: number;
  readonly loOpen: boolean;
  readonly hiOpen: boolean;
}

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  twelve: '12',
  fifteen: '15',
  twenty: '20',
};
// 100,000 / 60.000 (thousands written the European way) / 1.5, then a multiplier: 120k / 2m.
const THOUSANDS_DOTS = /^\d{1,3}(\.\d{3})+$/;
const AMOUNT = /(\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+(?!\d)|\d+(?:\.\d+)?)\s*(k|m|mm|thousand|million)?(?![a-z])/gi;
const MULTIPLIER: Readonly<Record<string, number>> = { k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, million: 1e6 };
// A dollar of one country is written with its letters before the sign: "US$135,000", "A$90k", "S$8,000".
const CURRENCY = /\b(us|ca|c|a|au|nz|hk|s|sg|nt|r)\$|[$€£¥₹]|\b(usd|eur|gbp|cad|aud|inr)\b/gi;
// "5 to 10", "5 à 10 ans", "de 1 a 3 anos", "3 bis 5 Jahre", "1 y 3 años", "da 2 a 5 anni".
const BETWEEN = /^\s*(-|–|—|~|〜|～|to|and|through|thru|à|a|bis|y|e|tot|till|do|до|ile|til|[إا]لى|עד)\s*$/i;
// Words around one number that make it a bound; the inclusive ones keep the number in the bucket.
const BELOW_BEFORE =
  /(less than|fewer than|under|below|<|weniger als|unter|moins d[e']|menos de|até|meno di|minder dan|poniżej|mniej niż|mindre än|mindre end|менее|меньше|[أا]قل من|פחות מ-?|kevesebb mint|sub|alle|dưới|ต่ำกว่า|น้อยกว่า|kurang dari|manje od|менше|menej ako|méně než)\s*$/i;
const BELOW_BEFORE_INCLUSIVE =
  /(up to|at most|no more than|<=|≤|bis( zu)?|jusqu'?[àa]|hasta|\bdo|upp till|(^|\s)до|έως|sampai)\s*$/i;
// A unit may stand between the number and its bound: "10 years or more".
const UNIT = String.raw`^\s*(?:(?:years?|yrs?|months?|jahren?|ans?|años?|anos?|anni|anno|jaar|jaren|lat|lata|rok|år|лет|года?|yıl|年|년|سنوات|سنة|שנים|שנה|évnél|év|ani|vuotta|vuoden|năm|ปี|tahun|godina|godine|έτη|έτος|років|роки|року|рік|rokov|roky|let)\s*)?`;
const BELOW_AFTER_INCLUSIVE = new RegExp(
  `${UNIT}(or less|or fewer|and below|and under|or under|or below|以下|이하)`,
  'i',
);
const ABOVE_BEFORE =
  /(more than|over|greater than|above|>|mehr als|über|plus d[e']|más de|mais de|acima de|oltre|più di|meer dan|powyżej|mer än|mere end|более|больше|свыше|[أا]كثر من|יותר מ-?|több mint|peste|yli|trên|มากกว่า|เกิน|lebih dari|više od|понад|більше|πάνω από|άνω των|viac ako|více než)\s*$/i;
const ABOVE_BEFORE_INCLUSIVE = /(at least|minimum|min|>=|≥|\bab|mindestens|au moins|al menos)\s*$/i;
const ABOVE_AFTER_INCLUSIVE = new RegExp(
  `${UNIT}(\\+|or more|and above|and up|and over|or greater|plus|и более|ve üzeri|eller mere|以上|이상|ומעלה|ف[أا]كثر|felett|fölött|vagy több)`,
  'i',
);
// "1年未満", "1년 미만": less than the number.
const BELOW_AFTER = new RegExp(`${UNIT}(未満|미만|kevesebb|alatt)`, 'i');

interface Amount {
  readonly value: number;
  /** The multiplier written after it ("k" → 1000), 1 when none. */
  readonly scale: number;
  readonly start: number;
  readonly end: number;
}

function amountsIn(text: string): Amount[] {
  return [...text.matchAll(AMOUNT)].map((match) => {
    const scale = MULTIPLIER[(match[2] ?? '').toLowerCase()] ?? 1;
    const digits = match[1] ?? '';
    const plain = THOUSANDS_DOTS.test(digits) ? digits.replace(/\./g, '') : digits.replace(/,/g, '');
    const value = Number(plain) * scale;
    return { value, scale, start: match.index, end: match.index + match[0].length };
  });
}

function oneBound(value: number, before: string, after: string): NumberRange {
  if (BELOW_BEFORE_INCLUSIVE.test(before) || BELOW_AFTER_INCLUSIVE.test(after)) {
    return { lo: 0, hi: value, loOpen: false, hiOpen: false };
  }
  if (BELOW_BEFORE.test(before) || BELOW_AFTER.test(after)) return { lo: 0, hi: value, loOpen: false, hiOpen: true };
  if (ABOVE_BEFORE_INCLUSIVE.test(before) || ABOVE_AFTER_INCLUSIVE.test(after)) {
    return { lo: value, hi: Infinity, loOpen: false, hiOpen: true };
  }
  if (ABOVE_BEFORE.test(before)) return { lo: value, hi: Infinity, loOpen: true, hiOpen: true };
  return { lo: value, hi: value, loOpen: false, hiOpen: false };
}

/**
 * The range an option or value writes, or undefined when it writes none (or three numbers and more).
 *
 * @example parseRange('100k-150k') // { lo: 100000, hi: 150000, loOpen: false, hiOpen: false }
 */
export function parseRange(text: string): NumberRange | undefined {
  // A range written twice, in words and in figures ("من 5 إلى 10 سنوات (5-10)"): either says it.
  const aside = /^(.*\S)\s*\(([^()]*\d[^()]*)\)\s*$/.exec(text);
  if (aside) {
    const [outside, inside] = [rangeOf(aside[1] ?? ''), rangeOf(aside[2] ?? '')];
    if (outside && inside && sameRange(outside, inside)) return outside;
  }
  return rangeOf(text);
}

const sameRange = (a: NumberRange, b: NumberRange): boolean =>
  a.lo === b.lo && a.hi === b.hi && a.loOpen === b.loOpen && a.hiOpen === b.hiOpen;

/** A number written twice, in words then digits ("five (5) years", "Six (6) or more"), as its digits once. */
export const numberOnce = (text: string): string => text.replace(/\b([a-z]+)\s*\((\d{1,2})\)/gi, '$2');

function rangeOf(text: string): NumberRange | undefined {
  // A share ("Up to 10%" of the time travelling) is no count of years and no amount.
  if (text.includes('%')) return undefined;
  // A scored answer's letter ("E. Six (6) …") is no part of it.
  const once = numberOnce(text).replace(/^\s*[a-h][.)]\s+/i, '');
  const plain = once.replace(/\b[a-z]+\b/gi, (word) => NUMBER_WORDS[word.toLowerCase()] ?? word).replace(CURRENCY, ' ');
  const amounts = amountsIn(plain);
  const [first, second] = amounts;
  if (first === undefined || amounts.length > 2) return undefined;
  if (second === undefined) return oneBound(first.value, plain.slice(0, first.start), plain.slice(first.end));
  if (!BETWEEN.test(plain.slice(first.end, second.start))) {
    // "At least 1 year but less than 3 years": a lower and an upper bound, each with its words;
    // "5 years to less than 8 years": a plain number before an upper bound starts the range.
    const lower = oneBound(first.value, plain.slice(0, first.start), plain.slice(first.end, second.start));
    const upper = oneBound(second.value, plain.slice(first.end, second.start), plain.slice(second.end));
    const startsRange = lower.hi === Infinity || lower.lo === lower.hi;
    if (!startsRange || upper.lo !== 0) return undefined;
    return { lo: lower.lo, hi: upper.hi, loOpen: lower.loOpen, hiOpen: upper.hiOpen };
  }
  // "100-150k": a multiplier written once applies to both ends.
  const scaledLo = first.scale === 1 ? first.value * second.scale : first.value;
  const lo = scaledLo <= second.value ? scaledLo : first.value;
  return { lo, hi: second.value, loOpen: false, hiOpen: false };
}

/** The single number `text` writes ('7', '7 years', '$120,000', '120k'), or undefined. */
export function parseAmount(text: string): number | undefined {
  const range = parseRange(text);
  return range !== undefined && range.lo === range.hi && !range.loOpen ? range.lo : undefined;
}

function contains(range: NumberRange, value: number): boolean {
  const aboveLo = range.loOpen ? value > range.lo : value >= range.lo;
  const belowHi = range.hiOpen ? value < range.hi : value <= range.hi;
  return aboveLo && belowHi;
}

/**
 * How tightly `range` holds `value` (0 when it does not): an exact number 3, a closed bucket
 * 2 + 1/(1 + width), an open-ended "N+" below 1 and the closer N the higher, so "5-10" beats "6+"
 * for 7 and "7+" beats "5+" for 8. Buckets that share a bound ("4 tot 7 jaar", "7 tot 10 jaar")
 * give it to the one it starts: 7 is in "7 to 10".
 */
export function bucketScore(range: NumberRange, value: number): number {
  if (!contains(range, value)) return 0;
  if (range.hi === Infinity) return 1 / (2 + value - range.lo);
  return 2 + 1 / (1 + range.hi - range.lo) + (value === range.lo ? SHARED_BOUND_EDGE : 0);
}

/** Small beside any difference of widths: it only breaks a tie of equal buckets. */
const SHARED_BOUND_EDGE = 1e-3;

/** Options whose bucket holds the user's number; not applicable when the value is not one number. */
export const numberRule: ChoiceRule = (choices, value) => {
  const wanted = parseAmount(value);
  if (wanted === undefined) return undefined;
  return choices.map((choice) => {
    const range = parseRange(choice.text);
    return range === undefined ? 0 : bucketScore(range, wanted);
  });
};

/**
 * A count of years, read in months against buckets counted in months ("Less than 12 months",
 * "60+ months", or the first rungs of "0-6 months … 5+ years"): twelve to the year.
 */
export const yearsRule: ChoiceRule = (choices, value, values) => {
  const years = parseAmount(value);
  const asYears = numberRule(choices, value, values);
  if (years === undefined || asYears === undefined) return asYears;
  const asMonths = numberRule(choices, String(years * 12), values) ?? [];
  const inMonths = (text: string) => /\bmonths?\b/i.test(text) && !/\b(years?|yrs?)\b/i.test(text);
  return choices.map((choice, index) =>
    inMonths(choice.text) ? (asMonths[index] ?? 0) : asYears[index] || careerStageScore(choice.text, years),
  );
};

/** A career stage with no years: "신입", "Fresher", "Entry level", "新卒", "Sin experiencia". */
const NO_EXPERIENCE =
  /^(신입|fresher|entry[ -]?level|new grad(uate)?|recent graduate|新卒|未経験|应届(毕业)?生?|无经验|no experience|sin experiencia|sem experi[eê]ncia|berufseinsteiger(in)?|d[eé]butant)/i;
/** A career stage with some: "경력", "Experienced", "中途", "Con experiencia". */
const EXPERIENCED =
  /^(경력(직|자)?|experienced( (hire|professional))?|中途|経験者|社会人|有经验|社招|con experiencia|com experi[eê]ncia|berufserfahren|exp[eé]riment[eé])/i;

/** A stage that holds `years` of experience: a weak match beside buckets that count them. */
function careerStageScore(text: string, years: number): number {
  const option = text.trim();
  if (years < 1 ? NO_EXPERIENCE.test(option) : EXPERIENCED.test(option)) return 0.5;
  return 0;
}
