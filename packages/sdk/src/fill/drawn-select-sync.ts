/**
 * A select a library draws over stays the field (scan/drawn-select.ts), and most libraries redraw
 * from its `change` (Select2) or their own event (Chosen). One that never reads the select back
 * (jQuery UI's selectmenu) keeps showing its prompt while the form holds the answer: the person
 * would see an empty question. Its control is then operated as a person does, through its menu,
 * picking the option the select now holds.
 */
import { drawnControl } from '../scan/drawn-select.ts';
import { readableText } from '../scan/element-text.ts';
import { normalizeText } from '../choice/normalize-option.ts';
import { fillChoiceWidget, isChoiceWidget } from '../widgets/index.ts';
import type { FillOutcome } from './fill-outcome.ts';

/**
 * Makes the control drawn over `select` show the option the select holds, when the control is one
 * the SDK can operate (ARIA) and does not show it yet. 'filled' either way: the select, which the
 * form posts, holds the answer.
 */
export async function syncDrawnControl(select: HTMLSelectElement): Promise<FillOutcome> {
  const control = drawnControl(select);
  const chosen = normalizeText(select.selectedOptions[0]?.text ?? '');
  if (!control || !isChoiceWidget(control) || chosen === '') return 'filled';
  if (normalizeText(readableText(control)).includes(chosen)) return 'filled';
  await fillChoiceWidget(control, (choices) => choices.findIndex((choice) => normalizeText(choice.text) === chosen));
  return 'filled';
}
