import type { Page } from '@playwright/test';

/**
 * What a person does on a fixture form, through real input events: clicks, key presses, typing.
 * The values typed are the user's own (from their profile) or deliberately wrong ones.
 */

/** Replaces a field's content by selecting it and typing, key by key. */
export async function retype(page: Page, selector: string, value: string): Promise<void> {
  const field = page.locator(selector);
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.press('Backspace');
  await field.pressSequentially(value);
}

/** Clicks the submit button and lets the page's own handlers run. */
export async function submit(page: Page, buttonSelector: string): Promise<void> {
  await page.locator(buttonSelector).click();
}
