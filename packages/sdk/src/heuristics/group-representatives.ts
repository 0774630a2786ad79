import type { FieldDescriptor } from '../scan/field-descriptor.ts';

/**
 * Collapses each radio/checkbox group to its first member, so a group is one question in the map
 * (its first member's selector stands for the group; filling picks the option). Fields outside
 * groups pass through in order.
 */
export function groupRepresentatives(fields: readonly FieldDescriptor[]): FieldDescriptor[] {
  const seen = new Set<string>();
  return fields.filter((field) => {
    if ((field.type !== 'radio' && field.type !== 'checkbox') || field.group === '') return true;
    const key = `${field.type}\u0000${field.group}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
