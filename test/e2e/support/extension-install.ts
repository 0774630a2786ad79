/**
 * One install of the demo extension (a fresh browser profile), as the cross-browser scenarios drive
 * it. Chromium (chromium-install.ts) and Firefox (firefox-extension-browser.ts) each provide one.
 */
import type { BackgroundControls } from './extension-background.ts';
import type { E2ePage, PageAtUrl } from './e2e-page.ts';

/** A browser profile with the demo extension installed. */
export interface ExtensionInstall extends Omit<BackgroundControls, 'installId'> {
  /** The install id the extension made for this profile. */
  installId: string;
  /** Opens a web page in a new tab and waits for load. */
  open(url: string): Promise<E2ePage>;
  /** Opens one of the extension's own pages (`options.html`, …) and waits until it has rendered. */
  openExtensionPage(path: string): Promise<E2ePage>;
  /** Opens the popup page in a tab, aimed at `page`'s tab, and waits until it has rendered. */
  openPopup(page: PageAtUrl): Promise<E2ePage>;
  close(): Promise<void>;
}

/** A browser the scenarios run in. */
export interface BrowserUnderTest {
  /** As test names show it: `Chromium`, `Firefox`. */
  name: string;
  /** A new profile with the unpacked extension from `extensionDir`: a new install. */
  launch(extensionDir: string): Promise<ExtensionInstall>;
}
