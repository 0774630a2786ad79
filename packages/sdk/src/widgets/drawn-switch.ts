/**
 * A switch drawn with no native box behind it (antd's and Arco's `<button role="switch">`, Naive
 * UI's and Quasar's `<div role="switch">`, UI5's `ui5-switch`, TDesign's `div.t-switch` with no
 * role at all, Primer's lone `<button aria-pressed>`), or a checkbox drawn alone so (Quasar's
 * `<div role="checkbox">`, Fluent's `<fluent-checkbox>`): its state is `aria-checked` or
 * `aria-pressed` (or its on class, or its custom state `checked`),
 * and only its own click changes it.
 * A switch that mirrors a hidden checkbox beside it (Radix, Base UI) is that checkbox's, filled
 * through it.
 */
import type { FillOutcome } from '../fill/fill-outcome.ts';
import { classTokens } from './drawn-dropdown.ts';
import { readableText } from '../scan/element-text.ts';
import { statesFacts } from '../scan/group-members.ts';
import { peerControls } from './peer-controls.ts';
import { referencedElements } from './referenced-elements.ts';
import { press } from './person-events.ts';
import { DEFAULT_TIMEOUT_MS, waitFor } from './wait-for.ts';

/** A library's switch by its class alone (TDesign's `t-switch`, a div with no role). */
const SWITCH_CLASS = /^(?:[a-z]{1,5}-)?switch$/;
/** The class a switch drawn by class wears while on (`t-is-checked`, `is-checked`). */
const ON_CLASS = /(?:^|-)(?:is-)?(?:checked|on|active)$/;

/** How far up a lone drawn checkbox is looked at for others of its list. */
const CHECKLIST_DEPTH = 3;

/**
 * A checkbox drawn alone (Quasar's `<div role="checkbox">` "This is my current job" with no
 * native box): ticked by its click, as a switch is. One of a list of them is its group's item,
 * unless the list is one of statements about the person ("I have a bachelor's degree or higher",
 * "I do not need a visa sponsor"): each of those asks a fact of its own.
 */
function isLoneDrawnCheckbox(element: Element): boolean {
  if (!element.matches('[role="checkbox"]')) return false;
  // A native box inside that a person reaches is the field; one hidden from them mirrors the drawing.
  const native = element.querySelector('input[type="checkbox"]');
  if (native && native.closest('[aria-hidden="true"]') === null) return false;
  const list = peerControls(element, '[role="checkbox"]', CHECKLIST_DEPTH);
  return list === undefined || statesFacts(list.map(itemName));
}

/** What a drawn checkbox says: its own text, or the label it points at (Headless UI's empty `span role=checkbox`). */
const itemName = (item: Element): string =>
  readableText(item) ||
  referencedElements(item, 'aria-labelledby')
    .map((label) => readableText(label))
    .join(' ');

/** How far up a toggle button is looked at for the other segments of its control. */
const SEGMENT_DEPTH = 2;

/**
 * A toggle button standing alone (Primer's ToggleSwitch: `<button aria-pressed>` named by the
 * question beside it): a switch. One of several side by side is a segment of a choice (Yes | No, a
 * segmented control), and one in a toolbar formats text.
 */
function isLoneToggleButton(element: Element): boolean {
  if (!element.matches('button[aria-pressed], [role="button"][aria-pressed]')) return false;
  if (element.closest('[role="toolbar"], [contenteditable]')) return false;
  return peerControls(element, '[aria-pressed]', SEGMENT_DEPTH) === undefined;
}

/** A web component that is a checkbox or a switch by its tag (Fluent's `<fluent-checkbox>`: its role set through ElementInternals, no attribute). */
const BOX_TAG = /^[a-z][\w]*(?:-[\w]+)*-(?:checkbox|switch)$/;

/**
 * A form-associated checkbox or switch component a person can focus, with no role attribute and no
 * native box of its own. Its properties belong to the page's world, not to an extension's:
 * it says its state through a custom state (`:state(checked)`), which every world can read.
 */
const isBoxComponent = (element: Element): boolean =>
  BOX_TAG.test(element.localName) &&
  !element.hasAttribute('role') &&
  element.hasAttribute('tabindex') &&
  element.querySelector('input') === null &&
  // A component drawn around a native box in its shadow root (Shoelace's, Material's) is that box's.
  element.shadowRoot?.querySelector('input') == null;

/** A component's custom state, false where the browser knows no `:state()`. */
function hasState(element: Element, state: string): boolean {
  try {
    return element.matches(`:state(${state})`);
  } catch {
    return false;
  }
}

/** True for a switch (or a checkbox drawn alone) with no native checkbox beside or inside it. */
export function isDrawnSwitch(element: Element): boolean {
  if (element.localName === 'input') return false;
  const byRole =
    element.matches('[role="switch"]') ||
    isLoneDrawnCheckbox(element) ||
    isBoxComponent(element) ||
    isLoneToggleButton(element);
  const byClass =
    !byRole &&
    !element.hasAttribute('role') &&
    classTokens(element).some((token) => SWITCH_CLASS.test(token)) &&
    element.querySelector('input, a, button, [role="switch"]') === null &&
    element.parentElement?.closest('[role="switch"]') === null;
  if (!byRole && !byClass) return false;
  if (element.closest('[aria-hidden="true"],[inert],[aria-disabled="true"]')) return false;
  return !Array.from(element.parentElement?.children ?? []).some(
    (sibling) => sibling.localName === 'input' && (sibling as HTMLInputElement).type === 'checkbox',
  );
}

/** True when the switch is on: it says so (aria-checked), or a switch drawn by class wears its on class. */
export function switchIsOn(element: Element): boolean {
  const checked = element.getAttribute('aria-checked') ?? element.getAttribute('aria-pressed');
  if (checked !== null) return checked === 'true';
  // A component that reports its state through ElementInternals (Fluent: `:state(checked)`).
  if (isBoxComponent(element)) return hasState(element, 'checked') || element.hasAttribute('checked');
  return classTokens(element).some((token) => ON_CLASS.test(token));
}

/** Turns the switch on or off by a person's click; `filled` once it says so. */
export async function fillDrawnSwitch(element: HTMLElement, on: boolean): Promise<FillOutcome> {
  if (element.matches(':disabled')) return 'not_fillable';
  if (switchIsOn(element) === on) return 'filled';
  await press(element);
  const turned = await waitFor(element.ownerDocument, () => switchIsOn(element) === on, DEFAULT_TIMEOUT_MS / 3);
  return turned ? 'filled' : 'did_not_stick';
}
