/**
 * The demo's content script, on every matching page (top frame; the SDK reaches same-origin frames
 * and open shadow roots itself): a small loader. The fill engine (content-engine.ts: the SDK's
 * scanner, heuristics, choice resolver with its country table, widget driver and formats) is a
 * module of the extension that this script imports on the first fill — when the user presses Fill,
 * or at once when "fill forms as soon as they load" is on — so a page the user never fills pays a
 * few KB, not the engine.
 *
 *   settings.fillOnLoad (now or later) ─► load engine (it watches the page itself)
 *   demo.fill ─► load engine ─► engine.fill()      demo.status ─► engine.status(), or "not yet"
 */
import { isContentMessage } from '../messages/content-message-checks.ts';
import type { PageStatus } from '../messages/demo-messages.ts';
import { OUTPUT_FILES } from '../manifest.ts';
import { readContentSettings } from '../settings/content-settings.ts';
import { SETTINGS_KEY } from '../settings/settings-key.ts';
import type { Engine } from './content-engine.ts';
import { extensionApi, onRuntimeMessage } from './extension-api.ts';

const NOT_FILLED_YET: PageStatus = { runs: 0, runsEnded: 0, fieldsFilled: 0, skipped: 'not_yet' };

let engine: Promise<Engine> | undefined;

/** Imports and starts the engine, once per page. */
function loadEngine(): Promise<Engine> {
  engine ??= (
    import(extensionApi.runtime.getURL(OUTPUT_FILES.contentEngine)) as Promise<typeof import('./content-engine.ts')>
  ).then((module) => module.startEngine());
  return engine;
}

void extensionApi.storage.local.get(SETTINGS_KEY).then((items) => {
  if (readContentSettings(items[SETTINGS_KEY]).fillOnLoad) void loadEngine();
});
extensionApi.storage.onChanged.addListener((changes, area) => {
  const change = changes[SETTINGS_KEY];
  if (area === 'local' && change && readContentSettings(change.newValue).fillOnLoad) void loadEngine();
});

onRuntimeMessage((raw: unknown): Promise<PageStatus | { filled: true }> | undefined => {
  if (!isContentMessage(raw)) return undefined;
  if (raw.type === 'demo.status')
    return engine ? engine.then((started) => started.status()) : Promise.resolve(NOT_FILLED_YET);
  return loadEngine().then(async (started) => {
    await started.fill();
    return { filled: true as const };
  });
});
