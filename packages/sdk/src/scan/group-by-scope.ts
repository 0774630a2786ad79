import type { FieldDescriptor } from './field-descriptor.ts';

/** The fields of each scope (form, landmark, page), in document order, scopes in order of first field. */
export function groupByScope(fields: readonly FieldDescriptor[]): Map<string, FieldDescriptor[]> {
  const byScope = new Map<string, FieldDescriptor[]>();
  for (const field of fields) {
    const members = byScope.get(field.scope);
    if (members) members.push(field);
    else byScope.set(field.scope, [field]);
  }
  return byScope;
}
