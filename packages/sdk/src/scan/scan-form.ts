import { LIMITS } from '../protocol/limits.ts';
import { joinSelector } from './composite-selector.ts';
import { normalizeText, readableText } from './element-text.ts';
import type { FieldDescriptor } from './field-descriptor.ts';
import { type FieldElement, isCheckable, isSelectElement } from './field-element.ts';
import { ariaLabel, fieldLabel, nearbyText } from './field-label.ts';
import { collectFieldElements, type FieldLocation } from './field-roots.ts';
import { isFillable } from './fillable.ts';
import { groupMembers } from './group-members.ts';
import { groupSelector, stableSelector } from './stable-selector.ts';

/** One scanned field: pure descriptor plus the live element (the first member for a group). */
export interface ScannedField {
  descriptor: FieldDescriptor;
  element: FieldElement;
}

/**
 * Scans `root` for fields a user could fill: input/select/textarea, inside open shadow roots and
 * same-origin frames too, skipping hidden, disabled, read-only and button-like controls. Radio
 * buttons and checkboxes sharing a name become one field. A field whose selector is longer than
 * the wire allows (deeply nested frames) is left out: it could be filled but never learned.
 *
 * @example
 * const fields = scanForm(document);
 * fields.map((field) => field.descriptor.selector); // ['input[name="email"]', ...]
 */
export function scanForm(root: Document | Element): ScannedField[] {
  const seenGroups = new Set<Element>();
  const out: ScannedField[] = [];
  for (const location of collectFieldElements(root)) {
    const { element } = location;
    if (!isFillable(element)) continue;
    if (isCheckable(element)) {
      const members = groupMembers(element).filter(isFillable) as HTMLInputElement[];
      if (members.length === 0 || seenGroups.has(members[0] as Element)) continue;
      members.forEach((member) => seenGroups.add(member));
      out.push(describeGroup(members, location));
    } else {
      out.push({ element, descriptor: describe(element, stableSelector(element), location) });
    }
  }
  return out.filter((field) => field.descriptor.selector.length <= LIMITS.maxSelectorLength);
}

function describe(element: FieldElement, selector: string, location: FieldLocation): FieldDescriptor {
  return {
    selector: joinSelector([...location.hostSelectors, selector]),
    tag: element.localName as FieldDescriptor['tag'],
    type: element.type.toLowerCase() || 'text',
    name: element.getAttribute('name') ?? '',
    id: element.id,
    autocomplete: (element.getAttribute('autocomplete') ?? '').trim().toLowerCase(),
    label: fieldLabel(element),
    placeholder: normalizeText(element.getAttribute('placeholder') ?? ''),
    nearbyText: nearbyText(element),
    options: isSelectElement(element) ? selectOptions(element) : [],
    group: '',
    inShadowRoot: location.inShadowRoot,
    inFrame: location.inFrame,
  };
}

function describeGroup(members: HTMLInputElement[], location: FieldLocation): ScannedField {
  const first = members[0] as HTMLInputElement;
  const base = describe(first, groupSelector(members), location);
  const single = members.length === 1;
  return {
    element: first,
    descriptor: {
      ...base,
      // One checkbox is labelled by its own label; a group by its legend or radiogroup label.
      label: single ? base.label : groupLabel(first) || base.label,
      nearbyText: single ? base.nearbyText : nearbyText(first.closest('fieldset, [role="radiogroup"], [role="group"]') ?? first),
      options: members.map((member) => ({ value: member.value, text: fieldLabel(member) })),
      group: first.getAttribute('name') ?? '',
    },
  };
}

function groupLabel(first: HTMLInputElement): string {
  const container = first.closest('fieldset, [role="radiogroup"], [role="group"]');
  if (!container) return '';
  const legend = container.localName === 'fieldset' ? container.querySelector(':scope > legend') : null;
  return (legend ? readableText(legend) : '') || ariaLabel(container);
}

function selectOptions(select: HTMLSelectElement): FieldDescriptor['options'] {
  return Array.from(select.options).map((option) => ({ value: option.value, text: normalizeText(option.text) }));
}
