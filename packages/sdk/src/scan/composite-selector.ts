/**
 * Selectors across shadow roots and same-origin frames: `<host selector> >>> <inner selector>`,
 * one part per tree. `>>>` is not valid CSS, and selector parts escape `>` inside strings, so a
 * split on the separator is unambiguous.
 */
export const TREE_SEPARATOR = ' >>> ';

/** Joins the selectors of the hosts (shadow hosts, iframes) and the field, outermost first. */
export function joinSelector(parts: readonly string[]): string {
  return parts.join(TREE_SEPARATOR);
}

/** Splits a selector into its per-tree parts, outermost first. */
export function splitSelector(selector: string): string[] {
  return selector.split(TREE_SEPARATOR);
}
