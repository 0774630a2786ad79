import { LIMITS } from '../protocol/limits.ts';

/**
 * The scanned fields a LearningEvent can carry, in page order: a selector longer than the wire
 * allows is left out (the field could be filled but never learned), and the scan stops once the
 * fields would exceed a map's entry or selector-character cap. Every selector-keyed map of the
 * event is keyed by these fields, so each one then fits the contract. Measured real forms stay far
 * below both caps (see LIMITS); a page beyond them is filled and learned in its first fields only.
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
