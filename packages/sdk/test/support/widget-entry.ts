/**
 * Test entry bundled into `/widget-sdk.js`: puts the widget driver on `window.widgetSdk` so that
 * `page.evaluate` callbacks can drive it, plus `fillByText`, which picks an option by its text
 * (callbacks cannot cross from the test into the page). Not a product entry point.
 */
import {
  fillChoiceGroup,
  fillChoiceWidget,
  fillTextEditor,
  groupChoices,
  isChoiceGroup,
  isCalendarTrigger,
  isChoiceWidget,
  isPickerBox,
  pickCalendarDate,
  pickSuggestion,
  readWidgetValue,
  suggestionsBefore,
  suggestsAsTyped,
  typeOver,
  typePickedDate,
  widgetElement,
  widgetLabel,
} from '../../src/widgets/index.ts';
import { syncDrawnControl } from '../../src/fill/drawn-select-sync.ts';
import { scanForm } from '../../src/scan/scan-form.ts';
import { fillForm } from '../../src/fill/fill-form.ts';

/** Counts what a person would see as an open menu: a rendered listbox or an expanded combobox. */
function openMenus(): number {
  const listboxes = Array.from(document.querySelectorAll('[role="listbox"]')).filter(
    (listbox) =>
      listbox.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
      listbox.getBoundingClientRect().height > 0,
  );
  return listboxes.length + document.querySelectorAll('[aria-expanded="true"]').length;
}

function describeFocus(): string {
  const active = document.activeElement;
  return active ? `${active.localName}#${active.id}` : '';
}

/** `host >>> inner` reaches into a web component's open shadow root (Ionic draws its button there). */
function findElement(selector: string): Element {
  const [host, inner] = selector.split(' >>> ');
  const outer = document.querySelector(host!);
  const element = inner === undefined ? outer : (outer?.shadowRoot?.querySelector(inner) ?? null);
  if (!element) throw new Error(`no element for ${selector}`);
  return element;
}

async function fillByText(
  selector: string,
  text: string | readonly string[] | null,
  options: { typeText?: string; allowFreeText?: boolean; freeText?: string; timeoutMs?: number },
) {
  const element = findElement(selector);
  const offered: string[] = [];
  const focusBefore = describeFocus();
  const before = readWidgetValue(element);
  const outcome = await fillChoiceWidget(
    element,
    (choices) => {
      // The rows of the last look: a fill may read an open list again (rows drawn late, a cascader's next column).
      offered.splice(0, offered.length, ...choices.map((choice) => choice.text));
      // Several texts: the first one among the rows (a cascader's city, else its state, else its country).
      const wanted = text === null ? [] : typeof text === 'string' ? [text] : text;
      const found = wanted.map((one) => choices.findIndex((choice) => choice.text === one)).find((index) => index >= 0);
      return found ?? -1;
    },
    options,
  );
  // Let the framework commit what the driver's last events scheduled before reading the page.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return {
    outcome,
    offered,
    before,
    after: readWidgetValue(element),
    openMenus: openMenus(),
    focusBefore,
    focusAfter: describeFocus(),
  };
}

/** Picks the item of a custom radio group whose text is `text`. */
function pickInGroup(selector: string, text: string) {
  const group = findElement(selector);
  const choices = groupChoices(group).map((choice) => choice.text);
  return fillChoiceGroup(group, (offered) => offered.findIndex((choice) => choice.text === text)).then((outcome) => ({
    isGroup: isChoiceGroup(group),
    choices,
    outcome,
  }));
}

const widgetSdk = {
  isChoiceWidget,
  pickInGroup,
  widgetElement,
  widgetLabel,
  readWidgetValue,
  fillChoiceWidget,
  fillByText,
  findElement,
  openMenus,
  pickSuggestion,
  suggestionsBefore,
  suggestsAsTyped,
  scanForm,
  fillForm,
  fillTextEditor,
  syncDrawnControl,
  isPickerBox,
  typeOver,
  typePickedDate,
  isCalendarTrigger,
  pickCalendarDate,
};

declare global {
  interface Window {
    widgetSdk: typeof widgetSdk;
  }
}

window.widgetSdk = widgetSdk;
