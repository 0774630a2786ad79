/**
 * A slider drawn without a native range input (antd's and Radix's `role="slider"` thumb, a
 * hand-built track): set as a person does from the keyboard, Home then one step at a time, and
 * read from `aria-valuenow`. One thumb of a band (a minimum and a maximum) is no figure of the
 * person's own and is not a field.
 */
import type { FillOutcome } from '../fill/fill-outcome.ts';
import { peerControls } from './peer-controls.ts';
import { pressKey } from './person-events.ts';
import { nextFrame } from './wait-for.ts';

/** How far up the other thumb of a band may sit (thumb › track › slider root). */
const BAND_DEPTH = 2;
/** Most arrow presses a fill spends on one slider: a finer slider is left to the person. */
const MAX_PRESSES = 120;

const bound = (element: Element, name: string): number => Number.parseFloat(element.getAttribute(name) ?? '');

/** The slider's value now (`aria-valuenow`), NaN when it says none. */
export const sliderValue = (element: Element): number => bound(element, 'aria-valuenow');

/** True for a drawn slider with a range a person can move through, not one thumb of a band. */
export function isAriaSlider(element: Element): boolean {
  if (element.getAttribute('role') !== 'slider' || element.localName === 'input') return false;
  if ([bound(element, 'aria-valuemin'), bound(element, 'aria-valuemax')].some(Number.isNaN)) return false;
  if (element.closest('[aria-hidden="true"], [aria-disabled="true"]')) return false;
  return peerControls(element, '[role="slider"]', BAND_DEPTH) === undefined;
}

/**
 * Moves the slider to `target` by its keys: Home, then arrow steps until it says the target (or
 * the nearest value its steps reach). A target beyond its ends, or too many steps away, is left
 * to the person and the slider as it was.
 */
export async function fillAriaSlider(element: HTMLElement, target: number): Promise<FillOutcome> {
  const min = bound(element, 'aria-valuemin');
  const max = bound(element, 'aria-valuemax');
  if (Number.isNaN(target) || target < min || target > max) return 'not_fillable';
  const doc = element.ownerDocument;
  const start = sliderValue(element);
  const move = async (key: 'Home' | 'ArrowRight' | 'ArrowLeft'): Promise<number> => {
    pressKey(element, key);
    await nextFrame(doc);
    return sliderValue(element);
  };
  element.focus({ preventScroll: true });
  let value = await move('Home');
  const first = value < target ? await move('ArrowRight') : value;
  const step = first - value;
  if (value !== target && (step <= 0 || (target - value) / step > MAX_PRESSES)) {
    // The page takes no steps, or too fine ones: back where it was, for the person to set.
    await restore(element, start, move);
    return 'did_not_stick';
  }
  value = first;
  for (let presses = 0; presses < MAX_PRESSES && value + step <= target; presses += 1) {
    const next = await move('ArrowRight');
    if (next === value) break;
    value = next;
  }
  // Between two steps, the nearer.
  if (target - value > step / 2) value = await move('ArrowRight');
  return Math.abs(value - target) <= step / 2 || value === target ? 'filled' : 'did_not_stick';
}

async function restore(
  element: Element,
  start: number,
  move: (key: 'ArrowRight' | 'ArrowLeft') => Promise<number>,
): Promise<void> {
  for (let presses = 0; presses < MAX_PRESSES; presses += 1) {
    const value = sliderValue(element);
    if (Number.isNaN(start) || value >= start) return;
    if ((await move('ArrowRight')) === value) return;
  }
}
