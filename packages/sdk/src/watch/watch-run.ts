/**
 * Run watcher: after a fill, waits for the run to end and reports how, once.
 *
 * Owner: the content-side autofill run. Lifecycle: created right after fillForm, ends itself on the
 * first end signal (then removes its listeners), or is torn down by destroy() without reporting.
 *
 *   click on a submit button ─┐  (or, without a form, on a button saying submit/apply/next/…)
 *   submit (capture) ─────────┴─► pending submit ─ setTimeout(0) ─► end {submit, invalidFieldCount}
 *   reset (capture) ───────────────────────────────────────────────► end {reset}
 *   pagehide ─────────────► end {submit} if a submit is pending, else end {left}
 *
 * The submit is settled one task later so that the page's own handlers (React re-rendering
 * `aria-invalid`) have run, and so that a click on a submit button of an invalid form, which the
 * browser blocks without any submit event, still ends the run. `requestSubmit()` fires a submit
 * event and takes the same path. The values are read when the submit is seen, before the page's
 * handlers run: a single-page app may unmount its form on submit. A text box counts as the
 * person's only if they touched it (person-touches.ts): a page's own writes teach nothing.
 */
import type { Choice } from '../fill/match-choice.ts';
import { readFieldChoice, readFieldValue } from '../fill/read-field-value.ts';
import { isFieldElement, isTextBox } from '../scan/field-element.ts';
import { resolveSelector } from '../scan/resolve-selector.ts';
import { isTypedControl, readShownChoice } from '../widgets/index.ts';
import type { ScannedField } from '../scan/scan-form.ts';
import type { RunEndSignal } from '../status/run-status.ts';
import { countInvalidFields } from './invalid-fields.ts';
import { createListenerSet } from './listener-set.ts';
import { watchPersonTouches, type PersonTouches } from './person-touches.ts';
import { submitClick, submittedForm } from './submit-button.ts';

/**
 * How the run ended, and every scanned field's value at that moment (selector → value): the filled
 * ones for edit stats, the others so a value the user typed into an unfilled field can still teach
 * the mapping. Stays on the device.
 */
export interface RunEnd {
  signal: RunEndSignal;
  finalValues: Record<string, string>;
  /** selector → the option a choice control (select, radio group, dropdown) shows at the end. */
  finalChoices: Record<string, Choice>;
}

export interface WatchRunOptions {
  /** The root the run scanned; its document's window gets the pagehide listener. */
  root: Document | Element;
  /** Every scanned field: invalid fields are counted among them. */
  fields: readonly ScannedField[];
  /** Selector → filled value. Their final values are read even if the field left `fields`. */
  filled: Readonly<Record<string, string>>;
  /** Called exactly once, unless destroy() comes first. */
  onEnd: (end: RunEnd) => void;
}

/** A running watcher. */
export interface RunWatcher {
  /** Removes every listener and pending timer; onEnd is never called afterwards. */
  destroy(): void;
  /** True once onEnd was called or destroy() ran. */
  readonly done: boolean;
}

/** Starts watching for the end of an autofill run. See the file comment for the flow. */
export function watchRun(options: WatchRunOptions): RunWatcher {
  const { root, fields, filled, onEnd } = options;
  const document = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  const view = document.defaultView;
  const listeners = createListenerSet();
  const touches = watchPersonTouches(new Set(fields.map((field) => field.element.ownerDocument)), listeners);
  let done = false;
  let submitTimer: number | undefined;
  let submitForm: HTMLFormElement | null = null;
  /** The values as the person left them when submitting, before the page's own handlers ran. */
  let atSubmit: FinalValues | undefined;

  const destroy = () => {
    done = true;
    listeners.removeAll();
    if (submitTimer !== undefined) view?.clearTimeout(submitTimer);
    submitTimer = undefined;
  };

  const end = (kind: 'submit' | 'reset' | 'left') => {
    if (done) return;
    const signal: RunEndSignal =
      kind === 'submit' ? { kind, invalidFieldCount: countInvalidFields(fields, submitForm) } : { kind };
    const { finalValues, finalChoices } = withVanished(readFinalValues(document, fields, filled, touches), atSubmit);
    destroy();
    onEnd({ signal, finalValues, finalChoices });
  };

  const submitAttempted = (form: HTMLFormElement | null) => {
    if (done || submitTimer !== undefined || !view) return;
    submitForm = form;
    // A single-page app may unmount the form on submit before the run is settled a task later.
    atSubmit = readFinalValues(document, fields, filled, touches);
    submitTimer = view.setTimeout(() => end('submit'), 0);
  };

  const onClick = (event: Event) => {
    const click = submitClick(event);
    if (click) submitAttempted(click.form);
  };

  for (const tree of treeRoots(document, fields)) {
    listeners.on(tree, 'submit', (event) => submitAttempted(submittedForm(event)), true);
    listeners.on(tree, 'click', onClick, true);
    listeners.on(tree, 'reset', () => end(submitTimer === undefined ? 'reset' : 'submit'), true);
  }
  if (view) listeners.on(view, 'pagehide', () => end(submitTimer === undefined ? 'left' : 'submit'), true);

  return {
    destroy,
    get done() {
      return done;
    },
  };
}

/** The document plus every shadow root and frame document holding a field: submit does not cross them. */
function treeRoots(document: Document, fields: readonly ScannedField[]): Set<Document | ShadowRoot> {
  const roots = new Set<Document | ShadowRoot>([document]);
  for (const { element } of fields) roots.add(element.getRootNode() as Document | ShadowRoot);
  return roots;
}

type FinalValues = Pick<RunEnd, 'finalValues' | 'finalChoices'>;

/**
 * The values the person submitted, read as they submitted (before the page's handlers could
 * unmount the form, as a React or Vue form replaced by its thank-you message is), and for any
 * field not read then, its value at the end.
 */
function withVanished(now: FinalValues, atSubmit: FinalValues | undefined): FinalValues {
  if (!atSubmit) return now;
  return {
    finalValues: { ...now.finalValues, ...atSubmit.finalValues },
    finalChoices: { ...pickAbsent(now.finalChoices, atSubmit.finalValues), ...atSubmit.finalChoices },
  };
}

/** The entries of `record` whose selector `read` lacks. */
function pickAbsent<T>(record: Readonly<Record<string, T>>, read: Readonly<Record<string, unknown>>) {
  return Object.fromEntries(Object.entries(record).filter(([selector]) => !(selector in read)));
}

function readFinalValues(
  document: Document,
  fields: readonly ScannedField[],
  filled: Readonly<Record<string, string>>,
  touches: PersonTouches,
): FinalValues {
  const finalValues: Record<string, string> = {};
  const finalChoices: Record<string, Choice> = {};
  const bySelector = new Map(fields.map((field) => [field.descriptor.selector, field]));
  for (const selector of new Set([...bySelector.keys(), ...Object.keys(filled)])) {
    const field = bySelector.get(selector);
    if (field?.widget) {
      // A dropdown shows its choice as text: that text is both its value and its option.
      if (!field.element.isConnected) continue;
      const shown = readShownChoice(field.element);
      finalValues[selector] = shown;
      // An editor's text or a typed date is no choice.
      if (shown !== '' && !isTypedControl(field.element)) finalChoices[selector] = { value: shown, text: shown };
      continue;
    }
    const element = field?.element.isConnected ? field.element : resolveSelector(document, selector);
    // A field that vanished (re-rendered away) has no final value; absent is not the same as empty.
    if (!element || !isFieldElement(element)) continue;
    // A text box the person never touched holds what the fill or the page (a résumé parser, a
    // reformat) put there: none of it is the person's edit or their answer.
    const byPerson = touches.has(element) || (field !== undefined && touches.has(field.element));
    if (isTextBox(element) && !byPerson) {
      finalValues[selector] = filled[selector] ?? '';
      continue;
    }
    finalValues[selector] = readFieldValue(element);
    const choice = readFieldChoice(element);
    if (choice !== undefined) finalChoices[selector] = choice;
  }
  return { finalValues, finalChoices };
}
