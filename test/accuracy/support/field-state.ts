/**
 * What a field holds right now, read the way the truth file states expectations: trimmed text for
 * text fields, the selected option's text, the checked radio's label, `checked`/`unchecked`, the
 * attached file names, a widget's shown text; plus the page's framework state for the field's
 * model key (`<pre id="model">`, JSON).
 */
import type { Locator, Page } from '@playwright/test';
import { locate, scopeOf } from './field-scope.ts';
import type { FieldKind, JsonValue, TruthField } from './truth.ts';

/** A field's state. `found` is how many elements the selector matched (1; a radio group: ≥ 1). */
export interface FieldState {
  found: number;
  value: string;
  /** The model entry, when the field names one: `present` false when the page shows no model at all. */
  model?: { present: boolean; value: JsonValue | undefined };
}

/**
 * The text a person reads as each radio's (or checkbox's) label: its <label>, its aria-label, the
 * label around it, the elements its aria-labelledby names (Cloudscape's tiles), or the text right
 * after it (old table layouts put bare text, or a `<font>`, there). Runs in the page, so it holds no
 * named inner function: tsx keeps function names through a helper
 * (`__name`) that exists only in Node.
 */
export function choiceLabels(elements: Element[]): string[] {
  return (elements as HTMLInputElement[]).map(
    (input) =>
      [
        input.labels?.[0]?.innerText,
        input.getAttribute('aria-label'),
        input.closest('label')?.innerText,
        (input.getAttribute('aria-labelledby') ?? '')
          .split(/\s+/)
          .map((id) => (id ? ((input.getRootNode() as Document | ShadowRoot).getElementById(id)?.innerText ?? '') : ''))
          .join(' '),
        input.nextSibling?.nodeType === 3 ? input.nextSibling.textContent : '',
        // `<input type=radio><font>Yes</font>`: the caption in an element of its own.
        input.nextSibling instanceof HTMLElement && !input.nextSibling.querySelector('input')
          ? input.nextSibling.innerText
          : '',
      ]
        .map((text) => (text ?? '').replace(/\s+/g, ' ').trim())
        .find((text) => text !== '') ?? '',
  );
}

/** Reads the DOM state of the one element a selector matched (radio groups: see readRadioGroup). Runs in the page (see choiceLabels). */
function readElements(elements: Element[], kind: FieldKind): { found: number; value: string } {
  const [element] = elements;
  if (elements.length !== 1 || !element) return { found: elements.length, value: '' };
  const tag = element.localName;
  if (kind === 'checkbox') return { found: 1, value: (element as HTMLInputElement).checked ? 'checked' : 'unchecked' };
  if (kind === 'file')
    return {
      found: 1,
      value: Array.from((element as HTMLInputElement).files ?? [])
        .map((file) => file.name)
        .join(', '),
    };
  if (tag === 'select')
    return {
      found: 1,
      value: ((element as HTMLSelectElement).selectedOptions[0]?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  if (tag === 'input' || tag === 'textarea') return { found: 1, value: (element as HTMLInputElement).value.trim() };
  // What a person reads: a screen reader's live region ("No options.", shrunk to a pixel) shows nothing.
  const unseen = Array.from(element.querySelectorAll<HTMLElement>('[aria-live], [role="status"], [role="log"]')).filter(
    (node) => node.getBoundingClientRect().width <= 1 && node.getBoundingClientRect().height <= 1,
  );
  const text = unseen.reduce((shown, node) => shown.replace(node.innerText, ''), (element as HTMLElement).innerText);
  return { found: 1, value: text.replace(/\s+/g, ' ').trim() };
}

/** The value at a dotted path of the page's model JSON (undefined when the path is absent); `present` false when the page has no `#model`. */
async function readModel(
  page: Page,
  field: TruthField,
  key: string,
): Promise<{ present: boolean; value: JsonValue | undefined }> {
  const pre = scopeOf(page, field).locator('#model');
  if ((await pre.count()) === 0) return { present: false, value: undefined };
  let node: unknown = JSON.parse((await pre.textContent()) ?? 'null');
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return { present: true, value: undefined };
    node = (node as Record<string, unknown>)[part];
  }
  return { present: true, value: node as JsonValue };
}

/** A radio group's state: the label of its checked radio ('' when none is). */
async function readRadioGroup(group: Locator): Promise<{ found: number; value: string }> {
  const [labels, checked] = await Promise.all([
    group.evaluateAll(choiceLabels),
    group.evaluateAll((inputs) => (inputs as HTMLInputElement[]).findIndex((input) => input.checked)),
  ]);
  return { found: labels.length, value: labels[checked] ?? '' };
}

/** Reads one field (and its model entry). A selector that matches nothing reads as found 0. */
export async function readFieldState(page: Page, field: TruthField): Promise<FieldState> {
  const elements = locate(page, field);
  const dom = await (
    field.kind === 'radio' ? readRadioGroup(elements) : elements.evaluateAll(readElements, field.kind)
  ).catch(() => ({ found: 0, value: '' }));
  if (!field.model) return dom;
  return { ...dom, model: await readModel(page, field, field.model.key) };
}
