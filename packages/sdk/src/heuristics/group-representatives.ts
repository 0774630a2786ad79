import { TREE_SEPARATOR } from '../scan/composite-selector.ts';
import type { FieldDescriptor } from '../scan/field-descriptor.ts';

/**
 * The shadow roots and frames a field sits in, as its selector names them: a component that names
 * its radios alike in each of its instances (`name="choice"`) holds a group of its own in each.
 */
const treeOf = (field: FieldDescriptor): string =>
  field.selector.slice(0, Math.max(0, field.selector.lastIndexOf(TREE_SEPARATOR)));

/**
 * Collapses each radio/checkbox group to its first member, so a group is one question in the map
 * (its first member's selector stands for the group; filling picks the option). Fields outside
 * groups pass through in order.
 */
export function groupRepresentatives(fields: readonly FieldDescriptor[]): FieldDescriptor[] {
  const seen = new Set<string>();
  return fields.filter((field) => {
    if ((field.type !== 'radio' && field.type !== 'checkbox') || field.group === '') return true;
    const key = `${field.type}\u0000${field.group}\u0000${treeOf(field)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
