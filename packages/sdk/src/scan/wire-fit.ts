import { LIMITS } from '../protocol/limits.ts';

/**
 * The scanned fields a LearningEvent can carry, in the order given: a selector longer than the wire
 * allows is left out, and the list stops once the fields would exceed a map's entry or
 * selector-character cap. Every selector-keyed map of the event is keyed by these fields, so each
 * one then fits the contract. The fill is not bound by it: a page beyond the caps (long ASP.NET or
 * shadow-root selectors, a 70-field enterprise form beside a work history) is filled whole and
 * learned in these fields.
 */
export function fitToWire<T extends { descriptor: { selector: string } }>(fields: readonly T[]): T[] {
  const kept: T[] = [];
  let chars = 0;
  for (const field of fields) {
    const { length } = field.descriptor.selector;
    if (length > LIMITS.maxSelectorLength) continue;
    if (kept.length === LIMITS.maxFieldsPerForm || chars + length > LIMITS.maxSelectorCharsPerMap) break;
    kept.push(field);
    chars += length;
  }
  return kept;
}
