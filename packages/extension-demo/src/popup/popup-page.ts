/**
 * The popup: this tab's fill status (profile source, fields filled, fields with no value), a Fill
 * button, Sync now, and the install's stats line. It reads the status from the tab's content script and the stats from
 * the service worker; it shows words and counts only, never a field value.
 *
 * `popup.html?tab=<id>` targets that tab instead of the active one (for opening the popup in a
 * tab, e.g. to take a screenshot).
 */
import browser from 'webextension-polyfill';
import { replySchema, type Message } from '@companion-autofill/sdk/protocol';
import { PageStatus, UserStatsReply, type ContentMessage } from '../messages/demo-messages.ts';
import { parseSettings } from '../settings/demo-settings.ts';
import { SETTINGS_KEY } from '../settings/settings-key.ts';
import { fieldsLine, lastRunLine, missingValuesLine, profileLine, statsLine } from './popup-text.ts';

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`popup.html lacks #${id}`);
  return found;
}

async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URL(location.href).searchParams.get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function pageStatus(tabId: number | undefined): Promise<PageStatus | undefined> {
  if (tabId === undefined) return undefined;
  const message: ContentMessage = { type: 'demo.status' };
  try {
    const parsed = PageStatus.safeParse(await browser.tabs.sendMessage(tabId, message, { frameId: 0 }));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

async function outboxStats() {
  const message: Message = { type: 'stats.get' };
  const reply = replySchema('stats.get').safeParse(await browser.runtime.sendMessage(message).catch(() => undefined));
  return reply.success && reply.data.ok ? reply.data.data : undefined;
}

async function syncNow(): Promise<void> {
  const message: Message = { type: 'outbox.flush' };
  await browser.runtime.sendMessage(message).catch(() => undefined);
}

async function render(tabId: number | undefined): Promise<void> {
  const [status, settingsRaw, userReply, outbox] = await Promise.all([
    pageStatus(tabId),
    browser.storage.local.get(SETTINGS_KEY),
    browser.runtime.sendMessage({ type: 'demo.user-stats' }).catch(() => undefined),
    outboxStats(),
  ]);
  const settings = parseSettings(settingsRaw[SETTINGS_KEY]);
  const user = UserStatsReply.safeParse(userReply);
  element('profile-source').textContent = profileLine(status);
  element('profile-source').dataset.source = status?.profileSource ?? 'none';
  element('fields-filled').textContent = fieldsLine(status);
  const missing = missingValuesLine(status);
  element('missing-values').textContent = missing;
  element('missing-values').hidden = missing === '';
  element('server-status').textContent = [
    status?.serverStatus ? `server profile: ${status.serverStatus}` : '',
    lastRunLine(status),
  ]
    .filter((line) => line !== '')
    .join(' · ');
  element('stats').textContent = statsLine(
    user.success && user.data.ok ? user.data.stats : undefined,
    outbox,
    settings.telemetry,
  );
  (element('fill') as HTMLButtonElement).disabled = status === undefined;
}

async function main(): Promise<void> {
  const tabId = await targetTabId();
  element('fill').addEventListener('click', async () => {
    if (tabId === undefined) return;
    const message: ContentMessage = { type: 'demo.fill' };
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
    await render(tabId);
  });
  element('sync').addEventListener('click', async () => {
    await syncNow();
    await render(tabId);
  });
  element('options').addEventListener('click', () => void browser.runtime.openOptionsPage());
  await render(tabId);
  document.body.dataset.ready = 'true';
}

void main();
