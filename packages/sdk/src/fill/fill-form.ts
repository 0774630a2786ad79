/**
 * Fills a scanned form: every field the map names and the user has a value for, in document
 * order (a country-code picker before the number beside it). Text takes the format the field
 * wants (a learned one first, else what the input itself says, else a format that fits its
 * maxlength); choices — selects, radio and checkbox groups, custom dropdowns — take the option the
 * choice resolver finds by meaning; file inputs take the user's own file (a cover-letter upload
 * takes the cover letter's text as a .txt file when there is no cover-letter file). Never throws
 * into the page.
 */
import { countryCode, resolveChoice, resolveChoices } from '../choice/index.ts';
import { optionPolarity, valuePolarity } from '../choice/yes-no.ts';
import { narrowestPlacePart } from '../choice/place-part.ts';
import { parseAmount } from '../choice/number-range.ts';
import { RESUME_FILE_CHOICE } from '../choice/resume-option.ts';
import { currencyCode, dollarOf } from '../choice/currency-match.ts';
import { namedCountries, namedCountry } from '../values/named-country.ts';
import { inNamedRegion } from '../choice/world-region.ts';
import { monthNamesAnywhere } from '../values/month-names.ts';
import { payPeriodOf, payPeriodsIn } from '../choice/pay-period.ts';
import type { UserProfileValues } from '../edits/profile-values.ts';
import { type FieldFormat, PART_FORMATS } from '../protocol/field-formats.ts';
import type { ScannedField } from '../scan/scan-form.ts';
import type { FieldDescriptor } from '../scan/field-descriptor.ts';
import { boxesInRow } from '../scan/box-row.ts';
import { closingDatePart } from '../scan/date-part.ts';
import { fieldPrefix } from '../scan/field-format-hints.ts';
import { residenceAnswer, valuesForQuestion } from './question-answer.ts';
import { statesResidence } from '../choice/residence-statement.ts';
import { normalizeText } from '../choice/normalize-option.ts';
import { answersWithLetter, answersYesOrNo } from '../heuristics/field-kind.ts';
import {
  asksAreaCode,
  asksForCurrency,
  asksHouseNumber,
  asksWholeAddress,
  chooseFormat,
  formatValue,
  formatsOf,
  slashDateOf,
  wholeAddress,
} from '../values/index.ts';
import {
  confirmUpload,
  declaredDateFormat,
  dropFile,
  fillFileInput,
  fillChoiceGroup,
  fillChoiceWidget,
  fillDateSegments,
  fillTextEditor,
  isChoiceGroup,
  isDateSegments,
  fillAriaSlider,
  isAriaSlider,
  isDrawnSwitch,
  isDropZone,
  fillDrawnSwitch,
  isCalendarTrigger,
  isPickerBox,
  pickCalendarDate,
  isTextEditor,
  readShownChoice,
  pickSuggestion,
  searchAndPick,
  suggestionsBefore,
  suggestsAsTyped,
  typeOver,
  typePickedDate,
} from '../widgets/index.ts';
import { delay, nextTurn } from '../widgets/wait-for.ts';
import { groupMembers } from '../scan/group-members.ts';
import { shownChecked } from '../scan/drawn-twin.ts';
import { type ChoicePicker, fillField } from './fill-field.ts';
import { leaveAfterRender } from './field-events.ts';
import { hasOtherShapes, isRefused, reshapeRefused } from './refused-value.ts';
import { type Choice, isTruthyWord } from './match-choice.ts';
import type { ProfileFile } from './fill-file.ts';
import type { FillOutcome } from './fill-outcome.ts';
import { readFieldValue } from './read-field-value.ts';
import {
  type FieldElement,
  isCheckable,
  isFileInput,
  isInputElement,
  isSelectElement,
  isTextAreaElement,
} from '../scan/field-element.ts';
import { searchDrawnControl, syncDrawnControl } from './drawn-select-sync.ts';
import { setNativeProperty } from './native-setter.ts';

/** What a fill did: per field outcome, the values as they now stand, and the time it took. */
export interface FillFormResult {
  /** Value of each field whose outcome is `filled`, read back after the page's handlers ran. */
  filled: Record<string, string>;
  /** Outcome of every field that had a canonical name and a value to fill. */
  outcomes: Record<string, FillOutcome>;
  /** selector → the format a text field was filled in, when not the value as written. */
  formats: Record<string, FieldFormat>;
  /** Wall time of the fill, in whole milliseconds of `clock`. */
  fillMs: number;
}

/** Options of {@link fillForm}. */
export interface FillFormOptions {
  /** selector → a format learned on this form (the profile's format_map): stronger than the input's own hints. */
  formats?: Readonly<Record<string, string>>;
  /**
   * selector → a format the crowd gave look-alike fields of other forms (field predictions): weaker
   * than what the input itself says (a fixed "linkedin.com/in/" before the box), used when it says nothing.
   */
  crowdFormats?: Readonly<Record<string, string>>;
  /** canonical → the user's file (`resume_upload`), kept on the device. */
  files?: Readonly<Partial<Record<string, ProfileFile>>>;
  /** Monotonic milliseconds. @default performance.now */
  clock?: () => number;
  /**
   * The fields as the page draws them now: a field whose element the page replaced during the
   * fill (a step drawn afresh from its state once "I currently work here" is ticked) is filled in
   * its new element, found by its selector. Without it such a field is filled where it was.
   */
  rescan?: () => readonly ScannedField[];
}

/** Dropdowns whose lists are long or loaded as you type: the value's text narrows them. */
const SEARCHED_CANONICALS = new Set([
  'country',
  'city',
  'location',
  'region',
  'school',
  'degree',
  'current_company',
  'phone_country_code',
  // A currency typeahead lists only what is typed ("USD" finds "USD - US Dollar").
  'salary_currency',
]);
/** Free-text answers offered suggestions (a location box): the typed text may stand on its own. */
const FREE_TEXT_CANONICALS = new Set(['city', 'location', 'current_company', 'school', 'address_line1']);

/** A month's names ('01' → 'January', 'Jan', 'Januar', 'janvier', …); the resolver matches any as an option's words. */
function monthNames(value: string): string[] {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 && number <= 12 ? monthNamesAnywhere(number) : [];
}

/**
 * Resolves a value, or one part of it, to an option. A part is tried as written ('01'), without
 * its leading zero ('1') and, for a month, by name ('January', 'Jan'): option values that are only
 * digits read as ids to the resolver, so the option's text must say it.
 */
function resolvePart(
  choices: readonly Choice[],
  canonical: string,
  value: string,
  values: UserProfileValues,
  format: FieldFormat | undefined,
): number {
  for (const spelling of spellingsOf(canonical, value, values, format)) {
    const index = spelling === '' ? -1 : resolveChoice(choices, canonical, spelling, values);
    if (index >= 0) return index;
  }
  return -1;
}

/**
 * The value as the box's list of suggestions (`<datalist>`) spells it ("États-Unis" for the United
 * States on a French page): what a person picks from it. Undefined without a list, or when the
 * list names no option for the value.
 */
function listedSpelling(
  element: HTMLInputElement | HTMLTextAreaElement,
  canonical: string,
  value: string,
  values: UserProfileValues,
  format: FieldFormat | undefined,
): string | undefined {
  const list = isInputElement(element) ? element.list : null;
  if (!list) return undefined;
  const choices = Array.from(list.querySelectorAll('option'), (option) => ({
    value: option.value,
    text: option.label || option.value,
  }));
  const index = resolvePart(choices, canonical, value, values, format);
  return choices[index]?.value;
}

/** The ways an option may write the value, most literal first. */
function spellingsOf(
  canonical: string,
  value: string,
  values: UserProfileValues,
  format: FieldFormat | undefined,
): string[] {
  if (format !== undefined && PART_FORMATS.has(format))
    return [
      value,
      value.replace(/^0+(?=\d)/, ''),
      ...(format === 'date_month' || format === 'date_month_unpadded' ? monthNames(value) : []),
    ];
  const cityInState = values.city && values.region ? `${values.city}, ${values.region}` : '';
  // A place list ("San Francisco, California, United States") may not spell the location as the
  // user did ("San Francisco, CA"): its city names it too.
  if (canonical === 'location') return [value, cityInState, values.city ?? ''];
  // A city among other places of its name is the one in the person's state.
  if (canonical === 'city') return [value, cityInState];
  return [value];
}

function pickerFor(
  canonical: string,
  values: UserProfileValues,
  format: FieldFormat | undefined,
  profile: UserProfileValues,
): ChoicePicker {
  return {
    one: (choices, value) => {
      const index = resolvePart(choices, canonical, value, values, format);
      // A select of countries asked as the place the person lives ("Place of Residence") is
      // answered by their country. Not a suggestion list: a cascader's first column of countries
      // is a step, not the place.
      if (index < 0 && canonical === 'location' && values.country)
        return resolveChoice(choices, 'country', values.country, values);
      return index < 0 ? heldLevelAnswer(choices, canonical, value, profile) : index;
    },
    many: (choices, value) => resolveChoices(choices, canonical, value, values),
  };
}

/**
 * "Do you hold a college degree?" — "No degree (yet)", "Yes - 2-year / associate", "Yes - 4-year /
 * bachelor's": the yes is the person's, and among the yeses the one naming the level they hold.
 */
function heldLevelAnswer(
  choices: readonly Choice[],
  canonical: string,
  answer: string,
  profile: UserProfileValues,
): number {
  const held = profile.degree;
  const wanted = valuePolarity(answer);
  if (canonical !== 'degree' || !held || wanted === undefined) return -1;
  const index = resolveChoice(choices, 'degree', held, profile);
  return index >= 0 && optionPolarity(choices[index]?.text ?? '') === wanted ? index : -1;
}

/** Answers that hold for the user's own country only: a right to work, a need for a visa. */
const COUNTRY_BOUND_CANONICALS = new Set(['work_authorization', 'sponsorship']);

/**
 * What a field asks, in its own words: its label, placeholder and help text, each a sentence of its
 * own (a select's "Please choose" does not run on from "experience in data engineering").
 */
const questionText = ({ descriptor }: ScannedField): string =>
  [descriptor.label, descriptor.placeholder, descriptor.hint].filter((text) => text.trim() !== '').join('. ');

/** A place asked through answers one of which says where the person lives ("I already live in the Bay Area"). */
const residenceAsked = ({ descriptor }: ScannedField, canonical: string): boolean =>
  canonical === 'country' && descriptor.options.some((option) => statesResidence(option.text));

/**
 * "Would you relocate to San Francisco?" — "Yes" / "No" / "I already live in the Bay Area": the
 * statement true of the person is the answer, and the move is theirs to decide otherwise.
 */
function withResidence(field: ScannedField, profile: UserProfileValues): UserProfileValues | undefined {
  const answers = field.descriptor.options.map((option) => option.text);
  const answer = residenceAnswer(answers, questionText(field), profile);
  return answer === undefined ? undefined : { ...profile, country: answer };
}

/** A closed question ("Do you reside in Canada?", "Are you willing to relocate?"): answered by a yes or a no. */
const CLOSED_QUESTION = /^(do|does|are|is|have|has|will|would|can|could|did|were)\s+you\b[^?]*\?/i;

/**
 * True when the field takes a yes or a no: its options say so, a lone checkbox states a fact the
 * person ticks when true, and a dropdown whose options show only once open (react-select) asking a
 * closed question.
 */
function takesYesOrNo({ descriptor, widget }: ScannedField): boolean {
  if (descriptor.type === 'checkbox' && descriptor.options.length <= 1) return true;
  if (answersYesOrNo(descriptor)) return true;
  return (
    widget &&
    descriptor.options.length === 0 &&
    (CLOSED_QUESTION.test(descriptor.label.trim()) || ANSWER_NAMED.test(descriptor.label))
  );
}

/** A statement whose help names the answer to give: 'Select "Yes" if this statement is true for you.' */
const ANSWER_NAMED = /\b(select|choose|answer|pick|mark)\s+["“']?(yes|no)["”']?\s+if\b/i;

/** A salary asked in the person's own money: "in the currency of the country you'd work from", "in your local currency". */
const PERSONS_OWN_CURRENCY =
  /\bcurrency of (the country|your country|the place|where) (you|you d|you would|you will|you ll)\b|\bcurrency of your (country|location)\b|\byour (own |local )currency\b/i;

/**
 * A salary asked in another currency than the user's ("£ … per annum" of a salary in dollars, "$"
 * options on an Australian page): theirs to convert.
 */
function asksAnotherCurrency(field: ScannedField, canonical: string, values: UserProfileValues): boolean {
  if (canonical !== 'salary_expectation' || !values.salary_currency) return false;
  // "Please include the currency, e.g. AUD 95,000 per year": the person names their own; so does
  // a figure "in the currency of the country you'd work from".
  const question = questionText(field);
  if (asksForCurrency(question) || PERSONS_OWN_CURRENCY.test(question)) return false;
  const { prefix, nearbyText, options } = field.descriptor;
  const offered = options.map((option) => option.text).join(' ');
  const dollar = dollarOf(field.element.ownerDocument.documentElement.lang);
  const asked = currencyCode(`${question} ${prefix} ${nearbyText} ${offered}`, dollar);
  return asked !== undefined && asked !== values.salary_currency.toUpperCase();
}

/** A salary asked per another period than the user's ("Expected salary per month" of a yearly salary): theirs to convert. */
function asksAnotherPayPeriod(field: ScannedField, canonical: string, values: UserProfileValues): boolean {
  if (canonical !== 'salary_expectation' || !values.salary_period) return false;
  const question = questionText(field);
  // "Desired Salary / Hourly Rate" takes either: a salary is one of its answers. (A "/ month" after
  // the box is its unit, not another answer.)
  if (/\bsalary\b.*(\/|\bor\b)|(\/|\bor\b).*\bsalary\b/i.test(field.descriptor.label)) return false;
  // The label's own units first: help beside it may name another ("also open as a 6-month contract").
  // Units named that are none of the person's ("hourly rate for field days") ask another period.
  const labelUnits = payPeriodsIn(field.descriptor.label);
  const inQuestion = payPeriodOf(question);
  const asked = labelUnits.length > 0 ? labelUnits : inQuestion === undefined ? [] : [inQuestion];
  const own = payPeriodOf(values.salary_period);
  return asked.length > 0 && own !== undefined && !asked.includes(own);
}

/** Why a salary is the person's to convert: it is asked in another currency, or per another period. */
type Conversion = 'currency' | 'period';

/**
 * A salary asked in another currency or per another period than the person's: theirs to convert.
 * A currency or a period picked in a control of its own beside the amount is the person's own
 * once filled, whatever the page showed there before, unless the amount's own label names it.
 */
function conversionAsked(
  field: ScannedField,
  canonical: string,
  values: UserProfileValues,
  context: FormContext,
): Conversion | undefined {
  // A currency the amount's own label names ("Expected gross annual salary (CAD)") is asked, a
  // picker beside it preset to that currency or not.
  const currencyAsked =
    !context.separateCurrency ||
    currencyCode(field.descriptor.label, dollarOf(field.element.ownerDocument.documentElement.lang)) !== undefined;
  if (currencyAsked && asksAnotherCurrency(field, canonical, values)) return 'currency';
  const periodAsked = !context.separatePeriod || payPeriodOf(field.descriptor.label) !== undefined;
  return periodAsked && asksAnotherPayPeriod(field, canonical, values) ? 'period' : undefined;
}

/**
 * True when a work-authorization or visa question names a country other than the user's ("…to work
 * in Germany?" for someone in the US): their answer is for their own country, so the question is
 * theirs to answer.
 */
function asksAboutAnotherCountry(field: ScannedField, canonical: string, values: UserProfileValues): boolean {
  if (!COUNTRY_BOUND_CANONICALS.has(canonical)) return false;
  const own = countryCode(values.country ?? '');
  const question = `${field.descriptor.label} ${field.descriptor.placeholder}`;
  const named = namedCountry(question);
  if (own === undefined) return false;
  // "…in the country where this role is based (Canada or the United States)?" asks of the person's too.
  if (named !== undefined) return named !== own && !namedCountries(question).includes(own);
  return inNamedRegion(question, own) === false;
}

/** The two boxes of an experience asked in years and months: their labels close with the unit ("Relevant experience Years"). */
const YEARS_BOX = /\b(years?|yrs?)\W*$/i;
const MONTHS_BOX = /\b(months?|mos?)\W*$/i;

/** What the rest of the form says about a field's format: the phone's parts asked for elsewhere. */
interface FormContext {
  separateCountryCode: boolean;
  separateAreaCode: boolean;
  separateHouseNumber: boolean;
  /** The town is asked in a box of its own: the street's box takes the street alone. */
  separateTown: boolean;
  /** The salary's currency is picked in a control of its own. */
  separateCurrency: boolean;
  /** The salary's period is picked in a control of its own. */
  separatePeriod: boolean;
  /** The field is the Months box of an experience asked in years and months. */
  monthsBesideYears: boolean;
  /** The current job's title is asked in a box of its own. */
  separateTitle: boolean;
  /** The current employer is asked in a box of its own. */
  separateCompany: boolean;
  /** The postal code is asked in a box of its own. */
  separatePostalCode: boolean;
  /** The degree is asked in a field of its own. */
  separateDegree: boolean;
  /**
   * Every salary of the part is left for the person to convert: the period picked beside it is
   * theirs to set with it ("per day" preset on a contract role), and so is the currency of an
   * amount asked in another one. One asked per month keeps the person's currency.
   */
  amountLeft: Conversion | undefined;
}

/**
 * Leaves a filled box once more (leaveAfterRender). A box that showed the value its own way after
 * the first leave ("150,000") and shows it raw after the second took it at the first: Naive UI's
 * number box writes the raw value on every leave and redraws its own only when that changes, so it
 * gets back the text it showed.
 */
async function leaveAgain(element: FieldElement, typed: string): Promise<void> {
  const shown = readFieldValue(element);
  await leaveAfterRender(element);
  if (shown !== typed && readFieldValue(element) === typed && isInputElement(element))
    setNativeProperty(element, 'value', shown);
}

/** The text to put in a text field: in the learned or wanted format when the value fits it. */
function textFor(
  field: ScannedField,
  canonical: string,
  values: UserProfileValues,
  learned: string | undefined,
  crowd: string | undefined,
  context: FormContext,
) {
  const { descriptor } = field;
  const asksWhole = (text: string) => asksWholeAddress(text, descriptor.tag === 'textarea', context.separateTown);
  const whole =
    canonical === 'address_line1' &&
    (asksWhole(descriptor.label) || asksWhole(`${descriptor.label} ${descriptor.placeholder} ${descriptor.nearbyText}`))
      ? wholeAddress(values)
      : undefined;
  if (whole !== undefined) return { text: whole, format: undefined };
  // The user keeps a date as ISO: a date learned "as written" is the ISO date, which a picker is
  // given as a date, not searched like a list.
  const wanted =
    ((canonical === 'start_date' && learned === 'as_written' ? 'date_iso' : learned) as FieldFormat | undefined) ??
    chooseFormat(canonical, {
      ...descriptor,
      // Read now, not at scan: a country picked a moment ago changes a phone box's example number
      // and shows its dial code beside the box.
      placeholder: field.element.getAttribute('placeholder') ?? descriptor.placeholder,
      prefix: canonical === 'phone' ? fieldPrefix(field.element) : descriptor.prefix,
      hint: `${descriptor.hint} ${declaredDateFormat(field.element)}`,
      value: field.widget ? '' : readFieldValue(field.element),
      language: field.element.ownerDocument.documentElement.lang,
      label: labelAndNearby(descriptor),
      ...context,
      options: descriptor.options.map((option) => option.text),
      ...(descriptor.split ? { split: descriptor.split } : {}),
    });
  const format = wanted ?? (crowd as FieldFormat | undefined);
  const formatted = format === undefined ? undefined : formatValue(canonical, format, values);
  const chosen =
    format !== undefined && formatted !== undefined
      ? { text: formatted, format }
      : { text: asTyped(values[canonical] ?? '', descriptor), format: undefined };
  return fitsLength(chosen.text, descriptor.maxLength)
    ? chosen
    : (shorterFormat(canonical, values, descriptor.maxLength) ?? chosen);
}

/**
 * The question as the format rules read it: the label and the text near the box, once when the
 * nearby text is the label itself (a "School where you earned your degree" read twice would name
 * the degree before the school).
 */
const labelAndNearby = ({ label, nearbyText }: FieldDescriptor): string =>
  nearbyText.trim() === label.trim() ? label : `${label} ${nearbyText}`;

/**
 * A yes or a no the profile keeps as a token is typed as a person writes it: "Yes", or "Y" in a
 * box of one letter or one asking "(Y/N)".
 */
function asTyped(value: string, descriptor: FieldDescriptor): string {
  if (!/^(yes|no)$/.test(value)) return value;
  const initial = value[0]?.toUpperCase() ?? '';
  return answersWithLetter(descriptor) ? initial : `${initial}${value.slice(1)}`;
}

/** Longest text typed key by key into a box that refused it set at once (a frame per key). */
const MAX_TYPED_LENGTH = 64;

const fitsLength = (text: string, maxLength: number): boolean => maxLength <= 0 || text.length <= maxLength;

/**
 * A format that fits a maxlength the value as written does not ("+1 415 555 0134" in 14 chars):
 * a phone box too short for the number with its code is a national box ("415-555-0134" in 12),
 * the code kept only when nothing else fits; a box too short for any whole number takes a part.
 */
function shorterFormat(canonical: string, values: UserProfileValues, maxLength: number) {
  // An email has no shorter form: its halves go only to the two boxes around a printed "@".
  if (canonical === 'email') return undefined;
  const fitting = [...formatsOf(canonical, values)].filter(([, text]) => fitsLength(text, maxLength));
  const national = fitting.find(([format, text]) => !PART_FORMATS.has(format) && !text.startsWith('+'));
  const [format, text] = national ?? fitting[0] ?? [];
  return format === undefined || text === undefined ? undefined : { text, format };
}

/** The file for a file input: the user's file for its canonical, or the cover letter's text as a file. */
function fileFor(
  canonical: string,
  values: UserProfileValues,
  files: FillFormOptions['files'],
): ProfileFile | undefined {
  const stored = files?.[canonical];
  if (stored) return stored;
  const text = canonical === 'cover_letter' ? values.cover_letter : undefined;
  if (!text) return undefined;
  return { name: 'Cover_Letter.txt', type: 'text/plain', bytes: new TextEncoder().encode(text) };
}

/**
 * Fills every scanned field that `map` names and `values` (or `options.files`) has something for.
 *
 * @param map selector → canonical name (the merged effective map)
 * @param values canonical name → the user's value (kept on device)
 */
export async function fillForm(
  fields: readonly ScannedField[],
  map: Readonly<Record<string, string>>,
  values: UserProfileValues,
  options: FillFormOptions = {},
): Promise<FillFormResult> {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const filled: Record<string, string> = {};
  const outcomes: Record<string, FillOutcome> = {};
  const formats: Record<string, FieldFormat> = {};
  const scopesWith = (asks: (field: ScannedField) => boolean) =>
    new Set(fields.filter(asks).map((field) => field.descriptor.scope));
  const countryCodeScopes = scopesWith((field) => map[field.descriptor.selector] === 'phone_country_code');
  const areaCodeScopes = scopesWith(
    (field) => map[field.descriptor.selector] === 'phone' && asksAreaCode(field.descriptor.label),
  );
  const houseNumberScopes = scopesWith(
    (field) => map[field.descriptor.selector] === 'address_line1' && asksHouseNumber(field.descriptor.label),
  );
  const townScopes = scopesWith((field) => /^(city|postal_code|location)$/.test(map[field.descriptor.selector] ?? ''));
  const currencyScopes = scopesWith((field) => map[field.descriptor.selector] === 'salary_currency');
  const periodScopes = scopesWith((field) => map[field.descriptor.selector] === 'salary_period');
  const titleScopes = scopesWith((field) => map[field.descriptor.selector] === 'current_title');
  const companyScopes = scopesWith((field) => map[field.descriptor.selector] === 'current_company');
  const postalScopes = scopesWith((field) => map[field.descriptor.selector] === 'postal_code');
  const degreeScopes = scopesWith((field) => map[field.descriptor.selector] === 'degree');
  const yearsBoxScopes = scopesWith(
    (field) => map[field.descriptor.selector] === 'years_experience' && YEARS_BOX.test(field.descriptor.label),
  );
  const contextOf = (field: ScannedField, amountLeft = new Map<string, Conversion>()): FormContext => {
    const { scope } = field.descriptor;
    return {
      separateCountryCode: countryCodeScopes.has(scope),
      separateAreaCode: areaCodeScopes.has(scope) && !asksAreaCode(field.descriptor.label),
      separateHouseNumber: houseNumberScopes.has(scope),
      separateTown: townScopes.has(scope),
      separateCurrency: currencyScopes.has(scope),
      separatePeriod: periodScopes.has(scope),
      separateTitle: titleScopes.has(scope),
      separateCompany: companyScopes.has(scope),
      separatePostalCode: postalScopes.has(scope),
      separateDegree: degreeScopes.has(scope),
      monthsBesideYears:
        yearsBoxScopes.has(scope) &&
        map[field.descriptor.selector] === 'years_experience' &&
        MONTHS_BOX.test(field.descriptor.label),
      amountLeft: amountLeft.get(scope),
    };
  };
  const amountLeft = amountsLeft(
    fields.filter((field) => map[field.descriptor.selector] === 'salary_expectation'),
    (field) => conversionAsked(field, 'salary_expectation', values, contextOf(field)),
  );
  // The letter is given once: a box shown for its text takes it, and an upload of it in the same
  // form is left (a map learned where the upload was the only way, on a posting that opens the box).
  const letterBoxScopes = scopesWith(
    (field) => map[field.descriptor.selector] === 'cover_letter' && field.descriptor.type !== 'file',
  );
  const drawnNow = redrawnFields(options.rescan);
  const filledFields: ScannedField[] = [];
  const uploadsGiven: { input: HTMLInputElement; file: ProfileFile; givenAt: number }[] = [];
  for (const scanned of uploadsFirst(fields)) {
    const { selector } = scanned.descriptor;
    const canonical = map[selector];
    if (canonical === undefined) continue;
    if (
      canonical === 'cover_letter' &&
      scanned.descriptor.type === 'file' &&
      letterBoxScopes.has(scanned.descriptor.scope)
    )
      continue;
    const field = drawnNow(scanned);
    if (field === undefined || isBeingTyped(field) || pickerOfFilledBox(field, canonical)) continue;
    filledFields.push(field);
    try {
      const context = contextOf(field, amountLeft);
      const outcome = await fillOne(field, canonical, values, options, context, formats);
      if (outcome === undefined) continue;
      outcomes[selector] = outcome;
      if (outcome === 'filled') {
        filled[selector] = readBack(field);
        const file = isFileInput(field.element) ? fileFor(canonical, values, options.files) : undefined;
        if (file) uploadsGiven.push({ input: field.element as HTMLInputElement, file, givenAt: Date.now() });
        await nextTurn(field.element.ownerDocument);
      }
    } catch {
      outcomes[selector] = 'not_fillable';
    }
  }
  for (const { input, file, givenAt } of uploadsGiven) await confirmUpload(input, file, givenAt).catch(() => undefined);
  // The calendar button beside a date box that took the date is that box's picker, not a second date to pick.
  function pickerOfFilledBox(field: ScannedField, canonical: string): boolean {
    if (!isCalendarTrigger(field.element)) return false;
    return filledFields.some(
      (other) =>
        outcomes[other.descriptor.selector] === 'filled' &&
        map[other.descriptor.selector] === canonical &&
        other.descriptor.label === field.descriptor.label,
    );
  }
  // A page whose handlers copy the state they last drew (`{ ...form.answers, [key]: value }`)
  // keeps only the last of answers given in quick succession: a person sees a choice gone, and
  // gives it again, now that the page drew the others.
  const ticked = filledFields.filter(
    (field) => outcomes[field.descriptor.selector] === 'filled' && isCheckable(field.element as FieldElement),
  );
  const [firstTicked] = ticked;
  if (firstTicked) await delay(firstTicked.element.ownerDocument, RENDER_PAUSE_MS);
  for (const field of ticked.filter(lostItsTick)) {
    const canonical = map[field.descriptor.selector];
    if (canonical === undefined) continue;
    await fillOne(field, canonical, values, options, contextOf(field, amountLeft), formats).catch(() => undefined);
    await delay(field.element.ownerDocument, RENDER_PAUSE_MS);
  }
  return { filled, outcomes, formats, fillMs: Math.max(0, Math.round(clock() - started)) };
}

/**
 * The field as the page draws it now: itself while its element is in the page, else the field of
 * the same selector in a fresh scan (one scan for every field a redraw replaced), or undefined
 * when the page no longer shows it.
 */
function redrawnFields(
  rescan: (() => readonly ScannedField[]) | undefined,
): (field: ScannedField) => ScannedField | undefined {
  let drawn: ReadonlyMap<string, ScannedField> = new Map();
  return (field) => {
    if (field.element.isConnected || rescan === undefined) return field;
    const { selector } = field.descriptor;
    if (!drawn.get(selector)?.element.isConnected)
      drawn = new Map(rescan().map((now) => [now.descriptor.selector, now]));
    return drawn.get(selector);
  };
}

/** How long a page is given to draw what an answer changed before the answers are looked at again. */
const RENDER_PAUSE_MS = 50;

/** True when a radio or box the fill ticked no longer shows as ticked. */
function lostItsTick(field: ScannedField): boolean {
  const element = field.element as HTMLInputElement;
  const ticked = groupMembers(element).filter((member) => member.checked);
  return ticked.length === 0 || ticked.some((member) => !shownChecked(member));
}

/**
 * The parts whose every salary is left for the person to convert, with why: a currency only when
 * each of them is asked in another one.
 */
function amountsLeft(
  amounts: readonly ScannedField[],
  conversion: (field: ScannedField) => Conversion | undefined,
): Map<string, Conversion> {
  const byScope = new Map<string, (Conversion | undefined)[]>();
  for (const amount of amounts) {
    const { scope } = amount.descriptor;
    byScope.set(scope, [...(byScope.get(scope) ?? []), conversion(amount)]);
  }
  const left = new Map<string, Conversion>();
  for (const [scope, reasons] of byScope) {
    if (reasons.some((reason) => reason === undefined)) continue;
    left.set(scope, reasons.every((reason) => reason === 'currency') ? 'currency' : 'period');
  }
  return left;
}

/**
 * The fields in the order to fill them: uploads first. A page may redo its form when a file
 * arrives — an ATS parses the resume and writes what it read into the fields, a form library
 * starts over from its initial values — and what was filled before would be lost.
 */
function uploadsFirst(fields: readonly ScannedField[]): ScannedField[] {
  const upload = (field: ScannedField) => field.descriptor.type === 'file';
  return [...fields.filter(upload), ...fields.filter((field) => !upload(field))];
}

/**
 * The person is typing in it: it has the focus and holds text. A fill that runs when new fields
 * appear (a follow-up question revealed by an answer) must not write over what they are typing; an
 * empty field with the focus (autofocus) is filled, and so is one holding only the dial code its
 * phone widget wrote when it took the focus (react-phone-number-input after its country changed).
 */
function isBeingTyped(field: ScannedField): boolean {
  if (field.widget) return false;
  const root = field.element.getRootNode() as Document | ShadowRoot;
  const value = readFieldValue(field.element).trim();
  return root.activeElement === field.element && value !== '' && !/^\+\d{1,4}$/.test(value);
}

/** Help asking for the number with its country code: "Include country code, e.g. +1 555 123 4567". */
const COUNTRY_CODE_ASKED = /\b(with|include|including|add)\b.{0,20}\bcountry code\b/i;
const asksCountryCode = ({ label, hint, placeholder }: FieldDescriptor): boolean =>
  COUNTRY_CODE_ASKED.test(`${label} ${hint} ${placeholder}`);

/** Fills one field; undefined when the user has nothing for it. */
async function fillOne(
  field: ScannedField,
  canonical: string,
  profile: UserProfileValues,
  options: FillFormOptions,
  context: FormContext,
  formats: Record<string, FieldFormat>,
): Promise<FillOutcome | undefined> {
  if (
    asksAboutAnotherCountry(field, canonical, profile) ||
    conversionAsked(field, canonical, profile, context) !== undefined ||
    (context.amountLeft !== undefined && canonical === 'salary_period') ||
    (context.amountLeft === 'currency' && canonical === 'salary_currency')
  )
    return undefined;
  const values = residenceAsked(field, canonical)
    ? withResidence(field, profile)
    : valuesForQuestion(
        questionText(field),
        canonical,
        profile,
        takesYesOrNo(field),
        field.element.ownerDocument.documentElement.lang,
      );
  if (values === undefined) return undefined;
  const { selector } = field.descriptor;
  const part = textFor(
    field,
    canonical,
    values,
    options.formats?.[selector],
    options.crowdFormats?.[selector],
    context,
  );
  // A postal box too short for the person's code (a Japanese postcode's three-digit half, for a US
  // ZIP): cut, the code would be another; it is the person's to fill.
  if (canonical === 'postal_code' && !field.widget && !fitsLength(part.text, field.descriptor.maxLength))
    return undefined;
  // A choice asking for one part of a value (a month select, an area-code select) takes that part.
  // A street lookup asked for the whole address ("Address" alone, no town box) takes all of it.
  const wholeStreet = canonical === 'address_line1' && part.format === undefined ? part.text : undefined;
  // A choice of how to give the resume takes the upload when there is a resume to upload.
  const resumeChoice = options.files?.resume_upload ? RESUME_FILE_CHOICE : undefined;
  const value =
    canonical === 'resume_upload'
      ? resumeChoice
      : part.format !== undefined && PART_FORMATS.has(part.format)
        ? part.text
        : wholeStreet || values[canonical];
  if (field.widget) {
    if (isDropZone(field.element)) {
      const file = fileFor(canonical, values, options.files);
      return file === undefined ? undefined : dropFile(field.element, file);
    }
    if (value === undefined || value === '') return undefined;
    if (isDrawnSwitch(field.element)) return fillDrawnSwitch(field.element, isTruthyWord(value));
    if (isAriaSlider(field.element)) return fillAriaSlider(field.element, parseAmount(value) ?? Number.NaN);
    if (isTextEditor(field.element)) return fillTextEditor(field.element, part.text || value);
    if (isDateSegments(field.element))
      return canonical === 'start_date' ? fillDateSegments(field.element, value) : undefined;
    // A date picker drawn as a combobox (Atlaskit's: react-select's input over a calendar) takes
    // the date typed the way its hint writes dates; a list of start windows shows no such hint.
    if (
      canonical === 'start_date' &&
      isInputElement(field.element) &&
      isPickerBox(field.element) &&
      part.format?.startsWith('date_') === true &&
      !PART_FORMATS.has(part.format)
    ) {
      formats[selector] = part.format;
      const typed = await pickDate(field.element, part, values, formats, field.descriptor);
      // The combobox empties its box once it took the date, which it shows beside the box.
      return typed === 'filled' || readShownChoice(field.element).includes(part.text) ? 'filled' : typed;
    }
    // A calendar takes the whole date, whatever part its label seems to ask ("First day you could start").
    if (isCalendarTrigger(field.element))
      return canonical === 'start_date' && values.start_date
        ? pickCalendarDate(field.element, values.start_date)
        : undefined;
    // A dropdown of places that does not list the person's whole may list a part of it: a
    // cascader lists countries, then the chosen one's states, then their cities.
    const choose = (choices: readonly Choice[]) => {
      const index = resolvePart(choices, canonical, value, values, part.format);
      if (index >= 0) return index;
      const level = heldLevelAnswer(choices, canonical, value, profile);
      return level >= 0 ? level : narrowestPlacePart(choices, canonical, values);
    };
    // A suggestions box is searched by the city: "San Francisco" finds "San Francisco, California";
    // a dial-code list by the country it names ("+1" also finds the +1 684s a long list shows first).
    const searchText =
      canonical === 'location' && values.city
        ? values.city
        : canonical === 'phone_country_code' && values.country
          ? values.country
          : value;
    if (isChoiceGroup(field.element)) return fillChoiceGroup(field.element, choose);
    // A dial-code list may go by the country's code ("US +1") or the code alone.
    const alsoSearch =
      canonical === 'phone_country_code' ? [countryCode(values.country ?? '') ?? '', value] : undefined;
    return fillChoiceWidget(field.element, choose, {
      // A free-text answer is typed, whatever the widget then suggests (a street lookup).
      ...(SEARCHED_CANONICALS.has(canonical) || FREE_TEXT_CANONICALS.has(canonical) ? { typeText: searchText } : {}),
      ...(alsoSearch ? { alsoSearch } : {}),
      allowFreeText: FREE_TEXT_CANONICALS.has(canonical),
      freeText: value,
    });
  }
  const { element } = field;
  if (isFileInput(element)) {
    const file = fileFor(canonical, values, options.files);
    if (file !== undefined) return fillFileInput(element, file);
    return value === undefined || value === '' ? undefined : 'skipped_file';
  }
  if (value === undefined || value === '') return undefined;
  // One thumb of a range ("Minimum base salary" of a band): the person's one figure is no band.
  if (isInputElement(element) && isRangeThumb(element)) return undefined;
  if (isInputElement(element) || isTextAreaElement(element)) {
    if (isInputElement(element) && (element.type === 'radio' || element.type === 'checkbox')) {
      return fillField(element, value, pickerFor(canonical, values, part.format, profile));
    }
    // A box that already holds the person's number or country in the page's own format keeps it
    // ("(415) 555-0134"; a country box preset "USA"), unless the page asks for the country code
    // the number there lacks, or picks the code in a list of its own that the number repeats.
    const before = readFieldValue(element);
    const keepsNumber =
      canonical === 'phone' &&
      sameNumber(before, values) &&
      (before.trimStart().startsWith('+') ? !context.separateCountryCode : !asksCountryCode(field.descriptor));
    if (keepsNumber) return 'filled';
    if (canonical === 'country' && sameCountry(before, value)) return 'filled';
    if (part.format !== undefined) formats[field.descriptor.selector] = part.format;
    const shownBefore =
      SEARCHED_CANONICALS.has(canonical) && isInputElement(element) && suggestsAsTyped(element)
        ? suggestionsBefore(element)
        : undefined;
    const refusedBefore = isRefused(element);
    // One box of a date split in boxes (MM / DD / YYYY in a "date" fieldset) takes its part typed:
    // no calendar opens from it.
    const picked =
      canonical === 'start_date' &&
      isInputElement(element) &&
      field.descriptor.split === undefined &&
      isPickerBox(element);
    const set = picked
      ? await pickDate(element, part, values, formats, field.descriptor)
      : canonical === 'start_date'
        ? await fillDateBox(element, part, values, formats, field.descriptor.selector)
        : await fillField(element, listedSpelling(element, canonical, value, values, part.format) ?? part.text);
    // A box that put its own value back (a formatting mask that keeps what it heard typed) takes
    // the text typed key by key; one that shows the value its own way (a number box's "150000.00")
    // took it.
    const putBack = set === 'did_not_stick' && !picked && readFieldValue(element) === before;
    const typable = putBack && isInputElement(element) && part.text.length <= MAX_TYPED_LENGTH;
    const outcome = typable ? await typeOver(element, part.text) : set;
    if (outcome === 'filled' && !shownBefore && !picked) await leaveAgain(element, part.text);
    // A part of a split value ("Month" of three boxes) may read as invalid until its neighbours are
    // filled: only a whole value typed as text is given other shapes.
    const whole = part.format === undefined || !PART_FORMATS.has(part.format);
    const typedAsText = isInputElement(element) && /^(text|tel|)$/.test(element.type);
    if (outcome === 'filled' && whole && typedAsText && !refusedBefore && hasOtherShapes(canonical)) {
      const reshaped = await reshapeRefused(element, canonical, values, readFieldValue(element));
      if (reshaped) {
        formats[selector] = reshaped.format;
        return reshaped.outcome;
      }
    }
    // A box that suggests as typed takes the value once a suggestion is picked.
    if (shownBefore && outcome === 'filled' && isInputElement(element))
      await pickTypedSuggestion(element, canonical, part.text, values, shownBefore);
    // A masked box puts the digits in its own slots: given "+1 415 555 0134", "(000) 000-0000"
    // keeps "(141) 555-5013" and "+1 (000) 000-0000" shows "+1 (141) 555-5013". It gets the
    // national digits instead, set or else typed.
    const national = canonical === 'phone' ? formatValue('phone', 'phone_digits', values) : undefined;
    // Only a number written with its country code can land in the wrong slots (a part, an area code, cannot).
    const typedDigits = part.text.replace(/\D/g, '');
    const withCode = national !== undefined && typedDigits.length > national.length;
    if (national === undefined || !withCode) return outcome;
    // A box that wrote the number its own national way kept the code as a stray digit ("1 (415)
    // 555-0134" from a US-only phone input): a person types the national digits there.
    const shown = readFieldValue(element);
    const strayCode = shown !== part.text && !shown.trim().startsWith('+') && shown.replace(/\D/g, '') === typedDigits;
    if (!misplacedDigits(shown, national) && !strayCode) return outcome;
    formats[field.descriptor.selector] = 'phone_digits';
    const retried = await fillField(element, national);
    if (!misplacedDigits(readFieldValue(element), national) || !isInputElement(element)) return retried;
    await typeOver(element, national);
    return misplacedDigits(readFieldValue(element), national) ? retried : 'filled';
  }
  const picker = pickerFor(canonical, values, part.format, profile);
  // The part a choice takes ("2027" of a date's Year select) is its format: read back from an
  // option's value ("1"), the pick would look like another part (January's unpadded month).
  if (part.format !== undefined && PART_FORMATS.has(part.format)) formats[field.descriptor.selector] = part.format;
  if (!isSelectElement(element)) return fillField(element, value, picker);
  // Which option, read before the fill: a library that keeps its own state (Slim Select) puts its
  // select back on the `change` the fill sends, and the option is then picked through its control.
  const index = picker.one(
    Array.from(element.options, (option) => ({ value: option.value, text: option.text })),
    value,
  );
  const wanted = element.options[index]?.text ?? '';
  const outcome = await fillField(element, value, { ...picker, one: () => index });
  // A select with no option to pick yet may load them as its drawn control is searched (Select2 over AJAX).
  const searched =
    index < 0 && SEARCHED_CANONICALS.has(canonical) && usableOptions(element) === 0
      ? await searchDrawnControl(element, (choices) => picker.one(choices, value), value)
      : undefined;
  return searched ?? (index < 0 ? outcome : syncDrawnControl(element, wanted));
}

/**
 * Types the start date into a picker's box. A picker that says nothing of its format is picked
 * from: the day clicked in its calendar is written the picker's own way (Materialize's "Jan 15,
 * 2027"). One that opens none and refuses the date as written (ISO) gets it the way the page's
 * language writes dates (EUI: MM/DD/YYYY).
 */
async function pickDate(
  element: HTMLInputElement,
  part: { text: string; format?: FieldFormat | undefined },
  values: UserProfileValues,
  formats: Record<string, FieldFormat>,
  { selector, label }: { selector: string; label: string },
): Promise<FillOutcome> {
  const start = values.start_date;
  // A month is picked from the panel of months first: a month picker may show typed text it never
  // takes (antd). A picker asked for "the month you could start" holds the whole month, not its
  // number; a box of its own for one part ("Day", "Month" of GOV.UK's date) takes that part typed.
  // A part's box has other boxes beside it in its row; a picker alone ("Start month") holds a whole date.
  const partBox = closingDatePart(label) !== undefined && boxesInRow(element, DATE_ROW_DEPTH).length > 0;
  const month =
    part.format !== undefined && (MONTH_FORMATS.has(part.format) || (PART_FORMATS.has(part.format) && !partBox));
  if ((part.format === undefined || month) && start && (await pickCalendarDate(element, start)) === 'filled')
    return 'filled';
  // A part's box holds no draft to confirm; Enter there may answer the question (a one-question-
  // per-screen flow moves on at each part's Enter, past the questions after it).
  const outcome = await typePickedDate(element, part.text, !partBox);
  // A picker that took none of the typed text, or read it as another date (Element Plus's month
  // box read "Jan 2027" as "Jan 2001"), is picked from its panel (a month picker's panel of months).
  const misread =
    !(part.format !== undefined && PART_FORMATS.has(part.format) && partBox) &&
    (outcome !== 'filled' || !showsYear(element.value, start));
  if (part.format !== undefined && misread && start && (await pickCalendarDate(element, start, true)) === 'filled')
    return 'filled';
  if (outcome === 'filled' || part.format !== undefined) return outcome;
  // A picker that says nothing of its format reads one of the ways dates are written: the page's
  // language's, else a month's name ("Jan 15, 2027", Naive UI's "MMM d, yyyy").
  const local = localDate(element, values);
  for (const { format, text } of [...(local ? [local] : []), ...namedMonthDates(values)]) {
    formats[selector] = format;
    if ((await typePickedDate(element, text)) === 'filled') return 'filled';
  }
  delete formats[selector];
  return outcome;
}

/** Dates written with the month's name, as pickers show them by default. */
const NAMED_MONTH_FORMATS: readonly FieldFormat[] = ['date_medium', 'date_long'];

function namedMonthDates(values: UserProfileValues): { format: FieldFormat; text: string }[] {
  return NAMED_MONTH_FORMATS.flatMap((format) => {
    const text = formatValue('start_date', format, values);
    return text === undefined ? [] : [{ format, text }];
  });
}

/** A label naming one end of a band ("Minimum", "From", "Max"). */
const BAND_END = /\b(min|max|minimum|maximum|from|to|low|high|lower|upper)\b/i;

/**
 * True for a slider's thumb with another thumb in its slider (input › thumb › slider): one end of a
 * range. A slider with a label of its own that names no end is a question of its own, though
 * another sits in the same part of the form (years, then salary).
 */
function isRangeThumb(input: HTMLInputElement): boolean {
  const slider = input.type === 'range' ? input.parentElement?.parentElement : undefined;
  if ((slider?.querySelectorAll('input[type="range"]').length ?? 0) < 2) return false;
  const own = input.labels?.[0]?.textContent ?? '';
  return own.trim() === '' || BAND_END.test(own);
}

/** How far up the row of a date's part boxes may sit (box › item › form group › date input). */
const DATE_ROW_DEPTH = 3;

/** Formats of a month and a year, no day. */
const MONTH_FORMATS: ReadonlySet<FieldFormat> = new Set([
  'date_month_year',
  'date_month_year_dash',
  'date_iso_month',
  'date_month_name_year',
]);

/** True when a box shows the year of the ISO date (as "2027" or "27"), or there is no date to compare. */
const showsYear = (shown: string, isoDate: string | undefined): boolean =>
  !isoDate || shown.includes(isoDate.slice(0, 4)) || new RegExp(`(^|\\D)${isoDate.slice(2, 4)}(\\D|$)`).test(shown);

/** The start date the way the page's language writes dates (MM/DD/YYYY for en-US), and that format. */
function localDate(element: Element, values: UserProfileValues): { format: FieldFormat; text: string } | undefined {
  const format = slashDateOf(element.ownerDocument.documentElement.lang);
  const text = formatValue('start_date', format, values);
  return text === undefined ? undefined : { format, text };
}

/** Options a person could pick: not the prompt (no value). */
const usableOptions = (select: HTMLSelectElement): number =>
  Array.from(select.options).filter((option) => option.value !== '').length;

/**
 * Picks the suggestion for the typed value; a location no suggestion says is searched again by its
 * city, as a person narrows a search ("San Francisco" finds a cascader's "United States /
 * California / San Francisco"), and typed back when that finds nothing either.
 */
async function pickTypedSuggestion(
  element: HTMLInputElement,
  canonical: string,
  text: string,
  values: UserProfileValues,
  shownBefore: ReadonlySet<Element>,
): Promise<void> {
  const choose = (choices: readonly Choice[]) => placeSuggestion(choices, canonical, text, values);
  if (await pickSuggestion(element, text, shownBefore, choose)) return;
  const city = values.city;
  if (canonical !== 'location' || !city || normalizeText(city) === normalizeText(text)) return;
  if (!(await searchAndPick(element, city, shownBefore, choose))) await fillField(element, text);
}

/**
 * The suggestion that is the person's place: the one the choice rules read as it, else the one
 * row that is what was typed followed by their state or country ("San Francisco, California,
 * United States", not "San Francisco Bay, California" nor another country's San Francisco).
 */
function placeSuggestion(
  choices: readonly Choice[],
  canonical: string,
  typed: string,
  values: UserProfileValues,
): number {
  const index = resolvePart(choices, canonical, typed, values, undefined);
  if (index >= 0) return index;
  const places = [values.region, values.country].filter((place): place is string => Boolean(place)).map(normalizeText);
  const start = normalizeText(typed);
  const rows = choices
    .map((choice, at) => ({ text: normalizeText(choice.text), at }))
    .filter(
      ({ text }) => text.startsWith(start) && places.some((place) => text.slice(start.length).trim().startsWith(place)),
    );
  return rows.length === 1 ? (rows[0]?.at ?? -1) : -1;
}

/**
 * Sets the start date in a plain box. A box that says nothing of its format but puts the digits
 * of the date as written (ISO) in slots of its own ("2027-01-15" shown as "20/27/0115": a mask)
 * gets it the way the page's language writes dates.
 */
async function fillDateBox(
  element: FieldElement,
  part: { text: string; format?: FieldFormat | undefined },
  values: UserProfileValues,
  formats: Record<string, FieldFormat>,
  selector: string,
): Promise<FillOutcome> {
  const set = await fillField(element, part.text);
  const shown = readFieldValue(element);
  const reslotted = shown !== part.text && shown.replace(/\D/g, '') === part.text.replace(/\D/g, '');
  if (part.format !== undefined || !reslotted) return set;
  const local = localDate(element, values);
  if (local === undefined) return set;
  formats[selector] = local.format;
  return fillField(element, local.text);
}

/** True when `shown` is the user's phone number, written in any format ("(415) 555-0134" for "+1 415 555 0134"). */
function sameNumber(shown: string, values: UserProfileValues): boolean {
  const digits = shown.replace(/\D/g, '');
  const national = formatValue('phone', 'phone_digits', values);
  return national !== undefined && digits.length >= national.length && digits.endsWith(national);
}

/** True when `shown` names the user's country, by any of its names or codes ("USA" for "United States"). */
function sameCountry(shown: string, country: string): boolean {
  const code = shown.trim() === '' ? undefined : countryCode(shown);
  return code !== undefined && code === countryCode(country);
}

/** True when the box shows digits that do not end in the national number (a mask put them in the wrong slots). */
function misplacedDigits(shown: string, national: string): boolean {
  const digits = shown.replace(/\D/g, '');
  return digits.length > 0 && !digits.endsWith(national);
}

/** The field's value as it stands: the shown choice of a dropdown, a file's name, else its value. */
function readBack(field: ScannedField): string {
  if (field.widget) return readShownChoice(field.element);
  return readFieldValue(field.element);
}
