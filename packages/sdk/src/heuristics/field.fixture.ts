import type { FieldDescriptor } from '../scan/field-descriptor.ts';

/**
 * Test fixture: a FieldDescriptor with empty defaults. The selector defaults to one built from the
 * name, like the scanner does for named fields.
 */
export function field(partial: Partial<FieldDescriptor> & { name?: string }): FieldDescriptor {
  const name = partial.name ?? '';
  return {
    selector: partial.selector ?? `[name="${name}"]`,
    tag: 'input',
    type: 'text',
    name,
    id: '',
    autocomplete: '',
    label: '',
    placeholder: '',
    hint: '',
    section: '',
    nearbyText: '',
    options: [],
    group: '',
    inShadowRoot: false,
    inFrame: false,
    maxLength: -1,
    pattern: '',
    inputMode: '',
    prefix: '',
    scope: 'page',
    scopeText: '',
    ...partial,
  };
}
