/**
 * Test entry bundled into `/sdk.js`: puts the DOM side of the SDK on `window.companionSdk` so that
 * `page.evaluate` callbacks can drive it. Not a product entry point.
 */
import { createCompanionContent } from '../../src/content/index.ts';
import { fillField } from '../../src/fill/fill-field.ts';
import { fillForm } from '../../src/fill/fill-form.ts';
import { mapByHeuristics } from '../../src/heuristics/map-by-heuristics.ts';
import { readFieldValue } from '../../src/fill/read-field-value.ts';
import { TREE_SEPARATOR } from '../../src/scan/composite-selector.ts';
import { resolveSelector } from '../../src/scan/resolve-selector.ts';
import { scanForm } from '../../src/scan/scan-form.ts';
import { createMemoryStorage } from '../../src/storage/memory-storage.ts';
import { watchRun } from '../../src/watch/watch-run.ts';
import { createOfflineCompanion, resumeFile } from './offline-companion.ts';

const companionSdk = {
  scanForm,
  fillField,
  fillForm,
  mapByHeuristics,
  readFieldValue,
  resolveSelector,
  watchRun,
  TREE_SEPARATOR,
  createCompanionContent,
  createMemoryStorage,
  createOfflineCompanion,
  resumeFile,
};

declare global {
  interface Window {
    companionSdk: typeof companionSdk;
  }
}

window.companionSdk = companionSdk;
