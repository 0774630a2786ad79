/**
 * Text that looks like personal data: an email address anywhere in it, or, as a whole, a phone
 * number or a long run of digits (an account, card or id number). Selectors are built from
 * attributes the page's author chose, and an attribute can carry what a user typed (`value`) or
 * data the page was rendered for (`data-email="jane@…"`, `id="+1 415 555 0134"`). Used on both
 * sides: the SDK never builds a selector from such an attribute, the server refuses an event whose
 * selector contains one. Pure.
 *
 * Whole-value checks keep real field names legal: `QA_6083112`, `q-300001913` and LinkedIn's
 * `urn:li:…(…:4087512345,87654333,…)` name fields, not people.
 */
const EMAIL = /[^\s@"'<>()[\],;:]+@[^\s@"'<>()[\],;:]+\.[a-z]{2,}/i;
/** + and 7-15 digits with the usual separators, and nothing else. */
const PHONE = /^\+?[\d\s().-]{7,}$/;
/** 13 digits in a row: card numbers, IBAN and account numbers, ms timestamps in ids aside. */
const LONG_DIGIT_RUN = /\d{13,}/;

export function looksLikePersonalData(text: string): boolean {
  if (EMAIL.test(text) || LONG_DIGIT_RUN.test(text)) return true;
  const trimmed = text.trim();
  if (!PHONE.test(trimmed)) return false;
  const digits = trimmed.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15;
}

/** The attribute values and ids a CSS selector names (`[name="…"]`, `[data-x=…]`, `#id`), unescaped loosely. */
function selectorValues(selector: string): string[] {
  const values: string[] = [];
  for (const match of selector.matchAll(
    /=\s*"((?:[^"\\]|\\.)*)"|=\s*'((?:[^'\\]|\\.)*)'|=\s*([^\]\s"']+)\s*\]|#((?:[^\s.#[\]:>+~,\\]|\\[0-9a-fA-F]{1,6}\s?|\\.)+)/g,
  )) {
    const raw = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
    values.push(
      raw
        .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
        .replace(/\\(.)/g, '$1'),
    );
  }
  return values;
}

/** A selector that carries personal data in one of its attribute values or ids, or anywhere as an email. */
export function selectorCarriesPersonalData(selector: string): boolean {
  // Most selectors have no @, no escape and few digits: answered before any parsing (this runs per map key of every event).
  if (!selector.includes('@') && !selector.includes('\\') && !hasSevenDigits(selector)) return false;
  return EMAIL.test(selector) || LONG_DIGIT_RUN.test(selector) || selectorValues(selector).some(looksLikePersonalData);
}

/** Seven digits anywhere (a loop: a regex for it backtracks): below that, no phone or digit run can hide in a selector. */
function hasSevenDigits(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57 && ++digits === 7) return true;
  }
  return false;
}

/** The message of the contract's refusal: stable, so the server can count these rejections. */
export const PERSONAL_DATA_SELECTOR_MESSAGE =
  'must not carry personal data (an email, a phone number or a long digit run)';
