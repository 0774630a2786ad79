/**
 * Currencies however an option writes them: "USD", "usd", "US Dollar (USD)", "$ USD", "Euro (€)",
 * "£". Both sides resolve to ISO 4217 codes; an option naming two currencies names neither.
 */
import type { Choice } from '../fill/match-choice.ts';
import { matchRule, type ChoiceRule } from './choice-rule.ts';
import { normalizeText, optionTexts } from './normalize-option.ts';

/**
 * Names and symbols of the currencies salaries are usually asked in. Any other currency still matches
 * by its ISO code; "¥" and "kr" are left out because several currencies write them.
 */
const CURRENCY_NAMES: Readonly<Record<string, readonly string[]>> = {
  USD: ['us dollar', 'us dollars', 'united states dollar', 'american dollar', 'us$'],
  EUR: ['euro', 'euros', '€'],
  GBP: ['pound sterling', 'british pound', 'british pounds', 'sterling', '£'],
  CAD: ['canadian dollar', 'canadian dollars', 'c$', 'ca$', 'can$'],
  AUD: ['australian dollar', 'australian dollars', 'a$', 'au$'],
  NZD: ['new zealand dollar', 'nz$'],
  SGD: ['singapore dollar', 's$'],
  HKD: ['hong kong dollar', 'hk$'],
  MXN: ['mexican peso', 'mx$'],
  BRL: ['brazilian real', 'r$'],
  // Amounts in lakhs and crores are rupees ("Expected CTC (in Lacs p.a.)").
  INR: ['indian rupee', 'indian rupees', '₹', 'lakh', 'lakhs', 'lac', 'lacs', 'crore', 'crores'],
  JPY: ['japanese yen', 'yen', '円'],
  CNY: ['chinese yuan', 'yuan', 'renminbi', 'rmb', '人民币', '元'],
  CHF: ['swiss franc', 'swiss francs'],
  // …and as the Scandinavian pages write them ("i norske kroner", "svenska kronor").
  SEK: ['swedish krona', 'kr', 'svenska kronor', 'svenske kronor'],
  NOK: ['norwegian krone', 'norske kroner', 'norsk kroner'],
  DKK: ['danish krone', 'danske kroner'],
  PLN: ['polish zloty', 'zloty', 'zł'],
  ILS: ['israeli shekel', 'shekel', '₪'],
  KRW: ['south korean won', '₩', '원'],
  ZAR: ['south african rand', 'rand'],
  RUB: ['russian ruble', 'ruble', 'rubles', '₽', 'руб', 'рубль', 'рублей'],
  TRY: ['turkish lira', 'lira', '₺', 'tl'],
  CZK: ['czech koruna', 'kč', 'korun'],
  HUF: ['hungarian forint', 'forint'],
};
// A "$" with no country letters before it: the page's dollar (US dollars unless its language
// names a country that has its own) unless the text names another currency.
const BARE_DOLLAR = /(^|[^a-z])\$/i;

/** The dollar a page's language means by a bare "$": "en-AU" → AUD, "fr-CA" → CAD, else USD. */
export function dollarOf(language: string): string {
  const region = /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(language)?.[1]?.toUpperCase();
  return region && ['AU', 'CA', 'NZ', 'SG', 'HK'].includes(region) ? `${region}D` : 'USD';
}

let isoCodes: ReadonlySet<string> | undefined;

/** True for an ISO 4217 code the browser knows. */
function isCurrencyCode(code: string): boolean {
  isoCodes ??= new Set(Intl.supportedValuesOf('currency'));
  return isoCodes.has(code);
}

/** The ISO codes a text names; a bare "$" is `dollar`. */
export function currenciesIn(text: string, dollar = 'USD'): Set<string> {
  const found = new Set<string>();
  const whole = text.trim();
  if (/^[a-z]{3}$/i.test(whole) && isCurrencyCode(whole.toUpperCase())) found.add(whole.toUpperCase());
  // Only a code that is one: "Expected CTC (INR Lakhs)" names rupees, not a currency "CTC".
  for (const match of text.matchAll(/\b[A-Z]{3}\b/g)) if (isCurrencyCode(match[0])) found.add(match[0]);
  const words = ` ${normalizeText(text)} `;
  // Dollar signs are looked for after a non-letter, so "CA$" is not read as "A$"; "55K€" is euros.
  const spaced = ` ${text.toLowerCase()}`;
  const written = (name: string): boolean => {
    if (/^[a-z ]+$/.test(name)) return words.includes(` ${name} `);
    return name.includes('$') ? new RegExp(`[^a-z]${name.replace('$', '\\$')}`).test(spaced) : spaced.includes(name);
  };
  for (const [code, names] of Object.entries(CURRENCY_NAMES)) if (names.some(written)) found.add(code);
  if (found.size === 0 && BARE_DOLLAR.test(text)) found.add(dollar);
  return found;
}

/** The one currency a text names (a bare "$" being `dollar`), or undefined. */
export function currencyCode(text: string, dollar = 'USD'): string | undefined {
  const found = currenciesIn(text, dollar);
  return found.size === 1 ? [...found][0] : undefined;
}

/** The currency an option names; an amount ("$100,000 - $150,000") is a salary, not a currency. */
function currencyOfOption(choice: Choice): string | undefined {
  for (const text of optionTexts(choice).filter((candidate) => !/\d/.test(candidate))) {
    const code = currencyCode(text);
    if (code !== undefined) return code;
  }
  return undefined;
}

/** Options naming the value's currency; not applicable when the value names none. */
export const currencyRule: ChoiceRule = matchRule((value) => {
  const wanted = currencyCode(value);
  return wanted === undefined ? undefined : (choice) => (currencyOfOption(choice) === wanted ? 1 : 0);
});
