/**
 * Dropdowns drawn with no ARIA at all: TDesign's and View UI's selects (a box over a `ul` of `li`),
 * Varlet's (a focusable div over a menu of `var-option`s), Naive UI's, Base Web's. Their class names
 * are all a page says of them: the box sits inside an element whose class is a library's select
 * (`t-select`, `ivu-select`, `var-select`, `n-select`) or that a data attribute names one
 * (`data-baseweb="select"`), and the rows a press shows are list items
 * or elements whose class names an option (`t-select-option`, `ivu-select-item`).
 *
 *   box in a `*-select` ──press──► rows shown that were not before ──► their parent is the menu
 */
import { isShown } from './is-shown.ts';

/** A library's select, by one of its class names: a short prefix and `select`, `dropdown` or `cascader`. */
const SELECT_CLASS = /^(?:[a-z]{1,5}-){0,2}(?:select|dropdown|cascader)(?:-view)?$/i;
/** A picker of dates, times or colours is typed into or opens a grid, never a list. */
const PICKER_CLASS = /date|time|calendar|color|colour/i;
/** How far up from the box its select's element may sit (TDesign: input, wrap, input box, select). */
const SELECT_DEPTH = 4;

/**
 * A row of a drawn menu, by its class: `*-option`, `*-select-item`, `*-dropdown-item`,
 * `*-menu-item`, `*-select-list-item` (maz-ui), and the rows a suggesting box draws (`*-suggestion`, Google Places' `pac-item`).
 */
const ROW_CLASS =
  /(?:^|[-_])(?:option|suggestion|prediction|tree-?node)$|(?:select|dropdown|menu|autocomplete|suggest|typeahead|pac)[-_]+(?:list[-_]+)?(?:item|row)$/i;
/** Candidates for rows, narrowed by ROW_CLASS: a cheap first cut over a whole document. */
const ROW_CANDIDATES =
  'li, [role="option"], [class*="option" i], [class*="item" i], [class*="suggestion" i], [class*="prediction" i], [class*="-row" i], [class*="node" i]';

/** An element's class names, one by one. */
export const classTokens = (element: Element): string[] => Array.from(element.classList);

/**
 * True for the box a person presses to open a dropdown drawn without ARIA: a text input, or an
 * element the page made focusable, with no role, inside a library's select element, outside any
 * ARIA widget (whose inner box it would be) and any date, time or colour picker.
 */
export function isDrawnDropdown(element: Element): boolean {
  if (element.hasAttribute('role') || element.hasAttribute('aria-haspopup')) return false;
  const input = element.localName === 'input';
  if (input ? !/^(?:text|search|)$/.test((element as HTMLInputElement).type) : !focusableByPage(element)) return false;
  let node: Element | null = element;
  for (let depth = 0; node && depth <= SELECT_DEPTH; depth += 1, node = node.parentElement) {
    const tokens = classTokens(node);
    if (tokens.some((token) => PICKER_CLASS.test(token))) return false;
    if (tokens.some((token) => SELECT_CLASS.test(token)) || namedSelectByData(node))
      return (
        node.querySelector('select') === null &&
        element.closest('[role="combobox"],[aria-haspopup]') === null &&
        !(input && insideDrawnBox(element, node))
      );
  }
  return false;
}

/**
 * A library that styles with generated class names names its parts in a data attribute instead
 * (Base Web: `data-baseweb="select"`).
 */
const namedSelectByData = (element: Element): boolean =>
  Array.from(element.attributes).some(
    (attribute) => attribute.name.startsWith('data-') && SELECT_CLASS.test(attribute.value),
  );

/** An element other than a control that the page put in the tab order (`tabindex="0"`). */
function focusableByPage(element: Element): boolean {
  return element.getAttribute('tabindex') === '0' && !/^(?:a|button|select|textarea)$/.test(element.localName);
}

/** A search box inside the focusable box a person presses (Naive UI's filterable select): the box's. */
function insideDrawnBox(input: Element, select: Element): boolean {
  const box = input.parentElement?.closest('[tabindex="0"]');
  return !!box && select.contains(box);
}

/** A row of a drawn list: a list item, an ARIA option (Workday's prompt rows, classless), or a row by its class. */
function isDrawnRow(element: Element): boolean {
  return (
    element.localName === 'li' ||
    element.getAttribute('role') === 'option' ||
    classTokens(element).some((token) => ROW_CLASS.test(token))
  );
}

/**
 * The drawn rows a person sees now. A closed menu kept transparent in the page (nice-select's
 * list, opacity 0 until opened) shows none: opening it is what shows them (a menu fading in is
 * past 0 a frame after it opens).
 */
function shownDrawnRows(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(ROW_CANDIDATES)).filter(
    (row) => isDrawnRow(row) && isShown(row) && row.checkVisibility({ opacityProperty: true }),
  );
}

/**
 * The drawn rows a person sees now, with their lists and the lists' boxes; taken before opening,
 * so that only what a press shows stands out. A list already open (a suggestions box the last field
 * opened) stays someone else's even when it redraws its rows as it closes.
 */
export function shownDrawnMenus(doc: Document): Element[] {
  const shown = new Set<Element>();
  for (const row of shownDrawnRows(doc)) {
    shown.add(row);
    if (row.parentElement) shown.add(row.parentElement);
    if (row.parentElement?.parentElement) shown.add(row.parentElement.parentElement);
  }
  return [...shown];
}

/**
 * How a popup is drawn against its box, in CSS pixels: it starts at most REACH below the box's
 * bottom (a search box may sit above its list) and at most SLACK above its top (a menu drawn over
 * its box), or, flipped, it ends at most GAP above the box's top and at most at its bottom.
 */
const SLACK = 4;
const REACH = 56;
const GAP = 16;

function drawnAgainst(box: DOMRect, menu: DOMRect): boolean {
  const below = menu.top >= box.top - SLACK && menu.top <= box.bottom + REACH;
  // Flipped: a list taller than the popup that scrolls it may end over the box itself (Arco's tree).
  const above = menu.bottom <= box.bottom + SLACK && menu.bottom >= box.top - GAP;
  return below || above;
}

/**
 * The menu a drawn dropdown opened: of the parents of rows shown now that were not shown before
 * (`shownBefore`, see shownDrawnMenus), the one drawn against the box. Another box's popup, fading
 * out (redrawing its whole list as it goes) or opening late (the suggestions for what was typed
 * into the box above a moment ago, drawn over this one), is drawn against that other box.
 * Undefined while none shows.
 */
export function drawnMenu(widget: Element, shownBefore: ReadonlySet<Element>): Element | undefined {
  const box = drawnBox(widget);
  for (const row of shownDrawnRows(widget.ownerDocument)) {
    const menu = listAround(row);
    if (!menu || menu.contains(widget) || [row, menu, menu.parentElement].some((part) => part && shownBefore.has(part)))
      continue;
    if (popupParts(menu, widget).some((part) => drawnAgainst(box, part.getBoundingClientRect()))) return menu;
  }
  return undefined;
}

/**
 * The list a row is drawn in: its parent, or, for a row its library wraps one by one (Naive UI's
 * tree: `n-tree-node-wrapper` › `n-tree-node`), the parent of its wrapper; for a row of a group,
 * the list of groups.
 */
function listAround(row: Element): Element | null {
  const parent = row.parentElement;
  // A list that says it is one, or sits right in the page, holds its one row itself.
  const wrapper =
    parent !== null &&
    parent.childElementCount === 1 &&
    !isDrawnRow(parent) &&
    !/^(ul|ol)$/.test(parent.localName) &&
    parent.getAttribute('role') !== 'listbox' &&
    parent.parentElement !== parent.ownerDocument.body;
  const list = wrapper ? parent.parentElement : parent;
  // One group's rows (TDesign's option group: a row holding its header and a list) are drawn in
  // the list of groups.
  const group = list?.parentElement;
  return group && list !== row && isDrawnRow(group) && group.querySelector(':scope > ul, :scope > ol') === list
    ? listAround(group)
    : list;
}

/** How far up from a menu's rows its popup may sit (Naive UI: items › list › scrollbar › submenu). */
const POPUP_DEPTH = 4;

/**
 * The menu, and for a cascader's column the elements around it up to its popup: a popup flipped
 * above its box ends at the box, while its first column (three countries) ends far above. A plain
 * list is judged by itself, or by the popup it scrolls in when taller: the popup around it may be
 * another box's.
 */
function popupParts(menu: Element, widget: Element): Element[] {
  const parts = [menu];
  let node = menu.parentElement;
  for (let depth = 0; node && depth < POPUP_DEPTH; depth += 1, node = node.parentElement) {
    if (node.contains(widget) || node === node.ownerDocument.body) break;
    parts.push(node);
  }
  if (parts.some((part) => classTokens(part).some((token) => CASCADER_CLASS.test(token)))) return parts;
  // A list taller than the popup that scrolls it (TDesign's groups of rows) is seen through the popup.
  const clip = parts.find(
    (part) => part !== menu && part.clientHeight > 0 && part.scrollHeight > part.clientHeight + SLACK,
  );
  return clip ? [menu, clip] : [menu];
}

const CASCADER_CLASS = /cascader/i;

/**
 * Where a widget is drawn: its own box, or, for a box kept out of sight (Geist's combobox input,
 * sized to nothing or moved off the page inside the select it opens), the nearest element around
 * it that is drawn on the page.
 */
function drawnBox(widget: Element): DOMRect {
  const view = widget.ownerDocument.defaultView;
  const onPage = (box: DOMRect) =>
    box.width > 0 && box.height > 0 && box.bottom > -(view?.scrollY ?? 0) && box.right > -(view?.scrollX ?? 0);
  for (let node: Element | null = widget; node; node = node.parentElement) {
    const box = node.getBoundingClientRect();
    if (onPage(box)) return box;
  }
  return widget.getBoundingClientRect();
}

/**
 * The rows a group row holds (View UI's "United States" title over its states, "Canada" over its
 * provinces): a group is no pick, its rows are. A row holding one row and nothing else is that row.
 */
function groupedRows(row: Element): Element[] {
  const inner = Array.from(row.querySelectorAll(ROW_CANDIDATES)).filter(
    (candidate) => isDrawnRow(candidate) && !Array.from(candidate.querySelectorAll(ROW_CANDIDATES)).some(isDrawnRow),
  );
  // A wrapper around one row (Naive UI's tree) is that row; a group titled over one row (TDesign's
  // option group narrowed by a search) is a group still.
  const [only] = inner;
  const titled = only !== undefined && (row.textContent ?? '').trim() !== (only.textContent ?? '').trim();
  return inner.length >= 2 || (only !== undefined && (!isDrawnRow(row) || titled)) ? inner : [row];
}

/** The rows of a drawn menu a person can pick: shown, and not marked disabled; a group's rows for the group. */
export function drawnRows(menu: Element): Element[] {
  return Array.from(menu.children)
    .flatMap(groupedRows)
    .filter(
      (row) =>
        isDrawnRow(row) &&
        isShown(row) &&
        row.getAttribute('aria-disabled') !== 'true' &&
        !classTokens(row).some((token) => /(?:^|[-_])disabled$/i.test(token)),
    );
}
