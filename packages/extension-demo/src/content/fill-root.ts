/**
 * Where a follow-up fill should start: the smallest element holding every newly shown field, in
 * the composed tree (a field in a shadow root counts as inside its host, one in a same-origin frame
 * as inside the frame element). A multi-step form then gets one run per step, and the earlier
 * step's run keeps watching instead of being replaced.
 */
import { readFieldValue, type FieldElement } from '@companion-autofill/sdk/content';

/** The element a node hangs from in the top document's composed tree, or null at the top. */
function composedParent(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  if (root instanceof ShadowRoot) return root.host;
  // Top of a frame's document: continue at the frame element in the parent document.
  return node.ownerDocument.defaultView?.frameElement ?? null;
}

function chain(element: Element): Element[] {
  const out: Element[] = [];
  for (let node: Element | null = element; node; node = composedParent(node)) out.unshift(node);
  return out;
}

/**
 * The deepest common composed ancestor of `elements` that lives in `document` itself, or the
 * document when there is none below `<body>` (or no elements).
 */
export function commonFillRoot(document: Document, elements: readonly Element[]): Document | Element {
  const chains = elements.map(chain);
  const [first, ...rest] = chains;
  if (!first) return document;
  let depth = 0;
  while (depth < first.length && rest.every((other) => other[depth] === first[depth])) depth++;
  for (let index = depth - 1; index >= 0; index--) {
    const candidate = first[index];
    if (!candidate || candidate.ownerDocument !== document) continue;
    if (candidate === document.documentElement || candidate === document.body) return document;
    // A field itself is no root, nor a frame: scanning starts below the root, and enters a frame
    // only from the element holding it.
    if (elements.includes(candidate) || candidate.localName === 'iframe' || candidate.localName === 'frame') continue;
    return candidate;
  }
  return document;
}

/**
 * Where a follow-up fill should start, for fields shown since the last fill (`fresh`) beside those
 * still on the page from before (`kept`): their common root when it holds only new fields (a
 * step drawn in a container of its own: one run for the step); else each part of the page that
 * holds only new fields (the employer box "currently employed: yes" revealed, the school list a
 * degree enabled), so that filling them leaves the rest of the form as the first fill and the
 * person left it; their common root again when one of them has no such part.
 */
export function followUpRoots(
  document: Document,
  fresh: readonly Element[],
  kept: readonly Element[],
): (Document | Element)[] {
  const common = commonFillRoot(document, fresh);
  const around = new Set(kept.flatMap(chain));
  if (common instanceof Element && !around.has(common)) return [common];
  // Earlier fields there that hold nothing yet (a "mailing address is different" box below the
  // address a country drew) are no one's answers to keep: the new fields are filled together, each
  // beside the others (a second address line beside the first, a county beside the state).
  if (common instanceof Element && kept.filter((field) => common.contains(field)).every(holdsNothing)) return [common];
  const parts = fresh.map((element) =>
    chain(element).find((node) => !around.has(node) && node !== document.body && node !== document.documentElement),
  );
  // A new field right beside an earlier one (a sign-in box whose email's selector changed), or
  // inside a shadow root or frame, has no part of its own: all start at their common root then,
  // as one run, which still tells a decoy from the application.
  const own = (part: Element | undefined, at: number): part is Element =>
    part !== undefined && part !== fresh[at] && part.getRootNode() === document;
  if (!parts.every(own)) return [common];
  // A part inside another is filled with it; a frame is entered from the element holding it.
  const unique = [...new Set(parts.map((part) => (isFrame(part) ? holderOf(document, part) : part)))];
  return unique.filter(
    (part) => !unique.some((other) => other !== part && (other instanceof Document || other.contains(part))),
  );
}

/** Native fields, whose value the SDK reads; a widget says what it holds in its own way. */
const NATIVE_FIELDS = new Set(['input', 'select', 'textarea']);

/** True for a native field that holds no answer: an empty box or select, a box or radio group with none ticked. */
function holdsNothing(field: Element): boolean {
  if (!NATIVE_FIELDS.has(field.localName)) return false;
  const value = readFieldValue(field as FieldElement);
  // A lone checkbox reads "false" when unticked.
  return value === '' || ((field as HTMLInputElement).type === 'checkbox' && value === 'false');
}

const isFrame = (element: Element): boolean => element.localName === 'iframe' || element.localName === 'frame';

/** The element holding a frame, or the document when the frame sits right in its body. */
function holderOf(document: Document, frame: Element): Document | Element {
  const holder = frame.parentElement;
  return !holder || holder === document.body || holder === document.documentElement ? document : holder;
}
