/**
 * How filling one field went. Closed list: it feeds stats and test assertions.
 * - `filled`: the value was set and still stands after the page's handlers ran.
 * - `skipped_file`: file inputs are never filled.
 * - `no_matching_option`: no select option, radio or checkbox matched the value.
 * - `did_not_stick`: set, but a handler (a controlled component) put something else back.
 * - `not_fillable`: disabled, read-only, a button, or not a form control at all.
 */
export const FILL_OUTCOMES = ['filled', 'skipped_file', 'no_matching_option', 'did_not_stick', 'not_fillable'] as const;

/** One of FILL_OUTCOMES. */
export type FillOutcome = (typeof FILL_OUTCOMES)[number];
