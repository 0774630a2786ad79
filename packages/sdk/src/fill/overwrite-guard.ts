/**
 * Values a page writes over the fill a moment after it: a résumé parser that finishes after the
 * fill and puts what it read ("United States") where the location was filled. A person puts their
 * own back; so does the fill, once per field, unless the person typed there meanwhile. A reformat
 * of the same characters ("4155550134" shown as "(415) 555-0134") is the page's to keep.
 *
 * Owner: the content-side autofill run, for a fill that gave the page a file. Lifecycle: started
 * after the fill, stops by itself after `windowMs`, or on stop() (the run ended or was destroyed).
 */
import { type FieldElement, isTextBox } from '../scan/field-element.ts';
import type { ScannedField } from '../scan/scan-form.ts';
import { createListenerSet } from '../watch/listener-set.ts';
import { watchPersonTouches } from '../watch/person-touches.ts';
import { readFieldValue } from './read-field-value.ts';

export interface OverwriteGuardOptions {
  /** How long after the fill a page's write is put right. @default 3000 */
  windowMs?: number;
  /** How often the filled values are looked at. @default 250 */
  pollMs?: number;
}

/** Text boxes only: a choice or a file a page changes has its own reasons. */
const isGuarded = (field: ScannedField): boolean => !field.widget && isTextBox(field.element);

/** The letters and digits of a value: what a reformat keeps. */
const characters = (value: string): string => value.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

/**
 * Watches the filled text boxes of `fields` (`filled`: selector → the value the fill left) and,
 * when the page writes something else into one before `windowMs` is over, calls `refill` for it
 * once. Returns stop().
 */
export function guardAgainstOverwrites(
  fields: readonly ScannedField[],
  filled: Readonly<Record<string, string>>,
  refill: (field: ScannedField) => Promise<unknown>,
  { windowMs = 3_000, pollMs = 250 }: OverwriteGuardOptions = {},
): () => void {
  const watched = fields.filter((field) => field.descriptor.selector in filled && isGuarded(field));
  const view = watched[0]?.element.ownerDocument.defaultView;
  if (!view) return () => undefined;
  const done = new Set<string>();
  const listeners = createListenerSet();
  const touched = watchPersonTouches(new Set(watched.map((field) => field.element.ownerDocument)), listeners);
  const until = Date.now() + windowMs;
  let timer: number | undefined;
  let stopped = false;
  const stop = () => {
    stopped = true;
    if (timer !== undefined) view.clearTimeout(timer);
    listeners.removeAll();
  };
  const look = async () => {
    for (const field of watched) {
      const { selector } = field.descriptor;
      if (stopped || done.has(selector) || touched.has(field.element) || !field.element.isConnected) continue;
      const now = readFieldValue(field.element as FieldElement);
      const wanted = filled[selector] ?? '';
      if (now === wanted || characters(now) === characters(wanted)) continue;
      done.add(selector);
      await refill(field).catch(() => undefined);
    }
    if (stopped || Date.now() >= until) stop();
    else timer = view.setTimeout(() => void look(), pollMs);
  };
  timer = view.setTimeout(() => void look(), pollMs);
  return stop;
}
