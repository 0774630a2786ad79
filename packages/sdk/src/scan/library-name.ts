/**
 * Names a component library gives every one of its widgets or wrappers, not the question:
 * vue-select's "Search for option", vue-multiselect's "-searchbox", Grommet's "Select", antd-mobile's
 * "Selector", Calcite's "Date" on the text box inside every date input, Semi's "selected" on every
 * select and "Input group" on every input group, Base Web's "button group" on every button group,
 * antd's Segmented "segmented control", PatternFly's "Type to filter" on every typeahead, Nuxt UI's
 * "Show popup" on every select menu's trigger, a translation key the library left untranslated
 * (Vuestic's "$t:inputField" on every input), and CKEditor's "Rich Text Editor. Editing area: main"
 * and TinyMCE's "Rich Text Area" on every editor. The page's own label says what the field asks.
 */
const LIBRARY_NAME =
  /^(-?search ?box|search for (an? )?options?|(select|choose)( an? options?)?|selector|selected|input[ -]group|button[ -]group|(radio|checkbox)[ -]group|segmented control|date|type to filter|tags input field|(show|open|toggle) (popup|menu|options|list|dropdown)|\$t:[\w.-]+|\{\{.*\}\}|rich text (editor|area)\b.*|editor editing area: \w+.*)$/i;

/** True for a library's stock name ("Search for option"), which names no field. */
export function isLibraryName(text: string): boolean {
  return LIBRARY_NAME.test(text.trim());
}
