/**
 * The options page: the user's own values (kept in `browser.storage.local` on this device only),
 * grouped and checked field by field, a JSON Resume import and export, the resume file, the
 * server, the API key, telemetry consent (off until the user ticks it) and fill-on-load.
 *
 * Save writes values and settings together, and only when every field is valid: a bad edit shows
 * its message and leaves everything stored as it was. Values are parsed with the same parser the
 * content script uses.
 */
import browser from 'webextension-polyfill';
import { DemoSettings, parseSettings } from '../settings/demo-settings.ts';
import { parseProfileValues, PROFILE_VALUES_KEY } from '../settings/profile-values.ts';
import { SETTINGS_KEY } from '../settings/settings-key.ts';
import { setupImportExport } from './import-export-section.ts';
import { element, report } from './page-element.ts';
import { createProfileForm, type ProfileForm } from './profile-form.ts';
import { setupResumeFileSection } from './resume-file-section.ts';

async function load(form: ProfileForm): Promise<void> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, PROFILE_VALUES_KEY]);
  const settings = parseSettings(stored[SETTINGS_KEY]);
  form.show(parseProfileValues(stored[PROFILE_VALUES_KEY]));
  element<HTMLInputElement>('server-url').value = settings.serverUrl;
  element<HTMLInputElement>('api-key').value = settings.apiKey;
  element<HTMLInputElement>('telemetry').checked = settings.telemetry;
  element<HTMLInputElement>('fill-on-load').checked = settings.fillOnLoad;
  element<HTMLInputElement>('draft-answers').checked = settings.draftAnswers;
}

async function save(event: SubmitEvent, form: ProfileForm): Promise<void> {
  event.preventDefault();
  const status = element('save-status');
  const values = form.read();
  if (!values.ok) {
    values.firstInvalid.focus();
    report(status, 'error', 'Not saved: fix the marked fields. Your stored values are unchanged.');
    return;
  }
  const candidate = DemoSettings.safeParse({
    ...parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]),
    serverUrl: element<HTMLInputElement>('server-url').value.trim(),
    apiKey: element<HTMLInputElement>('api-key').value.trim(),
    telemetry: element<HTMLInputElement>('telemetry').checked,
    fillOnLoad: element<HTMLInputElement>('fill-on-load').checked,
    draftAnswers: element<HTMLInputElement>('draft-answers').checked,
  });
  if (!candidate.success) {
    report(status, 'error', 'Server URL must be an http(s) URL.');
    return;
  }
  await browser.storage.local.set({ [SETTINGS_KEY]: candidate.data, [PROFILE_VALUES_KEY]: values.values });
  // Shows the values as stored (codes upper-cased, spaces trimmed).
  form.show(values.values);
  report(status, 'ok', 'Saved.');
}

async function main(): Promise<void> {
  const form = createProfileForm();
  element<HTMLFormElement>('options-form').addEventListener('submit', (event) => void save(event, form));
  setupImportExport({ onImported: (values) => form.show(values) });
  await Promise.all([load(form), setupResumeFileSection()]);
  document.body.dataset.ready = 'true';
}

void main();
