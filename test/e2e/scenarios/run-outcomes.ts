/**
 * How runs end, as the server records them (the same scenario in Chromium and Firefox:
 * run-outcomes.<browser>.test.ts): a submit the page's validation rejects is a validation_error,
 * "Start over" (a form reset) is cancelled, a clean submit is ok. Lever-like form with
 * client-side validation and a custom dropdown the SDK leaves to the user.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricValue } from '@companion-autofill/test-kit/learning-events';
import type { ServerProcess } from '@companion-autofill/test-kit/server-process';
import { CANARY_VALUES } from '../support/canary-profile.ts';
import { startConfiguredRig, type ConfiguredRig } from '../support/configured-rig.ts';
import type { E2ePage } from '../support/e2e-page.ts';
import { waitForStoredRuns } from '@companion-autofill/test-kit/store-reads';
import type { BrowserUnderTest, ExtensionInstall } from '../support/extension-install.ts';
import type { FixtureSite } from '../support/fixture-site.ts';

/** The run outcomes in `target`, one `describe` for the calling test file. */
export function describeRunOutcomes(target: BrowserUnderTest): void {
  let rig: ConfiguredRig | undefined;
  let site: FixtureSite;
  let server: ServerProcess;
  let browser: ExtensionInstall;
  let visits = 0;

  beforeAll(async () => {
    rig = await startConfiguredRig(target);
    ({ site, server, install: browser } = rig);
  });

  afterAll(async () => {
    await rig?.close();
  });

  async function openLever(): Promise<E2ePage> {
    const page = await browser.open(site.url('lever.html', String(++visits)));
    const status = await browser.waitForRuns(page, 1);
    expect(status).toMatchObject({ profileSource: 'heuristics_only', fieldsFilled: 6 });
    return page;
  }

  describe(`run outcomes in ${target.name}`, () => {
    it('fills the Lever-like form and leaves the custom dropdown to the user', async () => {
      const page = await openLever();
      expect(await page.inputValue('input[name="name"]')).toBe(CANARY_VALUES.full_name);
      expect(await page.inputValue('input[name="org"]')).toBe(CANARY_VALUES.current_company);
      expect(await page.inputValue('input[name="urls[GitHub]"]')).toBe(CANARY_VALUES.github_url);
      expect(await page.inputValue('input[name="pronouns"]')).toBe('');
      await page.click('#pronouns-button');
      await page.click('[role="option"][data-value="they/them"]');
      expect(await page.inputValue('input[name="pronouns"]')).toBe('they/them');
      await page.click('#btn-submit');
      await page.waitVisible('#thanks');
      const [run] = await waitForStoredRuns(server.dbPath, 1);
      expect(run).toMatchObject({ status: 'ok', editChars: 0, profileSource: 'heuristics_only' });
      await page.close();
    });

    it('a submit the page rejects is recorded as validation_error', async () => {
      const page = await openLever();
      await page.retype('input[name="email"]', 'not-an-email');
      await page.click('#btn-submit');
      await page.waitVisible('#email-error');
      expect(await page.attribute('input[name="email"]', 'aria-invalid')).toBe('true');
      const rejected = (await waitForStoredRuns(server.dbPath, 2)).filter((run) => run.status === 'validation_error');
      expect(rejected).toHaveLength(1);
      expect(rejected[0]).toMatchObject({ profileSource: 'heuristics_only' });
      expect(rejected[0]?.editChars).toBeGreaterThan(0);
      await page.close();
    });

    it('"Start over" (a form reset) is recorded as cancelled', async () => {
      const page = await openLever();
      await page.click('#start-over');
      expect(await page.inputValue('input[name="email"]')).toBe('');
      const runs = await waitForStoredRuns(server.dbPath, 3);
      expect(runs.filter((run) => run.status === 'cancelled')).toHaveLength(1);
      await page.close();
    });

    it('/metrics counts each status once', async () => {
      const text = await (await fetch(`${server.url}/metrics`)).text();
      for (const status of ['ok', 'validation_error', 'cancelled']) {
        expect(metricValue(text, 'applylens_autofill_runs_total', { status, host: '127.0.0.1' })).toBe(1);
        expect(
          metricValue(text, 'applylens_autofill_runs_by_source_total', { profile_source: 'heuristics_only', status }),
        ).toBe(1);
      }
    });
  });
}
