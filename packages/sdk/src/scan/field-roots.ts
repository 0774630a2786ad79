import {
  isCalendarTrigger,
  isChoiceGroup,
  isChoiceWidget,
  isDateSegments,
  isAriaSlider,
  isDrawnSwitch,
  isDropZone,
  isTextEditor,
  widgetElement,
} from '../widgets/index.ts';
import { type FieldElement, isFieldElement, isFrameElement } from './field-element.ts';
import { isRendered } from './fillable.ts';
import { selectCover } from './drawn-select.ts';
import { stableSelector } from './stable-selector.ts';

/** Where a field was found: the selectors of the hosts that lead to its tree, outermost first. */
export interface FieldLocation {
  /** A form control, or a custom dropdown's combobox (`widget`). */
  element: FieldElement | HTMLElement;
  /** True for a custom dropdown driven through ARIA (see widgets/). */
  widget: boolean;
  hostSelectors: readonly string[];
  inShadowRoot: boolean;
  inFrame: boolean;
}

/**
 * Every input/select/textarea and custom dropdown under `root` in tree order, descending into open shadow roots and
 * same-origin frames. Closed shadow roots are invisible by design; cross-origin frames are skipped
 * (their document is null or access throws, both handled).
 */
export function collectFieldElements(root: Document | Element): FieldLocation[] {
  const out: FieldLocation[] = [];
  walk(root, { hostSelectors: [], inShadowRoot: false, inFrame: false }, out, new Set());
  return out;
}

type TreeContext = Omit<FieldLocation, 'element' | 'widget'>;

/** `widgets`: dropdowns found so far; a combobox's input and its toggle button are one widget. */
function walk(root: ParentNode, context: TreeContext, out: FieldLocation[], widgets: Set<Element>): void {
  /** Widgets and drawn controls that hold their own search box: what is inside them is theirs. */
  const covers: Element[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (
      isChoiceWidget(element) ||
      isChoiceGroup(element) ||
      isTextEditor(element) ||
      isDateSegments(element) ||
      isCalendarTrigger(element) ||
      isDropZone(element) ||
      isDrawnSwitch(element) ||
      isAriaSlider(element)
    ) {
      const widget =
        isChoiceGroup(element) || isDrawnSwitch(element) || isAriaSlider(element) ? element : widgetElement(element);
      if (!widgets.has(widget)) {
        widgets.add(widget);
        out.push({ element: widget as HTMLElement, widget: true, ...context });
        // The search box inside a combobox drawn as a box (vue-multiselect) is the widget's, no field.
        if (!isFieldElement(widget)) covers.push(widget);
      }
    } else if (isFieldElement(element) && !covers.some((control) => control.contains(element))) {
      const cover = element.localName === 'select' ? selectCover(element as HTMLSelectElement) : undefined;
      // A drawn control is the select it covers, not a field of its own (nor is the search box inside
      // it: Chosen's); a replaced select is its control's.
      if (!cover?.replaced) out.push({ element, widget: false, ...context });
      if (cover && !cover.replaced) {
        widgets.add(widgetElement(cover.control));
        covers.push(cover.control);
      }
    }
    const shadow = element.shadowRoot;
    if (shadow) {
      walk(
        shadow,
        { ...context, hostSelectors: [...context.hostSelectors, stableSelector(element)], inShadowRoot: true },
        out,
        widgets,
      );
    }
    if (isFrameElement(element)) {
      const frameDocument = sameOriginDocument(element);
      if (frameDocument && isRendered(element)) {
        walk(
          frameDocument,
          { ...context, hostSelectors: [...context.hostSelectors, stableSelector(element)], inFrame: true },
          out,
          widgets,
        );
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
