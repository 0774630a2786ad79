/**
 * The ground truth beside each accuracy form (`truth.json`): what every field of the page should
 * hold once a careful person with the profile in ../profile.ts has filled it. The schema is
 * documented in ../README.md; {@link parseTruth} checks a file once, when the catalog loads it, so
 * the runner can trust the result.
 */

/** How a field is read, judged and corrected. */
export const FIELD_KINDS = ['text', 'textarea', 'select', 'radio', 'checkbox', 'widget', 'file'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** How a person sets a widget: open it and click an option, click one of its buttons, or type into it. */
export const PICK_MODES = ['option', 'button', 'type'] as const;
export type PickMode = (typeof PICK_MODES)[number];

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** An element on the page: a CSS selector (Playwright's, which pierces open shadow roots), in the top document or in a same-origin frame. */
export interface Target {
  /** CSS selector of the `<iframe>` in the top document; absent = the top document. */
  frame?: string;
  selector: string;
}

/** How a person sets a widget by hand (the learning run's corrections). */
export interface WidgetPick {
  mode: PickMode;
  /** `option`: what to click to open the list (default: the field's selector). `type`: where to type (default: the field's selector). */
  open?: string;
  /** `option`: an input to type into to narrow the list. */
  search?: string;
  /** `option`, `button`: the option (or button) elements; the one whose text equals the expected text is clicked. */
  option?: string;
  /** `type`: what to type; `button`: which button to press (default: the expected text). */
  text?: string;
  /** A key to press after typing (e.g. Enter). */
  press?: string;
  /** What to click to clear the widget (restoring a leave-alone widget someone filled). */
  clear?: string;
}

/** One field of a form, with what it should hold at the end. */
export interface TruthField extends Target {
  /** Unique within the form; names the field in tables and JSON results. */
  id: string;
  /** What a person reads next to the field. */
  label: string;
  kind: FieldKind;
  /** Step of a multi-step form, from 1. @default 1 */
  step: number;
  /** The profile value it takes, for readers; not used to judge. */
  canonical?: string;
  /** The field must be left as it was: no profile value answers it. */
  leave_alone: boolean;
  /**
   * The final state when filled: text as the field wants it (trimmed), option text for
   * select/radio, `checked`/`unchecked` for a checkbox, file name for a file, shown text for a widget.
   */
  expect?: string;
  /**
   * Answers that depend on the day the suite runs ("Within 2 weeks" of a start date): from each
   * day (`YYYY-MM-DD`, UTC) on, that answer replaces `expect` (and a model value equal to it).
   */
  expect_from?: Record<string, string>;
  /** The initial state of a leave-alone field (same forms as `expect`). @default '' ('unchecked' for a checkbox) */
  initial?: string;
  /**
   * An entry of the page's framework state (`<pre id="model">` JSON in the field's document,
   * dotted path) the field must end with: for a filled field `value` defaults to `expect`; for a
   * leave-alone field `value` is its untouched state.
   */
  model?: { key: string; value?: JsonValue };
  /** What a person enters in a leave-alone field the page requires, before submitting. */
  answer?: string;
  /** How a person sets this widget. Required for a widget with `expect` or `answer`. */
  pick?: WidgetPick;
  /** Why the field is judged this way, where a reader could doubt it. */
  note?: string;
}

/** A form's truth file, checked. */
export interface FormTruth {
  /** The posting, as a person sees it. */
  title: string;
  /** The ATS family the page is modelled on (greenhouse, workday, …) or the component library. */
  family: string;
  /** The template: postings of one template share markup and field names. */
  template: string;
  /** For a sibling posting, the form it shares its template with; null otherwise. */
  sibling_of: string | null;
  /** The page inside the form's folder. @default 'index.html' */
  page: string;
  /** Buttons that lead from one step to the next (a form of n steps has n-1). */
  next: Target[];
  /** The button a person presses to send the application. */
  submit: Target;
  /** Shown once the application was accepted. */
  done?: Target;
  fields: TruthField[];
}

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

class TruthError extends Error {
  override readonly name = 'TruthError';
}

function text(raw: Raw, key: string, where: string): string;
function text(raw: Raw, key: string, where: string, optional: true): string | undefined;
function text(raw: Raw, key: string, where: string, optional = false): string | undefined {
  const value = raw[key];
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string' || (value === '' && key !== 'expect' && key !== 'initial')) {
    throw new TruthError(`${where}: "${key}" must be a ${optional ? 'string when present' : 'non-empty string'}`);
  }
  return value;
}

function target(raw: unknown, where: string): Target {
  if (typeof raw === 'string') return { selector: raw };
  if (!isRecord(raw)) throw new TruthError(`${where}: must be a selector or { frame?, selector }`);
  const frame = text(raw, 'frame', where, true);
  return { ...(frame ? { frame } : {}), selector: text(raw, 'selector', where) };
}

function oneOf<T extends string>(list: readonly T[], value: unknown, where: string): T {
  if (typeof value === 'string' && (list as readonly string[]).includes(value)) return value as T;
  throw new TruthError(`${where}: must be one of ${list.join(', ')}, got ${JSON.stringify(value)}`);
}

function pick(raw: unknown, where: string): WidgetPick {
  if (!isRecord(raw)) throw new TruthError(`${where}: must be an object`);
  const out: WidgetPick = { mode: oneOf(PICK_MODES, raw.mode, `${where}.mode`) };
  for (const key of ['open', 'search', 'option', 'text', 'press', 'clear'] as const) {
    const value = text(raw, key, where, true);
    if (value !== undefined) out[key] = value;
  }
  if (out.mode !== 'type' && !out.option) throw new TruthError(`${where}: mode "${out.mode}" needs "option"`);
  return out;
}

const KNOWN_FIELD_KEYS = new Set([
  'id',
  'label',
  'kind',
  'frame',
  'selector',
  'step',
  'canonical',
  'leave_alone',
  'expect',
  'expect_from',
  'initial',
  'model',
  'answer',
  'pick',
  'note',
]);

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `expect_from` checked, and the answer in effect on `today` (the latest day not after it), if any. */
function answerOn(raw: unknown, today: Date, where: string): { days: Record<string, string>; answer?: string } {
  if (!isRecord(raw)) throw new TruthError(`${where}: must be { "YYYY-MM-DD": answer }`);
  const days = Object.fromEntries(Object.keys(raw).map((day) => [day, text(raw, day, where)]));
  if (Object.keys(days).some((day) => !DAY.test(day) || Number.isNaN(Date.parse(day))))
    throw new TruthError(`${where}: keys must be days (YYYY-MM-DD)`);
  const started = Object.keys(days)
    .filter((day) => Date.parse(day) <= today.getTime())
    .sort();
  const latest = started.at(-1);
  return latest === undefined ? { days } : { days, answer: days[latest] };
}

function field(raw: unknown, index: number, steps: number, today: Date): TruthField {
  const where = `fields[${index}]`;
  if (!isRecord(raw)) throw new TruthError(`${where}: must be an object`);
  for (const key of Object.keys(raw))
    if (!KNOWN_FIELD_KEYS.has(key)) throw new TruthError(`${where}: unknown key "${key}"`);
  const id = text(raw, 'id', where);
  const at = `${where} (${id})`;
  const kind = oneOf(FIELD_KINDS, raw.kind, `${at}.kind`);
  const step = raw.step === undefined ? 1 : raw.step;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 1 || step > steps)
    throw new TruthError(`${at}: "step" must be 1..${steps}`);
  const leaveAlone = raw.leave_alone === true;
  if (raw.leave_alone !== undefined && typeof raw.leave_alone !== 'boolean')
    throw new TruthError(`${at}: "leave_alone" must be a boolean`);
  const out: TruthField = {
    ...target(raw, at),
    id,
    label: text(raw, 'label', at),
    kind,
    step,
    leave_alone: leaveAlone,
  };
  for (const key of ['canonical', 'expect', 'initial', 'answer', 'note'] as const) {
    const value = text(raw, key, at, true);
    if (value !== undefined) out[key] = value;
  }
  if (raw.model !== undefined) {
    if (!isRecord(raw.model)) throw new TruthError(`${at}: "model" must be { key, value? }`);
    out.model = {
      key: text(raw.model, 'key', `${at}.model`),
      ...(raw.model.value === undefined ? {} : { value: raw.model.value as JsonValue }),
    };
  }
  if (raw.pick !== undefined) out.pick = pick(raw.pick, `${at}.pick`);
  if (raw.expect_from !== undefined) {
    if (leaveAlone || out.expect === undefined) throw new TruthError(`${at}: "expect_from" needs "expect"`);
    const { days, answer } = answerOn(raw.expect_from, today, `${at}.expect_from`);
    out.expect_from = days;
    if (answer !== undefined) {
      if (out.model?.value === out.expect) out.model = { ...out.model, value: answer };
      out.expect = answer;
    }
  }
  if (leaveAlone) {
    if (out.expect !== undefined) throw new TruthError(`${at}: a leave-alone field has "initial", not "expect"`);
    if (out.model && out.model.value === undefined)
      throw new TruthError(`${at}: a leave-alone field's "model" needs its untouched "value"`);
    if ((kind === 'select' || kind === 'widget') && out.initial === undefined && !out.model) {
      throw new TruthError(`${at}: a leave-alone ${kind} needs "initial" (or "model")`);
    }
  } else {
    if (out.initial !== undefined || out.answer !== undefined)
      throw new TruthError(`${at}: "initial" and "answer" are for leave-alone fields`);
    if (kind !== 'widget' && out.expect === undefined)
      throw new TruthError(`${at}: needs "expect" (or "leave_alone": true)`);
    if (kind === 'widget' && out.expect === undefined && !out.model)
      throw new TruthError(`${at}: a widget needs "expect" and/or "model"`);
    if (kind === 'widget' && out.model && out.model.value === undefined && out.expect === undefined)
      throw new TruthError(`${at}: "model" needs a "value"`);
    if (kind === 'checkbox' && out.expect !== 'checked' && out.expect !== 'unchecked')
      throw new TruthError(`${at}: a checkbox expects "checked" or "unchecked"`);
  }
  if (kind === 'widget' && (out.expect !== undefined || out.answer !== undefined) && !out.pick)
    throw new TruthError(`${at}: a widget needs "pick"`);
  return out;
}

/**
 * Checks a truth file's JSON; throws a TruthError naming the first problem. Answers that depend on
 * the day are those in effect on `today`.
 */
export function parseTruth(json: unknown, formName: string, today: Date = new Date()): FormTruth {
  try {
    if (!isRecord(json)) throw new TruthError('must be an object');
    const siblingOf = json.sibling_of;
    if (siblingOf !== null && typeof siblingOf !== 'string')
      throw new TruthError('"sibling_of" must be a form name or null');
    if (json.next !== undefined && !Array.isArray(json.next)) throw new TruthError('"next" must be a list');
    const next = ((json.next ?? []) as unknown[]).map((raw, index) => target(raw, `next[${index}]`));
    if (!Array.isArray(json.fields) || json.fields.length === 0)
      throw new TruthError('"fields" must be a non-empty list');
    const fields = json.fields.map((raw, index) => field(raw, index, next.length + 1, today));
    const ids = new Set<string>();
    for (const { id } of fields) {
      if (ids.has(id)) throw new TruthError(`field id "${id}" is used twice`);
      ids.add(id);
    }
    return {
      title: text(json, 'title', 'truth'),
      family: text(json, 'family', 'truth'),
      template: text(json, 'template', 'truth'),
      sibling_of: siblingOf,
      page: text(json, 'page', 'truth', true) ?? 'index.html',
      next,
      submit: target(json.submit, 'submit'),
      ...(json.done === undefined ? {} : { done: target(json.done, 'done') }),
      fields,
    };
  } catch (error) {
    if (error instanceof TruthError) throw new TruthError(`${formName}/truth.json: ${error.message}`);
    throw error;
  }
}
