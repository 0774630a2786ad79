/**
 * The prompt a library's combobox draws beside its input instead of a `placeholder` attribute:
 * Element Plus writes "Currency" in `.el-select__placeholder`, Ant Design in `.ant-select-placeholder`,
 * react-select in `__placeholder`. With no label of its own, that prompt is what the person reads.
 */
import { normalizeText, readableText } from './element-text.ts';
import { CONTROL_SELECTOR } from './field-element.ts';

/** How many wrappers up from the input the prompt may sit. */
const PROMPT_MAX_DEPTH = 4;
const PROMPT_MAX_LENGTH = 60;

/** The prompt drawn in the combobox `element` belongs to, or '' when it draws none. */
export function drawnPlaceholder(element: Element): string {
  if (element.getAttribute('role') !== 'combobox') return '';
  let wrapper = element.parentElement;
  for (let depth = 0; wrapper && depth < PROMPT_MAX_DEPTH; depth += 1, wrapper = wrapper.parentElement) {
    // Past the widget's own wrapper: another control's prompt is not this one's.
    if (wrapper.querySelectorAll(CONTROL_SELECTOR).length > 1) return '';
    const prompt = Array.from(wrapper.querySelectorAll('[class*="placeholder" i]')).find(
      (node) => !node.contains(element) && node.checkVisibility() && showsPrompt(node),
    );
    if (prompt) return normalizeText(readableText(prompt, PROMPT_MAX_LENGTH));
  }
  return '';
}

/**
 * True while the element shows the prompt, not a pick: Element Plus draws the pick in the same
 * `el-select__selected-item el-select__placeholder` box, dimmed (`is-transparent`) only while
 * nothing is picked.
 */
function showsPrompt(node: Element): boolean {
  const classes = node.getAttribute('class') ?? '';
  return !/selected/i.test(classes) || /transparent/i.test(classes);
}
