/**
 * What the scanner learns about one fillable field. Pure data: the signature, the heuristics and
 * the merge work on descriptors and never touch the DOM.
 */
export interface FieldDescriptor {
  /** Selector that finds the field again after a reload; never built from a generated id. */
  selector: string;
  /** `input`, `select` or `textarea`; `combobox` for a custom dropdown driven through ARIA. */
  tag: 'input' | 'select' | 'textarea' | 'combobox';
  /**
   * Lower-case `type` attribute for inputs (`text` when absent), `select-one`/`select-multiple`,
   * `textarea`, `combobox` for a custom dropdown (also when it is an `<input role=combobox>`).
   */
  type: string;
  name: string;
  /** The id attribute as found, possibly generated; used for matching words, never for identity. */
  id: string;
  /** Lower-case autocomplete attribute, `''` when absent. */
  autocomplete: string;
  /** Best label text: `<label for>`, wrapping label, aria-labelledby, aria-label, in that order. */
  label: string;
  placeholder: string;
  /** Help text tied to the field by aria-describedby, `''` when none. */
  hint: string;
  /** The heading of the form part the field sits in ("Work Experience 1"), `''` when none. */
  section: string;
  /** The note right under that heading ("List your most recent position first."), when the page writes one. */
  sectionNote?: string;
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
  /** maxlength attribute; -1 when absent. */
  maxLength: number;
  /** pattern attribute, `''` when absent. */
  pattern: string;
  /** inputmode attribute, lower-case, `''` when absent. */
  inputMode: string;
  /** A fixed add-on right before the field ("https://", "+1"), `''` when none. */
  prefix: string;
  /**
   * The part of the page the field belongs to: its form, or a page landmark (header, footer, nav,
   * search), or the page itself. A canonical goes to one field per scope, and scopes that are
   * decoys (a newsletter box, a site search, a sign-in box) are left alone.
   */
  scope: string;
  /** What the scope says about itself (form id, class, name, aria-label, its buttons' words), for decoy detection. */
  scopeText: string;
  /**
   * The field is one box of a value split over a row of short boxes ("(415) 555 - 0134"): the
   * selector of the row's first box, this box's index and every box's maxlength. Absent otherwise.
   */
  split?: { first: string; index: number; sizes: readonly number[] };
}
