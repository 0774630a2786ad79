import { captionInside } from './starting-caption.ts';
import { bracketCaptionAfter } from './bracket-caption-after.ts';
import { joinSelector } from './composite-selector.ts';
import { normalizeText, readableText } from './element-text.ts';
import type { FieldDescriptor } from './field-descriptor.ts';
import {
  ANSWERABLE_SELECTOR,
  type FieldElement,
  isCheckable,
  isElementNode,
  isFileInput,
  isInputElement,
  isSelectElement,
  isTextAreaElement,
} from './field-element.ts';
import { fieldHint } from './field-hint.ts';
import { shadowHost } from './host-parent.ts';
import {
  NOTHING_DRAWN,
  ariaLabel,
  choiceLabel,
  componentLabel,
  fieldLabel,
  labelNaming,
  nearbyText,
} from './field-label.ts';
import { readWidgetValue } from '../widgets/read-widget-value.ts';
import { collectFieldElements, type FieldLocation } from './field-roots.ts';
import { isFillable, isRendered, uploadArea } from './fillable.ts';
import { groupMembers } from './group-members.ts';
import { groupSelector, stableSelector } from './stable-selector.ts';
import {
  groupChoices,
  isChoiceGroup,
  isDateSegments,
  isAriaSlider,
  isDrawnDropdown,
  isDrawnSwitch,
  isDropZone,
  isTextEditor,
  widgetLabel,
} from '../widgets/index.ts';
import { fieldPrefix, formatAttributes } from './field-format-hints.ts';
import { fieldScope } from './field-scope.ts';
import { fieldSection } from './field-section.ts';
import { rowTypeChoice } from './row-type-choice.ts';
import {
  chatQuestion,
  describedQuestion,
  describingText,
  dialAddOnLabel,
  groupHint,
  groupQuestion,
  inlineCaption,
  inlineQuestion,
  layoutLabel,
  preformattedCaption,
  rowQuestion,
  statementAfter,
  subLabel,
} from './layout-label.ts';
import { letteredCaption } from './lettered-caption.ts';
import { captionBelow } from './caption-below.ts';
import { cellCaptionAfter } from './cell-caption-after.ts';
import { columnCaption } from './column-caption.ts';
import { leadsRowAsCountryCode, splitRow } from './split-field.ts';
import { picksPhoneCountry } from './phone-country.ts';
import { answersFirst, isBareAnswer } from '../choice/yes-no.ts';
import { namesNoDocument } from './upload-words.ts';
import { isDatePartWord } from './date-part.ts';
import { drawnControl, selectCover } from './drawn-select.ts';
import { drawnTwin } from './drawn-twin.ts';
import { drawnPlaceholder } from './drawn-placeholder.ts';

/** One scanned field: pure descriptor plus the live element (the first member for a group). */
export type ScannedField =
  | { descriptor: FieldDescriptor; element: FieldElement; widget: false }
  /** A custom dropdown: `element` is its combobox (an input, a button or a div), filled through ARIA. */
  | { descriptor: FieldDescriptor; element: HTMLElement; widget: true };

/**
 * Scans `root` for fields a user could fill: input/select/textarea and custom dropdowns, inside open shadow roots and
 * same-origin frames too, skipping hidden, disabled, read-only and button-like controls. Radio
 * buttons and checkboxes sharing a name become one field. Every field is kept, however many: which
 * of them a LearningEvent carries is the run's choice (fitToWire).
 *
 * @example
 * const fields = scanForm(document);
 * fields.map((field) => field.descriptor.selector); // ['input[name="email"]', ...]
 */
export function scanForm(root: Document | Element): ScannedField[] {
  const seenGroups = new Set<Element>();
  const out: ScannedField[] = [];
  for (const location of collectFieldElements(root)) {
    if (location.widget) {
      const { element } = location;
      if (isWidgetRendered(element) && element.getAttribute('aria-disabled') !== 'true') {
        out.push({ element, widget: true, descriptor: askedInChat(element, describeWidget(element, location)) });
      }
      continue;
    }
    const element = location.element as FieldElement;
    if (!isFillable(element)) continue;
    if (isCheckable(element)) {
      const members = groupMembers(element).filter(isFillable) as HTMLInputElement[];
      if (members.length === 0 || seenGroups.has(members[0] as Element)) continue;
      members.forEach((member) => seenGroups.add(member));
      const group = describeGroup(members, location);
      out.push({ ...group, descriptor: askedInChat(element, group.descriptor) });
    } else {
      const descriptor = describe(element, stableSelector(element), location);
      out.push({ element, widget: false, descriptor: askedInChat(element, descriptor) });
    }
  }
  return out;
}

/**
 * A switch's own text, its name (Ashby's "Currently employed" in a visually hidden span), unless
 * it only says the state it shows (antd's "Yes" / "No", "On" / "Off" drawn inside).
 */
function switchText(element: Element): string {
  const text = readableText(element);
  return isBareAnswer(text) || /^(on|off)$/i.test(text) ? '' : text;
}

/**
 * A lone box whose own label is an answer ("Yes, I have a job right now") answers the question
 * captioned above it ("Currently employed?"): the label is both.
 */
function answeredQuestion(box: HTMLInputElement, own: string): string {
  if (!answersFirst(own)) return own;
  const question = layoutLabel(box);
  return question && question !== own ? normalizeText(`${question} ${own}`) : own;
}

/** A control under a chat's transcript asks the chat's last question, whatever its own name says. */
function askedInChat(element: Element, descriptor: FieldDescriptor): FieldDescriptor {
  const question = chatQuestion(element);
  if (question === '' || descriptor.label.includes(question)) return descriptor;
  return { ...descriptor, label: normalizeText(`${question} ${descriptor.label}`) };
}

/** How far up a collapsed combobox box's drawn container may sit (ng-select: input › .ng-input › value container). */
const DRAWN_CONTAINER_DEPTH = 3;

/**
 * A custom dropdown is shown when it is rendered, or when it is a combobox box collapsed to no
 * width inside the control the library draws around it (a non-searchable ng-select keeps its
 * read-only box zero pixels wide, Base Web its focusable box beside the drawn placeholder; a
 * person clicks the control around it).
 */
function isWidgetRendered(element: HTMLElement): boolean {
  if (isRendered(element)) return true;
  const collapsible = element.localName === 'input' || isDrawnDropdown(element);
  if (!collapsible || !element.checkVisibility({ visibilityProperty: true })) return false;
  let container = element.parentElement;
  for (let depth = 0; container && depth < DRAWN_CONTAINER_DEPTH; depth += 1, container = container.parentElement) {
    if (isRendered(container) && container.querySelectorAll(ANSWERABLE_SELECTOR).length === 1) return true;
  }
  return false;
}

/**
 * The name a web component carries for the box inside its shadow root, which has none of its own
 * (SmartRecruiters' `<spl-input name="education[0].degree">`): the form posts it under that name.
 */
function hostName(element: Element): string {
  return shadowHost(element)?.getAttribute('name') ?? '';
}

/**
 * What every field's descriptor reads the same way, control or custom dropdown alike; `drawn` are
 * the texts a dropdown draws beside its box, which caption nothing.
 */
function commonParts(element: Element, selector: string, location: FieldLocation, drawn = NOTHING_DRAWN) {
  const scope = fieldScope(element);
  return {
    selector: joinSelector([...location.hostSelectors, selector]),
    name: element.getAttribute('name') ?? hostName(element),
    id: element.id,
    autocomplete: (element.getAttribute('autocomplete') ?? '').trim().toLowerCase(),
    hint: fieldHint(element),
    ...fieldSection(element, drawn),
    nearbyText: nearbyText(element, undefined, drawn),
    group: '',
    inShadowRoot: location.inShadowRoot,
    inFrame: location.inFrame,
    scope: scope.key,
    scopeText: scope.text,
  };
}

function describe(element: FieldElement, selector: string, location: FieldLocation): FieldDescriptor {
  const common = commonParts(element, selector, location);
  const split = splitOf(element, location);
  const label =
    ownLabel(element) ||
    componentLabelText(element) ||
    standInLabel(element) ||
    captionBelow(element) ||
    uploadAreaLabel(element) ||
    statementAfter(element) ||
    cellCaptionAfter(element) ||
    bracketCaptionAfter(element) ||
    layoutLabel(element) ||
    describingText(element) ||
    uploadCaption(element) ||
    uploaderTitle(element) ||
    inlineQuestion(element) ||
    inlineCaption(element) ||
    letteredCaption(element) ||
    preformattedCaption(element);
  return {
    ...common,
    // The boxes of one value (a split phone, GOV.UK's Day / Month / Year) share the example printed above them.
    hint: ownHint(element, common.hint, label, split.split !== undefined),
    tag: element.localName as FieldDescriptor['tag'],
    type: element.type.toLowerCase() || 'text',
    label: withQuestion(element, label),
    placeholder: captionInside(element) || selectPrompt(element),
    options: isSelectElement(element) ? selectOptions(element) : [],
    ...formatAttributes(element),
    prefix: fieldPrefix(element),
    ...split,
  };
}

/**
 * The field's help, or what stands in for it: the boxes of one value (a split phone, GOV.UK's Day /
 * Month / Year) share the example printed above them, and a box with no help of its own beside a
 * "Link type" picker is helped by the picker's choice ("LinkedIn").
 */
function ownHint(element: FieldElement, hint: string, label: string, split: boolean): string {
  if (isCheckable(element)) return hint;
  const typeChoice = hint === '' || hint === label ? !isSelectElement(element) && rowTypeChoice(element) : '';
  return typeChoice || hint || (split || isPartLabel(label) ? groupHint(element) : '');
}

/**
 * The label of the control that stands in for this one: a select that a library draws over is
 * named by the drawn control (Tom Select moves the label there), so is a box mirroring a drawn
 * checkbox or switch (Radix's `<label for>` names the button), and a visible input that stands
 * in for a hidden original (flatpickr's alt input) by the original's label.
 */
function standInLabel(element: FieldElement): string {
  const drawn = isSelectElement(element)
    ? drawnControl(element)
    : isCheckable(element)
      ? drawnTwin(element)
      : undefined;
  if (drawn) return widgetLabel(drawn);
  const original = element.previousElementSibling;
  if (!original || !isInputElement(original) || original.type !== 'hidden') return '';
  // A hidden input is not labelable (its `labels` is null): find the label that names it.
  const label = labelNaming(original);
  return label ? readableText(label) : '';
}

/** How far up from a control the wrapper drawn right after the select it replaced may sit. */
const COVER_DEPTH = 3;

/**
 * A control that replaced a select (Tom Select; Tremor's button over a transparent select) is named
 * by the select's label: the page labelled the select, the library drew the control after it.
 */
function replacedSelectLabel(control: Element): string {
  let node: Element | null = control;
  for (let depth = 0; node && depth <= COVER_DEPTH; depth += 1, node = node.parentElement) {
    const select = node.previousElementSibling;
    if (select && isSelectElement(select) && selectCover(select)?.control === control)
      return withoutOptionTexts(fieldLabel(select), select);
  }
  return '';
}

/**
 * How many wrappers up from its editable area an editor's frame may sit (CKEditor: editable › main
 * › editor; TinyMCE: iframe › edit area › sidebar › container › editor).
 */
const EDITOR_DEPTH = 6;

/**
 * A rich-text editor drawn right after the textarea it replaces and hides (CKEditor, TinyMCE,
 * Summernote) is named by that textarea's label; so is a tag box drawn right before the input it
 * hides (Tagify). An editor that edits a frame's body (TinyMCE's iframe) is drawn by the frame.
 */
function replacedBoxLabel(editor: Element): string {
  let node: Element | null =
    editor.localName === 'body' ? (editor.ownerDocument.defaultView?.frameElement ?? editor) : editor;
  for (let depth = 0; node && depth < EDITOR_DEPTH; depth += 1, node = node.parentElement) {
    const before = node.previousElementSibling;
    if (before && isTextAreaElement(before) && !isRendered(before)) return fieldLabel(before);
    const after = node.nextElementSibling;
    if (after && isInputElement(after) && after.type !== 'hidden' && !isRendered(after)) return fieldLabel(after);
  }
  return '';
}

/** The label of the web component the field belongs to (a shadow input's host). */
function componentLabelText(element: FieldElement): string {
  const label = componentLabel(element);
  if (label) return readableText(label);
  // The name the page gave the component around the box (`<sl-input aria-label="Search jobs">`).
  return shadowHost(element)?.getAttribute('aria-label')?.trim() || namedComponentGroup(element);
}

/** How many web components deep a box may sit inside the one the page labelled (date picker › text input › box). */
const COMPONENT_NESTING = 3;

/**
 * The name a web component gives the group its parts sit in: Calcite's date picker names its
 * `role="group"` by the page's label and its inner text input only "Date".
 */
function namedComponentGroup(element: Element): string {
  // Only groups inside components: the page's own groups name several fields at once.
  let node: Element | null = element;
  for (let hosts = 0; node && shadowHost(node) && hosts < COMPONENT_NESTING; hosts += 1) {
    const group = node.parentElement?.closest('[role="group"]');
    if (group) return ariaLabel(group);
    node = shadowHost(node);
  }
  return '';
}

/** The field's own label; an upload box labelled only by its action is named by its area instead. */
function ownLabel(element: FieldElement): string {
  const label = fieldLabel(element);
  if (isSelectElement(element)) return withoutOptionTexts(label, element);
  return isFileInput(element) && namesNoDocument(label) ? '' : label;
}

/**
 * A select named by its component's whole text carries its options after the question
 * ("StateSelect a stateAlabama…": Calcite's calcite-select): the question is what comes before them.
 */
function withoutOptionTexts(label: string, select: HTMLSelectElement): string {
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  const first = squeeze(
    Array.from(select.options, (option) => option.text)
      .slice(0, 2)
      .join(''),
  );
  const at = first === '' ? -1 : squeeze(label).indexOf(first);
  if (at <= 0) return label;
  // Walk the label to the character where the options begin, spaces not counted.
  let kept = at;
  let end = 0;
  while (kept > 0 && end < label.length) if (!/\s/.test(label[end++] as string)) kept -= 1;
  return label.slice(0, end).trim();
}

/** The caption under a box, unless an upload's caption names no document ("Drop file here"). */
function uploadCaption(element: FieldElement): string {
  const caption = subLabel(element);
  return isFileInput(element) && namesNoDocument(caption) ? '' : caption;
}

/**
 * An upload box with no label of its own is named by the labelled group it sits in (Element
 * Plus's form item: `role=group` named "Resume"), else by the heading over it (Carbon's
 * FileUploader: "Resume").
 */
function uploaderTitle(element: FieldElement): string {
  if (!isFileInput(element)) return '';
  return groupQuestion(element, ariaLabel) || fieldSection(element).section;
}

/** A hidden upload input is named by the area a person clicks ("Upload your resume"). */
function uploadAreaLabel(element: FieldElement): string {
  if (!isFileInput(element) || isRendered(element)) return '';
  const area = uploadArea(element);
  if (!area) return '';
  // A label the page points at the area (Arco: `<label for>` the upload's box), or at the
  // component whose read-only box shows the chosen file's name (PatternFly: `for="resume-upload"`,
  // the box `resume-upload-filename`), names it best.
  const nameBox = area.querySelector('input[readonly]');
  const named =
    labelNaming(area) ??
    (area.parentElement ? labelNaming(area.parentElement) : null) ??
    (nameBox ? labelOfIdPrefix(nameBox) : null);
  // An upload component named by the page (vaadin-upload's `aria-labelledby`) says what it takes;
  // an area that only says how to upload (Uppy's "Drop files here or browse") does not.
  const label = (named ? readableText(named) : '') || ariaLabel(area) || readableText(area, 120);
  // An area that names no document ("Drop files here or browse", "PDF or Word, max 10 MB") is
  // named by the caption right before it (react-aria's DropZone after its "Resume" span), else by
  // the input's own surroundings.
  if (!namesNoDocument(label)) return label;
  const caption = layoutLabel(area);
  return namesNoDocument(caption) ? '' : caption;
}

/** The label pointing at `element`'s id or at a prefix of it that a component extended ("resume-upload" of "resume-upload-filename"). */
function labelOfIdPrefix(element: Element): Element | null {
  const root = element.getRootNode() as Document | ShadowRoot;
  const parts = element.id.split('-');
  for (let length = parts.length; length > 0; length -= 1) {
    const label = root.querySelector(`label[for="${CSS.escape(parts.slice(0, length).join('-'))}"]`);
    if (label) return label;
  }
  return null;
}

/** The split-value part of a descriptor, when the field is one box of a row (see split-field.ts). */
function splitOf(element: Element, location: FieldLocation): Pick<FieldDescriptor, 'split'> {
  const row = splitRow(element);
  if (!row) return {};
  const first = joinSelector([...location.hostSelectors, stableSelector(row.first)]);
  return { split: { first, index: row.index, sizes: row.sizes } };
}

function describeWidget(element: HTMLElement, location: FieldLocation): FieldDescriptor {
  const group = isChoiceGroup(element);
  const editor = isTextEditor(element);
  const dropZone = isDropZone(element);
  const drawn = group || editor || dropZone ? NOTHING_DRAWN : drawnBeside(element);
  return {
    ...commonParts(element, stableSelector(element), location, drawn),
    ...widgetShape(element, { group, editor, dropZone }),
    label:
      // A dropdown named for its part ("Month" beside "Year") takes its group's question too.
      partOfQuestion(element, widgetLabel(element), group, drawn) ||
      (isDrawnSwitch(element) ? switchText(element) || statementAfter(element, true) : '') ||
      replacedSelectLabel(element) ||
      (editor ? replacedBoxLabel(element) : '') ||
      // A dial-code picker before the box takes the box's caption too: it is the country code.
      dialAddOnLabel(element) ||
      layoutLabel(element) ||
      (dropZone ? normalizeText(element.textContent ?? '') : ''),
    placeholder: normalizeText(
      element.getAttribute('placeholder') ?? (editor ? editorPlaceholder(element) : shownPlaceholder(element)),
    ),
    options: group ? groupChoices(element) : [],
    maxLength: -1,
    pattern: '',
    inputMode: '',
    prefix: '',
  };
}

/**
 * The control a widget stands for, to everything that reads descriptors: a rich-text editor is a
 * text area, segmented date spinbuttons a date input, an upload area with no input of its own a
 * file input, a switch drawn with no box behind it a checkbox of one; a custom radio or
 * toggle-button group shows its options, a dropdown only once opened.
 */
function widgetShape(
  element: Element,
  { group, editor, dropZone }: { group: boolean; editor: boolean; dropZone: boolean },
): Pick<FieldDescriptor, 'tag' | 'type'> {
  if (editor) return { tag: 'textarea', type: 'textarea' };
  if (isDateSegments(element)) return { tag: 'input', type: 'date' };
  if (dropZone) return { tag: 'input', type: 'file' };
  if (isDrawnSwitch(element)) return { tag: 'input', type: 'checkbox' };
  if (isAriaSlider(element)) return { tag: 'input', type: 'range' };
  return { tag: 'combobox', type: group ? 'radiogroup' : 'combobox' };
}

/**
 * The prompt a dropdown shows while nothing is picked, when it marks it as one: Radix's trigger
 * carries `data-placeholder` then ("Country code"), and ARIA's `aria-placeholder` says it outright.
 */
function shownPlaceholder(widget: Element): string {
  const spoken = widget.getAttribute('aria-placeholder');
  if (spoken) return spoken;
  return widget.hasAttribute('data-placeholder') && widget.getAttribute('role') === 'combobox'
    ? readableText(widget)
    : drawnPlaceholder(widget);
}

/**
 * What an empty editor shows: its `data-placeholder` (Quill, TipTap) or the placeholder it draws
 * beside its editable area (Summernote's `.note-placeholder`).
 */
function editorPlaceholder(editor: Element): string {
  const drawn = Array.from(editor.parentElement?.children ?? []).find(
    (sibling) => sibling !== editor && /placeholder/i.test(sibling.getAttribute('class') ?? ''),
  );
  return editor.getAttribute('data-placeholder') ?? (drawn ? readableText(drawn) : '');
}

/** Longest question a group's options answer (screening questions run long; a paragraph runs longer). */
const GROUP_QUESTION_MAX_LENGTH = 240;

function describeGroup(members: HTMLInputElement[], location: FieldLocation): ScannedField {
  const first = members[0] as HTMLInputElement;
  const base = describe(first, groupSelector(members), location);
  const single = members.length === 1;
  const container = groupContainer(members);
  return {
    element: first,
    widget: false,
    descriptor: {
      ...base,
      // One checkbox is labelled by its own label; a group by its legend or radiogroup label, else
      // by the question inside its row before the options, else by the caption up its table column
      // (past a row of instructions), else by the text right before it.
      label: single
        ? answeredQuestion(first, base.label)
        : groupLabel(container) ||
          cellCaptionAfter(first) ||
          notOptionNames(leadingText(container, members), members) ||
          columnCaption(container) ||
          notOptionNames(nearbyText(container, GROUP_QUESTION_MAX_LENGTH), members) ||
          layoutLabel(container) ||
          subLabel(container) ||
          base.label,
      nearbyText: single ? base.nearbyText : nearbyText(container),
      options: members.map((member) => ({ value: member.value, text: choiceLabel(member) })),
      group: groupName(first, members, base.selector),
    },
  };
}

/**
 * The group's name; when a library names the radios of several questions alike (Semi's
 * "default"), each question's group is told apart by its selector.
 */
function groupName(first: HTMLInputElement, members: readonly HTMLInputElement[], selector: string): string {
  const name = first.getAttribute('name') ?? '';
  // Nameless options tied by their box (antd's Checkbox.Group) are a group all the same: one box alone is not.
  if (name === '') return members.length > 1 ? selector : '';
  const root = first.getRootNode() as Document | ShadowRoot;
  const named = Array.from(root.querySelectorAll(`input[name="${CSS.escape(name)}"]`)).filter(
    (other) => (other as HTMLInputElement).form === first.form,
  );
  return named.length > members.length ? `${name} ${selector}` : name;
}

/**
 * The element around a group's options: its own fieldset or ARIA group, else their nearest common
 * ancestor. A fieldset holding other questions too ("Position": a relatives question, a text box,
 * then the right to work) is a section, and its legend no group's question.
 */
function groupContainer(members: readonly HTMLInputElement[]): Element {
  const first = members[0] as HTMLInputElement;
  const declared = first.closest('fieldset, [role="radiogroup"], [role="group"]');
  // Its own: no other group of options in it, and at most one other box (an "Other: ___").
  const own = (container: Element) => {
    const others = Array.from(container.querySelectorAll(ANSWERABLE_SELECTOR)).filter(
      (control) => !members.includes(control as HTMLInputElement),
    );
    return others.length <= 1 && !others.some((control) => isCheckable(control as FieldElement));
  };
  if (declared && own(declared)) return declared;
  let node: Element | null = first.parentElement;
  while (node && !members.every((member) => node?.contains(member))) node = node.parentElement;
  // A lone member's container is the element around its label (the option row), one level up.
  return node ?? first;
}

/**
 * The text a group's row shows before its first option (`<div><span>Question?</span><label><input>Yes</label>…`).
 * An option's own label drawn before its input (jQuery UI's button set: `<label for>Yes</label><input>`) is no question.
 */
function leadingText(container: Element, members: readonly HTMLInputElement[]): string {
  const first = members[0] as HTMLInputElement;
  const optionLabels = new Set<Node>(members.flatMap((member) => Array.from(member.labels ?? [])));
  let parts: string[] = [];
  let heading = '';
  for (const node of container.childNodes) {
    if (node === first || node.contains(first) || optionLabels.has(node)) break;
    // Questions one after another in one flat part (`<div class="q">…</div><span><input>…`): the
    // text after the last other question's controls is this one's, and a heading over them all is
    // the part's title, not the question.
    if (isElementNode(node) && (node.matches(ANSWERABLE_SELECTOR) || node.querySelector(ANSWERABLE_SELECTOR))) {
      [parts, heading] = [[], ''];
      continue;
    }
    if (isElementNode(node) && /^h[1-6]$/.test(node.localName)) heading = readableText(node);
    else parts.push(readableText(node));
  }
  return normalizeText(parts.join(' ')) || heading;
}

/**
 * The text unless it only repeats the options' names: a table of options heads its columns with
 * them ("0 - 2", "3 - 5", "6 - 10"), which asks no question.
 */
function notOptionNames(text: string, members: readonly HTMLInputElement[]): string {
  const rest = members
    .map((member) => choiceLabel(member))
    .filter((name) => name !== '')
    .reduce((left, name) => left.replace(name, ' '), text);
  return /[\p{L}\p{N}]/u.test(rest) ? text : '';
}

function groupLabel(container: Element): string {
  // A form library's label points at the group's box (`<label for="form_years">` over a div).
  const pointing = labelNaming(container);
  if (pointing) return readableText(pointing);
  if (container.localName !== 'fieldset' && !container.hasAttribute('role')) return ariaLabel(container);
  const legend = container.localName === 'fieldset' ? container.querySelector(':scope > legend') : null;
  return (legend ? readableText(legend) : '') || ariaLabel(container);
}

/** Labels that name a part of an answer, not the question ("Amount", "Month", "Area code", Wufoo's "Dollars"). */
const PART_LABEL =
  /^(amount|value|number|no|months?|day|years?|mm|dd|yyyy|yy|area code|country code|code|prefix|extension|ext|min|max|minimum|maximum|from|to|currency|period|dollars)?$/i;

/** A label that names only a part of a value ("Month", "Area code", "Amount"). */
const isPartLabel = (label: string): boolean =>
  // A part's format in brackets ("Year (YYYY)", "Amount (USD)") still names only the part.
  PART_LABEL.test(
    label
      .replace(/\([^)]*\)/g, '')
      .replace(/[^\p{L}\p{N} ]/gu, '')
      .trim(),
  ) || isDatePartWord(label);

/** A part's label with the question of the small group it belongs to: "Desired pay Amount". */

function withQuestion(element: Element, own: string, drawn = NOTHING_DRAWN): string {
  // The box a phone row starts with, captioned "Country", holds the number's country code.
  const label = leadsRowAsCountryCode(element) || picksPhoneCountry(element, own) ? 'country code' : own;
  if (isCheckable(element as FieldElement) || !isPartLabel(label)) return label;
  // A row's question names a part that says which it is ("Years"); an unlabelled box keeps its placeholder.
  const question =
    groupQuestion(element, ariaLabel) ||
    // A box its aria-label names by its part ("Amount") under a label pointing at it too
    // (Cloudscape's form field: "Salary expectation").
    labelPointingAt(element, label) ||
    describedQuestion(element) ||
    (label.trim() ? rowQuestion(element, drawn) : '');
  return question && !label.toLowerCase().includes(question.toLowerCase())
    ? normalizeText(`${question} ${label}`)
    : label;
}

/** The text of a `<label for>` pointing at the element, when it says more than `own`; or ''. */
function labelPointingAt(element: Element, own: string): string {
  const label = labelNaming(element);
  const text = label ? readableText(label) : '';
  return text !== '' && !own.toLowerCase().includes(text.toLowerCase()) ? text : '';
}

/** A widget's own label, with its group's question when it names only its part; a group's as it is. */
const partOfQuestion = (element: Element, label: string, group: boolean, drawn: ReadonlySet<string>): string =>
  label === '' || group ? label : withQuestion(element, label, drawn);

/**
 * What a dropdown draws beside its box, its pick or its prompt (react-select's "+91 India" before
 * the search box): the answer, not a caption, and gone or changed once a pick is made.
 */
function drawnBeside(widget: Element): ReadonlySet<string> {
  const texts = [readWidgetValue(widget), shownPlaceholder(widget)].map((text) => normalizeText(text));
  return new Set(texts.filter((text) => text !== ''));
}

/** A select's prompt option ("Years of professional experience", value-less or disabled): its placeholder. */
function selectPrompt(element: FieldElement): string {
  if (!isSelectElement(element)) return '';
  const first = element.options[0];
  return first && (first.value === '' || first.disabled) ? normalizeText(first.text) : '';
}

function selectOptions(select: HTMLSelectElement): FieldDescriptor['options'] {
  return Array.from(select.options).map((option) => ({ value: option.value, text: normalizeText(option.text) }));
}
