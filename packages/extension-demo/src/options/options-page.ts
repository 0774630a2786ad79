/**
 * The options page: the user's own values (kept in `browser.storage.local` on this device only),
 * the server, the API key, telemetry consent (off until the user ticks it) and fill-on-load.
 * Values are validated with the same parsers the content script and service worker use.
 */
import browser from 'webextension-polyfill';
import { DemoSettings, parseSettings } from '../settings/demo-settings.ts';
import { SETTINGS_KEY } from '../settings/settings-key.ts';
import { parseProfileValues, PROFILE_FIELDS, PROFILE_VALUES_KEY } from '../settings/profile-values.ts';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`options.html lacks #${id}`);
  return found as T;
}

/** One labelled input per profile field, in PROFILE_FIELDS order. */
function renderProfileInputs(values: Record<string, string | undefined>): void {
  const container = element('profile-fields');
  container.replaceChildren();
  for (const [name, text] of PROFILE_FIELDS) {
    const label = document.createElement('label');
    label.textContent = text;
    const input = document.createElement('input');
    input.name = name;
    input.id = `profile-${name}`;
    input.value = values[name] ?? '';
    input.autocomplete = 'off';
    label.append(input);
    container.append(label);
  }
}

async function load(): Promise<void> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, PROFILE_VALUES_KEY]);
  const settings = parseSettings(stored[SETTINGS_KEY]);
  renderProfileInputs(parseProfileValues(stored[PROFILE_VALUES_KEY]));
  element<HTMLInputElement>('server-url').value = settings.serverUrl;
  element<HTMLInputElement>('api-key').value = settings.apiKey;
  element<HTMLInputElement>('telemetry').checked = settings.telemetry;
  element<HTMLInputElement>('fill-on-load').checked = settings.fillOnLoad;
}

async function save(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const message = element('save-status');
  const candidate = DemoSettings.safeParse({
    ...parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]),
    serverUrl: element<HTMLInputElement>('server-url').value.trim(),
    apiKey: element<HTMLInputElement>('api-key').value.trim(),
    telemetry: element<HTMLInputElement>('telemetry').checked,
    fillOnLoad: element<HTMLInputElement>('fill-on-load').checked,
  });
  if (!candidate.success) {
    message.textContent = 'Server URL must be an http(s) URL.';
    return;
  }
  const values: Record<string, string> = {};
  for (const [name] of PROFILE_FIELDS) values[name] = element<HTMLInputElement>(`profile-${name}`).value;
  await browser.storage.local.set({ [SETTINGS_KEY]: candidate.data, [PROFILE_VALUES_KEY]: parseProfileValues(values) });
  message.textContent = 'Saved.';
}

element<HTMLFormElement>('options-form').addEventListener('submit', (event) => void save(event));
void load();
