/**
 * Page entry of the SDK benchmark, bundled into `/bench-sdk.js`: the content-side steps of one
 * autofill on `window.benchSdk`, so the page can time them one by one and together. Not a product
 * entry point.
 */
import { createCompanionContent } from '../../packages/sdk/src/content/index.ts';
import { fillForm } from '../../packages/sdk/src/fill/fill-form.ts';
import { mapByAutocomplete, mapByHeuristics } from '../../packages/sdk/src/heuristics/index.ts';
import { mergeMappings } from '../../packages/sdk/src/merge/index.ts';
import { scanForm } from '../../packages/sdk/src/scan/scan-form.ts';
import { computeSchemaHash } from '../../packages/sdk/src/signature/index.ts';
import { createMemoryStorage } from '../../packages/sdk/src/storage/memory-storage.ts';

const benchSdk = {
  scanForm,
  computeSchemaHash,
  mapByAutocomplete,
  mapByHeuristics,
  mergeMappings,
  fillForm,
  createCompanionContent,
  createMemoryStorage,
};

declare global {
  interface Window {
    benchSdk: typeof benchSdk;
  }
}

window.benchSdk = benchSdk;
