/**
 * Custom single-choice groups a person answers with one click: a `role=radiogroup` of
 * `role=radio` items, a `role=group` of toggle buttons (`aria-pressed`), as Ashby renders its
 * Yes/No questions, a listbox drawn open in the page (antd-mobile's Selector), a toggle-button
 * group that only its classes name (Vuetify's `v-btn-toggle`), or tabs that pick no panel
 * (Gestalt's SegmentedControl). Native radio inputs are not these: the scanner reads them as radio
 * groups.
 */
import type { Choice } from '../fill/match-choice.ts';
import type { FillOutcome } from '../fill/fill-outcome.ts';
import { composedQueryAll } from './composed-query.ts';
import { middleHit, press } from './person-events.ts';
import { isShown } from './is-shown.ts';
import { waitFor } from './wait-for.ts';
import { readableText, spokenText } from '../scan/element-text.ts';
import { ariaLabel, labelNaming } from '../scan/field-label.ts';
import { withoutKeyHints } from '../choice/key-hints.ts';
import { referencedElements } from './referenced-elements.ts';

/** How long an item may take to show it is on after the click. */
const STICK_TIMEOUT_MS = 300;

/** Items a group is answered by; a pronoun checklist's drawn checkboxes are answered by one click too. */
const ITEMS = '[role="radio"], [role="checkbox"], button[aria-pressed], [role="button"][aria-pressed]';

/**
 * Web components whose role lives in their internals, not an attribute (Fluent's
 * `<fluent-radio-group>` of `<fluent-radio>`, Carbon's `<cds-radio-button-group>`, UI5's
 * `<ui5-segmented-button>` of items): their tag names say what they are.
 */
const RADIO_GROUP_TAG = /-radio-?group$|-radio-button-group$|-segmented-button$/;
const RADIO_TAG = /-radio(-button)?$|-segmented-button-item$/;

/** The `*-radio` components inside `group`. */
const taggedRadios = (group: Element): HTMLElement[] =>
  Array.from(group.querySelectorAll<HTMLElement>('*')).filter((item) => RADIO_TAG.test(item.localName));

/**
 * A group of radio components known by their tags: a `*-radio-group`, or a fieldset or a
 * `role=radiogroup` that holds `*-radio` components and nothing else to answer (Material Web's
 * `md-radio`s share a name only; their role lives in their internals). A radiogroup whose
 * components draw `role=radio` items (UI5's, in their shadow roots) is answered through those.
 */
function isTaggedGroup(element: Element): boolean {
  if (RADIO_GROUP_TAG.test(element.localName)) return true;
  const box = element.localName === 'fieldset' || element.getAttribute('role') === 'radiogroup';
  return (
    box &&
    element.querySelector('input, select, textarea, [role="combobox"]') === null &&
    taggedRadios(element).length >= 2 &&
    (element.localName === 'fieldset' || composedQueryAll(element, ITEMS).length === 0)
  );
}

/**
 * A single-choice listbox shown in the page itself, no dropdown's popup: nothing opens or closes
 * it, nothing points at it as its list, and it is on screen before anything is clicked.
 */
function isInlineListbox(element: Element): boolean {
  if (element.getAttribute('role') !== 'listbox' || element.hasAttribute('aria-expanded')) return false;
  if (element.getAttribute('aria-multiselectable') === 'true' || element.closest('[role="combobox"]')) return false;
  const root = element.getRootNode() as Document | ShadowRoot;
  const id = element.id;
  if (id && root.querySelector(`[aria-controls~="${CSS.escape(id)}"], [aria-owns~="${CSS.escape(id)}"]`)) return false;
  return isShown(element);
}

/**
 * A row of toggle buttons that only its classes call one (`v-btn-toggle`, `btn-toggle`,
 * `segmented-control`): the buttons carry no role or pressed state, the one picked a class.
 */
const TOGGLE_GROUP_CLASS =
  /(^|[-_\s])((btn|button)-?toggle|segmented(-?control)?|toggle-?(button-?)?group|chip-?group)([-_\s]|$)/i;
const isToggleClassGroup = (element: Element): boolean => TOGGLE_GROUP_CLASS.test(element.getAttribute('class') ?? '');

/**
 * A row of toggle buttons with no group role around them (Ashby's Yes / No under a fieldset's
 * legend), or in a toolbar whose buttons all say in words what they pick (Cloudscape's segmented
 * control; an editor's toolbar draws icons): two or more of its own children are buttons that say
 * whether they are pressed. Inside a group that has a role, the row is that group's drawing, not a
 * second group.
 */
function isPressedButtonRow(element: Element): boolean {
  const role = element.getAttribute('role');
  if (role !== null && role !== 'toolbar') return false;
  if (element.parentElement?.closest('[role="radiogroup"], [role="group"], [role="toolbar"], [role="listbox"]'))
    return false;
  const pressed = Array.from(element.children).filter((child) =>
    child.matches('button[aria-pressed], [role="button"][aria-pressed]'),
  );
  if (pressed.length < 2) return false;
  return (
    role === null ||
    (pressed.length === element.children.length &&
      pressed.every((button) => /[\p{L}\p{N}]/u.test(button.textContent ?? '')))
  );
}

/** A row of tabs none of which says which panel it shows, nor titles one: the tabs of no panel. */
function isPanelessTabRow(element: Element): boolean {
  if (element.getAttribute('role') !== 'tablist') return false;
  const tabs = Array.from(element.querySelectorAll('[role="tab"]'));
  if (tabs.length < 2 || tabs.some((tab) => tab.hasAttribute('aria-controls'))) return false;
  const root = element.getRootNode() as Document | ShadowRoot;
  return !tabs.some((tab) => tab.id !== '' && root.querySelector(`[aria-labelledby~="${CSS.escape(tab.id)}"]`));
}

/** Tab rows read as answers once: picking a tab must not turn the row back into a page's tabs. */
const answerTabRows = new WeakSet<Element>();

/**
 * A row of tabs that picks an answer, not a panel (Gestalt's SegmentedControl draws its items as
 * `role=tab` buttons): tabs of no panel, none picked when first seen. A page's tabs ("Overview |
 * Application") always show one of their panels, so a row first seen with a tab picked is read as
 * tabs.
 */
function isAnswerTablist(element: Element): boolean {
  if (answerTabRows.has(element)) return true;
  if (!isPanelessTabRow(element) || Array.from(element.querySelectorAll('[role="tab"]')).some((tab) => isOn(tab)))
    return false;
  answerTabRows.add(element);
  return true;
}

/**
 * A `role=group` of plain buttons and nothing to type in (Ashby's Yes / No drawn without
 * `aria-pressed`, the picked one marked by a class): a toggle group. A stepper's −/+ around its
 * number box is no such group.
 */
const isButtonGroup = (element: Element): boolean =>
  element.getAttribute('role') === 'group' &&
  element.querySelector('input, select, textarea, [role="combobox"]') === null;

/** A yes or a no as a button says it. */
const YES_OR_NO = /^(yes|no)$/i;

/**
 * Yes and No as two plain buttons side by side and nothing else, the picked one marked by a class
 * (Ashby's boolean questions: a hidden checkbox beside the row posts the answer).
 */
function isYesNoButtonRow(element: Element): boolean {
  const buttons = Array.from(element.children);
  return (
    buttons.length === 2 &&
    buttons.every(
      (button) =>
        button.localName === 'button' && !button.hasAttribute('aria-pressed') && YES_OR_NO.test(readableText(button)),
    )
  );
}

/** How deep a class-named group draws its items (Vuetify's chips sit in a slide group's container and content). */
const TOGGLE_ITEM_DEPTH = 3;

/** The buttons of a class-named toggle group, or the chips it makes focusable. */
function toggleButtons(group: Element): HTMLElement[] {
  const depthOf = (item: Element) => {
    let depth = 0;
    for (let node = item.parentElement; node && node !== group; node = node.parentElement) depth += 1;
    return depth;
  };
  return Array.from(group.querySelectorAll<HTMLElement>('button, [role="button"], [tabindex="0"]')).filter(
    (item) => depthOf(item) < TOGGLE_ITEM_DEPTH,
  );
}

/** The group's clickable items, in order. */
function items(group: Element): HTMLElement[] {
  if (isTaggedGroup(group)) {
    const tagged = taggedRadios(group);
    if (tagged.length > 0) return tagged;
  }
  if (isInlineListbox(group))
    return Array.from(group.querySelectorAll<HTMLElement>('[role="option"]')).filter(
      (option) => option.closest('[role="listbox"]') === group,
    );
  if (isAnswerTablist(group)) return Array.from(group.querySelectorAll<HTMLElement>('[role="tab"]'));
  if (
    (isToggleClassGroup(group) || isButtonGroup(group) || isYesNoButtonRow(group)) &&
    group.querySelector(ITEMS) === null
  )
    return toggleButtons(group);
  // A slotted item (Shoelace's <sl-radio> in its group's shadow slot) sees no group above it in the page.
  // A group drawn without a role (Quasar's q-btn-toggle) holds its items all the same, inside a
  // part of the form drawn as a group too (Quasar's stepper step).
  const inGroup = (item: Element) => {
    const owner = item.closest('[role="radiogroup"], [role="group"], [role="toolbar"]');
    if (owner === group) return true;
    const outside = owner === null || (owner.contains(group) && group.contains(item));
    return outside && (!group.contains(item) || !group.hasAttribute('role'));
  };
  return (composedQueryAll(group, ITEMS) as HTMLElement[]).filter(inGroup);
}

/**
 * A class that marks the picked item of a group drawn without ARIA states (`v-btn--active`,
 * `is-selected`, a CSS module's `_active_y2cw4_58`).
 */
const PICKED_CLASS = /(^|[-_])(active|selected|checked)(_[a-z0-9]{5}_\d+)?$/i;

const isOn = (item: Element): boolean =>
  item.getAttribute('aria-checked') === 'true' ||
  item.getAttribute('aria-pressed') === 'true' ||
  item.getAttribute('aria-selected') === 'true' ||
  (!item.hasAttribute('aria-pressed') &&
    !item.hasAttribute('aria-checked') &&
    !item.hasAttribute('aria-selected') &&
    Array.from(item.classList).some((name) => PICKED_CLASS.test(name))) ||
  (RADIO_TAG.test(item.localName) &&
    (item.hasAttribute('checked') ||
      item.hasAttribute('selected') ||
      (item as { checked?: unknown }).checked === true));

/** True for a custom radio group or toggle-button group of two or more items, without native radios. */
export function isChoiceGroup(element: Element): boolean {
  const role = element.getAttribute('role');
  const drawn =
    isTaggedGroup(element) ||
    isInlineListbox(element) ||
    isAnswerTablist(element) ||
    isToggleClassGroup(element) ||
    isPressedButtonRow(element) ||
    isYesNoButtonRow(element);
  if (role !== 'radiogroup' && role !== 'group' && !drawn) return false;
  // Native inputs hidden from assistive technology, or not drawn at all, mirror the drawn items
  // for a form post (Radix; Quasar hides the part of each item that holds its input; Ashby keeps a
  // `hidden` checkbox beside its Yes / No).
  const nativeOptions = Array.from(element.querySelectorAll('input[type="radio"], input[type="checkbox"]')).some(
    (input) => input.closest('[aria-hidden="true"], [hidden]') === null,
  );
  if (element.getAttribute('aria-disabled') === 'true' || nativeOptions) return false;
  if (role === 'group' && holdsOtherQuestions(element)) return false;
  return items(element).length >= 2;
}

/** What a group may hold besides its items: one box for an "Other: ___" answer. */
const OTHER_QUESTIONS =
  'select, textarea, [role="combobox"], [role="radiogroup"], [role="group"], input:not([type="hidden"]):not([type="radio"]):not([type="checkbox"])';

/**
 * True for a `role=group` that holds more to answer than its items and one "Other" box: a part of
 * the form (Quasar's stepper draws each step as a group), not one question.
 */
const holdsOtherQuestions = (group: Element): boolean =>
  Array.from(group.querySelectorAll(OTHER_QUESTIONS)).filter(
    (control) => control.closest('[aria-hidden="true"]') === null,
  ).length > 1;

/**
 * What an item reads as: its text, slotted text included (Shoelace's radio button), else its
 * accessible name (Base UI's empty span is labelled by the label around it), else the label
 * pointing at it (Radix draws an empty button beside `<label for>`), else its label attribute.
 */
const itemText = (item: Element): string => {
  const pointing = labelNaming(item);
  return (
    misnamedLabel(item) ||
    spokenText(item) ||
    ariaLabel(item) ||
    (pointing ? readableText(pointing) : '') ||
    // A web component given its label as an attribute draws it in its shadow root (Carbon's `label-text`).
    (item.getAttribute('label-text') ?? item.getAttribute('label') ?? '').trim() ||
    wrapperText(item)
  );
};

/**
 * The label around an item whose `aria-labelledby` names something else: a page that gives every
 * option's label one id names them all by the first ("Yes", "Yes"); a person reads the label the
 * item sits in.
 */
function misnamedLabel(item: Element): string {
  const label = item.closest('label');
  const named = referencedElements(item, 'aria-labelledby');
  return label && named.length > 0 && !named.some((node) => node.contains(item)) ? readableText(label) : '';
}

/** The text of a label-like wrapper that holds only this item (`<calcite-label><calcite-radio-button>Yes`). */
function wrapperText(item: Element): string {
  const wrapper = item.parentElement;
  if (!wrapper || [...wrapper.querySelectorAll('*')].some((other) => other !== item && RADIO_TAG.test(other.localName)))
    return '';
  return readableText(wrapper);
}

/** What each item reads as, without the key hints a conversational form draws before them. */
const itemTexts = (all: readonly Element[]): string[] => withoutKeyHints(all.map(itemText));

/** The items as choices: their visible text (a value attribute when there is one). */
export function groupChoices(group: Element): Choice[] {
  const all = items(group);
  const texts = itemTexts(all);
  return all.map((item, n) => {
    const text = texts[n] ?? '';
    return { value: item.getAttribute('data-value') ?? item.getAttribute('value') ?? text, text };
  });
}

/**
 * The item that is on: by its state, or in a class-named group, the one item whose classes none of
 * the others has (Vuetify's chip group marks the pick with the page's own `selected-class`).
 */
function pickedItem(group: Element): HTMLElement | undefined {
  const all = items(group);
  const on = all.find(isOn);
  if (on || !isToggleClassGroup(group)) return on;
  const own = (item: Element) =>
    Array.from(item.classList).filter((name) => !all.some((other) => other !== item && other.classList.contains(name)));
  const standing = all.filter((item) => own(item).length > 0);
  return all.length > 2 && standing.length === 1 ? standing[0] : undefined;
}

/** The text of the item that is on, or '' when none is. */
export function readChoiceGroup(group: Element): string {
  const on = pickedItem(group);
  if (!on) return '';
  const all = items(group);
  return itemTexts(all)[all.indexOf(on)] ?? itemText(on);
}

/**
 * What a click on the item's middle lands on: the item, or the part its shadow root draws there
 * (Carbon's radio button hears the click on its own label, never the host's).
 */
function drawnPart(item: Element): Element {
  const shadow = item.shadowRoot;
  if (!shadow) return item;
  return middleHit(item, shadow, shadow) ?? shadow.querySelector('input[type="radio"]') ?? item;
}

/** Clicks the item `choose` picks, as a person does, and checks that it is on afterwards. */
export async function fillChoiceGroup(
  group: Element,
  choose: (choices: readonly Choice[]) => number,
): Promise<FillOutcome> {
  const all = items(group);
  const index = choose(groupChoices(group));
  const item = all[index];
  if (!item) return 'no_matching_option';
  if (isOn(item)) return 'filled';
  await press(drawnPart(item));
  // A re-render may replace the items: look again by position. Components that render on their
  // own schedule (UI5, Lit) mark the item a moment later.
  const on = await waitFor(
    group.ownerDocument,
    () => pickedItem(group) === (items(group)[index] ?? item),
    STICK_TIMEOUT_MS,
  );
  return on ? 'filled' : 'did_not_stick';
}
