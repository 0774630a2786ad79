/**
 * Custom choice widgets (ARIA comboboxes and listboxes of component libraries), driven like a
 * person drives them. Not exported: the event, wait and option helpers behind `fillChoiceWidget`.
 */
export { fillChoiceWidget, type ChoiceWidgetOptions } from './fill-choice-widget.ts';
export { isChoiceWidget, widgetElement } from './is-choice-widget.ts';
export { isDrawnDropdown } from './drawn-dropdown.ts';
export { readWidgetValue } from './read-widget-value.ts';
export { widgetLabel } from './widget-label.ts';
export { fillChoiceGroup, groupChoices, isChoiceGroup, readChoiceGroup } from './choice-group.ts';
export { isTypedControl, readShownChoice } from './shown-choice.ts';
export { editorText, fillTextEditor, isTextEditor } from './text-editor.ts';
export { fillDateSegments, isDateSegments, readDateSegments } from './date-segments.ts';
export { dropFile, isDropZone } from './drop-zone.ts';
export { confirmUpload, fillFileInput } from './file-dialog.ts';
export { fillDrawnSwitch, isDrawnSwitch, switchIsOn } from './drawn-switch.ts';
export { fillAriaSlider, isAriaSlider, sliderValue } from './aria-slider.ts';
export { isCalendarTrigger } from './calendar-trigger.ts';
export { pickCalendarDate } from './calendar-grid.ts';
export { declaredDateFormat, isPickerBox, typePickedDate } from './picked-date.ts';
export { typeOver } from './typed-over.ts';
export { pickSuggestion, searchAndPick, suggestionsBefore, suggestsAsTyped } from './typed-suggestions.ts';
export { pickPlainRow, plainControlShows } from './plain-select-control.ts';
