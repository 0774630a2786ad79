/**
 * Shape checks for plain data read back across a boundary the SDK's own code wrote to: extension
 * storage and the background's runtime-message replies (both structured clones). The content side
 * uses these instead of zod schemas: zod/mini costs ~4.5 KB gzipped before the first schema, a
 * quarter of the content script's 20 KB budget, and these values need their types checked, not
 * the wire contract (the background and the server apply that).
 */

/** A non-null, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object whose every own value is a string. */
export function isStringRecord(value: unknown): value is Record<string, string> {
  return isRecord(value) && Object.values(value).every((entry) => typeof entry === 'string');
}

/** An array of strings only. */
export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

/** The string → string entries of an unknown value; `{}` when it is no object. */
export function stringEntries(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}
