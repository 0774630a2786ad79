/**
 * Judging one field's state against its truth. Pure.
 *
 * - A field to fill is `right` when its state equals the expectation (text trimmed, option and
 *   label text with runs of white space folded) and, if it names a model entry, the page's state
 *   holds the expected value there; `wrong` otherwise.
 * - A leave-alone field is `kept` when it still has its initial state (and model value), `touched`
 *   otherwise.
 * - `missing`: the selector matched no element (or several, where one is meant), or the page shows
 *   no model although the truth names one: the truth file or the page is broken, not the fill.
 */
import type { FieldState } from './field-state.ts';
import type { FieldKind, JsonValue, TruthField } from './truth.ts';

export const VERDICTS = ['right', 'wrong', 'kept', 'touched', 'missing'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A leave-alone field's initial state when the truth gives none. */
export function defaultInitial(kind: FieldKind): string {
  return kind === 'checkbox' ? 'unchecked' : '';
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Strings compare folded, numbers and booleans as themselves, absent as null. */
function sameJson(actual: JsonValue | undefined, expected: JsonValue | undefined): boolean {
  const normal = (value: JsonValue | undefined): JsonValue =>
    typeof value === 'string' ? fold(value) : (value ?? null);
  return JSON.stringify(normal(actual)) === JSON.stringify(normal(expected));
}

/** The DOM state a field must end in, or undefined when only its model is judged. */
export function targetState(field: TruthField): string | undefined {
  return field.leave_alone
    ? (field.initial ?? (field.kind === 'widget' ? undefined : defaultInitial(field.kind)))
    : field.expect;
}

/** The verdict for one field. */
export function judgeField(field: TruthField, state: FieldState): Verdict {
  const found = field.kind === 'radio' ? state.found >= 1 : state.found === 1;
  if (!found || (field.model && !state.model?.present)) return 'missing';
  const wanted = targetState(field);
  const domOk =
    wanted === undefined ||
    (field.kind === 'text' || field.kind === 'textarea'
      ? state.value === wanted.trim()
      : fold(state.value) === fold(wanted));
  const modelOk = !field.model || sameJson(state.model?.value, field.model.value ?? field.expect);
  const ok = domOk && modelOk;
  if (field.leave_alone) return ok ? 'kept' : 'touched';
  return ok ? 'right' : 'wrong';
}
