/**
 * The Fill action from outside the page (keyboard command, worker console): asks the content script
 * of a tab to fill its forms now. The content script does the work; this only delivers the order.
 */
import type { Tabs } from 'webextension-polyfill';
import type { ContentMessage } from '../messages/demo-messages.ts';

/** The `commands` entry of the manifest that means Fill. */
export const FILL_COMMAND = 'fill-form';

/** Why a fill order was not delivered. */
export const FILL_ORDER_FAILURES = ['no_tab', 'no_content_script'] as const;
export type FillOrderFailure = (typeof FILL_ORDER_FAILURES)[number];

/** Result of one fill order. */
export type FillOrderResult = { delivered: true } | { delivered: false; reason: FillOrderFailure };

/** Orders the content script of the top frame of `tabId` to fill. Never throws. */
export async function fillTab(tabs: Pick<Tabs.Static, 'sendMessage'>, tabId: number): Promise<FillOrderResult> {
  const message: ContentMessage = { type: 'demo.fill' };
  try {
    await tabs.sendMessage(tabId, message, { frameId: 0 });
    return { delivered: true };
  } catch {
    // No content script there: a chrome:// page, the web store, or a page loaded before install.
    return { delivered: false, reason: 'no_content_script' };
  }
}

/** Orders the active tab of the current window to fill. */
export async function fillActiveTab(tabs: Pick<Tabs.Static, 'sendMessage' | 'query'>): Promise<FillOrderResult> {
  const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return { delivered: false, reason: 'no_tab' };
  return fillTab(tabs, tab.id);
}
