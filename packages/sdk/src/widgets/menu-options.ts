import type { Choice } from '../fill/match-choice.ts';
import { readableText } from '../scan/element-text.ts';
import { antdOptionRows } from './antd-option-rows.ts';
import { drawnMenu, drawnRows, shownDrawnMenus } from './drawn-dropdown.ts';
import { composedQueryAll } from './composed-query.ts';
import { isShown } from './is-shown.ts';
import { referencedElements } from './referenced-elements.ts';
import { isCollapsibleListbox } from './is-choice-widget.ts';
import { DIALOG, dialogRows } from './picker-dialog.ts';
import { isSelectizeInput, selectizeMenu, selectizeRows } from './selectize-menu.ts';
import { isStatusText } from './widget-text.ts';
import { isElementNode } from '../scan/field-element.ts';
import { shadowHost } from '../scan/host-parent.ts';

const LISTBOX = '[role="listbox"]';
/** A menu of items (a cascader's search results: antd, Element Plus). */
const ITEM_MENU = '[role="menu"]';
const MENU_ITEMS = '[role="menuitem"], [role="menuitemcheckbox"], [role="menuitemradio"]';
/** A tree of items (a cascader's columns or search results, a tree select: RSuite, antd, PrimeVue). */
const TREE = '[role="tree"]';

/** What may open as a widget's menu: a listbox, a menu of items, or a dialog that offers radios (picker-dialog.ts). */
const MENU = `${LISTBOX}, ${ITEM_MENU}, ${TREE}, ${DIALOG}`;
/** What a widget's popup lists its choices in. */
const OPTION_LIST = `${LISTBOX}, ${TREE}`;

/** An attribute that carries an option's value (`data-value`, `value`, `data-country-code`, ...). */
const VALUE_ATTRIBUTE = /^(?:value|data-(?:[\w-]+-)?(?:value|code|key))$/;

/**
 * The menus a person sees now around `widget`, and the rows of menus drawn without ARIA too;
 * taken before opening, so a menu that appears later stands out.
 */
export function shownListboxes(widget: Element): Set<Element> {
  const menus = menusAround(widget).filter(isShown);
  return new Set([...menus, ...shownDrawnMenus(widget.ownerDocument)]);
}

/**
 * The menus of the page and of the shadow root the widget is drawn in: a web component may keep
 * its listbox beside its button, unlinked (SmartRecruiters' `spl-select`).
 */
function menusAround(widget: Element): Element[] {
  // Realm-safe: a same-origin frame's shadow roots are not `instanceof ShadowRoot` here.
  const root = shadowHost(widget) ? (widget.getRootNode() as ShadowRoot) : undefined;
  const own = root ? Array.from(root.querySelectorAll(MENU)) : [];
  return [...Array.from(widget.ownerDocument.querySelectorAll(MENU)), ...own];
}

/**
 * The open menu of a widget: the listbox it controls (aria-controls, aria-owns, or the parent of
 * its aria-activedescendant; a controlled box may hold the listbox, as intl-tel-input's does) or,
 * for a menu portaled without such a link (MUI Select, Workday), the last listbox shown that was
 * not shown before opening; else the list of rows drawn without ARIA that its press showed (a
 * dropdown drawn with none, or a combobox whose popup has no roles: Geist's `div.option` rows).
 * Undefined while none offers rows.
 */
export function openListbox(widget: Element, shownBefore: Set<Element>): Element | undefined {
  if (isCollapsibleListbox(widget)) return ownOptions(widget);
  if (isSelectizeInput(widget)) return selectizeMenu(widget);
  const linked = [...referencedElements(widget, 'aria-controls'), ...referencedElements(widget, 'aria-owns')]
    .map((target) =>
      target.matches(OPTION_LIST) ? target : (target.querySelector(OPTION_LIST) ?? shadowListbox(target)),
    )
    .concat(referencedElements(widget, 'aria-activedescendant').map((option) => option.closest(LISTBOX)));
  const appeared = menusAround(widget).filter(
    (menu) =>
      !shownBefore.has(menu) &&
      isShown(menu) &&
      (menu.matches(LISTBOX) ||
        menuItems(menu).length > 0 ||
        treeItems(menu).length > 0 ||
        dialogRows(menu).length > 0),
  );
  return [...linked, ...appeared.reverse(), taggedListbox(widget), drawnMenu(widget, shownBefore)].find(
    (listbox): listbox is Element => !!listbox && (isShown(listbox) || optionRows(listbox).length > 0),
  );
}

/** Web components whose roles live in their internals (Fluent's `<fluent-listbox>` of `<fluent-option>`): their tags say what they are. */
const LISTBOX_TAG = /-listbox$/;
const OPTION_TAG = /-option$/;

/** The `*-listbox` a dropdown component holds beside its button, once shown. */
function taggedListbox(widget: Element): Element | undefined {
  const component = widget.parentElement;
  if (!component?.localName.includes('-')) return undefined;
  return Array.from(component.children).find((child) => LISTBOX_TAG.test(child.localName) && isShown(child));
}

/** How deep into nested components' shadow roots a controlled popup's listbox may sit. */
const SHADOW_LISTBOX_DEPTH = 3;

/**
 * The listbox a controlled popup draws inside a component of its own (UI5's select: a popover
 * holding a `<ui5-list>` whose `<ul role=listbox>` lives in the list's shadow root).
 */
function shadowListbox(popup: Element | ShadowRoot, depth = 0): Element | null {
  if (depth > SHADOW_LISTBOX_DEPTH) return null;
  const hosts = isElementNode(popup) ? [popup, ...popup.querySelectorAll('*')] : [...popup.querySelectorAll('*')];
  for (const { shadowRoot } of hosts) {
    const found = shadowRoot && (shadowRoot.querySelector(LISTBOX) ?? shadowListbox(shadowRoot, depth + 1));
    if (found) return found;
  }
  return null;
}

/** How far up from a collapsible listbox its shown options may sit (a popup beside it in the same wrapper). */
const OWN_OPTIONS_DEPTH = 2;

/** A collapsible listbox's menu: itself once its options show, or the wrapper whose popup shows them. */
function ownOptions(widget: Element): Element | undefined {
  let node: Element | null = widget;
  for (let depth = 0; node && depth <= OWN_OPTIONS_DEPTH; depth += 1, node = node.parentElement) {
    if (widget.getAttribute('aria-expanded') === 'true' && optionRows(node).length > 0) return node;
  }
  return undefined;
}

/**
 * What a listbox lists: its options, and the buttons it holds as rows of their own (Semi's
 * "Add new employer: …" row, which creates the typed name, is a button among the options).
 */
const LISTED = '[role="option"], [role="listbox"] > [role="button"]';

/** The rows a person can pick in a listbox (or a picker dialog's radios): shown, enabled, not a "No options"/"Loading" row. */
export function optionRows(listbox: Element): Element[] {
  const rows = composedQueryAll(listbox, LISTED).filter(
    (row) =>
      row.getAttribute('aria-disabled') !== 'true' &&
      // Radix marks a disabled row with a bare `data-disabled`; cmdk writes `data-disabled="false"` on every row.
      (!row.hasAttribute('data-disabled') || row.getAttribute('data-disabled') === 'false') &&
      isShown(row) &&
      !isStatusText(readableText(row)),
  );
  if (rows.some((row) => row.getAttribute('role') === 'option')) return rows;
  // Buttons alone may be a drawn list's extras ("Load more"): its drawn rows come first.
  const buttons = rows;
  for (const rowsOf of [menuItems, treeItems, dialogRows]) {
    const offered = rowsOf(listbox).filter((row) => row.getAttribute('aria-disabled') !== 'true' && isShown(row));
    if (offered.length > 0) return offered;
  }
  const antd = antdOptionRows(listbox);
  if (antd.length > 0) return antd;
  const tagged = LISTBOX_TAG.test(listbox.localName)
    ? Array.from(listbox.children).filter((row) => OPTION_TAG.test(row.localName) && !row.hasAttribute('disabled'))
    : [];
  if (tagged.length > 0) return tagged;
  const selectize = selectizeRows(listbox);
  if (selectize.length > 0) return selectize;
  const drawn = drawnRows(listbox).filter((row) => !isStatusText(readableText(row)));
  return drawn.length > 0 ? drawn : buttons;
}

/** The items of a menu of items; none for another box. */
function menuItems(menu: Element): Element[] {
  return menu.matches(ITEM_MENU) ? Array.from(menu.querySelectorAll(MENU_ITEMS)) : [];
}

/**
 * The items of a tree; none for another box. A tree select may draw its nodes with no role of
 * their own (antd's `*-treenode` rows), the measuring row it keeps hidden aside; a listbox of
 * groups may draw its rows as tree items (Choices.js).
 */
function treeItems(tree: Element): Element[] {
  if (tree.matches(LISTBOX)) return Array.from(tree.querySelectorAll('[role="treeitem"]'));
  if (!tree.matches(TREE)) return [];
  const items = Array.from(tree.querySelectorAll('[role="treeitem"]'));
  return items.length > 0
    ? items
    : Array.from(tree.querySelectorAll('[class*="treenode" i]:not([aria-hidden="true"])'));
}

/**
 * A row as a Choice: its readable text, and its value attribute, else the name the page gave it
 * (a cascader's search row "United States  California  San Francisco" is named "San Francisco"),
 * else that text.
 */
export function rowChoice(row: Element): Choice {
  const text = readableText(row);
  const value = Array.from(row.attributes).find((attribute) => VALUE_ATTRIBUTE.test(attribute.name));
  return { value: value?.value ?? row.getAttribute('aria-label') ?? text, text };
}
