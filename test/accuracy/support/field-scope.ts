import type { FrameLocator, Locator, Page } from '@playwright/test';
import type { Target } from './truth.ts';

/** The top document or a frame: where a target's selector is resolved. */
export type Scope = Page | FrameLocator;

/** The document a target lives in. */
export function scopeOf(page: Page, target: Target): Scope {
  return target.frame ? page.frameLocator(target.frame) : page;
}

/** The target's elements (Playwright CSS: open shadow roots are pierced). */
export function locate(page: Page, target: Target): Locator {
  return scopeOf(page, target).locator(target.selector);
}
