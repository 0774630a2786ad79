import type { ScannedField } from '../scan/scan-form.ts';

/**
 * Fields the page considers invalid right now: the browser's constraint validation (`:invalid`)
 * or the page's own marking (`aria-invalid="true"`, what JS validators set). With a `form`, only
 * that form's fields count: another form's empty required field says nothing about this submit.
 */
export function countInvalidFields(fields: readonly ScannedField[], form: HTMLFormElement | null): number {
  return fields.filter(
    ({ element }) => element.isConnected && (!form || formOf(element) === form) && isInvalid(element),
  ).length;
}

function formOf(element: Element): HTMLFormElement | null {
  return 'form' in element ? ((element as HTMLInputElement).form ?? null) : element.closest('form');
}

function isInvalid(element: Element): boolean {
  if (element.getAttribute('aria-invalid') === 'true') return true;
  try {
    return element.matches(':invalid');
  } catch {
    return false;
  }
}
