/**
 * Test entry bundled into the page: the demo's fill controller over the real SDK, on
 * `window.fillController`. Not a product entry point.
 */
import { createCompanionContent, createMemoryStorage } from '@companion-autofill/sdk/content';
import { createFillController } from '../../src/content/fill-controller.ts';

const fillController = { createCompanionContent, createMemoryStorage, createFillController };

declare global {
  interface Window {
    fillController: typeof fillController;
  }
}

window.fillController = fillController;
