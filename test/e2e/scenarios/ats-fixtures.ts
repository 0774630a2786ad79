/**
 * The demo extension on the harder ATS-like markup (the same scenario in Chromium and Firefox:
 * ats-fixtures.<browser>.test.ts): a Workday-like multi-step form with ids generated afresh on
 * every load, a field in an open shadow root, one in a same-origin iframe and a custom country
 * picker; and an Ashby-like React 19 form whose controlled state must take the fill and whose
 * validation rejects bad input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from '@companion-autofill/test-kit/server-process';
import { CANARY_VALUES } from '../support/canary-profile.ts';
import { startConfiguredRig, type ConfiguredRig } from '../support/configured-rig.ts';
import type { E2ePage } from '../support/e2e-page.ts';
import { waitForEventRows, type EventRow } from '@companion-autofill/test-kit/stored-events';
import type { BrowserUnderTest, ExtensionInstall } from '../support/extension-install.ts';
import type { FixtureSite } from '../support/fixture-site.ts';

const suggestedMapOf = (row: EventRow) =>
  (JSON.parse(row.details) as { suggested_map: Record<string, string> }).suggested_map;

/** The ATS-like fixtures in `target`, one `describe` for the calling test file. */
export function describeAtsFixtures(target: BrowserUnderTest): void {
  let rig: ConfiguredRig | undefined;
  let site: FixtureSite;
  let server: ServerProcess;
  let browser: ExtensionInstall;
  let visits = 0;
  let storedRows = 0;

  beforeAll(async () => {
    rig = await startConfiguredRig(target);
    ({ site, server, install: browser } = rig);
  });

  afterAll(async () => {
    await rig?.close();
  });

  /** Waits for `count` more stored events and returns them. */
  async function nextRows(count: number): Promise<EventRow[]> {
    const rows = await waitForEventRows(server.dbPath, storedRows + count);
    const fresh = rows.slice(storedRows, storedRows + count);
    storedRows += count;
    return fresh;
  }

  /** One full pass through the Workday-like flow; returns the step events (step 1, step 2). */
  async function applyOnWorkday(): Promise<{ page: E2ePage; ids: (string | null)[]; rows: EventRow[] }> {
    const page = await browser.open(site.url('workday.html', String(++visits)));
    // Names, email, phone and the custom country dropdown (a button listbox, driven like a person).
    expect(await browser.waitForRuns(page, 1)).toMatchObject({ profileSource: 'heuristics_only', fieldsFilled: 5 });
    expect(await page.text('[data-automation-id="countryDropdown"]')).toBe(CANARY_VALUES.country);
    expect(await page.inputValue('[data-automation-id="legalNameSection_firstName"]')).toBe(CANARY_VALUES.first_name);
    expect(await page.inputValue('[data-automation-id="legalNameSection_lastName"]')).toBe(CANARY_VALUES.last_name);
    // Labelled only by its placeholder.
    expect(await page.inputValue('[data-automation-id="phone-number"]')).toBe(CANARY_VALUES.phone);
    const ids = await page.attributes('[data-gen-id]', 'id');

    await page.click('[data-automation-id="countryDropdown"]');
    await page.click('[role="option"][data-value="CH"]');
    await page.click('#next');
    // The second step appears: the extension fills it as its own run, the first run keeps watching.
    expect(await browser.waitForRuns(page, 2)).toMatchObject({ fieldsFilled: 4 });
    expect(await page.inputValue('[data-automation-id="currentCompany"]')).toBe(CANARY_VALUES.current_company);
    expect(await page.inputValue('[data-automation-id="currentTitle"]')).toBe(CANARY_VALUES.current_title);
    expect(await page.shadowInputValue('wd-city-field', 'input[name="city"]')).toBe(CANARY_VALUES.city);
    expect(await page.frameInputValue('#links-frame', 'input[name="githubUrl"]')).toBe(CANARY_VALUES.github_url);

    await page.click('[data-automation-id="bottom-navigation-submit-button"]');
    await page.waitVisible('#done');
    // The two runs end on the same submit; put the step-1 event (the one with the email) first.
    const hasEmail = (row: EventRow) => Number(Object.values(suggestedMapOf(row)).includes('email'));
    const rows = (await nextRows(2)).sort((a, b) => hasEmail(b) - hasEmail(a));
    return { page, ids, rows };
  }

  describe(`ATS-like fixtures in ${target.name}`, () => {
    it('Workday-like: both steps, the shadow-root and iframe fields are filled; one ok event per step', async () => {
      const { page, ids, rows } = await applyOnWorkday();
      expect(rows.map((row) => row.status)).toEqual(['ok', 'ok']);
      const [step1, step2] = rows.map(suggestedMapOf);
      expect(Object.values(step1 ?? {}).sort()).toEqual(['country', 'email', 'first_name', 'last_name', 'phone']);
      expect(Object.values(step2 ?? {}).sort()).toEqual(['city', 'current_company', 'current_title', 'github_url']);
      // The shadow-root and frame fields are reported with selectors through their host.
      expect(
        Object.keys(step2 ?? {}).filter(
          (selector) => selector.includes('wd-city-field') || selector.includes('links-frame'),
        ),
      ).toHaveLength(2);
      // No selector carries a generated id.
      expect(ids.length).toBeGreaterThan(0);
      for (const row of rows) for (const id of ids) expect(row.details).not.toContain(id);
      await page.close();
    });

    it('Workday-like: a reload with new generated ids keeps the same form signature', async () => {
      const first = await applyOnWorkday();
      await first.page.close();
      const second = await applyOnWorkday();
      // Different ids on each load, the same two signatures (one per step).
      expect(second.ids.some((id) => first.ids.includes(id))).toBe(false);
      expect(second.rows.map((row) => row.schema_hash)).toEqual(first.rows.map((row) => row.schema_hash));
      expect(new Set(first.rows.map((row) => row.schema_hash)).size).toBe(2);
      await second.page.close();
    });

    it('Ashby-like React 19: controlled state takes the fill; validation rejects a bad phone, then an ok run', async () => {
      const page = await browser.open(site.url('ashby.html', String(++visits)));
      expect(await browser.waitForRuns(page, 1)).toMatchObject({ profileSource: 'heuristics_only', fieldsFilled: 5 });
      const state = JSON.parse(await page.text('[data-testid="state"]')) as Record<string, string>;
      expect(state).toEqual({
        _systemfield_name: CANARY_VALUES.full_name,
        _systemfield_email: CANARY_VALUES.email,
        phone: CANARY_VALUES.phone,
        linkedin: CANARY_VALUES.linkedin_url,
        based: CANARY_VALUES.location,
      });
      await page.retype('input[name="phone"]', '12');
      await page.click('button[type="submit"]');
      await expect.poll(() => page.attribute('input[name="phone"]', 'aria-invalid')).toBe('true');
      const [rejected] = await nextRows(1);
      expect(rejected).toMatchObject({ status: 'validation_error', profile_source: 'heuristics_only' });

      await page.reload();
      await browser.waitForRuns(page, 1);
      await page.click('button[type="submit"]');
      await page.waitVisible('[data-testid="submitted"]');
      const [accepted] = await nextRows(1);
      expect(accepted).toMatchObject({ status: 'ok', edit_chars: 0, schema_hash: rejected?.schema_hash });
      await page.close();
    });
  });
}
