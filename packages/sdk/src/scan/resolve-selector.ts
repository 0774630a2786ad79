import { splitSelector } from './composite-selector.ts';
import { type FieldElement, isFieldElement, isFrameElement } from './field-element.ts';

/**
 * Finds the field a (possibly composite) selector names, starting from `root`: each part before
 * the last is a shadow host or a same-origin frame to enter. Returns null when any step is missing,
 * a closed or cross-origin boundary is in the way, or the selector is not valid CSS. For a group
 * selector this is the first member.
 */
export function resolveSelector(root: Document | ShadowRoot | Element, selector: string): FieldElement | null {
  const parts = splitSelector(selector);
  let scope: ParentNode = root;
  for (const [index, part] of parts.entries()) {
    const found = querySafely(scope, part);
    if (!found) return null;
    if (index === parts.length - 1) return isFieldElement(found) ? found : null;
    const inner = enter(found);
    if (!inner) return null;
    scope = inner;
  }
  return null;
}

function enter(host: Element): ParentNode | null {
  if (host.shadowRoot) return host.shadowRoot;
  if (!isFrameElement(host)) return null;
  try {
    return host.contentDocument;
  } catch {
    return null;
  }
}

function querySafely(scope: ParentNode, selector: string): Element | null {
  try {
    return scope.querySelector(selector);
  } catch {
    return null;
  }
}
