/**
 * What the e2e scenarios do with a tab, the same in every browser they run in: Chromium's tabs are
 * Playwright pages (playwright-e2e-page.ts), Firefox's are puppeteer pages over WebDriver BiDi
 * (firefox-e2e-page.ts). Selectors are CSS; every read is of the element as it is now.
 */

/** Anything that knows its tab's URL: the harness finds a tab's id by it. */
export interface PageAtUrl {
  url(): string;
}

/** One tab, driven through real input events where a person would act. */
export interface E2ePage extends PageAtUrl {
  inputValue(selector: string): Promise<string>;
  /** The value of a field inside the open shadow root of `host`. */
  shadowInputValue(host: string, selector: string): Promise<string>;
  /** The value of a field inside the same-origin iframe `frame`. */
  frameInputValue(frame: string, selector: string): Promise<string>;
  /** An attribute of the first match (null when absent). */
  attribute(selector: string, name: string): Promise<string | null>;
  /** An attribute of every match, in document order. */
  attributes(selector: string, name: string): Promise<(string | null)[]>;
  /** The element's rendered text (`innerText`). */
  text(selector: string): Promise<string>;
  isChecked(selector: string): Promise<boolean>;
  /** How many elements match. */
  count(selector: string): Promise<number>;
  click(selector: string): Promise<void>;
  /** Puts `value` into an empty or filled field at once, as pasting would (input events fire). */
  fill(selector: string, value: string): Promise<void>;
  /** Replaces a field's content as a person does: click, select all, delete, type key by key. */
  retype(selector: string, value: string): Promise<void>;
  /** Waits until an element matches and is visible. */
  waitVisible(selector: string): Promise<void>;
  /** Reloads and waits for load. */
  reload(): Promise<void>;
  /** Makes this the active tab of its window. */
  bringToFront(): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}
