/**
 * The value a local correction holds for a field the user cleared: "this field is none of the
 * profile's fields, do not fill it". It is not a canonical name (the empty string never passes
 * the wire schema), so it never reaches an event; the merge turns it into "leave this field alone".
 */
export const UNMAPPED = '';
