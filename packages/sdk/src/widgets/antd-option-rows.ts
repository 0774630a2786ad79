import { isShown } from './is-shown.ts';

/**
 * Adapter for Ant Design (rc-select): its `[role=option]` elements sit in a zero-size listbox for
 * screen readers, hold the option's value as text and exist only for the active option and its
 * neighbours. The rows a person sees and clicks carry no role; they are the `*-select-item-option`
 * elements (any prefixCls) of the same dropdown. Returns those rows, or none for other listboxes.
 */
export function antdOptionRows(listbox: Element): Element[] {
  const rows = listbox.parentElement?.querySelectorAll('[class*="select-item-option"]') ?? [];
  return Array.from(rows).filter(
    (row) => Array.from(row.classList).some((name) => name.endsWith('select-item-option')) && isShown(row),
  );
}
