import { type FieldElement, isFieldElement, isFrameElement } from './field-element.ts';
import { isRendered } from './fillable.ts';
import { stableSelector } from './stable-selector.ts';

/** Where a field was found: the selectors of the hosts that lead to its tree, outermost first. */
export interface FieldLocation {
  element: FieldElement;
  hostSelectors: readonly string[];
  inShadowRoot: boolean;
  inFrame: boolean;
}

/**
 * Every input/select/textarea under `root` in tree order, descending into open shadow roots and
 * same-origin frames. Closed shadow roots are invisible by design; cross-origin frames are skipped
 * (their document is null or access throws, both handled).
 */
export function collectFieldElements(root: Document | Element): FieldLocation[] {
  const out: FieldLocation[] = [];
  walk(root, { hostSelectors: [], inShadowRoot: false, inFrame: false }, out);
  return out;
}

type TreeContext = Omit<FieldLocation, 'element'>;

function walk(root: ParentNode, context: TreeContext, out: FieldLocation[]): void {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (isFieldElement(element)) out.push({ element, ...context });
    const shadow = element.shadowRoot;
    if (shadow) {
      walk(shadow, { ...context, hostSelectors: [...context.hostSelectors, stableSelector(element)], inShadowRoot: true }, out);
    }
    if (isFrameElement(element)) {
      const frameDocument = sameOriginDocument(element);
      if (frameDocument && isRendered(element)) {
        walk(frameDocument, { ...context, hostSelectors: [...context.hostSelectors, stableSelector(element)], inFrame: true }, out);
      }
    }
  }
}

function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    const frameDocument = frame.contentDocument;
    // Reading the body proves access; a cross-origin document never gets here but be safe.
    return frameDocument && frameDocument.documentElement ? frameDocument : null;
  } catch {
    return null;
  }
}
