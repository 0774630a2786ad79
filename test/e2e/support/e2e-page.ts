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
  /** Makes this the active tab of its window. */
  bringToFront(): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}
