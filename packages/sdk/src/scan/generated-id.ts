/**
 * Recognizes ids a framework or a build generated, which change between page loads and must never
 * become part of a selector (DESIGN §3: never built from generated ids).
 */

const GENERATED_ID_PATTERNS: readonly RegExp[] = [
  /\d{3,}/, // digit runs: input_1234, field-20240101
  /[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}/i, // uuid-ish
  /(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{6,}/i, // hex blobs with letters and digits
  // React's useId, alone or with a suffix a component adds (shadcn's `:r1:-form-item`).
  /^:[a-z]*\d*[a-z0-9]*:/i, // React 18 `:r1:`
  /^«[a-z0-9]+»/i, // React 19.1 `«r1»`
  /^_r_[a-z0-9]+_/i, // React 19.2 `_r_1_`
  /^(ember|ext-gen|ext-comp|yui_|gwt-uid-|mui-|radix-|headlessui-|react-select-|downshift-|rc_select_|el-id-|v-|input-|field-)\d/i,
  /^(radix|headlessui|react-aria|mantine|chakra)[-_:]/i,
  /^[a-z]+[-_]?[a-z0-9]*?[A-Z][a-z0-9]*[0-9][A-Za-z0-9]{3,}$/, // mixed-case random tokens: aB3xk9Qz
];

/** True when an id looks generated and would not survive a reload. */
export function looksGenerated(id: string): boolean {
  if (id.length === 0 || id.length > 64) return true;
  if (/\s/.test(id)) return true;
  return GENERATED_ID_PATTERNS.some((pattern) => pattern.test(id));
}
