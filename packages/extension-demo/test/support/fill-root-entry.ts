/** Test entry bundled into the page: the demo's fill roots on `window.fillRoot`. Not a product entry point. */
import { followUpRoots } from '../../src/content/fill-root.ts';

const fillRoot = { followUpRoots };

declare global {
  interface Window {
    fillRoot: typeof fillRoot;
  }
}

window.fillRoot = fillRoot;
