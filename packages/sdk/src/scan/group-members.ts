import { isBareAnswer, optionPolarity, yesNoTopic } from '../choice/yes-no.ts';
import { readableText } from './element-text.ts';
import { ANSWERABLE_SELECTOR, isElementNode, isInputElement } from './field-element.ts';

/** The box a question's options are drawn in. */
const GROUP_BOX = '[role="radiogroup"], fieldset, [class*="radiogroup" i], [class*="radio-group" i]';

/**
 * How far up from a nameless radio the box holding its siblings may sit (`group > label > span >
 * input`; Vuetify wraps each checkbox in six boxes).
 */
const NAMELESS_GROUP_DEPTH = 7;

/**
 * Radio buttons or checkboxes that share `element`'s name, type and form owner, in tree order,
 * `element` included. A nameless radio or checkbox belongs with the nameless ones of its type in
 * the nearest box that holds several and nothing else a person answers (Ant Design's Radio.Group
 * and Checkbox.Group without a `name`: the library ties them in its state, not by name). Any other
 * nameless control is a group of one.
 */
export function groupMembers(element: HTMLInputElement): HTMLInputElement[] {
  const name = element.getAttribute('name');
  // A nameless radio hidden from assistive technology mirrors a drawn one (Radix's form input): alone.
  if (!name) {
    const choice =
      (element.type === 'radio' || element.type === 'checkbox') && !element.closest('[aria-hidden="true"]');
    const members = choice ? namelessChoices(element) : [element];
    return element.type === 'checkbox' && isChecklistOfFacts(members) ? [element] : members;
  }
  const root = element.getRootNode() as Document | ShadowRoot;
  const named = Array.from(root.querySelectorAll('input')).filter(
    (other): other is HTMLInputElement =>
      isInputElement(other) &&
      other.type === element.type &&
      other.getAttribute('name') === name &&
      other.form === element.form,
  );
  // A checklist of statements ("Tick every statement true for you": "I am authorized to work in
  // the US.", "I have a bachelor's degree.") asks one fact per box: each box is a question of its own.
  if (element.type === 'checkbox' && isChecklistOfFacts(named)) return [element];
  if (element.type === 'checkbox' && named.length === 1) {
    const pair = yesNoPair(element);
    if (pair) return pair;
  }
  // A library that names every radio alike (Semi's "default") still draws each question as a
  // group box of its own: the box, not the name, holds the question's options.
  const box = groupBox(element, named);
  return box && named.some((other) => !box.contains(other)) ? named.filter((other) => box.contains(other)) : named;
}

/** A sentence in the first person: "I am currently employed.", "I'll need visa sponsorship …". */
const FIRST_PERSON_FACT = /^(i|i['’]m|i['’]ve|i['’]ll|i['’]d)\s+\S+\s+\S+/i;
/** The box that says no statement holds: "None of the above", "None of these apply". */
const NONE_OF_THEM = /^none( of (the above|these|them))?\b/i;

const labelOf = (box: HTMLInputElement): string => {
  const label = box.labels?.[0];
  return label === undefined ? '' : readableText(label).trim();
};

/** A sentence about the person not opened by "I": "A Ferrylane employee referred me", "My visa expires soon". */
const ABOUT_ME = /^(\S+\s+){2,}\S+/;
const NAMES_ME = /\b(me|my|i)\b/i;
const isAboutMe = (label: string): boolean => ABOUT_ME.test(label) && NAMES_ME.test(label);

/**
 * True for the labels of several statements about the person, maybe closed by a "None of the
 * above": each box of such a checklist asks one fact of its own.
 */
export function statesFacts(labels: readonly string[]): boolean {
  const facts = labels.filter((label) => FIRST_PERSON_FACT.test(label));
  return (
    facts.length > 1 &&
    labels.every((label) => FIRST_PERSON_FACT.test(label) || isAboutMe(label) || NONE_OF_THEM.test(label))
  );
}

/**
 * Several statements about the person, maybe closed by a "None of the above", that are not all
 * answers to one question: "I will not need sponsorship", "I will need it later", "I need it now"
 * are the one statement that applies, picked as a group.
 */
const isChecklistOfFacts = (boxes: readonly HTMLInputElement[]): boolean => {
  const labels = boxes.map(labelOf);
  return statesFacts(labels) && !answerOneQuestion(labels);
};

/** Statements all about the right to work, or all about a visa sponsor. */
function answerOneQuestion(labels: readonly string[]): boolean {
  const topics = new Set(labels.filter((label) => !NONE_OF_THEM.test(label)).map(yesNoTopic));
  return topics.size === 1 && !topics.has(undefined);
}

/** A check box's caption: its label, else the words after it on its line past a drawn "[ ]" ("[ ] Yes", "<font>No</font>"). */
function boxCaption(box: HTMLInputElement): string {
  const label = labelOf(box);
  if (label) return label;
  const parts: string[] = [];
  for (let node = box.nextSibling; node; node = node.nextSibling) {
    if (isElementNode(node) && (node.matches(`${ANSWERABLE_SELECTOR}, br`) || node.querySelector(ANSWERABLE_SELECTOR)))
      break;
    parts.push(node.textContent ?? '');
  }
  return parts
    .join(' ')
    .replace(/\[\s*\]/g, ' ')
    .trim();
}

/**
 * "[ ] Yes [ ] No" drawn as two check boxes named apart (a paper form's copy: `C14Y`, `C14N`) side
 * by side on one line with nothing else to answer: one question, answered by ticking one of them.
 */
function yesNoPair(box: HTMLInputElement): HTMLInputElement[] | undefined {
  const controls = Array.from(box.parentElement?.querySelectorAll(ANSWERABLE_SELECTOR) ?? []);
  if (controls.length !== 2 || !controls.every((control) => isInputElement(control) && control.type === 'checkbox'))
    return undefined;
  const pair = controls as HTMLInputElement[];
  const root = box.getRootNode() as Document | ShadowRoot;
  const namedApart = pair.every((member) => {
    const name = member.getAttribute('name');
    return name !== null && name !== '' && root.querySelectorAll(`input[name="${CSS.escape(name)}"]`).length === 1;
  });
  const captions = pair.map(boxCaption);
  const polarities = new Set(captions.map((caption) => (isBareAnswer(caption) ? optionPolarity(caption) : undefined)));
  return namedApart && polarities.size === 2 && !polarities.has(undefined) ? pair : undefined;
}

/** The nearest box drawn as a question's group that holds `element` and another of `named`. */
function groupBox(element: HTMLInputElement, named: readonly HTMLInputElement[]): Element | null {
  for (let box = element.closest(GROUP_BOX); box; box = box.parentElement?.closest(GROUP_BOX) ?? null) {
    if (named.some((other) => other !== element && box.contains(other))) return box;
  }
  return null;
}

function namelessChoices(radio: HTMLInputElement): HTMLInputElement[] {
  let box = radio.parentElement;
  for (let depth = 0; box && depth < NAMELESS_GROUP_DEPTH; depth += 1, box = box.parentElement) {
    const controls = Array.from(box.querySelectorAll(ANSWERABLE_SELECTOR));
    if (controls.length < 2) continue;
    const radios = controls.filter(
      (control): control is HTMLInputElement =>
        isInputElement(control) &&
        control.type === radio.type &&
        !control.getAttribute('name') &&
        !control.closest('[aria-hidden="true"]'),
    );
    return radios.length === controls.length ? radios : [radio];
  }
  return [radio];
}
