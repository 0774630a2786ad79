import type { Page } from '@playwright/test';
import type { PageStatus } from '../../../packages/extension-demo/src/messages/demo-messages.ts';
import type { ExtensionBrowser } from '../../e2e/support/extension-browser.ts';

/** How long a page may take to show a new fill, and how long its status must then stay still. */
export interface SettleOptions {
  /** @default 8000 */
  timeoutMs?: number;
  /**
   * Long enough for a second run over fields a page renders a moment after the first fill (a job's
   * questions fetched from the ATS's API), which the extension fills once the page is quiet again.
   * @default 1200
   */
  quietMs?: number;
}

/**
 * How long one status question may take: a call into a service worker the browser has since
 * replaced, or to a tab that never answers, would otherwise hold the whole run.
 */
const STATUS_TIMEOUT_MS = 2_000;

function withinTime<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The page's fill status, or undefined when the extension does not answer in time. */
export function pageStatus(browser: ExtensionBrowser, page: Page): Promise<PageStatus | undefined> {
  return withinTime(browser.status(page), STATUS_TIMEOUT_MS).catch(() => undefined);
}

/**
 * Waits for the extension's automatic fill of what just appeared: until the page's fill status
 * differs from `before` in its runs or skip (a run, or a skip such as nothing_filled) and then stays unchanged for
 * `quietMs` (a page that renders fields late gets a second run). Resolves with the last status,
 * or undefined when the content script never answered; a page where nothing changes resolves
 * after `timeoutMs`: the fields are judged as they are.
 */
export async function settleFill(
  browser: ExtensionBrowser,
  page: Page,
  before: PageStatus | undefined,
  options: SettleOptions = {},
): Promise<PageStatus | undefined> {
  const { timeoutMs = 8_000, quietMs = 1_200 } = options;
  const started = Date.now();
  // A run of the last step ending (the step's submit) changes the status too, but fills nothing:
  // only a new run or a new skip is the fill of what appeared.
  const key = (status: PageStatus | undefined) =>
    JSON.stringify(status === undefined ? null : [status.runs, status.fieldsFilled, status.skipped]);
  let last = before;
  let changedAt: number | undefined;
  for (;;) {
    const now = await pageStatus(browser, page);
    if (now !== undefined && key(now) !== key(last)) {
      if (key(now) !== key(before)) changedAt = Date.now();
      last = now;
    }
    if (changedAt !== undefined && Date.now() - changedAt >= quietMs) return last;
    if (Date.now() - started > timeoutMs) return last;
    await page.waitForTimeout(100);
  }
}
