/**
 * The reserved canonical name of a "leave this field alone" vote: the person cleared a field
 * autofill filled, or overwrote it with none of their values. It may stand wherever a canonical
 * name does (`final_map`, a served `canonical_map`, a field prediction) and is never filled.
 */
export const LEAVE_ALONE = 'leave_alone';
