/**
 * Test entry bundled into the page: the demo's fill controller over the real SDK (a fresh install's), on
 * `window.fillController`. Not a product entry point.
 */
import { createOfflineCompanion, resumeFile } from '../../../sdk/test/support/offline-companion.ts';
import { createFillController } from '../../src/content/fill-controller.ts';

const fillController = { createOfflineCompanion, resumeFile, createFillController };

declare global {
  interface Window {
    fillController: typeof fillController;
  }
}

window.fillController = fillController;
