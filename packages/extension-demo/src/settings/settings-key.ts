/**
 * Storage key of the settings object in `browser.storage.local`. A module of its own so the
 * content script can name it without loading the settings schema (zod/mini).
 */
export const SETTINGS_KEY = 'demo.settings.v1';
