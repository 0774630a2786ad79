/**
 * The choice resolver: maps a user's value to the one option of a choice control that means it (a
 * native select, a radio or checkbox group, a custom ARIA listbox), and an option back to the user's
 * canonical it means. Pure, no DOM.
 *
 * Not exported: the individual meaning rules (country, dial code, number range, yes/no, pronouns,
 * currency, degree, US state) and the packed country table; they are reached through these functions.
 */
export { canonicalForChoice } from './choice-canonical.ts';
export { countryCode, countryCodeInAnyLanguage, dialCode, leadingDialCode } from './country-match.ts';
export { resolveChoice } from './resolve-choice.ts';
export { resolveChoices } from './resolve-choices.ts';
