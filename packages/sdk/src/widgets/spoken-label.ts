/**
 * A popup button drawn over its host's options (Ionic's select) has no text of its own: its
 * aria-label speaks the question and then the answer, "Country, Select" until one is picked and
 * "Country, United States" after. Attributes are all an extension's content script can read of a
 * web component (its properties live in the page's world), so this is where its value is read.
 */
import { hostHoldsOptions } from './is-choice-widget.ts';
import { cleanText, isPlaceholderText } from './widget-text.ts';

/** The question and the answer (`''` while a placeholder is spoken) such a button's aria-label speaks. */
export function spokenLabel(widget: Element): { question: string; answer: string } | undefined {
  const label = widget.getAttribute('aria-label') ?? '';
  const comma = label.lastIndexOf(',');
  if (comma < 0 || !hostHoldsOptions(widget)) return undefined;
  const answer = cleanText(label.slice(comma + 1));
  return { question: label.slice(0, comma).trim(), answer: isPlaceholderText(answer) ? '' : answer };
}
