import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeLearningLoop } from './scenarios/learning-loop.ts';
import { CHROMIUM } from './support/chromium-install.ts';

describeLearningLoop(CHROMIUM, {
  // The demo README's popup screenshot; refreshed only on request, so a test run leaves the tree clean.
  popupScreenshotPath:
    process.env.COMPANION_UPDATE_SCREENSHOTS === '1'
      ? fileURLToPath(new URL('../../docs/images/popup.png', import.meta.url))
      : join(tmpdir(), `companion-popup-${process.pid}.png`),
});
