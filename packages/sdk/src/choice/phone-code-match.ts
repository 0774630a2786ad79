/**
 * Phone country-code pickers: "+1", "US +1", "United States (+1)", "+44 United Kingdom", or country
 * names over ISO values (react-phone-number-input). The user's value may be '+1', '1', 'US' or
 * 'United States'. Several countries share +1, so the user's own country (and the phone's leading
 * digits) decide between them; without that the pick is ambiguous and nothing is chosen.
 */
import type { Choice } from '../fill/match-choice.ts';
import type { ChoiceRule } from './choice-rule.ts';
import { countryCode, countryOfOption, dialCode, namesCountryLocally } from './country-match.ts';
import { optionTexts } from './normalize-option.ts';

// "+1", "+44", "+1-242" or "+1 242" (a North American area code written apart); a bare "44".
const SHOWN_DIAL = /\+\s?(\d{1,4})(?:[\s-](\d{3})\b)?|^\s*(\d{1,4})\s*$/;

function dialIn(text: string): string | undefined {
  const match = SHOWN_DIAL.exec(text);
  if (match === null) return undefined;
  return `${match[1] ?? match[3] ?? ''}${match[2] ?? ''}`;
}

/** The dial code an option shows ("+1" in "United States (+1)"), or undefined when it shows none. */
export function shownDialCode(choice: Choice): string | undefined {
  for (const text of optionTexts(choice)) {
    const dial = dialIn(text);
    if (dial !== undefined) return dial;
  }
  return undefined;
}

/**
 * Scores: the option of the value's country 3; for a dial-code value, an option with that code 1,
 * +2 when it is the user's country (0 when it is another country and the user's is known), +1 when
 * it is a longer code the user's phone starts with ("+1242" for a Bahamas phone).
 */
export const phoneCodeRule: ChoiceRule = (choices, value, values) => {
  const valueCountry = countryCode(value);
  const valueDial = dialIn(value) ?? (valueCountry === undefined ? undefined : dialCode(valueCountry));
  if (valueDial === undefined && valueCountry === undefined) return undefined;
  const userCountry = countryCode(values.country ?? '');
  const phone = (values.phone ?? '').trim();
  const phoneDigits = phone.startsWith('+') ? phone.replace(/\D/g, '') : '';
  return choices.map((choice) => {
    // A list in another language names the user's country in it ("الولايات المتحدة (+1)").
    const country =
      countryOfOption(choice) ??
      (userCountry !== undefined && namesCountryLocally(choice, userCountry) ? userCountry : undefined);
    const dial = shownDialCode(choice) ?? (country === undefined ? undefined : dialCode(country));
    if (valueCountry !== undefined && country !== undefined) return country === valueCountry ? 3 : 0;
    if (dial === undefined || valueDial === undefined) return 0;
    const sameCode = dial === valueDial;
    const phoneCode = dial.length > valueDial.length && dial.startsWith(valueDial) && phoneDigits.startsWith(dial);
    if (!sameCode && !phoneCode) return 0;
    // "+1" is not Canada's for a user in the United States, even where the list has no United States.
    if (country !== undefined && userCountry !== undefined && country !== userCountry) return 0;
    return 1 + (phoneCode ? 1 : 0) + (country !== undefined && country === userCountry ? 2 : 0);
  });
};
