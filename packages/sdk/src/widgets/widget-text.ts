/**
 * What the text a widget shows means, as a person reads it. Pure: strings in, answers out.
 */

/** Shown text that only prompts for a choice ("Select...", "Select One", "Choose a country", "--"). */
const PLACEHOLDER_TEXT = /^(?:-+|(?:please )?(?:select|choose|pick)\b.{0,30})$/i;

/** Menu rows that are a state of the menu, not a choice ("No options", "Loading...", "No results found"). */
const STATUS_TEXT =
  /^(?:no (?:matching )?(?:options|data|results?|matches|items)\b.*|(?:loading|searching)\b.{0,12}|nothing found\.?)$/i;

/** Collapses whitespace, drops zero-width characters (MUI renders one for an empty select) and trims. */
export function cleanText(text: string): string {
  return text
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the shown text is a placeholder, not a selection. */
export function isPlaceholderText(text: string): boolean {
  return PLACEHOLDER_TEXT.test(cleanText(text));
}

/** True for a menu still fetching its rows ("Loading…", "Searching…"): its answer is yet to come. */
export function isLoadingText(text: string): boolean {
  return /^(?:loading|searching)\b/i.test(cleanText(text));
}

/** True for a row that reports the menu's state instead of offering a choice. */
export function isStatusText(text: string): boolean {
  return STATUS_TEXT.test(cleanText(text));
}

/**
 * True when what the widget shows is the choice: equal text, or one holding the other (a phone
 * picker shows "+49" for "Germany +49"; a pill may add the option's group), in its words whatever
 * joins them (a cascader shows "United States / California / San Francisco" for the row of three
 * columns). Case-insensitive.
 */
export function showsChoice(shown: string, choiceText: string): boolean {
  const a = cleanText(shown).toLowerCase();
  const b = cleanText(choiceText).toLowerCase();
  if (a === '' || b === '') return false;
  if (a.includes(b) || b.includes(a)) return true;
  const words = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return words(a) !== '' && words(a) === words(b);
}
