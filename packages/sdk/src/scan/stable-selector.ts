import { cssId, cssString } from './css-string.ts';
import { looksLikePersonalData } from '../protocol/personal-data.ts';
import { looksGenerated } from './generated-id.ts';
import { LIMITS } from '../protocol/limits.ts';

/** Attributes test suites and ATS vendors put on fields precisely because they are stable. */
const TEST_ATTRIBUTES = [
  'data-testid',
  'data-test-id',
  'data-qa',
  'data-automation-id',
  'data-test',
  'data-cy',
] as const;

/** A candidate longer than this (a paragraph-long aria-label) is not worth keeping. */
const MAX_CANDIDATE_LENGTH = 160;

type TreeRoot = Document | ShadowRoot;

/**
 * A CSS selector that finds `element` again after a reload, unique within its tree (document or
 * shadow root). Stable attributes first (name, test ids, a non-generated id, aria-label,
 * autocomplete + type), then the same scoped under a stable ancestor, else a short nth-of-type
 * path from the nearest stable ancestor. Never built from field values, from attributes that look
 * like personal data (see usable) or from generated ids.
 */
export function stableSelector(element: Element): string {
  return selectorFor([element]);
}

/**
 * Selector of a radio/checkbox group: `input[type][name]` when that selects exactly the members,
 * scoped under a stable ancestor when another form reuses the name; falls back to the first
 * member's selector.
 */
export function groupSelector(members: readonly HTMLInputElement[]): string {
  return selectorFor(members);
}

function selectorFor(targets: readonly Element[]): string {
  const [first] = targets;
  if (!first) throw new RangeError('selectorFor needs at least one element');
  const root = first.getRootNode() as TreeRoot;
  const own = targets.length > 1 ? groupCandidates(first) : candidates(first);
  const direct = own.find((candidate) => selectsExactly(root, candidate, targets));
  if (direct) return direct;
  const anchor = stableAncestor(first, root);
  if (anchor) {
    const scoped = own
      .map((candidate) => `${anchor} ${candidate}`)
      .find((candidate) => selectsExactly(root, candidate, targets));
    if (scoped) return scoped;
  }
  // A group in boxes without a stable attribute (TDesign's nameless radios): the path to the box
  // that holds them all scopes the members' own selector.
  const box = targets.length > 1 ? commonBox(targets) : null;
  const boxPath = box ? structuralPath(box, root) : undefined;
  const inBox = boxPath
    ? own.map((candidate) => `${boxPath} ${candidate}`).find((candidate) => selectsExactly(root, candidate, targets))
    : undefined;
  return inBox ?? structuralPath(first, root);
}

/** The nearest element that holds every one of `targets`. */
function commonBox(targets: readonly Element[]): Element | null {
  let box = targets[0]?.parentElement ?? null;
  while (box && !targets.every((target) => box?.contains(target))) box = box.parentElement;
  return box;
}

/**
 * An attribute's value a selector may be built from: present, and not personal data. A page can
 * render what it knows about the user into any attribute (`name="jane@example.com"`,
 * `aria-label="+1 415 555 0134"`); such a selector would carry it to the server, which refuses it
 * anyway (#15). `value` is never read: it holds what the field contains.
 */
function usable(value: string | null): value is string {
  return value !== null && value !== '' && !looksLikePersonalData(value);
}

function candidates(element: Element): string[] {
  const tag = element.localName;
  const out: string[] = [];
  const name = element.getAttribute('name');
  if (usable(name)) out.push(`${tag}[name=${cssString(name)}]`);
  for (const attribute of TEST_ATTRIBUTES) {
    const value = element.getAttribute(attribute);
    if (usable(value)) out.push(`${tag}[${attribute}=${cssString(value)}]`);
  }
  if (usable(element.id) && !looksGenerated(element.id)) out.push(cssId(element.id));
  // A web component names the parts of its shadow tree for styling (Shoelace's `part="display-input"`):
  // its API, stable across releases where its wrappers are not.
  const part = element.getAttribute('part');
  if (usable(part) && element.getRootNode().nodeType === 11) out.push(`${tag}[part=${cssString(part)}]`);
  const aria = element.getAttribute('aria-label');
  if (usable(aria)) out.push(`${tag}[aria-label=${cssString(aria)}]`);
  const autocomplete = element.getAttribute('autocomplete');
  if (usable(autocomplete) && autocomplete !== 'off' && autocomplete !== 'on') {
    out.push(
      `${tag}[autocomplete=${cssString(autocomplete)}][type=${cssString(element.getAttribute('type') ?? 'text')}]`,
    );
  }
  return out.filter((candidate) => candidate.length <= MAX_CANDIDATE_LENGTH);
}

function groupCandidates(first: Element): string[] {
  const name = first.getAttribute('name') ?? '';
  const type = first.getAttribute('type') ?? '';
  if (!usable(type)) return [];
  // Nameless radios are one group inside their box: the anchor above them scopes `input[type=radio]`.
  return usable(name)
    ? [`input[type=${cssString(type)}][name=${cssString(name)}]`]
    : name
      ? []
      : [`input[type=${cssString(type)}]`];
}

/** Selector of the nearest ancestor that one stable attribute identifies uniquely. */
function stableAncestor(element: Element, root: TreeRoot): string | undefined {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const found = candidates(node).find((candidate) => selectsExactly(root, candidate, [node]));
    if (found) return found;
  }
  return undefined;
}

/**
 * `anchor > div:nth-of-type(2) > input:nth-of-type(1)`, from the nearest stable ancestor or the tree
 * top. A path too long for the wire (a control deep in a component's wrappers) drops the position of
 * every element that is the only one of its tag among its siblings: a longer path would leave the
 * field out of the scan, and the paths that fit keep their form so that what was learned on them
 * still applies.
 */
function structuralPath(element: Element, root: TreeRoot): string {
  const steps: { tag: string; nth: number; only: boolean }[] = [];
  let top = '';
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node !== element) {
      const anchor = candidates(node).find((candidate) => selectsExactly(root, candidate, [node as Element]));
      if (anchor) {
        top = anchor;
        break;
      }
    }
    if (node.localName === 'body' || node.localName === 'html') {
      top = node.localName;
      break;
    }
    steps.unshift({ tag: node.localName, nth: nthOfType(node), only: isOnlyOfType(node) });
  }
  const path = (compact: boolean) =>
    [top, ...steps.map(({ tag, nth, only }) => (compact && only ? tag : `${tag}:nth-of-type(${nth})`))]
      .filter(Boolean)
      .join(' > ');
  const full = path(false);
  return full.length <= LIMITS.maxSelectorLength ? full : path(true);
}

function isOnlyOfType(element: Element): boolean {
  return Array.from((element.parentNode as ParentNode | null)?.children ?? []).every(
    (sibling) => sibling === element || sibling.localName !== element.localName,
  );
}

function nthOfType(element: Element): number {
  let index = 1;
  for (let sibling = element.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    if (sibling.localName === element.localName) index += 1;
  }
  return index;
}

function selectsExactly(root: TreeRoot, selector: string, targets: readonly Element[]): boolean {
  let matches: NodeListOf<Element>;
  try {
    matches = root.querySelectorAll(selector);
  } catch {
    return false;
  }
  return matches.length === targets.length && targets.every((target, index) => matches[index] === target);
}
