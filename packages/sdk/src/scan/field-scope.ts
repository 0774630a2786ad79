/**
 * The part of the page a field belongs to: its `<form>`, else a page landmark (header, footer,
 * nav, aside, search), else the page. A job page often carries other boxes besides the
 * application — a newsletter signup in the footer, a site search, a sign-in box in the header —
 * and a second address form on a checkout page is a form of its own: each scope gets its own
 * canonicals, and decoy scopes are left alone (see decoy-scopes.ts).
 */
import { normalizeText } from './element-text.ts';
import { ANSWERABLE_SELECTOR } from './field-element.ts';
import { hostParent } from './host-parent.ts';

/** Where a field sits: a key shared by the fields of one scope, and the scope's own words. */
export interface FieldScope {
  readonly key: string;
  readonly text: string;
}

const LANDMARK_TAGS = new Set(['header', 'footer', 'nav', 'aside']);
const LANDMARK_ROLES = new Set(['search', 'banner', 'contentinfo', 'navigation', 'complementary']);
const MAX_SCOPE_TEXT = 200;

/** Scope keys per container element, so every field of one form gets the same key within a run. */
const keys = new WeakMap<Element, string>();
let nextKey = 0;

function keyOf(container: Element): string {
  let key = keys.get(container);
  if (key === undefined) keys.set(container, (key = `${container.localName}#${(nextKey += 1)}`));
  return key;
}

/** The element a node hangs from in the composed tree, across shadow roots and frames. */
function composedParent(node: Element): Element | null {
  const parent = hostParent(node);
  if (parent) return parent;
  try {
    return node.ownerDocument.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/**
 * A column drawn as a sidebar by its id or class: pages that wrap everything in one `<form>`
 * (ASP.NET WebForms) put their side boxes — a service booking, a search — inside it.
 */
const SIDEBAR = /^([a-z]+[-_])?(sidebar|side-bar|sidecol|sidenav)([-_](left|right))?$/i;

function isLandmark(element: Element): boolean {
  return (
    LANDMARK_TAGS.has(element.localName) ||
    LANDMARK_ROLES.has(element.getAttribute('role') ?? '') ||
    // A whole id or class token ("sidebar", "page-sidebar"), not an editor's part ("tox-sidebar-wrap").
    `${element.id} ${element.getAttribute('class') ?? ''}`.split(/\s+/).some((token) => SIDEBAR.test(token))
  );
}

/**
 * A dialog is a part of its own: a sign-in box left open over an application page that has no
 * `<form>` (Workday's) asks for an email the application asks for too.
 */
const isDialog = (element: Element): boolean =>
  element.localName === 'dialog' || /^(alert)?dialog$/.test(element.getAttribute('role') ?? '');

/** A button that looks for jobs: "Search jobs", "Find open positions". */
const JOB_SEARCH_BUTTON =
  /\b(search|find)\s+(all\s+|open\s+)?(jobs|positions|openings|roles|careers|vacancies|opportunities)\b/i;
/** How many boxes a job search holds: keywords, a place, a category. */
const MAX_SEARCH_BOXES = 3;

/**
 * The few boxes around `element` that a "Search jobs" button sends, drawn in no form or landmark
 * of their own (a staffing portal's toolbar: Keywords, "City, State or Zip", Search Jobs): a part
 * of the page of its own, and a search. Only small parts are looked at, so the walk stops early.
 */
function jobSearchAround(element: Element): Element | undefined {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (node.querySelectorAll(ANSWERABLE_SELECTOR).length > MAX_SEARCH_BOXES) return undefined;
    const buttons = node.querySelectorAll('button, input[type="submit"], input[type="button"], [role="button"]');
    if (Array.from(buttons).some((button) => JOB_SEARCH_BUTTON.test(buttonText(button)))) return node;
  }
  return undefined;
}

const buttonText = (button: Element): string =>
  button.localName === 'input' ? (button as HTMLInputElement).value : (button.textContent ?? '');

/** A container's words: its identifying attributes and its buttons' text. */
function containerWords(container: Element): string {
  const attributes = ['id', 'class', 'name', 'action', 'aria-label', 'role', 'data-testid', 'data-automation-id']
    .map((name) => container.getAttribute(name) ?? '')
    .join(' ');
  const buttons = Array.from(container.querySelectorAll('button, input[type="submit"], [role="button"]'), buttonText)
    .slice(0, 4)
    .join(' ');
  const heading = container.querySelector('h1, h2, h3, h4, legend')?.textContent ?? '';
  // A form that sends its fields in the address asks the site for a page: a search or a finder;
  // one asking for an email or a phone is no search (iCIMS starts its application so: "Email Address", Next).
  const asksContact = container.querySelector('input[type="email"], input[type="tel"]') !== null;
  const lookup = container.getAttribute('method')?.toLowerCase() === 'get' && !asksContact ? 'search lookup' : '';
  return `${attributes} ${heading} ${buttons} ${lookup}`;
}

/**
 * The scope of `element`. Landmarks around a form are named in its text (`landmark`), so a search
 * form in the header reads as one.
 */
export function fieldScope(element: Element): FieldScope {
  let container: Element | undefined = jobSearchAround(element);
  let landmark = false;
  // The frames a field sits in are named by the page around them ("Chat with Quayline",
  // `#chat-widget-frame`): a widget drawn in a frame of its own says what it is there.
  const frames: string[] = [];
  for (let node = composedParent(element); node; node = composedParent(node)) {
    if (!container && (node.localName === 'form' || isLandmark(node) || isDialog(node))) container = node;
    if (isLandmark(node)) landmark = true;
    if (node.localName === 'iframe' || node.localName === 'frame')
      frames.push(['id', 'name', 'title', 'class'].map((name) => node.getAttribute(name) ?? '').join(' '));
  }
  if (!container) return { key: 'page', text: '' };
  const words = `${landmark ? 'landmark ' : ''}${containerWords(container)} ${frames.join(' ')}`;
  return {
    key: keyOf(container),
    text: normalizeText(words.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]/g, ' '), MAX_SCOPE_TEXT),
  };
}
