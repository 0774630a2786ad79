/**
 * A switch drawn with no native box behind it (antd's and Arco's `<button role="switch">`, Naive
 * UI's and Quasar's `<div role="switch">`, UI5's `ui5-switch`): its state is `aria-checked`, and
 * only its own click changes it. A switch that mirrors a hidden checkbox beside it (Radix, Base UI)
 * is that checkbox's, filled through it.
 */
import type { FillOutcome } from '../fill/fill-outcome.ts';
import { press } from './person-events.ts';
import { DEFAULT_TIMEOUT_MS, waitFor } from './wait-for.ts';

/** True for a switch with no native checkbox beside it. */
export function isDrawnSwitch(element: Element): boolean {
  if (!element.matches('[role="switch"]') || element.localName === 'input') return false;
  if (element.closest('[aria-hidden="true"],[inert],[aria-disabled="true"]')) return false;
  return !Array.from(element.parentElement?.children ?? []).some(
    (sibling) => sibling.localName === 'input' && (sibling as HTMLInputElement).type === 'checkbox',
  );
}

/** True when the switch is on. */
export const switchIsOn = (element: Element): boolean => element.getAttribute('aria-checked') === 'true';

/** Turns the switch on or off by a person's click; `filled` once it says so. */
export async function fillDrawnSwitch(element: HTMLElement, on: boolean): Promise<FillOutcome> {
  if (element.matches(':disabled')) return 'not_fillable';
  if (switchIsOn(element) === on) return 'filled';
  await press(element);
  const turned = await waitFor(element.ownerDocument, () => switchIsOn(element) === on, DEFAULT_TIMEOUT_MS / 3);
  return turned ? 'filled' : 'did_not_stick';
}
