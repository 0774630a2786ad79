/**
 * A select a library draws over stays the field (scan/drawn-select.ts), and most libraries redraw
 * from its `change` (Select2) or their own event (Chosen). One that never reads the select back
 * (jQuery UI's selectmenu) keeps showing its prompt while the form holds the answer, and one that
 * keeps its own state (Slim Select) even puts the select back: the person would see an empty
 * question. Its control is then operated as a person does, through its menu; so is a control
 * drawn with no ARIA that did not redraw (multiple-select).
 */
import { drawnControl } from '../scan/drawn-select.ts';
import { normalizeText } from '../choice/normalize-option.ts';
import {
  fillChoiceWidget,
  isChoiceWidget,
  pickPlainRow,
  plainControlShows,
  readWidgetValue,
} from '../widgets/index.ts';
import type { FillOutcome } from './fill-outcome.ts';
import type { Choice } from './match-choice.ts';

/**
 * Makes the select hold the option whose text is `wanted` and the control drawn over it show that
 * option, operating the control (ARIA) when it does not show it yet or when the library put its
 * select back on the fill's `change` (Slim Select keeps its own state). 'filled' when the select,
 * which the form posts, holds the option. By text, not index: a library may redraw the select's
 * options as it takes a pick (Ariakit drops its blank one).
 */
export async function syncDrawnControl(select: HTMLSelectElement, wanted: string): Promise<FillOutcome> {
  const control = drawnControl(select);
  const chosen = normalizeText(wanted);
  const held = () => normalizeText(select.selectedOptions[0]?.text ?? '') === chosen;
  if (!control || chosen === '') return held() ? 'filled' : 'did_not_stick';
  if (!isChoiceWidget(control)) {
    if (held() && !plainControlShows(control, wanted)) await pickPlainRow(control, wanted);
    return held() ? 'filled' : 'did_not_stick';
  }
  if (held() && normalizeText(readWidgetValue(control)).includes(chosen)) return 'filled';
  await fillChoiceWidget(control, (choices) => choices.findIndex((choice) => normalizeText(choice.text) === chosen));
  return held() ? 'filled' : 'did_not_stick';
}

/**
 * A select whose options the library loads as the person types (Select2 over a remote search:
 * the select starts empty) is filled through its control: open it, type, pick what `choose`
 * reads as the value. 'filled' when the select then holds an option.
 */
export async function searchDrawnControl(
  select: HTMLSelectElement,
  choose: (choices: readonly Choice[]) => number,
  typeText: string,
): Promise<FillOutcome | undefined> {
  const control = drawnControl(select);
  if (!control || !isChoiceWidget(control)) return undefined;
  await fillChoiceWidget(control, choose, { typeText });
  return select.value === '' ? 'no_matching_option' : 'filled';
}
