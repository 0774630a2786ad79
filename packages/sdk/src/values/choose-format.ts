/**
 * Which format a field wants, read from the input itself: its type, maxlength, pattern,
 * inputmode, placeholder example, its words, and add-ons around it (a fixed "https://" or "+1"
 * before it, a country-code picker beside it). Undefined = no evidence: fill the value as written.
 */
import type { FieldFormat } from '../protocol/field-formats.ts';
import { MONTH_NAMES } from './month-names.ts';
import { closingDatePart, datePart } from '../scan/date-part.ts';
import { payPeriodsIn } from '../choice/pay-period.ts';

/** What an input says about the format it wants. */
export interface FormatHints {
  readonly type: string;
  readonly placeholder: string;
  /** Help text tied to the field ("Format: (555) 555-5555"); may hold an example too. */
  readonly hint: string;
  /** Label and nearby words, normalized or not. */
  readonly label: string;
  /** maxlength attribute; -1 when absent. */
  readonly maxLength: number;
  readonly pattern: string;
  readonly inputMode: string;
  /** Short text fixed right before the input (an add-on such as "https://" or "+1"); '' when none. */
  readonly prefix: string;
  /** True when the same form asks for the phone's country code in a field of its own. */
  readonly separateCountryCode: boolean;
  /** True when the same form asks for the phone's area code in a field of its own. */
  readonly separateAreaCode?: boolean;
  /** True when the same form asks for the house number in a field of its own. */
  readonly separateHouseNumber?: boolean;
  /** True when the same form asks for the current job's title in a box of its own. */
  readonly separateTitle?: boolean;
  /** True when the same form asks for the current employer in a box of its own. */
  readonly separateCompany?: boolean;
  /** True when the same form asks for the postal code in a box of its own. */
  readonly separatePostalCode?: boolean;
  /** True when the same form asks for the degree in a field of its own. */
  readonly separateDegree?: boolean;
  /** True for a Months box beside the Years box of the same experience ("[7] years [0] months"). */
  readonly monthsBesideYears?: boolean;
  /** The page's language (`<html lang>`, "en-US"); '' when it names none. */
  readonly language?: string;
  /** Lower-case autocomplete attribute: `tel-national` asks for the number without its country code. */
  readonly autocomplete?: string;
  /** What the box holds before the fill: a phone widget writes its dial code in it ("+1"). */
  readonly value?: string;
  /** A select's option texts: a list of the months, the days or the years is that part of a date. */
  readonly options?: readonly string[];
  /** The field is one of a row of small boxes that together hold one value ("(415) 555 - 0134"). */
  readonly split?: { readonly index: number; readonly sizes: readonly number[] };
}

/** A name asked surname first: "Name (Last, First MI)", "Surname, given names". */
const SURNAME_FIRST = /\b(last|family|sur) ?names?,? (first|given)\b|\blast,? first\b/i;

/** A question naming the employer, then the job's title, joined by "and". */
const COMPANY_THEN_TITLE =
  /\b(company|employer|organi[sz]ation|where do you (currently )?work( now)?)\b[\s,]+(and|&)\s+(what['’]?s |what is )?(your )?(current )?(job )?(title|role|position)\b/i;
/** A question naming the job's title, then the employer, joined by "and" or "at". */
const TITLE_THEN_COMPANY =
  /\b(title|role|position)\b[\s,]+(and|&|at)\s+(your )?(current )?(company|employer|organi[sz]ation)\b/i;

/** An example of two parts joined by a comma, not by "at": "e.g. Scheduling Analyst, Keystone Bus Lines". */
const COMMA_EXAMPLE = /^(e\.g\.?:?\s*|example:?\s*)?[^,]+,\s*[^,]+$/i;
/** Words of a postal code, asked beside the place. */
const POSTAL_WORDS = /\b(zip|postal|post ?code|postcode)\b/i;
/** A degree named before its school in one question: "Highest degree and school", "Degree / university". */
const DEGREE_THEN_SCHOOL = /\bdegree\b(?!\s*#?\d)\b.*\b(school|university|college|institution)\b/i;

/** A pay asked in thousands: "(thousand USD per year)", "in thousands", "(k)", "$k", "(£'000)". */
const IN_THOUSANDS = /\bthousands?\b|\(\s*k\s*\)|\bin k\b|[$€£]\s?k\b|\bk\s?[$€£]|['’]000s?\b|\b000s\b/i;

/** "Please state the currency", "include your currency", "(specify currency)". */
const ASKS_CURRENCY = /\b(state|include|specify|indicate|mention|note|name|with) (the |your )?currency\b/i;

/** True when a salary question asks the person to name their currency: a currency in its example is only an example. */
export const asksForCurrency = (text: string): boolean => ASKS_CURRENCY.test(text);

/** Words that ask the person to write something down beside the figure. */
const SAY_WHICH = /\b(say|state|specify|indicate|note|include|mention|tell us)\b/i;

/**
 * A pay question that offers several periods and asks the person to name theirs ("Minimum hourly
 * or yearly pay you would accept (please say which)"): a bare figure would not say which.
 */
const asksWhichPeriod = (text: string): boolean => payPeriodsIn(text).length >= 2 && SAY_WHICH.test(text);

/** An example the page gives: the whole placeholder, or what follows "e.g." in the help or the label. */
const EXAMPLE_AFTER = /\b(?:e\.?\s?g\.?|for example|for instance|example|ex\.)\s*:?\s*([^)]{1,24})/i;

/** A state's code as the example ("CA", "e.g. NY" in the placeholder or the help). */
const givesStateCode = (hints: FormatHints): boolean =>
  [hints.placeholder, ...[hints.placeholder, hints.hint].map((text) => EXAMPLE_AFTER.exec(text)?.[1] ?? '')].some(
    (example) => /^[A-Z]{2}$/.test(example.trim()),
  );

/**
 * A salary written as the page's example writes it with its currency: "e.g. 85,000 USD" →
 * `150,000 USD`, "$120,000" → `$150,000`, "e.g. AUD 95,000 per year" → `USD 150,000 per year`. A bare "95,000" only shows a figure: the digits do (the
 * writers of the suite's truths agree on that one). A posted range in the description is no example.
 */
function exampleAmountFormat(hints: FormatHints): FieldFormat | undefined {
  const examples = [hints.placeholder, ...[hints.hint, hints.label].map((text) => EXAMPLE_AFTER.exec(text)?.[1] ?? '')];
  for (const example of examples) {
    if (!/\d{1,3}(,\d{3})+/.test(example)) continue;
    if (/[$€£¥₹]\s?\d/.test(example)) return 'amount_symbol';
    if (/\d\s?[A-Z]{3}\b/.test(example)) return 'amount_code';
    if (/\b[A-Z]{3}\s?\d/.test(example))
      return payPeriodsIn(example).length > 0 ? 'amount_code_period' : 'amount_code_first';
  }
  return undefined;
}

/** The parts a phone split over boxes of these sizes holds, North American style. */
const PHONE_SPLITS: ReadonlyArray<[sizes: string, parts: readonly FieldFormat[]]> = [
  ['3,3,4', ['phone_area_code', 'phone_exchange', 'phone_line']],
  // Japan's three boxes, sized for its longer area codes and exchanges: a US number fits them as its three parts.
  ['5,4,4', ['phone_area_code', 'phone_exchange', 'phone_line']],
  ['4,4,4', ['phone_area_code', 'phone_exchange', 'phone_line']],
  ['3,7', ['phone_area_code', 'phone_local']],
  ['3,8', ['phone_area_code', 'phone_local']],
];

/** The date part each box of a split date holds: by its own words or label ("Day", "Month"), else by the boxes' sizes. */
function splitDatePart(hints: FormatHints, split: NonNullable<FormatHints['split']>): FieldFormat | undefined {
  // A box's own label closes its label ("When could you start? Day"); a question shared by the
  // boxes ("First day you could start") names no part.
  const own = datePart(`${hints.placeholder} ${hints.hint}`) ?? closingDatePart(hints.label);
  const orders: Readonly<Record<string, readonly FieldFormat[]>> = {
    '2,2,4': ['date_month', 'date_day', 'date_year'],
    '4,2,2': ['date_year', 'date_month', 'date_day'],
  };
  return asExampleWrites(own ?? orders[split.sizes.join(',')]?.[split.index], hints);
}

const LOWER_MONTHS = MONTH_NAMES.map((month) => month.toLowerCase());

/** A select's prompt option: "Month", "DD", "Select…". */
const LIST_PROMPT = /^(month|day|year|mm|dd|yy|yyyy|select\b.*|choose\b.*|please\b.*)$/;

/**
 * The part of a date a select lists, whatever its label (Django's SelectDateWidget labels only the
 * first of its three): the twelve months (by name or number), the days of a month, or years.
 */
function listedDatePart(options: readonly string[]): FieldFormat | undefined {
  const listed = options
    .map((option) => option.trim().toLowerCase())
    .filter((option) => /^[\p{L}\p{N}]/u.test(option) && !LIST_PROMPT.test(option));
  if (listed.length < 2) return undefined;
  const numbers = listed.map(Number);
  const counting = (last: number) => numbers.every((number, index) => number === index + 1) && listed.length === last;
  if (counting(12) || listed.every((option, index) => LOWER_MONTHS[index]?.startsWith(option.slice(0, 3))))
    return 'date_month';
  if (listed.length >= 28 && counting(listed.length) && listed.length <= 31) return 'date_day';
  return numbers.every((number) => number >= 1900 && number <= 2100) ? 'date_year' : undefined;
}

/** A placeholder writing two parts of a date or more ("mm/yyyy", "dd.mm.yyyy"). */
const WHOLE_DATE_PLACEHOLDER = /\b(mm|dd|yyyy|yy)\s*[/.-]\s*(mm|dd|yyyy|yy)\b/;

/** A day or month part written as the example writes it: "3", not "03", after "For example, 27 3 2027". */
function asExampleWrites(part: FieldFormat | undefined, hints: FormatHints): FieldFormat | undefined {
  if (!UNPADDED_EXAMPLE.test(`${hints.hint} ${hints.label}`)) return part;
  if (part === 'date_month') return 'date_month_unpadded';
  return part === 'date_day' ? 'date_day_unpadded' : part;
}

/** An example date whose day or month is one digit ("For example, 27 3 2027", GOV.UK's pattern): no leading zeros. */
const UNPADDED_EXAMPLE = /(^|[^\d/.-])(\d[ /.-]\d{1,2}|\d{1,2}[ /.-]\d)[ /.-]\d{4}\b/;

/** An area code's box: "Area code", Russian "Код города / оператора", Chinese 区号, Japanese 市外局番, Korean 지역번호. */
export const AREA_CODE = /\barea code\b|код (города|оператора)|区号|市外局番|지역번호/i;

/** Words about the whole number's area code: "including area code", "Area code first, numbers only". */
const WHOLE_NUMBER_WITH_AREA_CODE =
  /\b(without|excluding|no|incl\w*|with) (the |your )?area code\b|\barea code (first|included|and (phone )?number)\b/i;

/** True when a phone field asks only for the area code. */
export function asksAreaCode(label: string): boolean {
  return AREA_CODE.test(label) && !WHOLE_NUMBER_WITH_AREA_CODE.test(label);
}

/**
 * A box for the house number alone: "House name or number", "House name/number", "House number
 * or name", "Huisnummer", "Hausnummer", "Número".
 */
const HOUSE_NUMBER =
  /\b(house (name ?(or|\/) ?)?(number|no)\b(\.? ?(or|\/) ?name)?|huisnummer|hausnummer|hausnr|n[uú]mero|num[eé]ro|street (number|no)|building number)\b/i;

/** A box beside the street captioned only by the number's abbreviation ("Nr.", "No.", "Nº"; repeated by the text near it). */
const BARE_NUMBER = /^(nr|no|n[º°o]|huisnr)\.?(\s+\1\.?)*$/i;

/** True when a field asks for the house number alone. */
export function asksHouseNumber(label: string): boolean {
  return (
    (HOUSE_NUMBER.test(label) || BARE_NUMBER.test(label.trim())) &&
    // "Street Number" names the street only to say whose number; "Street and number" asks for both.
    !STREET_WORDS.test(label.replace(/\bstreet (number|no)\b/gi, '')) &&
    !OTHER_NUMBERS.test(label) &&
    !JUST_A_NUMBER.test(label)
  );
}

/** "(solo el número)", "(only the number)": a count asked without words, no house's number. */
const JUST_A_NUMBER =
  /\b(solo|s[oó]lo|only|just|nur|seulement) (el |the |die |le )?(n[uú]mero|number|zahl|num[eé]ro)\b/i;

/** Numbers of other things: an identity document's, a phone's, a card's ("Número de documento"). */
const OTHER_NUMBERS =
  /\b(documento?|identi\w*|id|c[eé]dula|pasaporte|passport|dni|nif|nie|rut|cpf|tel[eé]fono|phone|tarjeta|card|ausweis\w*|pass|registre|registro|national|nacional|nazionale|fiscal\w*|tva|iva|siret)\b/i;

/** A label that also names the street asks for the whole address ("Straße und Hausnummer", "Indirizzo (via e numero civico)"). */
const STREET_WORDS =
  /\b(street|stra(ss|ß)e|straat|via|rua|rue|calle|address|adresse|indirizzo|endere[cç]o|direcci[oó]n)\b/i;

const NATIONAL_WORDS =
  /\b(without|excluding|no) (the )?(country|area)? ?code\b|\bnational\b|\blocal number\b|\b(us|u\.s\.|domestic) (phone|telephone|mobile|cell)\b/i;
const INTERNATIONAL_WORDS = /\b(with|including|incl) (the )?country code\b|\binternational\b|\be\.?164\b/i;

/** "Digits only", "no hyphens": Japanese ハイフンなし, Korean "'-' 없이 숫자만". */
const DIGITS_ONLY =
  /\b(digits|numbers) only\b|\bonly (digits|numbers)\b|ハイフン(なし|無し|不要)|숫자만|(하이픈|['‘’]-['‘’]) ?없이/i;

/** An example written with placeholder letters ("(xxx) xxx-xxxx", "###-###-####", a mask's "(___) ___-____") as digits. */
const exampleDigits = (text: string): string =>
  text.replace(/\(?[x#_]{3}\)?[\s.-]?[x#_]{3}[\s.-]?[x#_]{4}/gi, (example) => example.replace(/[x#_]/gi, '5'));

/** An example number that starts with a trunk 0: "021 123 4567", "(020) 7946 0958", "0412 345 678". */
const TRUNK_EXAMPLE = /(^|[^\d+])\(?0\d{1,4}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}\b/;

/** The phone format an example in `text` shows ("(555) 555-5555", "+1 555 555 5555", "5555555555"). */
function phoneExample(written: string): FieldFormat | undefined {
  const text = exampleDigits(written);
  if (/\+\d{1,3}[\s.-]\(?\d/.test(text)) return 'phone_international';
  if (/\+\d{8,}/.test(text)) return 'phone_e164';
  // A North American number written after its country code without the plus ("1-415-555-1234").
  if (/(^|[^\d+])1[\s.-]\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}/.test(text)) return 'phone_international';
  if (/(^|[^\d)])\d{3}-\d{3}-\d{4}/.test(text)) return 'phone_dashed';
  if (/(^|[^\d)])\d{3}\/\d{3}-\d{4}/.test(text)) return 'phone_slashed';
  if (/(^|[^\d()])\d{3} \d{3} \d{4}/.test(text)) return 'phone_spaced';
  if (/\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}/.test(text)) return 'phone_national';
  if (/(^|\D)\d{10}(\D|$)/.test(text)) return 'phone_digits';
  return undefined;
}

/** A mask printed in the label itself ("Primary Phone (###) ###-####"): placeholder letters are no words. */
const maskInLabel = (label: string): string => /\(?[x#_]{3}\)?[\s.-]?[x#_]{3}[\s.-]?[x#_]{4}/i.exec(label)?.[0] ?? '';

/** The example a label gives of its value ("Mobile phone (e.g. 555-123-4567)"), else ''. */
const labelExample = (label: string): string =>
  /\b(?:e\.\s?g\.|ex\.|example:?|format:?)\s*(.*)$/i.exec(label)?.[1] ?? '';

/** The number after its area code, with the dash its example shows ("555-0100"). */
function localFormat(hints: FormatHints): FieldFormat {
  const example = exampleDigits(`${hints.placeholder} ${hints.hint}`);
  if (/(^|[^\d-])\d{3}-\d{4}\b/.test(example)) return 'phone_local_dashed';
  // With no example and no limit on its length, the number is written as people write it
  // ("555-0134"); a box of 7 or 8 characters, or one for digits, takes the digits.
  const free = !/\d{4}/.test(example) && hints.maxLength === -1 && hints.inputMode !== 'numeric';
  return free ? 'phone_local_dashed' : 'phone_local';
}

/**
 * True when the placeholder or the help shows a number after a trunk 0, another country's national
 * shape. Each text on its own: a placeholder repeated as the hint would read as "…0100 415…".
 */
const showsTrunkExample = (hints: FormatHints): boolean =>
  [hints.placeholder, hints.hint].some((text) => TRUNK_EXAMPLE.test(exampleDigits(text)));

function phoneFormat(hints: FormatHints): FieldFormat | undefined {
  // A box that starts with the country's dial code wants the number after it, code included.
  if (/^\+\d{1,4}$/.test((hints.value ?? '').trim())) return 'phone_international';
  if (hints.split) {
    const part = PHONE_SPLITS.find(([sizes]) => sizes === hints.split?.sizes.join(','))?.[1][hints.split.index];
    return part === 'phone_local' ? localFormat(hints) : part;
  }
  if (asksAreaCode(hints.label)) return 'phone_area_code';
  if (hints.separateAreaCode) return localFormat(hints);
  if (INTERNATIONAL_WORDS.test(hints.label)) return 'phone_international';
  const example = phoneExample(
    `${hints.placeholder} ${hints.hint} ${labelExample(hints.label)} ${maskInLabel(hints.label)}`,
  );
  const national =
    NATIONAL_WORDS.test(hints.label) ||
    NATIONAL_WORDS.test(hints.hint) ||
    /\btel-national\b/.test(hints.autocomplete ?? '');
  if (/^\+\d{1,3}$/.test(hints.prefix.trim()) || hints.separateCountryCode || national) {
    // Another country's example ("0803 123 4567", a trunk 0) shows no shape of this number: digits.
    return !showsTrunkExample(hints) &&
      (example === 'phone_national' || example === 'phone_dashed' || example === 'phone_spaced')
      ? example
      : 'phone_digits';
  }
  // "021 123 4567": a number written after a trunk 0 is another country's national shape; a
  // North American number has no trunk prefix, so the person's number keeps its country code.
  if (example !== undefined) return showsTrunkExample(hints) ? 'phone_international' : example;
  // A paper form's empty brackets for the area code ("Telephone No. ( )"): the national shape.
  if (/\(\s*\)/.test(hints.label)) return 'phone_national';
  const digitsOnly = /^\\?d|\[0-9\]|\\d\{/.test(hints.pattern) && !hints.pattern.includes('+');
  // The pattern the page checks against says the shape: digits, dashes or brackets.
  if (digitsOnly && phoneExample(patternExample(hints.pattern))) return phoneExample(patternExample(hints.pattern));
  if (hints.maxLength > 0 && hints.maxLength <= 11) return 'phone_digits';
  if (/\b10 (digits|d[ií]gitos|chiffres)\b/i.test(`${hints.hint} ${hints.placeholder}`)) return 'phone_digits';
  // "Digits only, including area code": the national number's digits (one that wants the country
  // code says so, and is read above). A page whose own numbers start with a trunk 0 ("09012345678")
  // or that writes in Japanese, Korean or Chinese serves another country: the number from abroad
  // keeps its country code, without separators.
  const written = `${hints.hint} ${hints.placeholder} ${hints.label}`;
  if (DIGITS_ONLY.test(written))
    return TRUNK_EXAMPLE.test(exampleDigits(written)) || /^(ja|ko|zh)\b/i.test(hints.language ?? '')
      ? 'phone_e164'
      : 'phone_digits';
  if (digitsOnly) return 'phone_digits';
  return undefined;
}

/**
 * A number a `pattern` accepts, written out so the phone examples read it: `[0-9]{3}-[0-9]{3}-[0-9]{4}`
 * → `555-555-5555`, `\(\d{3}\) \d{3}-\d{4}` → `(555) 555-5555`.
 */
function patternExample(pattern: string): string {
  return pattern
    .replace(/(?:\[0-9\]|\\d)\{(\d+)\}/g, (_, count: string) => '5'.repeat(Number(count)))
    .replace(/\\(.)/g, '$1')
    .replace(/[\^$]/g, '');
}

/**
 * A date pattern with the German (TT.MM.JJJJ), French and Spanish (JJ/MM/AAAA), Turkish
 * (GG.AA.YYYY), Hungarian (ÉÉÉÉ.HH.NN), Finnish (PP.KK.VVVV), Romanian (ZZ.LL.AAAA), Croatian
 * (DD.MM.GGGG.), Greek (ΗΗ/ΜΜ/ΕΕΕΕ) or Ukrainian (ДД.ММ.РРРР) letters written the English way: a year is JJJJ or AAAA, a day TT, or JJ once the
 * year is read, a month after the day AA.
 */
const englishDateLetters = (text: string): string =>
  text
    .toLowerCase()
    // jjjj is the Dutch jaar (rrrr the Polish rok, åååå the Nordic år); jj alone is the French jour.
    .replace(/(^|[^\p{L}])(jjjj|aaaa|rrrr|åååå)(?![\p{L}])/gu, '$1yyyy')
    // Hungarian év / hó / nap (ÉÉÉÉ.HH.NN), Finnish vuosi / kuukausi / päivä (PP.KK.VVVV), Romanian
    // zi / lună / an (ZZ.LL.AAAA): their letters, read as such only beside their own year's.
    .replace(/(^|[^\p{L}])(éééé|vvvv|gggg|εεεε|гггг|рррр)(?![\p{L}])/gu, '$1yyyy')
    // Greek ημέρα / μήνας, Ukrainian and Russian день / місяць: their day and month letters.
    .replace(/(^|[^\p{L}])(ηη|дд)(?![\p{L}])/gu, '$1dd')
    .replace(/(^|[^\p{L}])(μμ|мм)(?![\p{L}])/gu, '$1mm')
    .replace(/\b(nn|pp|zz)(\s*[/.-]\s*)(hh|kk|ll)(\s*[/.-]\s*yyyy)\b/g, 'dd$2mm$4')
    .replace(/\b(yyyy\s*[/.-]\s*)(hh|kk|ll)(\s*[/.-]\s*)(nn|pp|zz)\b/g, '$1mm$3dd')
    // Day: Tag, jour, giorno.
    .replace(/\b(tt|jj|gg)\b/g, 'dd')
    // Month after the day: the Turkish ay (GG.AA.YYYY).
    .replace(/\bdd(\s*[/.-]\s*)aa\b/g, 'dd$1mm')
    // "month/day/year" spelled out in words.
    .replace(/\bmonth\s*([/.-])\s*day\s*\1\s*year\b/g, 'mm$1dd$1yyyy')
    .replace(/\bday\s*([/.-])\s*month\s*\1\s*year\b/g, 'dd$1mm$1yyyy');

const MONTH_YEAR_EXAMPLE = new RegExp(`^\\s*(${MONTH_NAMES.join('|')}|month|mmmm)\\s+(\\d{4}|yyyy)\\s*$`, 'i');

/**
 * A mask with no letters ("__/__/____", "##.##.####"): the separator and the page's language say
 * the order — month first in American English (or no language), day first elsewhere.
 */
function maskedDate(placeholder: string, language: string): FieldFormat | undefined {
  // A mask may show a fixed part already ("__/__/202_": IMask's year block starts at the century).
  const mask = /^\s*[_#9\d]{2}([/.-])[_#9\d]{2}\1[_#9\d]{4}\s*$/.exec(placeholder);
  if (!mask || !(/[_#]/.test(placeholder) || /^[\s9/.-]+$/.test(placeholder))) return undefined;
  if (mask[1] === '.') return 'date_dot';
  if (mask[1] === '-') return 'date_eu_dash';
  return slashDateOf(language);
}

/** How a page's language writes a date with slashes: month first in American English (or no language), day first elsewhere. */
export function slashDateOf(language: string): 'date_us' | 'date_eu' {
  return language === '' || /^en(-us)?$/i.test(language) ? 'date_us' : 'date_eu';
}

const LONG_DATE_EXAMPLE = new RegExp(
  `\\b(${MONTH_NAMES.join('|')}|month|mmmm)\\s+(\\d{1,2}|d{1,2}),\\s*(\\d{4}|yyyy)\\b`,
  'i',
);

const MEDIUM_DATE_EXAMPLE = new RegExp(
  `\\b(${MONTH_NAMES.map((name) => name.slice(0, 3)).join('|')}|mmm)\\.?\\s+(\\d{1,2}|d{1,2}),\\s*(\\d{4}|y{1,4})\\b`,
  'i',
);

/** A text showing a whole date's pattern in words or letters: "Month DD, YYYY", "mm/dd/yyyy". */
const showsWholeDate = (text: string): boolean => {
  const letters = englishDateLetters(text);
  return WHOLE_DATE_PLACEHOLDER.test(letters) || LONG_DATE_EXAMPLE.test(letters) || MEDIUM_DATE_EXAMPLE.test(letters);
};

/** "15 January 2027", "d MMMM yyyy", "DD Month YYYY": the day before the month's name, the year after. */
const DAY_MONTH_NAME_EXAMPLE = new RegExp(
  `\\b(\\d{1,2}|d{1,2})\\s+(${MONTH_NAMES.join('|')}|month|mmmm)\\s+(\\d{4}|yyyy)\\b`,
  'i',
);
const DAY_SHORT_MONTH_EXAMPLE = new RegExp(
  `\\b(\\d{1,2}|d{1,2})\\s+(${MONTH_NAMES.map((name) => name.slice(0, 3)).join('|')}|mmm)\\.?\\s+(\\d{4}|yyyy)\\b`,
  'i',
);

/** "01-Mar-2027": the day, the month's short name and the year between dashes. */
const SHORT_MONTH_DASHED_EXAMPLE = new RegExp(
  `\\b\\d{1,2}-(${MONTH_NAMES.map((name) => name.slice(0, 3)).join('|')})-\\d{4}\\b`,
  'i',
);

function dateFormat(hints: FormatHints): FieldFormat | undefined {
  if (hints.type === 'date') return 'date_iso';
  if (hints.type === 'month') return 'date_iso_month';
  if (hints.split) return splitDatePart(hints, hints.split);
  const listed = listedDatePart(hints.options ?? []);
  if (listed) return listed;
  // A box of its own for one part (GOV.UK's Day / Month / Year without sizes) beats the example
  // of the whole date that its group shows above the boxes.
  // A box whose placeholder shows more than the part ("Available Month" over "mm/yyyy") wants what it shows.
  // So does a label closing with the pattern of a whole date ("Earliest start date (Month DD, YYYY)").
  const part =
    WHOLE_DATE_PLACEHOLDER.test(englishDateLetters(hints.placeholder)) || showsWholeDate(hints.label)
      ? undefined
      : closingDatePart(hints.label);
  if (part) return asExampleWrites(part, hints);
  const example = englishDateLetters(`${hints.placeholder} ${hints.hint} ${hints.label}`);
  // A date written out without leading zeros ("Month/day/year (e.g. 3/7/2027)") shows how the
  // page writes one, whatever its words call the parts.
  if (exampleDate(example, hints.language ?? '') === 'date_us_short') return 'date_us_short';
  if (/\bmm\s*\/\s*dd\s*\/\s*yy\b/.test(example)) return 'date_us_yy';
  if (/\bmm\s*\/\s*dd\s*\/\s*(yy)?yy\b/.test(example)) return 'date_us';
  if (/\bm\s*\/\s*d\s*\/\s*yy\b/.test(example)) return 'date_us_short_yy';
  if (/\bm\s*\/\s*d\s*\/\s*yyyy\b/.test(example)) return 'date_us_short';
  if (/\bdd\s*\/\s*mm\s*\/\s*(yy)?yy\b/.test(example)) return 'date_eu';
  if (/\bdd\s*\.\s*mm\s*\.\s*(yy)?yy\b/.test(example)) return 'date_dot';
  // "D.M.RRRR", "T.M.JJJJ": a day and a month without leading zeros; "d. m. rrrr" (Czech, Slovak)
  // with a space after each dot.
  if (/(^|[^a-z])[dt]\.\s+m\.\s+yyyy\b/.test(example)) return 'date_dot_spaced';
  if (/(^|[^a-z])[dt]\s*\.\s*m\s*\.\s*yyyy\b/.test(example)) return 'date_dot_short';
  if (/\bdd\s*-\s*mm\s*-\s*(yy)?yy\b/.test(example)) return 'date_eu_dash';
  if (/\bmm\s*-\s*dd\s*-\s*(yy)?yy\b/.test(example)) return 'date_us_dash';
  if (/^\s*mm\s*\/\s*yyyy\s*$/.test(englishDateLetters(hints.placeholder))) return 'date_month_year';
  // "MM/YY": a month and the year's last two digits (a card's expiry shape, asked of a start month).
  if (/\bmm\s*\/\s*yy\b/.test(example) && !/\bmm\s*\/\s*yy\s*\/|\bmm\s*\/\s*dd\b/.test(example))
    return 'date_month_year_yy';
  // "Available from (MM/YYYY)": a month and a year written in the label or the help.
  if (/\bmm\s*\/\s*yyyy\b/.test(example)) return 'date_month_year';
  if (/\bmm\s*-\s*yyyy\b/.test(example) && !/\byyyy\s*-\s*mm\b/.test(example)) return 'date_month_year_dash';
  if (/\byyyy\s*\/\s*mm\s*\/\s*dd\b/.test(example)) return 'date_iso_slash';
  if (/\byyyy\s*\.\s*mm\s*\.\s*dd\b/.test(example)) return 'date_iso_dot';
  if (/yyyy\s*年\s*mm\s*月\s*dd\s*日/.test(example)) return 'date_cjk';
  if (/\bdd\s*([-/])\s*mmm\s*\1\s*yyyy\b/.test(example)) return 'date_dmy_abbr';
  if (/\byyyy\s*-\s*mm\s*-\s*dd\b/.test(example)) return 'date_iso';
  // "January 15, 2027", "Month DD, YYYY": the month's name, the day, a comma, the year.
  if (LONG_DATE_EXAMPLE.test(example)) return 'date_long';
  // "Dec 31, 2026", "MMM d, y" (UI5's medium date): the month's short name.
  if (MEDIUM_DATE_EXAMPLE.test(example)) return 'date_medium';
  if (DAY_MONTH_NAME_EXAMPLE.test(example)) return 'date_long_dmy';
  if (DAY_SHORT_MONTH_EXAMPLE.test(example)) return 'date_medium_dmy';
  // "Month YYYY", "January 2027": the month's name and the year.
  if (MONTH_YEAR_EXAMPLE.test(englishDateLetters(hints.placeholder))) return 'date_month_name_year';
  // A mask shown as the box's value before anything is typed (IMask's lazy: false) is its placeholder.
  const masked =
    maskedDate(hints.placeholder, hints.language ?? '') ?? maskedDate(hints.value ?? '', hints.language ?? '');
  if (masked) return masked;
  return exampleDate(example, hints.language ?? '') ?? datePart(`${hints.label} ${hints.placeholder}`);
}

/**
 * The format an example date shows ("e.g. 03/31/2026", "31.03.2026", "2026-03-31"), when its
 * numbers tell the month from the day: a part above 12 is the day. Slashes whose numbers do not
 * tell ("e.g. 03/01/2027") are written as the page's language writes them.
 */
function exampleDate(text: string, language: string): FieldFormat | undefined {
  if (/\b\d{4}-\d{2}-\d{2}\b/.test(text)) return 'date_iso';
  if (/\b\d{4}\/\d{2}\/\d{2}\b/.test(text)) return 'date_iso_slash';
  if (/\b\d{4}\.\d{2}\.\d{2}\b/.test(text)) return 'date_iso_dot';
  // Written out in Japanese or Chinese: "2027年04月01日".
  if (/\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/.test(text)) return 'date_cjk';
  if (SHORT_MONTH_DASHED_EXAMPLE.test(text)) return 'date_dmy_abbr';
  const match = /\b(\d{1,2})([/.-])(\d{1,2})\2\d{4}\b/.exec(text);
  if (!match) return undefined;
  const [first, separator, second] = [Number(match[1]), match[2], Number(match[3])];
  const twoDigits = (match[1] ?? '').length === 2 && (match[3] ?? '').length === 2;
  if (second > 12 && first <= 12 && separator === '/') return twoDigits ? 'date_us' : 'date_us_short';
  if (first > 12 && second <= 12)
    return separator === '.' ? 'date_dot' : separator === '-' ? 'date_eu_dash' : 'date_eu';
  if (separator !== '/' || first > 12 || second > 12) return undefined;
  if (slashDateOf(language) === 'date_eu') return 'date_eu';
  return twoDigits ? 'date_us' : 'date_us_short';
}

/**
 * The format `canonical`'s value should take in this field, or undefined to fill it as written.
 *
 * @example chooseFormat('phone', { ...hints, prefix: '+1' }) === 'phone_digits'
 */
export function chooseFormat(canonical: string, hints: FormatHints): FieldFormat | undefined {
  if (canonical === 'phone') return phoneFormat(hints);
  if (canonical === 'start_date') return dateFormat(hints);
  if (canonical === 'email' && hints.split) return hints.split.index === 0 ? 'email_local' : 'email_domain';
  if (/_url$|^website$/.test(canonical)) {
    const prefix = hints.prefix.trim();
    if (/^(https?:\/\/(www\.)?|www\.)$/i.test(prefix)) return 'url_no_scheme';
    // A fixed site before the box ("github.com/", "linkedin.com/in/") or a box asking for the
    // username, in its label or its help ("Your username", not an example URL ending in one): it wants the handle.
    if (
      /[a-z0-9-]\.[a-z]{2,}\/([\w-]+\/)*$/i.test(prefix) ||
      /(?<!\/)\b(user ?name|handle)\b/i.test(`${hints.label} ${hints.hint}`)
    )
      return 'url_handle';
    return undefined;
  }
  if (canonical === 'full_name')
    return SURNAME_FIRST.test(`${hints.label} ${hints.hint}`) ? 'name_last_first' : undefined;
  if (canonical === 'address_line1') {
    if (asksHouseNumber(hints.label)) return 'address_number';
    return hints.separateHouseNumber ? 'address_street' : undefined;
  }
  // A state box too short for a state's name ("State", maxlength 6), asking for the code, or
  // whose example is a code ("e.g. CA", placeholder "NY") wants the code.
  if (canonical === 'region') {
    const short = hints.maxLength > 0 && hints.maxLength <= 6;
    return short ||
      givesStateCode(hints) ||
      /\b(state|province) (code|abbreviation)\b|\b2[- ]letter\b/i.test(hints.label)
      ? 'region_code'
      : undefined;
  }
  // The current job asked in one box ("Where do you work now, and what's your title?", "Current
  // job title and company"): both parts, in the order the question names them.
  // A box of its own for the other part ("— Organization", "— Title" under the question) takes its part alone.
  const question = `${hints.label} ${hints.hint}`;
  if (canonical === 'current_company' && !hints.separateTitle && COMPANY_THEN_TITLE.test(question))
    return 'company_and_title';
  if (canonical === 'current_title' && !hints.separateCompany && TITLE_THEN_COMPANY.test(question))
    // The example says how the two are joined: "e.g. Scheduling Analyst, Keystone Bus Lines".
    return COMMA_EXAMPLE.test(hints.placeholder) ? 'title_and_company' : 'title_at_company';
  // "City, State ZIP" asks the place with its postal code, unless a box of its own asks that.
  if (canonical === 'location' && !hints.separatePostalCode && POSTAL_WORDS.test(`${hints.label} ${hints.placeholder}`))
    return 'location_postal';
  // "Highest degree and school": the degree, then where it was earned.
  if (canonical === 'school' && !hints.separateDegree && DEGREE_THEN_SCHOOL.test(hints.label))
    return 'degree_and_school';
  // A dial-code box behind a printed "+" wants the digits alone.
  if (canonical === 'phone_country_code') return hints.prefix.trim() === '+' ? 'number_plain' : undefined;
  if (canonical === 'years_experience' && hints.monthsBesideYears) return 'number_months_part';
  // Experience counted in months: a label naming months and no years ("Total work experience (months)").
  if (canonical === 'years_experience' && /\bmonths?\b/i.test(hints.label) && !/\b(years?|yrs?)\b/i.test(hints.label))
    return 'number_months';
  if (canonical === 'salary_expectation' && IN_THOUSANDS.test(`${hints.label} ${hints.hint}`))
    return 'number_thousands';
  if (canonical === 'salary_expectation' && asksWhichPeriod(`${hints.label} ${hints.hint}`)) return 'amount_period';
  const amountExample = canonical === 'salary_expectation' ? exampleAmountFormat(hints) : undefined;
  if (amountExample !== undefined && hints.type !== 'number') return amountExample;
  if (
    canonical === 'salary_expectation' &&
    hints.type !== 'number' &&
    ASKS_CURRENCY.test(`${hints.label} ${hints.hint}`)
  )
    return 'amount_plain_code';
  if (canonical === 'salary_expectation' || canonical === 'years_experience') {
    return hints.type === 'number' ||
      hints.inputMode === 'numeric' ||
      hints.inputMode === 'decimal' ||
      /\\d|\[0-9\]/.test(hints.pattern)
      ? 'number_plain'
      : undefined;
  }
  return undefined;
}
