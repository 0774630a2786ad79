/**
 * A step drawn afresh from its state while it is being filled (a tick re-renders the whole form):
 * the fields after the tick are filled in the elements the page now shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import type { CompanionContent } from '../src/content/index.ts';
import { type Harness, startHarness } from './support/harness.ts';

const VALUES = {
  current_title: 'Data Engineer',
  current_company: 'Brackenfold',
  currently_employed: 'yes',
  school: 'University of Leeds',
  linkedin_url: 'https://www.linkedin.com/in/ada-canary',
};

type TestWindow = Window & { companion: CompanionContent };

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.open('/redrawn-step.html');
  await page.evaluate((values) => {
    const sdk = window.companionSdk;
    (window as unknown as TestWindow).companion = sdk.createOfflineCompanion({ values });
  }, VALUES);
});
afterAll(async () => harness?.close());

describe('a step redrawn during the fill', () => {
  it('fills the fields after the redraw in their new elements, the run started at the replaced form', async () => {
    const filled = await page.evaluate(async () => {
      const run = await (window as unknown as TestWindow).companion.autofill(document.getElementById('experience')!);
      return run.kind === 'run' ? Object.values(run.suggestedMap).sort() : run.kind;
    });
    expect(filled).toEqual(['current_company', 'current_title', 'currently_employed', 'linkedin_url', 'school']);
    const model = JSON.parse((await page.textContent('#model')) ?? '{}') as Record<string, unknown>;
    expect(model).toEqual({
      title: VALUES.current_title,
      company: VALUES.current_company,
      current: true,
      to: '',
      school: VALUES.school,
      linkedin: VALUES.linkedin_url,
    });
    expect(await page.inputValue('#school')).toBe(VALUES.school);
    expect(await page.inputValue('#linkedin')).toBe(VALUES.linkedin_url);
    expect(harness.pageErrors).toEqual([]);
  });
});
