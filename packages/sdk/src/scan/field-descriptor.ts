/**
 * What the scanner learns about one fillable field. Pure data: the signature, the heuristics and
 * the merge work on descriptors and never touch the DOM.
 */
export interface FieldDescriptor {
  /** Selector that finds the field again after a reload; never built from a generated id. */
  selector: string;
  /** `input`, `select` or `textarea`. */
  tag: 'input' | 'select' | 'textarea';
  /** Lower-case `type` attribute for inputs (`text` when absent), `select-one`/`select-multiple`, `textarea`. */
  type: string;
  name: string;
  /** The id attribute as found, possibly generated; used for matching words, never for identity. */
  id: string;
  /** Lower-case autocomplete attribute, `''` when absent. */
  autocomplete: string;
  /** Best label text: `<label for>`, wrapping label, aria-labelledby, aria-label, in that order. */
  label: string;
  placeholder: string;
  /** Text right before the field (a heading or sibling text), for unlabelled fields. */
  nearbyText: string;
  /** Visible option texts and values of a select, or the group's values for radios; empty otherwise. */
  options: readonly { value: string; text: string }[];
  /** Radio/checkbox group name: a group counts once in the signature and in the map. */
  group: string;
  /** True when the field is inside an open shadow root. */
  inShadowRoot: boolean;
  /** True when the field is inside a same-origin iframe. */
  inFrame: boolean;
}
